// .xlsx → WorkbookSnapshot (exceljs). Reads files written by the `ctg` command
// and files exported by Google Sheets or Excel: a formula cell gives its cached
// result as the value and its formula (with a leading '=') in `formulas`.
import ExcelJS from 'exceljs';
import { CellValue, SheetSnapshot, WorkbookSnapshot } from '../../core/workbook/types';
import { ReadCell, gridsOf } from './grid';
import { openXlsx, VALUES_ONLY } from './open';

export { readXlsxFile, requireCtgWorkbook } from './read-file';

/** The snapshot of a file through exceljs: what the lean reader falls back to, and is tested against. */
export async function readXlsxWithExceljs(file: string): Promise<WorkbookSnapshot> {
  return snapshotOfWorkbook(await openXlsx(file, VALUES_ONLY));
}

export function snapshotOfWorkbook(wb: ExcelJS.Workbook): WorkbookSnapshot {
  return { sheets: wb.worksheets.map(snapshotOfSheet) };
}

function snapshotOfSheet(ws: ExcelJS.Worksheet): SheetSnapshot {
  const cells: ReadCell[] = [];
  let rows = 0;
  let cols = 0;
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      const read = readCell(cell);
      if (read.value === '' && read.formula === '') return;
      cells.push({ r, c, ...read, numFmt: cell.numFmt ?? '' });
      rows = Math.max(rows, r);
      cols = Math.max(cols, c);
    });
  });
  const merges: string[] = ((ws.model as { merges?: string[] }).merges ?? []).slice();
  return { name: ws.name, ...gridsOf(cells, rows, cols), ...(merges.length ? { merges } : {}) };
}

function readCell(cell: ExcelJS.Cell): { value: CellValue; formula: string } {
  if (cell.type === ExcelJS.ValueType.Merge) return { value: '', formula: '' }; // only the master cell of a merge holds the value
  const v = cell.value;
  if (v && typeof v === 'object' && !(v instanceof Date) && ('formula' in v || 'sharedFormula' in v)) {
    const f = cell.formula ?? (v as ExcelJS.CellFormulaValue).formula ?? '';
    return { value: plain((v as ExcelJS.CellFormulaValue).result), formula: f ? `=${f}` : '' };
  }
  return { value: plain(v), formula: '' };
}

/** An exceljs value without its formula: a number, text, boolean or date; errors as their text (#REF!). */
function plain(v: ExcelJS.CellValue | ExcelJS.CellFormulaValue['result']): CellValue {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean' || v instanceof Date) return v;
  if ('error' in v) return v.error;
  if ('richText' in v) return v.richText.map((t) => t.text).join('');
  if ('hyperlink' in v) return plain((v as ExcelJS.CellHyperlinkValue).text as ExcelJS.CellValue);
  if ('text' in v) return String((v as { text: unknown }).text);
  return '';
}
