// The typed tables of the workbook (what people edit) and how a tab's cells are
// found again: columns by header text (a moved or user-added column is fine),
// data rows wherever they are (blank and inserted rows are fine).
import { CellValue, SheetSnapshot } from './types';
import { CONVENTION_BLOCKS, HEADER_ROW, TAB } from './layout';
import { TOTAL_ROW_LABEL, YEAR_HEADER_WORDS } from '../../i18n/fr-workbook';
import { isBlank, isErrorValue } from './cells';
import {
  ColumnSpec,
  AXIS_COLUMNS,
  ACTION_COLUMNS,
  BUDGET_LINE_COLUMNS,
  BUDGET_TOTAL_COLUMN,
  budgetYearColumn,
  FIELD_COLUMNS,
  ENVELOPE_COLUMNS,
  SIGNATORY_COLUMNS,
  REALISED_ID_COLUMN,
  REALISED_LOOKUP_COLUMNS,
  REALISED_COMMENT_COLUMN,
  realisedYearColumn,
  INDICATOR_COLUMNS,
  INDICATOR_SOURCE_COLUMN,
  indicatorYearColumn,
  FOLLOW_UP_COLUMNS,
} from './columns';
import { normalizeLabel } from './text';
import { widest } from '../max';

export type TableSpec = {
  sheet: string;
  columns: ColumnSpec[];
  /** Key column identifying an item (id, or the field label). */
  key: string;
  /** Whether a lone text in a row without id is a comment, not an item (full-width tables only, not the side-by-side Convention blocks). */
  commentRows: boolean;
  /** When an item is known by several cells (a fiche and a year), the columns that make its identity, `key` first. */
  keys?: string[];
};

/** Rows covered by a column-wide dropdown or format, beyond the rows already used. */
export const validationRows = (lastRow: number) => Math.max(lastRow + 500, 1000);

export const AXES_TABLE: TableSpec = { sheet: TAB.axes, key: 'id', commentRows: true, columns: AXIS_COLUMNS };
export const ACTIONS_TABLE: TableSpec = { sheet: TAB.actions, key: 'id', commentRows: true, columns: ACTION_COLUMNS };

export function budgetTableSpec(years: number[]): TableSpec {
  return { sheet: TAB.budget, key: 'id', commentRows: true, columns: [...BUDGET_LINE_COLUMNS, ...years.map(budgetYearColumn), BUDGET_TOTAL_COLUMN] };
}

/** The follow-up tabs: one row per budget line (Réalisé), per indicator (Indicateurs), per fiche and year (Suivi). */
export function realisedTableSpec(years: number[]): TableSpec {
  return {
    sheet: TAB.realised,
    key: 'lineId',
    commentRows: true,
    columns: [REALISED_ID_COLUMN, ...REALISED_LOOKUP_COLUMNS, ...years.map(realisedYearColumn), REALISED_COMMENT_COLUMN],
  };
}
export function indicatorsTableSpec(years: number[]): TableSpec {
  return {
    sheet: TAB.indicators,
    key: 'actionId',
    keys: ['actionId', 'label'],
    commentRows: true,
    columns: [...INDICATOR_COLUMNS, ...years.map(indicatorYearColumn), INDICATOR_SOURCE_COLUMN],
  };
}
export const FOLLOW_UP_TABLE: TableSpec = { sheet: TAB.followUp, key: 'actionId', keys: ['actionId', 'year'], commentRows: true, columns: FOLLOW_UP_COLUMNS };

/** The Convention tab holds three small tables side by side, sharing header row 1. */
export const FIELDS_TABLE: TableSpec = { sheet: TAB.convention, commentRows: false, key: 'field', columns: FIELD_COLUMNS };
export const ENVELOPES_TABLE: TableSpec = { sheet: TAB.convention, commentRows: false, key: 'year', columns: ENVELOPE_COLUMNS };
export const SIGNATORIES_TABLE: TableSpec = { sheet: TAB.convention, commentRows: false, key: 'name', columns: SIGNATORY_COLUMNS };

/** Where each Convention table sits in a new tab (CONVENTION_BLOCKS). */
export const CONVENTION_TABLE_START = new Map<TableSpec, number>([
  [FIELDS_TABLE, CONVENTION_BLOCKS.fieldCol],
  [ENVELOPES_TABLE, CONVENTION_BLOCKS.envelopeYearCol],
  [SIGNATORIES_TABLE, CONVENTION_BLOCKS.signatoryNameCol],
]);

// ---- reading a tab ---------------------------------------------------------

export const cellAt = (sheet: SheetSnapshot | undefined, row: number, col: number): CellValue => sheet?.values[row - 1]?.[col - 1] ?? '';
export const formulaAt = (sheet: SheetSnapshot | undefined, row: number, col: number): string => sheet?.formulas[row - 1]?.[col - 1] ?? '';
export const rowCount = (sheet: SheetSnapshot | undefined) => sheet?.values.length ?? 0;
export const colCount = (sheet: SheetSnapshot | undefined) => (sheet ? widest(sheet.values) : 0);

