// Workbook → convention. Co-edited input is messy (blank rows, amounts typed as
// French text, stray spaces, #REF! cells, merged cells, comment rows, huge
// cells): nothing here throws; every problem becomes a finding (a code and its parameters) pinned to
// its cell, and the locator records the rows and columns actually found.
import { Convention, Period, Signatory, Axis, Action, BudgetLine, BudgetAmount, Envelope } from '../domain/schema';
import { isPeriodSpan, yearFromText } from '../domain/years';
import { Finding, FindingDetail, Severity, finding } from '../domain/report';
import { parseMoney, centsFromEuros } from '../domain/money';
import { HEADER, ROLE_LABEL, AXIS_TYPE_LABEL, ACTION_STATUS_LABEL } from '../../i18n/fr-workbook';
import { CONVENTION_FIELDS, ConventionField, Locator, TAB } from './layout';
import { a1, firstCell } from './a1';
import { CellValue, SheetSnapshot, WorkbookSnapshot } from './types';
import {
  TableSpec, AXES_TABLE, ACTIONS_TABLE, budgetTableSpec, FIELDS_TABLE, ENVELOPES_TABLE, SIGNATORIES_TABLE,
  findSheet, findColumns, findYearColumns, headerRowOf, dataRows, isCommentRow, isTotalRow, dropdownColumns, isBlank, isErrorValue, ScannedRow,
} from './tables';
import { normalizeLabel, splitLines, parseIndicators, keyOfLabel } from './text';
import { Places, locatorFrom } from './locate';

export type ReadResult = { convention: Convention; findings: Finding[]; locator: Locator };


type Ctx = { sheet: string; add: (severity: Severity, detail: FindingDetail, row?: number, col?: number) => void };

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
    const sheet = findSheet(snapshot, name);
    sheets.set(name, sheet);
    if (!sheet) ctx(name).add('warning', { kind: 'missing-tab', tab: name });
    for (const range of sheet?.merges ?? []) findings.push(finding('warning', { kind: 'merged-cells', range }, { sheet: name, cell: firstCell(range) }));
  }
  const conv = readConventionTab(sheets.get(TAB.convention), ctx(TAB.convention));
  const axes = readTable(sheets.get(TAB.axes), AXES_TABLE, ctx(TAB.axes), readAxis);
  const actions = readTable(sheets.get(TAB.actions), ACTIONS_TABLE, ctx(TAB.actions), readAction);
  const budgetSheet = sheets.get(TAB.budget);
  const budgetHeaderRow = headerRowOf(budgetSheet, [budgetTableSpec([])]);
  const yearCols = findYearColumns(budgetSheet, budgetHeaderRow);
  const yearKeys = new Map([...yearCols].map(([y, col]) => [yearKey(y), col]));
  const budget = readTable(budgetSheet, budgetTableSpec([]), ctx(TAB.budget), (get, c) => readBudgetLine(get, c, [...yearCols.keys()]), yearKeys);
  const convention = Convention.parse({ ...conv.value, axes: axes.items, actions: actions.items, budget: budget.items });
  const places: Places = {
    fields: conv.fields, envelopes: conv.envelopes, signatories: conv.signatories,
    axes: axes.place, actions: actions.place, budget: { ...budget.place, yearCols },
  };
  return { convention, findings, locator: locatorFrom(places) };
}

// ---- cells -------------------------------------------------------------------

type Cell = { value: CellValue; row: number; col: number | undefined };

function text(cell: Cell, c: Ctx): string {
  const v = cell.value;
  if (isErrorValue(v)) {
    c.add('error', { kind: 'error-cell', value: v.trim() }, cell.row, cell.col);
    return '';
  }
  if (v instanceof Date) return isoDate(v);
  return typeof v === 'string' ? v : String(v);
}

const idText = (cell: Cell, c: Ctx) => text(cell, c).trim();

/** Calendar day of a spreadsheet date, whatever the time zone it was read in (±12 h). */
export function isoDate(d: Date): string {
  return new Date(d.getTime() + 12 * 3600 * 1000).toISOString().slice(0, 10);
}

function year(cell: Cell, c: Ctx): number | undefined {
  if (isBlank(cell.value)) return undefined;
  const t = text(cell, c).trim();
  const y = yearFromText(t);
  if (y !== null) return y;
  if (t !== '') c.add('error', { kind: 'not-a-year', value: t }, cell.row, cell.col);
  return undefined;
}

/** An amount that must be a number of cents (envelope, tolerance): unreadable → finding, undefined. */
function money(cell: Cell, c: Ctx): number | undefined {
  const v = cell.value;
  if (isBlank(v)) return undefined;
  if (typeof v === 'number') return numberCents(v, cell, c);
  const typed = text(cell, c);
  const parsed = parseMoney(typed);
  if (parsed.ok) {
    if (typeof v === 'string') c.add('info', { kind: 'amount-as-text', value: v }, cell.row, cell.col);
    return parsed.cents;
  }
  if (!isErrorValue(v)) c.add('error', { kind: 'unreadable-money', text: typed, reason: parsed.reason }, cell.row, cell.col);
  return undefined;
}

