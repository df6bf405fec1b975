// Every column of the typed tables, declared once: its header (and the other spellings
// people use), width, format, dropdown, and how its field is written into a cell and
// read back. The plan, the writer of rows (encode.ts), the reader (read.ts) and the
// canonical layout (layout.ts) all follow these lists.
import type { Action, Axis, BudgetLine, FollowUp, Indicator, RealisedLine, Signatory } from '../domain/schema';
import type { EmptyField } from '../domain/report';
import { YEAR_MAX, YEAR_MIN } from '../domain/years';
import { HEADER, HEADER_ALIASES, ROLE_LABEL, AXIS_TYPE_LABEL, ACTION_STATUS_LABEL, frControl, TAB } from '../../i18n/fr-workbook';
import type { CellValue, ValidationRule } from './types';
import { Cell, Codec, ReadContext, id, isBlank, label, lines, measure, optionalLabel, optionalNumber, optionalText, text, yearField } from './cells';

export const EURO_FORMAT = '#,##0.00 "€"';

/**
 * Widths in pixels. Google Sheets sets a run of adjacent columns of the same width in one call,
 * and a new tab's columns are already DEFAULT_WIDTH wide: short columns take the default and
 * neighbours share a width where the content allows, so each tab costs few calls.
 */
export const DEFAULT_WIDTH = 100;
export const DATE_FORMAT = 'dd/mm/yyyy';
export const PERCENT_FORMAT = '0%';

/** What the plan and the reader need to know of a column, whatever it holds. */
export type ColumnSpec = {
  key: string;
  header: string;
  /** Other headers people give the column, accepted when reading. */
  aliases?: string[];
  /** Pixels. */
  width: number;
  numberFormat?: string;
  wrap?: boolean;
  validation?: { rule: ValidationRule; helpText?: string };
  /** Computed per row by the plan (the budget total), never read back. */
  computed?: boolean;
};

/** A column holding one field of an item: its spec, and how the field is written and read. */
export type Column<Item> = {
  [K in keyof Item & string]: ColumnSpec & {
    key: K;
    codec: Codec<Item[K]>;
    /** An empty cell is reported (the field is read as the codec's default all the same). */
    required?: EmptyField;
  };
}[keyof Item & string];

/** Amount cells: a number ≥ 0, a warning only (the plan never sets amount validations strict). */
const AMOUNT_VALIDATION = { rule: { kind: 'number', min: 0 } as ValidationRule, helpText: frControl.helpAmount };

const list = (labels: Record<string, string>): ValidationRule => ({ kind: 'list', values: Object.values(labels) });
/**
 * A dropdown of fixed words has no help text: the dropdown shows the choices, and Sheets' own
 * warning for a word off the list says as much (a help text costs Sheets one call per rule).
 */
const fromList = (labels: Record<string, string>) => ({ rule: list(labels) });

export const AXIS_COLUMNS: Column<Axis>[] = [
  { key: 'id', header: HEADER.axes.id, aliases: HEADER_ALIASES.id, width: DEFAULT_WIDTH, codec: id },
  { key: 'title', header: HEADER.axes.title, width: 320, wrap: true, codec: text },
  { key: 'type', header: HEADER.axes.type, width: DEFAULT_WIDTH, wrap: true, validation: fromList(AXIS_TYPE_LABEL), codec: label(AXIS_TYPE_LABEL, 'axe') },
  { key: 'themes', header: HEADER.axes.themes, width: 320, wrap: true, codec: lines },
  { key: 'objectives', header: HEADER.axes.objectives, width: 320, wrap: true, codec: lines },
];

const longText = <K extends keyof Action & string>(key: K) => ({ key, header: HEADER.actions[key], width: 220, wrap: true });

/** The Actions tab; a fiche's indicators have their own tab (INDICATOR_COLUMNS), read from an old Indicateurs column too. */
export const ACTION_COLUMNS: Column<Omit<Action, 'indicators'>>[] = [
  { key: 'id', header: HEADER.actions.id, aliases: HEADER_ALIASES.id, width: DEFAULT_WIDTH, codec: id },
  { key: 'title', header: HEADER.actions.title, width: 320, wrap: true, codec: text },
  {
    key: 'axisId',
    header: HEADER.actions.axisId,
    aliases: HEADER_ALIASES.axisId,
    width: DEFAULT_WIDTH,
    codec: id,
    validation: { rule: { kind: 'listFromRange', sheet: TAB.axes, range: 'A2:A1000' }, helpText: frControl.helpAxis },
  },
  { ...longText('themes'), codec: lines },
  { ...longText('objectives'), codec: lines },
  { ...longText('context'), codec: text },
  { ...longText('description'), codec: text },
  { ...longText('audience'), codec: text },
  { ...longText('territory'), codec: text },
  { ...longText('lead'), codec: text },
  { ...longText('partners'), codec: lines },
  { ...longText('means'), codec: text },
  { ...longText('schedule'), codec: text },
  {
    key: 'status',
    header: HEADER.actions.status,
    width: DEFAULT_WIDTH,
    wrap: true,
    validation: fromList(ACTION_STATUS_LABEL),
    codec: label(ACTION_STATUS_LABEL, 'non-demarree'),
  },
];

