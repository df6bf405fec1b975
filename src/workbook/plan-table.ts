// Plans one typed table against what the tab holds: adds missing columns and
// rows, fills empty cells, (re)writes per-row formulas of derived columns.
// Never writes into a cell that holds something a person typed.
import { CellValue, PlanOp, SheetSnapshot } from './types';
import { TableSpec, cellKey, findColumns, dataRows, isCommentRow, isBlank, cellAt, formulaAt, lastRowIn, rowCount, validationRows } from './tables';
import { Row } from './encode';
import { HEADER_ROW, FIRST_DATA_ROW } from './layout';
import { TablePlace } from './locate';
import { headerFormat } from './style';

export type TableCounts = { rowsAdded: number; columnsAdded: number; cellsFilled: number };

export type TableContext = {
  sheet: SheetSnapshot | undefined;
  sheetName: string;
  /** Columns already claimed by another table of the same tab. */
  claimed: Set<number>;
  /** Next free column of the tab, shared by the tables of one tab. */
  nextCol: { value: number };
  /** Column of the first field when the tab is new. */
  startCol: number;
  /** Blocks side by side (Convention tab): append after the table's own last row, not the tab's. */
  ownRowsOnly: boolean;
};

export type TablePlan = { ops: PlanOp[]; place: TablePlace; counts: TableCounts };

/** Formula of a derived cell, given the row and the resolved columns. */
export type DerivedFormula = (row: number, cols: Map<string, number>) => string | undefined;

export function planTable(ctx: TableContext, spec: TableSpec, desired: Row[], derived: DerivedFormula = () => undefined, keyOf: (v: CellValue) => string = cellKey): TablePlan {
  const { sheet, sheetName } = ctx;
  const ops: PlanOp[] = [];
  const counts: TableCounts = { rowsAdded: 0, columnsAdded: 0, cellsFilled: 0 };
  const found = findColumns(sheet, spec, ctx.claimed);
  const cols = new Map(found);
  const newCols: number[] = [];
  spec.columns.forEach((c, i) => {
    if (cols.has(c.key)) return;
    // A new tab gets the designed layout; an existing one gets the column after its last used one.
    const col = sheet ? ctx.nextCol.value : ctx.startCol + i;
    ctx.nextCol.value = Math.max(ctx.nextCol.value, col + 1);
    cols.set(c.key, col);
    ctx.claimed.add(col);
    newCols.push(col);
    ops.push({ kind: 'setValues', sheet: sheetName, row: HEADER_ROW, col, values: [[c.header]] });
  });
  if (sheet) counts.columnsAdded = newCols.length;

  // Existing items, matched by key in order (the k-th desired "FA01" takes the k-th "FA01" row).
  const queues = new Map<string, number[]>();
  const keyCol = found.get(spec.key);
  for (const r of dataRows(sheet, found)) {
    if (spec.commentRows && isCommentRow(sheet, r, keyCol)) continue;
    const k = keyOf(keyCol ? cellAt(sheet, r.row, keyCol) : '');
    queues.set(k, [...(queues.get(k) ?? []), r.row]);
  }
  const allCols = [...cols.values()];
  // Appended items take consecutive rows from here, whatever their place in the desired order.
  const firstAppended = Math.max(FIRST_DATA_ROW, (ctx.ownRowsOnly ? lastRowIn(sheet, allCols) : rowCount(sheet)) + 1);
  let nextRow = firstAppended;
  const rows: number[] = [];
  const appended: Row[] = [];
  const filled: { row: number; col: number; value: CellValue }[] = [];
  const literalCols = spec.columns.filter((c) => !c.derived);
  for (const item of desired) {
    const queue = queues.get(keyOf(item[spec.key] ?? ''));
    const row = queue?.shift();
    if (row === undefined) {
      rows.push(nextRow++);
      appended.push(item);
      continue;
    }
    rows.push(row);
    for (const c of literalCols) {
      const col = cols.get(c.key)!;
      const want = item[c.key];
      if (want === undefined || isBlank(want)) continue;
      if (isBlank(cellAt(sheet, row, col)) && formulaAt(sheet, row, col) === '') filled.push({ row, col, value: want });
    }
  }
  counts.rowsAdded = appended.length;
  counts.cellsFilled = filled.length;
  for (const f of filled) ops.push({ kind: 'setValues', sheet: sheetName, row: f.row, col: f.col, values: [[f.value]] });
  if (appended.length > 0) ops.push(...appendOps(sheetName, literalCols.map((c) => [cols.get(c.key)!, c.key] as const), firstAppended, appended));

  ops.push(...derivedOps(ctx, spec, cols, rows, derived));
  ops.push(...columnSetupOps(ctx, spec, cols, newCols, rows.length ? Math.max(...rows) : FIRST_DATA_ROW));
  if (appended.length > 0) ops.push(...appendedFormatOps(sheetName, spec, cols, firstAppended, appended.length));
  return { ops, place: { rows, cols }, counts };
}