/** A number cell in euros → cents; with sub-cent digits (often a formula result) → finding at the cell, undefined. */
function numberCents(v: number, cell: Cell, c: Ctx): number | undefined {
  const cents = centsFromEuros(v);
  if (cents !== null) return cents;
  const tooLarge = !Number.isSafeInteger(Math.round(v * 100));
  const detail: FindingDetail = tooLarge ? { kind: 'unreadable-money', text: String(v), reason: 'too-large' } : { kind: 'sub-cent-number', value: v };
  c.add('error', detail, cell.row, cell.col);
  return undefined;
}

/** A budget amount: cents when readable, otherwise the text verbatim (the check quotes it at its cell). */
function budgetAmount(cell: Cell, c: Ctx): BudgetAmount | undefined {
  const v = cell.value;
  if (isBlank(v)) return undefined;
  if (typeof v === 'number') return numberCents(v, cell, c);
  if (typeof v !== 'string') return v instanceof Date ? isoDate(v) : String(v);
  const parsed = parseMoney(v);
  if (!parsed.ok) return v;
  c.add('info', { kind: 'amount-as-text', value: v }, cell.row, cell.col);
  return parsed.cents;
}

function label<K extends string>(cell: Cell, c: Ctx, labels: Record<K, string>, fallback: K): K {
  const t = text(cell, c).trim();
  if (t === '') return fallback;
  const key = keyOfLabel(labels, t);
  if (key !== undefined) return key;
  c.add('warning', { kind: 'unknown-label', value: t, allowed: Object.values(labels), fallback: labels[fallback] }, cell.row, cell.col);
  return fallback;
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
    const get: Getter = (key) => ({ value: row.get(key), row: row.row, col: scanCols.get(key) });
    items.push(readItem(get, c));
    rows.push(row.row);
  }
  return { items, place: { rows, cols, headerRow } };
}

/** Why a row of a table is not an item (a comment, a budget total typed by a person), if it is not. */
function skippedRow(sheet: SheetSnapshot | undefined, spec: TableSpec, row: ScannedRow, keyCol: number | undefined, dropdowns: number[]): FindingDetail | undefined {
  if (spec.commentRows && isCommentRow(sheet, row, keyCol, dropdowns)) return { kind: 'comment-row', row: row.row };
  if (spec.sheet === TAB.budget && isTotalRow(sheet, row, keyCol)) return { kind: 'total-row', row: row.row };
  return undefined;
}

function readAxis(get: Getter, c: Ctx): Axis {
  return {
    id: idText(get('id'), c),
    title: text(get('title'), c),
    type: label(get('type'), c, AXIS_TYPE_LABEL, 'axe'),
    themes: splitLines(text(get('themes'), c)),
    objectives: splitLines(text(get('objectives'), c)),
  };
}

function readAction(get: Getter, c: Ctx): Action {
  const t = (k: string) => text(get(k), c);
  return {
    id: idText(get('id'), c), title: t('title'), axisId: idText(get('axisId'), c),
    themes: splitLines(t('themes')), objectives: splitLines(t('objectives')),
    context: t('context'), description: t('description'), audience: t('audience'), territory: t('territory'), lead: t('lead'),
    partners: splitLines(t('partners')), means: t('means'), schedule: t('schedule'),
    indicators: parseIndicators(t('indicators')),
    status: label(get('status'), c, ACTION_STATUS_LABEL, 'non-demarree'),
  };
}

function readBudgetLine(get: Getter, c: Ctx, years: number[]): BudgetLine {
  const id = idText(get('id'), c);
  const funderCell = get('funder');
  if (isBlank(funderCell.value)) c.add('warning', { kind: 'empty-field', item: { by: 'row', id, row: funderCell.row }, field: 'funder' }, funderCell.row, funderCell.col);
  const amounts: Record<string, BudgetAmount> = {};
  for (const y of years) {
    const v = budgetAmount(get(yearKey(y)), c);
    if (v !== undefined) amounts[String(y)] = v;
  }
  return {
    id, beneficiary: text(get('beneficiary'), c), equipment: text(get('equipment'), c), nature: text(get('nature'), c),
    funder: label(funderCell, c, ROLE_LABEL, 'autre'), actionId: idText(get('actionId'), c), amounts,
  };
}

// ---- the Convention tab ------------------------------------------------------

