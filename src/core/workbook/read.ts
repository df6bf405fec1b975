// Workbook → convention. Co-edited input is messy (blank rows, amounts typed as
// French text, stray spaces, #REF! cells, merged cells, comment rows, huge
// cells): nothing here throws; every problem becomes a finding (a code and its parameters) pinned to
// its cell, and the locator records the rows and columns actually found.
import { Convention, Period, Signatory, BudgetLine, BudgetAmount, Envelope, periodYears } from '../domain/schema';
import { isPeriodSpan } from '../domain/years';
import { Finding, FindingDetail, GapReason, ReadGaps, finding } from '../domain/report';
import { HEADER, ROLE_LABEL } from '../../i18n/fr-workbook';
import type { ConventionField, Locator } from '../domain/locator';
import { CONVENTION_FIELDS, TAB } from './layout';
import { a1, firstCell } from './a1';
import { SheetSnapshot, WorkbookSnapshot } from './types';
import {
  TableSpec,
  AXES_TABLE,
  ACTIONS_TABLE,
  budgetTableSpec,
  FIELDS_TABLE,
  ENVELOPES_TABLE,
  SIGNATORIES_TABLE,
  findTypedSheet,
  findColumns,
  findYearColumns,
  headerRowOf,
  dataRows,
  isCommentRow,
  isTotalRow,
  dropdownColumns,
  ScannedRow,
} from './tables';
import { Cell, ReadContext, budgetAmount, cellText, isBlank, readDate, readMoney, readYear } from './cells';
import { AXIS_COLUMNS, ACTION_COLUMNS, BUDGET_LINE_COLUMNS, SIGNATORY_COLUMNS, readRow } from './columns';
import { keyOfLabel, normalizeLabel } from './text';
import { Places, locatorFrom, tabNames } from './locate';

/** `gaps`: what could not be read with certainty, so that the check does not settle a year on it. */
export type ReadResult = { convention: Convention; findings: Finding[]; locator: Locator; gaps: ReadGaps };

type Ctx = ReadContext;

const fieldKeys = new Map(CONVENTION_FIELDS.map((f) => [normalizeLabel(HEADER.fields[f]), f]));

export function readWorkbook(snapshot: WorkbookSnapshot): ReadResult {
  const findings: Finding[] = [];
  const ctx = (sheet: string): Ctx => ({
    sheet,
    add: (severity, detail, row, col) =>
      findings.push(finding(severity, detail, { sheet, ...(row !== undefined && col !== undefined ? { cell: a1(row, col) } : {}) })),
  });
  const sheets = new Map<string, SheetSnapshot | undefined>();
  for (const name of [TAB.convention, TAB.axes, TAB.actions, TAB.budget]) {
    const sheet = findTypedSheet(snapshot, name);
    if (sheet && normalizeLabel(sheet.name) !== normalizeLabel(name))
      ctx(sheet.name).add('warning', { kind: 'typed-tab-renamed', tab: sheet.name, wanted: name });
    sheets.set(name, sheet);
    if (!sheet) ctx(name).add('warning', { kind: 'missing-tab', tab: name });
    for (const range of sheet?.merges ?? []) findings.push(finding('warning', { kind: 'merged-cells', range }, { sheet: name, cell: firstCell(range) }));
  }
  const conv = readConventionTab(sheets.get(TAB.convention), ctx(TAB.convention));
  const axes = readTable(sheets.get(TAB.axes), AXES_TABLE, ctx(TAB.axes), (get, c) => readRow(AXIS_COLUMNS, get, c));
  const actions = readTable(sheets.get(TAB.actions), ACTIONS_TABLE, ctx(TAB.actions), (get, c) => readRow(ACTION_COLUMNS, get, c));
  const budgetSheet = sheets.get(TAB.budget);
  const budgetHeaderRow = headerRowOf(budgetSheet, [budgetTableSpec([])]);
  const yearCols = findYearColumns(budgetSheet, budgetHeaderRow);
  const yearKeys = new Map([...yearCols].map(([y, col]) => [yearKey(y), col]));
  const budget = readTable(budgetSheet, budgetTableSpec([]), ctx(TAB.budget), (get, c) => readBudgetLine(get, c, [...yearCols.keys()]), yearKeys);
  const lines = budget.items.map((b) => b.line);
  const convention = Convention.parse({ ...conv.value, axes: axes.items, actions: actions.items, budget: lines });
  const gaps = budgetGaps(budgetSheet !== undefined, budget.place.cols, yearCols, periodYears(convention.period), budget.items);
  const places: Places = {
    names: tabNames((tab) => sheets.get(tab)?.name ?? tab),
    fields: conv.fields,
    envelopes: conv.envelopes,
    signatories: conv.signatories,
    axes: axes.place,
    actions: actions.place,
    budget: { ...budget.place, yearCols },
  };
  return { convention, findings, locator: locatorFrom(places), gaps };
}