export const findSheet = (snapshot: { sheets: SheetSnapshot[] }, name: string) =>
  snapshot.sheets.find((s) => s.name === name) ?? snapshot.sheets.find((s) => normalizeLabel(s.name) === normalizeLabel(name));

/** The tables of each typed tab, to recognise the tab by its header row when it was renamed. */
const TYPED_TABLES: Record<string, () => TableSpec[]> = {
  [TAB.convention]: () => [FIELDS_TABLE, ENVELOPES_TABLE, SIGNATORIES_TABLE],
  [TAB.axes]: () => [AXES_TABLE],
  [TAB.actions]: () => [ACTIONS_TABLE],
  [TAB.budget]: () => [budgetTableSpec([])],
  [TAB.realised]: () => [realisedTableSpec([])],
  [TAB.indicators]: () => [indicatorsTableSpec([])],
  [TAB.followUp]: () => [FOLLOW_UP_TABLE],
};

/** How many of the specs' headers the best of a tab's top rows holds. */
function headerHits(sheet: SheetSnapshot, specs: TableSpec[]): number {
  const wanted = new Set(specs.flatMap((spec) => spec.columns.filter((c) => !c.computed).map((c) => normalizeLabel(c.header))));
  let best = 0;
  for (let r = 1; r <= Math.min(HEADER_SEARCH_ROWS, sheet.values.length); r++) {
    best = Math.max(best, new Set((sheet.values[r - 1] ?? []).map(headerKey).filter((h) => wanted.has(h))).size);
  }
  return best;
}

/**
 * A typed tab: by its name (case, accents and spaces aside), or else — renamed by a
 * partner ("Budget 2023") — the one tab whose header row holds most of its headers (at
 * least half of them, three or more), among tabs named like no other tab of the workbook.
 */
export function findTypedSheet(snapshot: { sheets: SheetSnapshot[] }, tab: string): SheetSnapshot | undefined {
  const named = findSheet(snapshot, tab);
  const tables = TYPED_TABLES[tab];
  if (named || !tables) return named;
  const specs = tables();
  const needed = Math.max(3, Math.ceil(specs.reduce((n, s) => n + s.columns.filter((c) => !c.computed).length, 0) / 2));
  const known = new Set(Object.keys(TYPED_TABLES).map(normalizeLabel));
  let best: SheetSnapshot | undefined;
  let bestHits = needed - 1;
  for (const sheet of snapshot.sheets) {
    if (known.has(normalizeLabel(sheet.name))) continue;
    const hits = headerHits(sheet, specs);
    if (hits > bestHits) [best, bestHits] = [sheet, hits];
  }
  return best;
}

/** The identity of an item as the reader sees it: trimmed text; an error cell has none. */
export function cellKey(v: CellValue): string {
  if (isErrorValue(v) || v === null || v === undefined) return '';
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  return String(v).trim();
}

/** Header text of a cell as a comparison key ("2023" for a number 2023). */
const headerKey = (v: CellValue) => normalizeLabel(v instanceof Date ? '' : String(v));

/**
 * Finds each column of the spec in header row 1: exact header first, then the
 * accepted aliases, never claiming a column twice. Missing columns are left out.
 */
export function findColumns(sheet: SheetSnapshot | undefined, spec: TableSpec, claimed: Set<number> = new Set(), headerRow = HEADER_ROW): Map<string, number> {
  const headers = (sheet?.values[headerRow - 1] ?? []).map(headerKey);
  const out = new Map<string, number>();
  const claim = (key: string, names: string[]) => {
    const wanted = names.map(normalizeLabel);
    const i = headers.findIndex((h, idx) => h !== '' && wanted.includes(h) && !claimed.has(idx + 1));
    if (i < 0) return;
    out.set(key, i + 1);
    claimed.add(i + 1);
  };
  for (const c of spec.columns) claim(c.key, [c.header]);
  for (const c of spec.columns) if (!out.has(c.key) && c.aliases) claim(c.key, c.aliases);
  // An amount column renamed "Année 2024" or "2024 (€)" is still 2024's.
  const raw = sheet?.values[headerRow - 1] ?? [];
  for (const c of spec.columns) {
    if (out.has(c.key) || !/^\d{4}$/.test(c.key)) continue;
    const i = raw.findIndex((v, idx) => yearOfHeader(v) === Number(c.key) && !claimed.has(idx + 1));
    if (i < 0) continue;
    out.set(c.key, i + 1);
    claimed.add(i + 1);
  }
  return out;
}

/** Rows searched for the header row, when people inserted rows (a title, notes) above it. */
const HEADER_SEARCH_ROWS = 10;