function readConventionTab(sheet: SheetSnapshot | undefined, c: Ctx) {
  const claimed = new Set<number>();
  const headerRow = headerRowOf(sheet, [FIELDS_TABLE, ENVELOPES_TABLE, SIGNATORIES_TABLE]);
  const fieldCols = findColumns(sheet, FIELDS_TABLE, claimed, headerRow);
  const envCols = findColumns(sheet, ENVELOPES_TABLE, claimed, headerRow);
  const sigCols = findColumns(sheet, SIGNATORIES_TABLE, claimed, headerRow);
  if (sheet) {
    for (const [spec, cols] of [[FIELDS_TABLE, fieldCols], [ENVELOPES_TABLE, envCols], [SIGNATORIES_TABLE, sigCols]] as const) {
      for (const col of spec.columns) if (!cols.has(col.key)) c.add('warning', { kind: 'missing-column', tab: spec.sheet, header: col.header });
    }
  }
  // Fields: the row of each known label in the field column; the value sits in the value column.
  const valueCol = fieldCols.get('value');
  const fieldRows = new Map<ConventionField, number>();
  const cellOf = (f: ConventionField): Cell => {
    const row = fieldRows.get(f);
    return { value: row !== undefined && valueCol !== undefined ? sheet?.values[row - 1]?.[valueCol - 1] ?? '' : '', row: row ?? 0, col: valueCol };
  };
  for (const row of dataRows(sheet, new Map([['field', fieldCols.get('field') ?? -1]]), headerRow)) {
    const f = fieldKeys.get(normalizeLabel(String(row.get('field'))));
    if (f && !fieldRows.has(f)) fieldRows.set(f, row.row);
  }
  if (sheet) for (const f of CONVENTION_FIELDS) if (!fieldRows.has(f)) c.add('warning', { kind: 'missing-field', label: HEADER.fields[f] });

  const period = readPeriod(cellOf('startYear'), cellOf('endYear'), c);
  const signatureDate = readDate(cellOf('signatureDate'), c);
  const tolerance = money(cellOf('toleranceCents'), c);
  const envelopeTotalCents = money(cellOf('envelopeTotalCents'), c);

  const envelopes: Envelope[] = [];
  const envelopeRows = new Map<number, number>();
  for (const row of dataRows(sheet, envCols, headerRow)) {
    const y = year({ value: row.get('year'), row: row.row, col: envCols.get('year') }, c);
    const amount = money({ value: row.get('amount'), row: row.row, col: envCols.get('amount') }, c);
    if (y === undefined) continue;
    envelopeRows.set(y, row.row); // the last row of a year counts, as in the check
    if (amount !== undefined) envelopes.push({ year: y, amountCents: amount });
  }
  const signatories: Signatory[] = [];
  const sigRows: number[] = [];
  for (const row of dataRows(sheet, sigCols, headerRow)) {
    signatories.push({
      name: text({ value: row.get('name'), row: row.row, col: sigCols.get('name') }, c),
      role: label({ value: row.get('role'), row: row.row, col: sigCols.get('role') }, c, ROLE_LABEL, 'autre'),
    });
    sigRows.push(row.row);
  }
  const value = {
    name: text(cellOf('name'), c), territory: text(cellOf('territory'), c), coordinator: text(cellOf('coordinator'), c),
    period, signatories, envelopes, toleranceCents: tolerance !== undefined && tolerance >= 0 ? tolerance : 0,
    ...(signatureDate ? { signatureDate } : {}), ...(envelopeTotalCents !== undefined ? { envelopeTotalCents } : {}),
  };
  return {
    value,
    fields: { rows: fieldRows, valueCol },
    envelopes: { rows: envelopeRows, yearCol: envCols.get('year'), amountCol: envCols.get('amount') },
    signatories: { rows: sigRows, cols: sigCols },
  };
}

function readPeriod(start: Cell, end: Cell, c: Ctx): Period {
  const startYear = year(start, c);
  const endYear = year(end, c);
  if (startYear !== undefined && endYear !== undefined && !isPeriodSpan(startYear, endYear)) {
    c.add('error', { kind: 'bad-period', startYear, endYear }, end.row, end.col);
    return { startYear };
  }
  return { ...(startYear !== undefined ? { startYear } : {}), ...(endYear !== undefined ? { endYear } : {}) };
}

/** A date cell, or text as 30/11/2022 or 2022-11-30. */
function readDate(cell: Cell, c: Ctx): string | undefined {
  const v = cell.value;
  if (isBlank(v)) return undefined;
  if (v instanceof Date) return isoDate(v);
  const t = text(cell, c).trim();
  const fr = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(t);
  const iso = fr ? `${fr[3]}-${fr[2].padStart(2, '0')}-${fr[1].padStart(2, '0')}` : t;
  if (/^\d{4}-\d{2}-\d{2}$/.test(iso) && !Number.isNaN(Date.parse(`${iso}T00:00:00Z`)) && isoDate(new Date(`${iso}T00:00:00Z`)) === iso) return iso;
  if (t !== '') c.add('error', { kind: 'not-a-date', value: t }, cell.row, cell.col);
  return undefined;
}
