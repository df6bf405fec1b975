// Plans one typed table against what the tab holds: adds missing columns and
// rows, fills empty cells, (re)writes per-row formulas of computed columns.
// Never writes into a cell that holds something a person typed, nor replaces a
// formula a person wrote. A refresh (`owned`) writes even less: see OwnedOnly.
import { CellValue, PlanOp, SheetSnapshot } from './types';
import { TableSpec, cellKey, findColumns, dataRows, isCommentRow, dropdownColumns, cellAt, formulaAt, lastRowIn, rowCount, validationRows } from './tables';
import { isBlank } from './cells';
import { Row } from './encode';
import { TablePlace } from './locate';
import { headerFormat, SUSPECT_CELL_COLOURS } from './style';
import { a1, columnLetter } from './a1';
import { maxOf } from '../max';

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
  /** Row of the headers (1, or lower when people inserted rows above it). */
  headerRow: number;
  /** Set on a refresh: it writes only what the product owns. */
  owned?: OwnedOnly;
};

/**
 * What a refresh may still write in a typed table: the columns `mayAdd` allows (a new year
 * of an extended period), and computed cells. It never fills an empty typed cell with a
 * guessed value, and never adds a column it could not find (it may have been renamed).
 */
export type OwnedOnly = {
  mayAdd: (key: string) => boolean;
  /** Rows laid out from other tabs (a réalisé row per budget line, a Suivi row per fiche and year) may be appended. */
  mayAppend?: boolean;
};

/** A typed cell the plan left alone although the desired convention says otherwise. */
export type KeptCell = { row: number; col: number; typed: CellValue; proposed: CellValue };

export type TablePlan = { ops: PlanOp[]; place: TablePlace; counts: TableCounts; kept: KeptCell[] };

/** Same content for a person: trimmed text, numbers by value, dates by day. */
function sameCell(a: CellValue, b: CellValue): boolean {
  const text = (v: CellValue) => (v instanceof Date ? v.toISOString().slice(0, 10) : String(v).trim());
  return text(a) === text(b);
}

/** Formula of a computed cell, given the row and the resolved columns. */
export type ComputedFormula = (row: number, cols: Map<string, number>, key: string) => string | undefined;

export function planTable(
  ctx: TableContext,
  spec: TableSpec,
  desired: Row[],
  computed: ComputedFormula = () => undefined,
  keyOf: (v: CellValue) => string = cellKey,
): TablePlan {
  const { sheet, sheetName } = ctx;
  const ops: PlanOp[] = [];
  const counts: TableCounts = { rowsAdded: 0, columnsAdded: 0, cellsFilled: 0 };
  const { headerRow } = ctx;
  const firstDataRow = headerRow + 1;
  const found = findColumns(sheet, spec, ctx.claimed, headerRow);
  const cols = new Map(found);
  const newCols: number[] = [];
  spec.columns.forEach((c, i) => {
    if (cols.has(c.key) || (ctx.owned && !ctx.owned.mayAdd(c.key))) return;
    // A new tab gets the designed layout; an existing one gets the column after its last used one.
    const col = sheet ? ctx.nextCol.value : ctx.startCol + i;
    ctx.nextCol.value = Math.max(ctx.nextCol.value, col + 1);
    cols.set(c.key, col);
    ctx.claimed.add(col);
    newCols.push(col);
  });
  // New headers: one write per run of adjacent columns.
  const headerOf = new Map(spec.columns.map((c) => [cols.get(c.key)!, c.header]));
  for (const run of runs(newCols, () => ''))
    ops.push({ kind: 'setValues', sheet: sheetName, row: headerRow, col: run[0], values: [run.map((col) => headerOf.get(col)!)] });
  if (sheet) counts.columnsAdded = newCols.length;

  // Existing items, matched by key in order (the k-th desired "FA01" takes the k-th "FA01" row).
  const queues = new Map<string, number[]>();
  const keyCol = found.get(spec.key);
  const dropdowns = dropdownColumns(spec, found);
  // An item known by several cells (a fiche and a year) is matched on all of them.
  const keyCols = spec.keys ?? [spec.key];
  const keyOfCells = (get: (key: string) => CellValue) => keyCols.map((k) => keyOf(get(k) ?? '')).join('\u0000');
  for (const r of dataRows(sheet, found, headerRow)) {
    if (spec.commentRows && isCommentRow(sheet, r, keyCol, dropdowns)) continue;
    const k = keyOfCells((key) => (found.has(key) ? cellAt(sheet, r.row, found.get(key)!) : ''));
    const queue = queues.get(k);
    if (queue) queue.push(r.row);
    else queues.set(k, [r.row]);
  }
  for (const queue of queues.values()) queue.reverse(); // pop() then gives the rows in sheet order
  const allCols = [...cols.values()];
  // Appended items take consecutive rows from here, whatever their place in the desired order.
  const firstAppended = Math.max(firstDataRow, (ctx.ownRowsOnly ? lastRowIn(sheet, allCols) : rowCount(sheet)) + 1);
  let nextRow = firstAppended;
  const rows: (number | undefined)[] = [];
  const appended: Row[] = [];
  const filled: { row: number; col: number; value: CellValue }[] = [];
  const kept: KeptCell[] = [];
  const literalCols = spec.columns.filter((c) => !c.computed);
  for (const item of desired) {
    const queue = queues.get(keyOfCells((key) => item[key]));
    const row = queue?.pop();
    if (row === undefined && ctx.owned && !ctx.owned.mayAppend) {
      rows.push(undefined); // a refresh adds no row to a typed table
      continue;
    }
    if (row === undefined) {
      rows.push(nextRow++);
      appended.push(item);
      continue;
    }
    rows.push(row);
    for (const c of literalCols) {
      const col = cols.get(c.key);
      const want = item[c.key];
      if (want === undefined || isBlank(want) || col === undefined) continue;
      const has = cellAt(sheet, row, col);
      if (isBlank(has) && formulaAt(sheet, row, col) === '') {
        if (!ctx.owned) filled.push({ row, col, value: want });
      } else if (!sameCell(has, want)) kept.push({ row, col, typed: has, proposed: want });
    }
  }
  counts.rowsAdded = appended.length;
  counts.cellsFilled = filled.length;
  for (const f of filled) ops.push({ kind: 'setValues', sheet: sheetName, row: f.row, col: f.col, values: [[f.value]] });
  if (appended.length > 0)
    ops.push(
      ...appendOps(
        sheetName,
        literalCols.filter((c) => cols.has(c.key)).map((c) => [cols.get(c.key)!, c.key] as const),
        firstAppended,
        appended,
      ),
    );

  const placed = rows.filter((r): r is number => r !== undefined);
  ops.push(...computedOps(ctx, spec, cols, placed, computed));
  ops.push(...columnSetupOps(ctx, spec, cols, newCols, placed.length ? maxOf(placed) : firstDataRow));
  if (appended.length > 0) ops.push(...appendedFormatOps(sheetName, spec, cols, newCols, firstAppended, appended.length));
  return { ops, place: { rows, cols, headerRow }, counts, kept };
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
    kind: 'setValues' as const,
    sheet,
    row: firstRow,
    col: run[0][0],
    values: items.map((item) => run.map(([, key]) => item[key] ?? '')),
  }));
}