/**
 * The header row of a tab: the first of its top rows holding at least two of the
 * expected headers (row 1 as generated; lower when someone inserted rows above).
 */
export function headerRowOf(sheet: SheetSnapshot | undefined, specs: TableSpec[]): number {
  if (!sheet) return HEADER_ROW;
  const wanted = new Set(specs.flatMap((spec) => spec.columns.map((c) => normalizeLabel(c.header))));
  for (let r = 1; r <= Math.min(HEADER_SEARCH_ROWS, sheet.values.length); r++) {
    const hits = (sheet.values[r - 1] ?? []).filter((v) => wanted.has(headerKey(v))).length;
    if (hits >= 2) return r;
  }
  return HEADER_ROW;
}

/** Budget amount columns: every header that is a year, in sheet order. */
export function findYearColumns(sheet: SheetSnapshot | undefined, headerRow = HEADER_ROW): Map<number, number> {
  const out = new Map<number, number>();
  (sheet?.values[headerRow - 1] ?? []).forEach((v, i) => {
    const year = yearOfHeader(v);
    if (year !== undefined && !out.has(year)) out.set(year, i + 1);
  });
  return out;
}

/**
 * The year an amount column's header names: "2024", and as partners rename it, "Année 2024",
 * "2024 (€)", "Montant 2024", "Budget prévisionnel 2024 en €". Words that make it another
 * column ("Réalisé 2024", "Total 2024") do not count.
 */
export function yearOfHeader(v: CellValue): number | undefined {
  if (v instanceof Date) return undefined;
  if (typeof v === 'number') return Number.isInteger(v) && v >= 1000 && v <= 9999 ? v : undefined;
  const words = normalizeLabel(String(v))
    .replace(/[()€:\-–—,.]/g, ' ')
    .split(' ')
    .filter((w) => w !== '');
  const years = words.filter((w) => /^\d{4}$/.test(w));
  if (years.length !== 1) return undefined;
  return words.every((w) => w === years[0] || YEAR_HEADER_WORDS.includes(w)) ? Number(years[0]) : undefined;
}

export type ScannedRow = { row: number; get: (key: string) => CellValue };

/** Last row holding anything in the given columns (0 when none). */
export function lastRowIn(sheet: SheetSnapshot | undefined, cols: number[]): number {
  if (!sheet) return 0;
  for (let r = sheet.values.length; r >= 1; r--) if (cols.some((c) => !isBlank(cellAt(sheet, r, c)))) return r;
  return 0;
}

/** Data rows of a table: rows after the header with something in one of its columns. */
export function dataRows(sheet: SheetSnapshot | undefined, cols: Map<string, number>, headerRow = HEADER_ROW): ScannedRow[] {
  const used = [...cols.values()];
  const last = lastRowIn(sheet, used);
  const out: ScannedRow[] = [];
  for (let r = headerRow + 1; r <= last; r++) {
    if (!used.some((c) => !isBlank(cellAt(sheet, r, c)))) continue;
    const row = r;
    out.push({ row, get: (key) => (cols.has(key) ? cellAt(sheet, row, cols.get(key)!) : '') });
  }
  return out;
}

/**
 * A row with no id and a single filled text cell is a comment someone left in the
 * table, not an item: the reader skips it (with an info finding) and the plan never
 * matches an item to it. A lone value in a dropdown column (a type, a statut, a
 * financeur) is an item being filled in, not a comment.
 */
export function isCommentRow(sheet: SheetSnapshot | undefined, row: ScannedRow, keyCol: number | undefined, dropdownCols: number[] = []): boolean {
  if (keyCol !== undefined && !isBlank(cellAt(sheet, row.row, keyCol))) return false;
  const cells = sheet?.values[row.row - 1] ?? [];
  const filled = cells.map((v, i) => [v, i + 1] as const).filter(([v]) => !isBlank(v));
  return filled.length === 1 && typeof filled[0][0] === 'string' && !dropdownCols.includes(filled[0][1]);
}

/** A row a person typed as a total: no key, and its only text says "Total", "Sous-total", "TOTAL 2024"… */
export function isTotalRow(sheet: SheetSnapshot | undefined, row: ScannedRow, keyCol: number | undefined): boolean {
  if (keyCol !== undefined && !isBlank(cellAt(sheet, row.row, keyCol))) return false;
  const texts = (sheet?.values[row.row - 1] ?? []).filter((v): v is string => typeof v === 'string' && !isBlank(v));
  return texts.length > 0 && texts.every((t) => TOTAL_ROW_LABEL.test(t.trim()));
}

/** Columns of a table whose cells are picked from a fixed list. */
export const dropdownColumns = (spec: TableSpec, cols: Map<string, number>): number[] =>
  spec.columns
    .filter((c) => c.validation?.rule.kind === 'list')
    .map((c) => cols.get(c.key))
    .filter((c): c is number => c !== undefined);
