// Helpers to build and edit in-memory workbooks in tests.
import { Convention } from '../../src/core/domain/schema';
import { CellValue, SheetSnapshot, WorkbookSnapshot } from '../../src/core/workbook/types';
import { planWorkbook } from '../../src/core/workbook/plan';
import { applyPlan, emptyWorkbook } from '../../src/core/workbook/snapshot-apply';

export function buildWorkbook(c: Convention): WorkbookSnapshot {
  return applyPlan(emptyWorkbook(), planWorkbook(c, emptyWorkbook()).plan);
}

export const sheet = (wb: WorkbookSnapshot, name: string): SheetSnapshot => {
  const s = wb.sheets.find((x) => x.name === name);
  if (!s) throw new Error(`no sheet ${name}`);
  return s;
};

/** A1 reference → value of that cell. */
export function cell(wb: WorkbookSnapshot, name: string, ref: string): CellValue {
  const { row, col } = parseA1(ref);
  return sheet(wb, name).values[row - 1]?.[col - 1] ?? '';
}
export function formula(wb: WorkbookSnapshot, name: string, ref: string): string {
  const { row, col } = parseA1(ref);
  return sheet(wb, name).formulas[row - 1]?.[col - 1] ?? '';
}

export function parseA1(ref: string): { row: number; col: number } {
  const m = /^([A-Z]+)(\d+)$/.exec(ref);
  if (!m) throw new Error(`bad ref ${ref}`);
  const col = [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  return { row: Number(m[2]), col };
}

/** Returns a copy of the workbook where the cell holds value (as a person typing it). */
export function typeInto(wb: WorkbookSnapshot, name: string, ref: string, value: CellValue): WorkbookSnapshot {
  const { row, col } = parseA1(ref);
  return edit(wb, name, (s) => {
    pad(s, row, col);
    s.values[row - 1][col - 1] = value;
    s.formulas[row - 1][col - 1] = '';
  });
}

/** Inserts an empty row before `row` (1-based), as a person would. Formulas are not rewritten (tests only use it on typed tabs). */
export function insertRow(wb: WorkbookSnapshot, name: string, row: number): WorkbookSnapshot {
  return edit(wb, name, (s) => {
    const width = s.values[0]?.length ?? 0;
    s.values.splice(row - 1, 0, Array(width).fill(''));
    s.formulas.splice(row - 1, 0, Array(width).fill(''));
  });
}

/** A grid given row by row as a sheet snapshot (formulas all ''). */
export function grid(name: string, rows: CellValue[][], merges?: string[]): SheetSnapshot {
  const width = Math.max(0, ...rows.map((r) => r.length));
  const values = rows.map((r) => [...r, ...Array(width - r.length).fill('')]);
  return { name, values, formulas: values.map((r) => r.map(() => '')), ...(merges ? { merges } : {}) };
}

function edit(wb: WorkbookSnapshot, name: string, fn: (s: SheetSnapshot) => void): WorkbookSnapshot {
  const sheets = wb.sheets.map((s) => ({ ...s, values: s.values.map((r) => [...r]), formulas: s.formulas.map((r) => [...r]) }));
  const s = sheets.find((x) => x.name === name);
  if (!s) throw new Error(`no sheet ${name}`);
  fn(s);
  return { sheets };
}

function pad(s: SheetSnapshot, row: number, col: number) {
  const width = Math.max(col, s.values[0]?.length ?? 0);
  while (s.values.length < row) {
    s.values.push([]);
    s.formulas.push([]);
  }
  for (let i = 0; i < s.values.length; i++) {
    while (s.values[i].length < width) s.values[i].push('');
    while (s.formulas[i].length < width) s.formulas[i].push('');
  }
}

export { emptyWorkbook };