/** One setValues per run of adjacent columns, covering all appended rows. */
function appendOps(sheet: string, colKeys: (readonly [number, string])[], firstRow: number, items: Row[]): PlanOp[] {
  const sorted = [...colKeys].sort((a, b) => a[0] - b[0]);
  const runs: (readonly [number, string])[][] = [];
  for (const ck of sorted) {
    const last = runs[runs.length - 1];
    if (last && last[last.length - 1][0] === ck[0] - 1) last.push(ck);
    else runs.push([ck]);
  }
  return runs.map((run) => ({
    kind: 'setValues' as const, sheet, row: firstRow, col: run[0][0],
    values: items.map((item) => run.map(([, key]) => item[key] ?? '')),
  }));
}

/** Per-row formulas (budget total): written where the cell is empty or holds another formula. */
function derivedOps(ctx: TableContext, spec: TableSpec, cols: Map<string, number>, rows: number[], derived: DerivedFormula): PlanOp[] {
  const ops: PlanOp[] = [];
  for (const c of spec.columns.filter((x) => x.derived)) {
    const col = cols.get(c.key)!;
    let run: { row: number; formulas: string[][] } | undefined;
    const flush = () => {
      if (run) ops.push({ kind: 'setFormulas', sheet: ctx.sheetName, row: run.row, col, formulas: run.formulas });
      run = undefined;
    };
    for (const row of [...rows].sort((a, b) => a - b)) {
      const want = derived(row, cols);
      const has = formulaAt(ctx.sheet, row, col);
      const typed = has === '' && !isBlank(cellAt(ctx.sheet, row, col));
      if (!want || typed || normalizeFormula(has) === normalizeFormula(want)) {
        flush();
        continue;
      }
      if (run && run.row + run.formulas.length === row) run.formulas.push([want]);
      else {
        flush();
        run = { row, formulas: [[want]] };
      }
    }
    flush();
  }
  return ops;
}

const normalizeFormula = (f: string) => f.replace(/\s+/g, '').toUpperCase();

/** Header style, widths, number formats and dropdowns of columns the plan creates. */
function columnSetupOps(ctx: TableContext, spec: TableSpec, cols: Map<string, number>, newCols: number[], lastRow: number): PlanOp[] {
  const ops: PlanOp[] = [];
  const sheet = ctx.sheetName;
  const depth = validationRows(lastRow) - FIRST_DATA_ROW + 1;
  for (const c of spec.columns) {
    const col = cols.get(c.key)!;
    if (!newCols.includes(col)) continue;
    ops.push({ kind: 'format', sheet, range: { row: HEADER_ROW, col, rows: 1, cols: 1 }, format: headerFormat });
    ops.push({ kind: 'columnWidths', sheet, col, widths: [c.width] });
    const range = { row: FIRST_DATA_ROW, col, rows: depth, cols: 1 };
    if (c.numberFormat || c.wrap) ops.push({ kind: 'format', sheet, range, format: { ...(c.numberFormat ? { numberFormat: c.numberFormat } : {}), ...(c.wrap ? { wrap: true } : {}) } });
    if (c.validation) ops.push({ kind: 'validation', sheet, range, rule: c.validation.rule, strict: false, helpText: c.validation.helpText });
  }
  return ops;
}

/** Rows appended past the formatted range still get the euro format. */
function appendedFormatOps(sheet: string, spec: TableSpec, cols: Map<string, number>, firstRow: number, count: number): PlanOp[] {
  return spec.columns
    .filter((c) => c.numberFormat)
    .map((c) => ({ kind: 'format' as const, sheet, range: { row: firstRow, col: cols.get(c.key)!, rows: count, cols: 1 }, format: { numberFormat: c.numberFormat! } }));
}
