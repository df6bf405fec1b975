// Workbook → convention. Co-edited input is messy (blank rows, amounts typed as
// French text, stray spaces, #REF! cells, merged cells, comment rows, huge
// cells): nothing here throws; every problem becomes a finding (a code and its parameters) pinned to
// its cell, and the locator records the rows and columns actually found.
import {
  Convention,
  Period,
  Signatory,
  BudgetLine,
  BudgetAmount,
  Envelope,
  periodYears,
  Action,
  FollowUp,
  Indicator,
  Measure,
  RealisedLine,
} from '../domain/schema';
import { isGeneratedTotalRow } from './budget-total';
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
  realisedTableSpec,
  indicatorsTableSpec,
  FOLLOW_UP_TABLE,
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
import { Cell, ReadContext, budgetAmount, cellText, indicators as indicatorsCodec, isBlank, measure, readDate, readMoney, readYear } from './cells';
import {
  AXIS_COLUMNS,
  ACTION_COLUMNS,
  BUDGET_LINE_COLUMNS,
  SIGNATORY_COLUMNS,
  REALISED_ID_COLUMN,
  REALISED_COMMENT_COLUMN,
  INDICATOR_COLUMNS,
  INDICATOR_SOURCE_COLUMN,
  FOLLOW_UP_COLUMNS,
  readRow,
} from './columns';
import { keyOfLabel, normalizeLabel } from './text';
import { Places, locatorFrom, tabNames } from './locate';
import { fieldLabelKey } from './encode';

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
  const actionsSheet = sheets.get(TAB.actions);
  const legacyCol = legacyIndicatorColumn(actionsSheet);
  const actions = readTable(
    actionsSheet,
    ACTIONS_TABLE,
    ctx(TAB.actions),
    (get, c): Action => {
      const own = readRow(ACTION_COLUMNS, get, c);
      return { ...own, indicators: legacyCol === undefined ? [] : legacyIndicators(get('legacyIndicators'), c) };
    },
    legacyCol === undefined ? undefined : new Map([['legacyIndicators', legacyCol]]),
  );
  const budgetSheet = sheets.get(TAB.budget);
  const budgetHeaderRow = headerRowOf(budgetSheet, [budgetTableSpec([])]);
  const yearCols = findYearColumns(budgetSheet, budgetHeaderRow);
  const yearKeys = new Map([...yearCols].map(([y, col]) => [yearKey(y), col]));
  const budget = readTable(budgetSheet, budgetTableSpec([]), ctx(TAB.budget), (get, c) => readBudgetLine(get, c, [...yearCols.keys()]), yearKeys);
  const lines = budget.items.map((b) => b.line);
  const follow = readFollowUpTabs(snapshot, ctx);
  const withIndicators = attachIndicators(actions.items, follow.indicators, ctx(follow.names.indicators));
  const convention = Convention.parse({
    ...conv.value,
    axes: axes.items,
    actions: withIndicators,
    budget: lines,
    ...(follow.realised.items.length ? { realised: follow.realised.items } : {}),
    ...(follow.followUp.items.length ? { followUp: follow.followUp.items } : {}),
  });
  const gaps = budgetGaps(budgetSheet !== undefined, budget.place.cols, yearCols, periodYears(convention.period), budget.items);
  const places: Places = {
    names: tabNames((tab) => sheets.get(tab)?.name ?? follow.names.of(tab)),
    fields: conv.fields,
    envelopes: conv.envelopes,
    signatories: conv.signatories,
    axes: axes.place,
    actions: actions.place,
    budget: { ...budget.place, yearCols },
    realised: follow.realised.place,
    indicators: { ...follow.indicators.place, rows: withIndicatorRows(withIndicators, follow.indicators) },
    followUp: follow.followUp.place,
  };
  return { convention, findings, locator: locatorFrom(places), gaps };
}

// ---- the follow-up tabs ------------------------------------------------------------

/** Where the reader found each follow-up row: the same shape as a table's place, plus the year columns. */
type YearTablePlace = { rows: (number | undefined)[]; cols: Map<string, number>; headerRow: number; yearCols: Map<number, number> };

/** A read indicator row: its fiche, the indicator, and its sheet row. */
type IndicatorItem = { actionId: string; indicator: Indicator; row: number };

/**
 * Réalisé, Indicateurs and Suivi. A workbook made before them has none: nothing is reported
 * (the next refresh adds them). A row with nothing entered but its ids (the rows the product
 * lays out to fill) is not an item of the model.
 */
function readFollowUpTabs(snapshot: WorkbookSnapshot, ctx: (sheet: string) => Ctx) {
  const found = new Map<string, SheetSnapshot | undefined>([TAB.realised, TAB.indicators, TAB.followUp].map((t) => [t, findTypedSheet(snapshot, t)]));
  const nameOf = (tab: string) => found.get(tab)?.name ?? tab;
  const yearTable = <T>(tab: string, spec: TableSpec, readItem: (get: Getter, c: Ctx, years: number[]) => T | undefined) => {
    const sheet = found.get(tab);
    const headerRow = headerRowOf(sheet, [spec]);
    const yearCols = findYearColumns(sheet, headerRow);
    const extra = new Map([...yearCols].map(([y, col]) => [yearKey(y), col]));
    const read = readTable(sheet, spec, ctx(nameOf(tab)), (get, c) => readItem(get, c, [...yearCols.keys()]), extra);
    const kept = read.items.map((item, i) => [item, read.place.rows[i]] as const).filter((x): x is readonly [T, number] => x[0] !== undefined);
    return { items: kept.map(([item]) => item), place: { rows: kept.map(([, r]) => r), cols: read.place.cols, headerRow, yearCols } as YearTablePlace };
  };
  const realised = yearTable(TAB.realised, realisedTableSpec([]), readRealised);
  const indicators = yearTable(TAB.indicators, indicatorsTableSpec([]), readIndicator);
  const followUp = yearTable(TAB.followUp, FOLLOW_UP_TABLE, (get, c) => readFollowUp(get, c));
  return { realised, indicators, followUp, names: { of: nameOf, indicators: nameOf(TAB.indicators) } };
}