/** The budget's own columns; one amount column per year follows them (BUDGET_YEAR_COLUMN), then the total. */
export const BUDGET_LINE_COLUMNS: Column<Omit<BudgetLine, 'amounts'>>[] = [
  { key: 'id', header: HEADER.budget.id, aliases: HEADER_ALIASES.id, width: DEFAULT_WIDTH, codec: id },
  { key: 'beneficiary', header: HEADER.budget.beneficiary, width: 220, wrap: true, codec: text },
  { key: 'equipment', header: HEADER.budget.equipment, width: 220, wrap: true, codec: text },
  { key: 'nature', header: HEADER.budget.nature, width: 220, wrap: true, codec: text },
  {
    key: 'funder',
    header: HEADER.budget.funder,
    aliases: HEADER_ALIASES.funder,
    width: 130,
    validation: fromList(ROLE_LABEL),
    codec: label(ROLE_LABEL, 'autre', true),
    required: 'funder',
  },
  {
    key: 'actionId',
    header: HEADER.budget.actionId,
    aliases: HEADER_ALIASES.actionId,
    width: 130,
    codec: id,
    validation: { rule: { kind: 'listFromRange', sheet: TAB.actions, range: 'A2:A5000' }, helpText: frControl.helpAction },
  },
];

/** The amount column of one year: headed by the year, in euros. */
export const budgetYearColumn = (year: number): ColumnSpec => ({
  key: String(year),
  header: String(year),
  width: 130,
  numberFormat: EURO_FORMAT,
  validation: AMOUNT_VALIDATION,
});

/** The budget's last column: each row's total, a formula the plan writes. */
export const BUDGET_TOTAL_COLUMN: ColumnSpec = { key: 'total', header: HEADER.budget.total, width: 130, numberFormat: EURO_FORMAT, computed: true };

/** The Convention tab's three side-by-side tables: fields, envelope per year, signatories. */
export const FIELD_COLUMNS: ColumnSpec[] = [
  { key: 'field', header: HEADER.convention.field, width: 240 },
  { key: 'value', header: HEADER.convention.value, width: 320, wrap: true },
];
export const ENVELOPE_COLUMNS: ColumnSpec[] = [
  {
    key: 'year',
    header: HEADER.convention.envelopeYear,
    width: DEFAULT_WIDTH,
    validation: { rule: { kind: 'wholeNumber', min: YEAR_MIN, max: YEAR_MAX }, helpText: frControl.helpYear(YEAR_MIN, YEAR_MAX) },
  },
  { key: 'amount', header: HEADER.convention.envelopeAmount, width: 140, numberFormat: EURO_FORMAT, validation: AMOUNT_VALIDATION },
];
export const SIGNATORY_COLUMNS: Column<Signatory>[] = [
  { key: 'name', header: HEADER.convention.signatoryName, width: 220, wrap: true, codec: text },
  { key: 'role', header: HEADER.convention.signatoryRole, width: 220, validation: fromList(ROLE_LABEL), codec: label(ROLE_LABEL, 'autre') },
];

/** 1-based position of a column in its table as generated. */
export const columnNumber = (columns: readonly { key: string }[], key: string): number => columns.findIndex((c) => c.key === key) + 1;

export type Row = Record<string, CellValue>;

/** An item as the cells of its row, by column key. */
export function writeRow<Item>(columns: Column<Item>[], item: Item): Row {
  const row: Row = {};
  for (const c of columns) row[c.key] = (c.codec as Codec<unknown>).write(item[c.key as keyof Item]);
  return row;
}