// ---- tables ------------------------------------------------------------------

type Getter = (key: string) => Cell;

const yearKey = (y: number) => `year:${y}`;

function readTable<T>(sheet: SheetSnapshot | undefined, spec: TableSpec, c: Ctx, readItem: (get: Getter, c: Ctx) => T, extraCols = new Map<string, number>()) {
  const headerRow = headerRowOf(sheet, [spec]);
  const cols = findColumns(sheet, spec, undefined, headerRow);
  if (sheet) {
    for (const col of spec.columns) if (!cols.has(col.key) && !col.computed) c.add('warning', { kind: 'missing-column', tab: spec.sheet, header: col.header });
  }
  const scanCols = new Map([...cols, ...extraCols]);
  const items: T[] = [];
  const rows: number[] = [];
  const dropdowns = dropdownColumns(spec, cols);
  for (const row of dataRows(sheet, scanCols, headerRow)) {
    const skipped = skippedRow(sheet, spec, row, cols.get(spec.key), dropdowns);
    if (skipped) {
      const col = (sheet?.values[row.row - 1] ?? []).findIndex((v) => !isBlank(v)) + 1;
      c.add('info', skipped, row.row, col);
      continue;
    }
    const get: Getter = (key) => {
      const col = scanCols.get(key);
      const numberFormat = col === undefined ? undefined : sheet?.numberFormats?.[row.row - 1]?.[col - 1];
      return { value: row.get(key), row: row.row, col, ...(numberFormat ? { numberFormat } : {}) };
    };
    items.push(readItem(get, c));
    rows.push(row.row);
  }
  return { items, place: { rows, cols, headerRow } };
}

/** Why a row of a table is not an item (a comment, a budget total typed by a person), if it is not. */
function skippedRow(
  sheet: SheetSnapshot | undefined,
  spec: TableSpec,
  row: ScannedRow,
  keyCol: number | undefined,
  dropdowns: number[],
): FindingDetail | undefined {
  if (spec.commentRows && isCommentRow(sheet, row, keyCol, dropdowns)) return { kind: 'comment-row', row: row.row };
  if (spec.sheet === TAB.budget && isTotalRow(sheet, row, keyCol)) return { kind: 'total-row', row: row.row };
  return undefined;
}

/** A budget line, whether its funder could be read, and the years whose amount cell holds something unreadable as cents. */
type ReadLine = { line: BudgetLine; funderRead: boolean; unread: number[] };

function readBudgetLine(get: Getter, c: Ctx, years: number[]): ReadLine {
  const line = readRow(BUDGET_LINE_COLUMNS, get, c);
  const amounts: Record<string, BudgetAmount> = {};
  const unread: number[] = [];
  for (const y of years) {
    const cell = get(yearKey(y));
    const v = budgetAmount.read(cell, c);
    if (v !== undefined) amounts[String(y)] = v;
    else if (!isBlank(cell.value)) unread.push(y); // a number with sub-cent digits: reported by the codec
  }
  // An empty or unknown funder is read as "Autre": the line may well be a CAF one.
  const funder = get('funder').value;
  const funderRead = !isBlank(funder) && keyOfLabel(ROLE_LABEL, String(funder)) !== undefined;
  return { line: { ...line, amounts }, funderRead, unread };
}

/**
 * Where a CAF total cannot be trusted: no Budget tab, no id or funder column (a person's
 * total row or a CAF line cannot be told apart), a period year without its amount column,
 * a line with amounts whose funder cannot be read.
 */
function budgetGaps(hasTab: boolean, cols: Map<string, number>, yearCols: Map<number, number>, period: number[], lines: ReadLine[]): ReadGaps {
  if (!hasTab) return { all: 'budget-tab-missing' };
  if (!cols.has('id') || !cols.has('funder')) return { all: 'budget-column-missing' };
  const years = new Map<number, GapReason>();
  for (const y of period) if (!yearCols.has(y)) years.set(y, 'budget-column-missing');
  const mark = (y: number, reason: GapReason) => void (years.has(y) || years.set(y, reason));
  for (const { line, funderRead, unread } of lines) {
    if (funderRead && line.funder !== 'caf') continue;
    for (const y of unread) mark(y, 'amount-unreadable');
    if (funderRead) continue;
    for (const [y, v] of Object.entries(line.amounts)) if (v !== 0) mark(Number(y), 'funder-unreadable');
  }
  return { years };
}