function readRealised(get: Getter, c: Ctx, years: number[]): RealisedLine | undefined {
  const { lineId, comment } = { ...readRow([REALISED_ID_COLUMN], get, c), ...readRow([REALISED_COMMENT_COLUMN], get, c) };
  const amounts: Record<string, BudgetAmount> = {};
  for (const y of years) {
    const v = budgetAmount.read(get(yearKey(y)), c);
    if (v !== undefined) amounts[String(y)] = v;
  }
  return Object.keys(amounts).length === 0 && comment.trim() === '' ? undefined : { lineId, amounts, comment };
}

function readIndicator(get: Getter, c: Ctx, years: number[]): IndicatorItem | undefined {
  const { actionId, ...indicator } = readRow(INDICATOR_COLUMNS, get, c);
  const source = readRow([INDICATOR_SOURCE_COLUMN], get, c).source;
  const values: Record<string, Measure> = {};
  for (const y of years) {
    const v = measure.read(get(yearKey(y)), c);
    if (v !== undefined) values[String(y)] = v;
  }
  const clean = Object.fromEntries(Object.entries(indicator).filter(([, v]) => v !== undefined)) as unknown as Indicator;
  return {
    actionId,
    row: get('actionId').row,
    indicator: { ...clean, ...(Object.keys(values).length ? { values } : {}), ...(source.trim() ? { source } : {}) },
  };
}

function readFollowUp(get: Getter, c: Ctx): FollowUp | undefined {
  const f = readRow(FOLLOW_UP_COLUMNS, get, c);
  if ((f.year as number | undefined) === undefined) return undefined;
  const entered = f.status !== undefined || f.progress !== undefined || [f.comment, f.watchPoints, f.decisions].some((t) => t.trim() !== '');
  if (!entered) return undefined;
  return Object.fromEntries(Object.entries(f).filter(([, v]) => v !== undefined)) as unknown as FollowUp;
}

/** The Indicateurs column of an Actions tab made before the Indicateurs tab, if it has one. */
function legacyIndicatorColumn(sheet: SheetSnapshot | undefined): number | undefined {
  const headerRow = headerRowOf(sheet, [ACTIONS_TABLE]);
  const i = (sheet?.values[headerRow - 1] ?? []).findIndex((v) => typeof v === 'string' && normalizeLabel(v) === normalizeLabel(HEADER.actions.indicators));
  return i < 0 ? undefined : i + 1;
}

function legacyIndicators(cell: Cell, c: Ctx): Indicator[] {
  return indicatorsCodec.read(cell, c);
}

/**
 * Each fiche's indicators: the Indicateurs tab's rows first, then those still written in the old
 * Indicateurs cell of Actions that the tab does not have (same label) — read both, nothing lost.
 * A row for a fiche that does not exist is reported (it stays in the tab).
 */
function attachIndicators(actions: Action[], read: { items: IndicatorItem[]; place: YearTablePlace }, c: Ctx): Action[] {
  const byAction = new Map<string, IndicatorItem[]>();
  const known = new Set(actions.map((a) => a.id.trim()));
  for (const item of read.items) {
    const id = item.actionId.trim();
    if (!known.has(id)) {
      c.add('warning', { kind: 'indicator-unknown-action', label: item.indicator.label, actionId: id }, item.row, read.place.cols.get('actionId'));
      continue;
    }
    const list = byAction.get(id) ?? [];
    list.push(item);
    byAction.set(id, list);
  }
  const taken = new Set<string>();
  return actions.map((a) => {
    const id = a.id.trim();
    if (taken.has(id)) return a; // a repeated fiche number: its indicators go to the first
    taken.add(id);
    const fromTab = (byAction.get(id) ?? []).map((x) => x.indicator);
    const labels = new Set(fromTab.map((i) => normalizeLabel(i.label)));
    return { ...a, indicators: [...fromTab, ...a.indicators.filter((i) => !labels.has(normalizeLabel(i.label)))] };
  });
}

/** The sheet row of each indicator of the model, in the order the check meets them (fiche by fiche); undefined for one read from Actions. */
function withIndicatorRows(actions: Action[], read: { items: IndicatorItem[] }): (number | undefined)[] {
  const rowOf = new Map(read.items.map((x) => [x.indicator, x.row]));
  return actions.flatMap((a) => a.indicators.map((i) => rowOf.get(i)));
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
    // The total row the plan writes under Budget's lines is neither a line nor worth a word.
    if (spec.sheet === TAB.budget && isGeneratedTotalRow(sheet, row.row, cols)) continue;
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
    const f = fieldKeys.get(fieldLabelKey(String(row.get('field'))));
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