/** An item read from its row (`cell(key)` gives each column's cell), left to right; empty required cells are reported. */
export function readRow<Item>(columns: Column<Item>[], cell: (key: string) => Cell, c: ReadContext): Item {
  const item: Record<string, unknown> = {};
  for (const col of columns) {
    const at = cell(col.key);
    if (col.required && isBlank(at.value))
      c.add('warning', { kind: 'empty-field', item: { by: 'row', id: String(item.id ?? ''), row: at.row }, field: col.required }, at.row, at.col);
    item[col.key] = (col.codec as Codec<unknown>).read(at, c);
  }
  return item as Item;
}

// ---- the follow-up tabs ------------------------------------------------------

const fromActions = { rule: { kind: 'listFromRange', sheet: TAB.actions, range: 'A2:A5000' } as ValidationRule, helpText: frControl.helpAction };

/** Réalisé: the line's id (typed cells), then two columns looked up from Budget, one euro column per year, a comment. */
export const REALISED_ID_COLUMN: Column<Omit<RealisedLine, 'amounts'>> = {
  key: 'lineId',
  header: HEADER.realised.lineId,
  aliases: HEADER_ALIASES.id,
  width: DEFAULT_WIDTH,
  codec: id,
};
export const REALISED_LOOKUP_COLUMNS: ColumnSpec[] = [
  { key: 'beneficiary', header: HEADER.realised.beneficiary, width: 220, wrap: true, computed: true },
  { key: 'funder', header: HEADER.realised.funder, width: 130, computed: true },
];
export const REALISED_COMMENT_COLUMN: Column<Omit<RealisedLine, 'amounts'>> = {
  key: 'comment',
  header: HEADER.realised.comment,
  width: 320,
  wrap: true,
  codec: text,
};

/** The réalisé of one year: headed by the year, in euros. */
export const realisedYearColumn = (year: number): ColumnSpec => ({
  key: String(year),
  header: String(year),
  width: 130,
  numberFormat: EURO_FORMAT,
  // The budget's own rule (same words fit): one rule built for both tabs.
  validation: AMOUNT_VALIDATION,
});

/** An indicator of a fiche, as a row of the Indicateurs tab. */
export type IndicatorRow = Omit<Indicator, 'values' | 'source'> & { actionId: string; source: string };

export const INDICATOR_COLUMNS: Column<IndicatorRow>[] = [
  { key: 'actionId', header: HEADER.indicators.actionId, aliases: HEADER_ALIASES.actionId, width: DEFAULT_WIDTH, codec: id, validation: fromActions },
  { key: 'label', header: HEADER.indicators.label, width: 320, wrap: true, codec: text },
  { key: 'unit', header: HEADER.indicators.unit, width: 130, wrap: true, codec: optionalText },
  { key: 'baseline', header: HEADER.indicators.baseline, width: 130, codec: optionalNumber },
  { key: 'target', header: HEADER.indicators.target, width: 130, codec: optionalNumber },
];
export const INDICATOR_SOURCE_COLUMN: Column<IndicatorRow> = { key: 'source', header: HEADER.indicators.source, width: 220, wrap: true, codec: text };

/** The value an indicator reached in one year: headed by the year. */
export const indicatorYearColumn = (year: number): ColumnSpec => ({
  key: String(year),
  header: String(year),
  width: 130,
  validation: { rule: { kind: 'number', min: -1e15 }, helpText: frControl.helpMeasure },
});

export const FOLLOW_UP_COLUMNS: Column<FollowUp>[] = [
  { key: 'actionId', header: HEADER.followUp.actionId, aliases: HEADER_ALIASES.actionId, width: DEFAULT_WIDTH, codec: id, validation: fromActions },
  {
    key: 'year',
    header: HEADER.followUp.year,
    width: DEFAULT_WIDTH,
    codec: yearField as Codec<number>,
    validation: { rule: { kind: 'wholeNumber', min: YEAR_MIN, max: YEAR_MAX }, helpText: frControl.helpYear(YEAR_MIN, YEAR_MAX) },
  },
  { key: 'status', header: HEADER.followUp.status, width: 130, validation: fromList(ACTION_STATUS_LABEL), codec: optionalLabel(ACTION_STATUS_LABEL) },
  {
    key: 'progress',
    header: HEADER.followUp.progress,
    width: 130,
    codec: measure,
    validation: { rule: { kind: 'wholeNumber', min: 0, max: 100 }, helpText: frControl.helpProgress },
  },
  { key: 'comment', header: HEADER.followUp.comment, width: 320, wrap: true, codec: text },
  { key: 'watchPoints', header: HEADER.followUp.watchPoints, width: 220, wrap: true, codec: text },
  { key: 'decisions', header: HEADER.followUp.decisions, width: 220, wrap: true, codec: text },
];
