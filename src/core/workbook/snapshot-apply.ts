// An in-memory workbook: applies a Plan to a WorkbookSnapshot, purely. Used by
// round-trip tests and by the add-on's local preview.
//
// Formula cells: `formulas` holds the formula and `values` holds '' — nothing is
// computed here (a real engine recomputes; the LibreOffice test checks that).
// Literal values are stored exactly as given: a string starting with = + - @,
// tab or CR stays a value with no formula, as the literal-text rule demands.
// Formats, validations, protections, notes and widths have no place in a
// snapshot and are ignored. The result is trimmed of empty trailing rows and
// columns, so applying the same content twice gives an equal snapshot.
import { CellValue, Plan, PlanOp, SheetSnapshot, WorkbookSnapshot } from './types';

type Grid = { name: string; values: CellValue[][]; formulas: string[][]; merges?: string[] };

export function applyPlan(snapshot: WorkbookSnapshot, plan: Plan): WorkbookSnapshot {
  const sheets: Grid[] = snapshot.sheets.map((s) => ({
    name: s.name,
    values: s.values.map((r) => [...r]),
    formulas: s.values.map((r, i) => r.map((_, j) => s.formulas[i]?.[j] ?? '')),
    ...(s.merges ? { merges: [...s.merges] } : {}),
  }));
  const get = (name: string) => {
    const g = sheets.find((s) => s.name === name);
    if (!g) throw new Error(`Plan refers to a missing sheet: ${name}`);
    return g;
  };
  for (const op of plan.ops) applyOp(sheets, get, op);
  return { sheets: sheets.map(trim) };
}

function applyOp(sheets: Grid[], get: (name: string) => Grid, op: PlanOp): void {
  switch (op.kind) {
    case 'addSheet':
      if (!sheets.some((s) => s.name === op.sheet)) sheets.splice(Math.min(op.index, sheets.length), 0, { name: op.sheet, values: [], formulas: [] });
      return;
    case 'setValues': {
      const g = get(op.sheet);
      op.values.forEach((row, i) => row.forEach((v, j) => set(g, op.row + i, op.col + j, v, '')));
      return;
    }
    case 'setFormulas': {
      const g = get(op.sheet);
      op.formulas.forEach((row, i) => row.forEach((f, j) => set(g, op.row + i, op.col + j, '', f)));
      return;
    }
    case 'clear': {
      const g = get(op.sheet);
      for (let r = op.range.row; r < op.range.row + op.range.rows; r++) {
        for (let c = op.range.col; c < op.range.col + op.range.cols; c++) if (g.values[r - 1]?.[c - 1] !== undefined) set(g, r, c, '', '');
      }
      return;
    }
    default:
      get(op.sheet); // formats and the like: the sheet must exist, nothing else to record
  }
}

function set(g: Grid, row: number, col: number, value: CellValue, formula: string): void {
  while (g.values.length < row) {
    g.values.push([]);
    g.formulas.push([]);
  }
  const vr = g.values[row - 1];
  const fr = g.formulas[row - 1];
  while (vr.length < col) vr.push('');
  while (fr.length < col) fr.push('');
  vr[col - 1] = value;
  fr[col - 1] = formula;
}

const filled = (v: CellValue, f: string) => f !== '' || !(v === '' || v === null || v === undefined);

/** Rectangular, without trailing empty rows and columns. */
function trim(g: Grid): SheetSnapshot {
  let rows = 0;
  let cols = 0;
  g.values.forEach((r, i) =>
    r.forEach((v, j) => {
      if (filled(v, g.formulas[i]?.[j] ?? '')) {
        rows = Math.max(rows, i + 1);
        cols = Math.max(cols, j + 1);
      }
    }),
  );
  const values = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => g.values[i]?.[j] ?? ''));
  const formulas = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => g.formulas[i]?.[j] ?? ''));
  return { name: g.name, values, formulas, ...(g.merges ? { merges: g.merges } : {}) };
}

/** An empty workbook, as a new spreadsheet is before the plan runs. */
export const emptyWorkbook = (): WorkbookSnapshot => ({ sheets: [] });