// ---- the Convention tab ------------------------------------------------------

function readConventionTab(sheet: SheetSnapshot | undefined, c: Ctx) {
  const claimed = new Set<number>();
  const headerRow = headerRowOf(sheet, [FIELDS_TABLE, ENVELOPES_TABLE, SIGNATORIES_TABLE]);
  const fieldCols = findColumns(sheet, FIELDS_TABLE, claimed, headerRow);
  const envCols = findColumns(sheet, ENVELOPES_TABLE, claimed, headerRow);
  const sigCols = findColumns(sheet, SIGNATORIES_TABLE, claimed, headerRow);
  if (sheet) {
    for (const [spec, cols] of [
      [FIELDS_TABLE, fieldCols],
      [ENVELOPES_TABLE, envCols],
      [SIGNATORIES_TABLE, sigCols],
    ] as const) {
      for (const col of spec.columns) if (!cols.has(col.key)) c.add('warning', { kind: 'missing-column', tab: spec.sheet, header: col.header });
    }
  }
  // Fields: the row of each known label in the field column; the value sits in the value column.
  const valueCol = fieldCols.get('value');
  const fieldRows = new Map<ConventionField, number>();
  const cellOf = (f: ConventionField): Cell => {
    const row = fieldRows.get(f);
    return { value: row !== undefined && valueCol !== undefined ? (sheet?.values[row - 1]?.[valueCol - 1] ?? '') : '', row: row ?? 0, col: valueCol };
  };
  for (const row of dataRows(sheet, new Map([['field', fieldCols.get('field') ?? -1]]), headerRow)) {
    const f = fieldKeys.get(normalizeLabel(String(row.get('field'))));
    if (f && !fieldRows.has(f)) fieldRows.set(f, row.row);
  }
  if (sheet) for (const f of CONVENTION_FIELDS) if (!fieldRows.has(f)) c.add('warning', { kind: 'missing-field', label: HEADER.fields[f] });

  const period = readPeriod(cellOf('startYear'), cellOf('endYear'), c);
  const signatureDate = readDate(cellOf('signatureDate'), c);
  const tolerance = readMoney(cellOf('toleranceCents'), c);
  const envelopeTotalCents = readMoney(cellOf('envelopeTotalCents'), c);

  const envelopes: Envelope[] = [];
  const envelopeRows = new Map<number, number>();
  for (const row of dataRows(sheet, envCols, headerRow)) {
    const y = readYear({ value: row.get('year'), row: row.row, col: envCols.get('year') }, c);
    const amount = readMoney({ value: row.get('amount'), row: row.row, col: envCols.get('amount') }, c);
    if (y === undefined) continue;
    envelopeRows.set(y, row.row); // the last row of a year counts, as in the check
    if (amount !== undefined) envelopes.push({ year: y, amountCents: amount });
  }
  const signatories: Signatory[] = [];
  const sigRows: number[] = [];
  for (const row of dataRows(sheet, sigCols, headerRow)) {
    signatories.push(readRow(SIGNATORY_COLUMNS, (key) => ({ value: row.get(key), row: row.row, col: sigCols.get(key) }), c));
    sigRows.push(row.row);
  }
  const value = {
    name: cellText(cellOf('name'), c),
    territory: cellText(cellOf('territory'), c),
    coordinator: cellText(cellOf('coordinator'), c),
    period,
    signatories,
    envelopes,
    toleranceCents: tolerance !== undefined && tolerance >= 0 ? tolerance : 0,
    ...(signatureDate ? { signatureDate } : {}),
    ...(envelopeTotalCents !== undefined ? { envelopeTotalCents } : {}),
  };
  return {
    value,
    fields: { rows: fieldRows, valueCol },
    envelopes: { rows: envelopeRows, yearCol: envCols.get('year'), amountCol: envCols.get('amount') },
    signatories: { rows: sigRows, cols: sigCols },
  };
}

function readPeriod(start: Cell, end: Cell, c: Ctx): Period {
  const startYear = readYear(start, c);
  const endYear = readYear(end, c);
  if (startYear !== undefined && endYear !== undefined && !isPeriodSpan(startYear, endYear)) {
    c.add('error', { kind: 'bad-period', startYear, endYear }, end.row, end.col);
    return { startYear };
  }
  return { ...(startYear !== undefined ? { startYear } : {}), ...(endYear !== undefined ? { endYear } : {}) };
}
