// The cells read from a worksheet (by exceljs or by the lean reader) as a snapshot's grids:
// values, formulas and number formats, '' where a cell is absent.
import type { CellValue } from '../../core/workbook/types';

export type ReadCell = { r: number; c: number; value: CellValue; formula: string; numFmt: string };

export function gridsOf(cells: ReadCell[], rows: number, cols: number): { values: CellValue[][]; formulas: string[][]; numberFormats: string[][] } {
  const values: CellValue[][] = Array.from({ length: rows }, () => Array(cols).fill(''));
  const formulas: string[][] = Array.from({ length: rows }, () => Array(cols).fill(''));
  const numberFormats: string[][] = Array.from({ length: rows }, () => Array(cols).fill(''));
  for (const x of cells) {
    values[x.r - 1][x.c - 1] = x.value;
    formulas[x.r - 1][x.c - 1] = x.formula;
    numberFormats[x.r - 1][x.c - 1] = x.numFmt;
  }
  return { values, formulas, numberFormats };
}