/** Per-row formulas (budget total): written where the cell is empty or holds another formula. */
function computedOps(ctx: TableContext, spec: TableSpec, cols: Map<string, number>, rows: number[], computed: ComputedFormula): PlanOp[] {
  const ops: PlanOp[] = [];
  for (const c of spec.columns.filter((x) => x.computed)) {
    const col = cols.get(c.key);
    if (col === undefined) continue;
    let run: { row: number; formulas: string[][] } | undefined;
    const flush = () => {
      if (run) ops.push({ kind: 'setFormulas', sheet: ctx.sheetName, row: run.row, col, formulas: run.formulas });
      run = undefined;
    };
    for (const row of [...rows].sort((a, b) => a - b)) {
      const want = computed(row, cols, c.key);
      const has = formulaAt(ctx.sheet, row, col);
      const typed = has === '' && !isBlank(cellAt(ctx.sheet, row, col));
      // A formula a person wrote there is theirs: only an empty cell or one of ours is (re)written.
      const theirs = has !== '' && !isRowSum(has) && !isLookup(has);
      if (!want || typed || theirs || normalizeFormula(has) === normalizeFormula(want)) {
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

/**
 * =SUM(G4:I4) or =SUM(G4,I4,K4) over one row: the shape of the totals the plan writes (on
 * another row than its own when rows were moved without their formulas following).
 */
function isRowSum(formula: string): boolean {
  const m = /^=SUM\(([^()]*)\)$/.exec(normalizeFormula(formula));
  if (!m) return false;
  const rows = m[1].split(/[:,]/).map((r) => /^\$?[A-Z]{1,3}\$?(\d+)$/.exec(r)?.[1]);
  return rows.every((r) => r !== undefined && r === rows[0]);
}

/** =IFERROR(INDEX(…,MATCH(…)),"") : the shape of the lookups the plan writes (Réalisé's beneficiary and funder). */
const isLookup = (formula: string) => /^=IFERROR\(INDEX\(/.test(normalizeFormula(formula));

/** Groups sorted columns into runs of adjacent ones sharing the same key (one plan op per run). */
function runs(columns: number[], keyOf: (col: number) => string): number[][] {
  const out: number[][] = [];
  for (const col of [...columns].sort((a, b) => a - b)) {
    const last = out[out.length - 1];
    if (last && last[last.length - 1] === col - 1 && keyOf(last[0]) === keyOf(col)) last.push(col);
    else out.push([col]);
  }
  return out;
}

/** Header style, widths, number formats and dropdowns of the columns the plan creates, batched by runs. */
function columnSetupOps(ctx: TableContext, spec: TableSpec, cols: Map<string, number>, newCols: number[], lastRow: number): PlanOp[] {
  const ops: PlanOp[] = [];
  const sheet = ctx.sheetName;
  const { headerRow } = ctx;
  const firstDataRow = headerRow + 1;
  const depth = validationRows(lastRow) - firstDataRow + 1;
  const specOf = new Map(spec.columns.map((c) => [cols.get(c.key)!, c]));
  // Amount headers sit right, above their figures.
  const headerFormatOf = (col: number) => (specOf.get(col)!.numberFormat ? { ...headerFormat, horizontalAlignment: 'right' as const } : headerFormat);
  const bodyFormatOf = (col: number) => {
    const c = specOf.get(col)!;
    return { ...(c.numberFormat ? { numberFormat: c.numberFormat } : {}), ...(c.wrap ? { wrap: true } : {}) };
  };
  const span = (run: number[], row: number, rows: number) => ({ row, col: run[0], rows, cols: run.length });
  for (const run of runs(newCols, (col) => JSON.stringify(headerFormatOf(col))))
    ops.push({ kind: 'format', sheet, range: span(run, headerRow, 1), format: headerFormatOf(run[0]) });
  for (const run of runs(newCols, () => '')) ops.push({ kind: 'columnWidths', sheet, col: run[0], widths: run.map((col) => specOf.get(col)!.width) });
  for (const run of runs(newCols, (col) => JSON.stringify(bodyFormatOf(col)))) {
    if (Object.keys(bodyFormatOf(run[0])).length) ops.push({ kind: 'format', sheet, range: span(run, firstDataRow, depth), format: bodyFormatOf(run[0]) });
  }
  for (const col of [...newCols].sort((a, b) => a - b)) {
    const v = specOf.get(col)!.validation;
    if (v)
      ops.push({
        kind: 'validation',
        sheet,
        range: { row: firstDataRow, col, rows: depth, cols: 1 },
        rule: v.rule,
        strict: false,
        ...(v.helpText ? { helpText: v.helpText } : {}),
      });
  }
  ops.push(...suspectCellOps(ctx, spec, cols, newCols, depth));
  return ops;
}

/**
 * Conditional colours that show a problem where people type it, set with the column like its
 * validation (so a refresh with nothing new writes nothing): an amount cell (a column whose
 * validation asks for a number) holding anything but a number (text, "à confirmer", an error;
 * a date is a number to a spreadsheet: the reader reports it), and an id given twice in the
 * key column. The validation of those columns warns only (strict: false).
 */
function suspectCellOps(ctx: TableContext, spec: TableSpec, cols: Map<string, number>, newCols: number[], depth: number): PlanOp[] {
  const ops: PlanOp[] = [];
  const firstDataRow = ctx.headerRow + 1;
  const isAmount = (col: number) => spec.columns.some((c) => c.validation?.rule.kind === 'number' && cols.get(c.key) === col);
  for (const run of runs(newCols.filter(isAmount), () => '')) {
    const top = a1(firstDataRow, run[0]);
    ops.push({
      kind: 'conditionalFormat',
      sheet: ctx.sheetName,
      range: { row: firstDataRow, col: run[0], rows: depth, cols: run.length },
      rules: [{ formula: `=AND(${top}<>"",NOT(ISNUMBER(${top})))`, ...SUSPECT_CELL_COLOURS }],
    });
  }
  const keyCol = cols.get(spec.key);
  if (spec.key === 'id' && keyCol !== undefined && newCols.includes(keyCol)) {
    const top = a1(firstDataRow, keyCol);
    const column = `$${columnLetter(keyCol)}:$${columnLetter(keyCol)}`;
    ops.push({
      kind: 'conditionalFormat',
      sheet: ctx.sheetName,
      range: { row: firstDataRow, col: keyCol, rows: depth, cols: 1 },
      rules: [{ formula: `=AND(${top}<>"",COUNTIF(${column},${top})>1)`, ...SUSPECT_CELL_COLOURS }],
    });
  }
  return ops;
}

/** Rows appended to existing columns, possibly past their formatted range, still get the euro format. */
function appendedFormatOps(sheet: string, spec: TableSpec, cols: Map<string, number>, newCols: number[], firstRow: number, count: number): PlanOp[] {
  return spec.columns
    .filter((c) => c.numberFormat && cols.has(c.key) && !newCols.includes(cols.get(c.key)!))
    .map((c) => ({
      kind: 'format' as const,
      sheet,
      range: { row: firstRow, col: cols.get(c.key)!, rows: count, cols: 1 },
      format: { numberFormat: c.numberFormat! },
    }));
}
