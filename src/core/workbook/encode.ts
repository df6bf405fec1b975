// A convention as the rows of the typed tables: what each cell shows, written by
// each column's codec (columns.ts). Amounts are euro numbers (cents / 100)
// formatted in euros; lists are one item per line; enum values are their French labels.
import { Convention, periodYears } from '../domain/schema';
import type { ConventionField } from '../domain/locator';
import { CONVENTION_FIELDS } from './layout';
import { CellValue } from './types';
import { FIELD_LABEL_ALIASES, HEADER } from '../../i18n/fr-workbook';
import { normalizeLabel } from './text';
import { eurosFromCents } from '../domain/money';
import { AXIS_COLUMNS, ACTION_COLUMNS, BUDGET_LINE_COLUMNS, SIGNATORY_COLUMNS, FOLLOW_UP_COLUMNS, INDICATOR_COLUMNS, Row, writeRow } from './columns';
import { budgetAmount, dateCell, measure } from './cells';

export type { Row };

/** Years that get an amount column: the period, plus any year a line already has an amount for. */
export function budgetYears(c: Convention): number[] {
  const years = new Set(periodYears(c.period));
  for (const line of c.budget) for (const y of Object.keys(line.amounts)) years.add(Number(y));
  return [...years].sort((a, b) => a - b);
}

function fieldValue(c: Convention, field: ConventionField): CellValue {
  switch (field) {
    case 'startYear':
      return c.period.startYear ?? '';
    case 'endYear':
      return c.period.endYear ?? '';
    case 'signatureDate':
      return c.signatureDate ? dateCell(c.signatureDate) : '';
    case 'toleranceCents':
      return eurosFromCents(c.toleranceCents);
    case 'envelopeTotalCents':
      return c.envelopeTotalCents === undefined ? '' : eurosFromCents(c.envelopeTotalCents);
    default:
      return c[field];
  }
}

/** Earlier labels of a field, by their comparison key, to today's key: an older workbook's row stays that field's row. */
const ALIAS_KEYS = new Map(
  Object.entries(FIELD_LABEL_ALIASES).flatMap(([f, olds]) => (olds ?? []).map((o) => [normalizeLabel(o), normalizeLabel(HEADER.fields[f as ConventionField])])),
);

/** The comparison key of a label in the Convention tab's field column (case, accents, apostrophes and earlier labels aside). */
export const fieldLabelKey = (label: string) => {
  const key = normalizeLabel(label);
  return ALIAS_KEYS.get(key) ?? key;
};

export const fieldRows = (c: Convention): Row[] => CONVENTION_FIELDS.map((f) => ({ field: HEADER.fields[f], value: fieldValue(c, f) }));

/**
 * The period's years first, in order (so the canonical locator finds them), a blank amount
 * when the year has no envelope; then envelopes of other years. A year entered twice keeps
 * both rows (the check, like the reader, uses the last one).
 */
export function envelopeRows(c: Convention): Row[] {
  const years = periodYears(c.period);
  const row = (e: { year: number; amountCents: number }): Row => ({ year: e.year, amount: eurosFromCents(e.amountCents) });
  const inPeriod = years.flatMap((year): Row[] => {
    const found = c.envelopes.filter((x) => x.year === year);
    return found.length ? found.map(row) : [{ year, amount: '' }];
  });
  return [...inPeriod, ...c.envelopes.filter((e) => !years.includes(e.year)).map(row)];
}

export const signatoryRows = (c: Convention): Row[] => c.signatories.map((s) => writeRow(SIGNATORY_COLUMNS, s));

export const axisRows = (c: Convention): Row[] => c.axes.map((a) => writeRow(AXIS_COLUMNS, a));

export const actionRows = (c: Convention): Row[] => c.actions.map((a) => writeRow(ACTION_COLUMNS, a));

export const budgetRows = (c: Convention): Row[] =>
  c.budget.map((l) => {
    const amounts = Object.fromEntries(Object.entries(l.amounts).map(([y, v]) => [y, budgetAmount.write(v)]));
    return { ...writeRow(BUDGET_LINE_COLUMNS, l), ...amounts };
  });

/** Years that get a column in Réalisé and Indicateurs: the period, plus any year already filled in. */
export function followUpYears(c: Convention): number[] {
  const years = new Set(periodYears(c.period));
  for (const r of c.realised ?? []) for (const y of Object.keys(r.amounts)) years.add(Number(y));
  for (const a of c.actions) for (const i of a.indicators) for (const y of Object.keys(i.values ?? {})) years.add(Number(y));
  return [...years].sort((a, b) => a - b);
}

/** One Réalisé row per budget line id (its réalisé if any was entered), then réalisé rows whose line is gone (kept, never dropped). */
export function realisedRows(c: Convention): Row[] {
  const byId = new Map((c.realised ?? []).map((r) => [r.lineId.trim(), r]));
  const ids = [...new Set(c.budget.map((l) => l.id.trim()).filter((id) => id !== ''))];
  const row = (lineId: string): Row => {
    const r = byId.get(lineId);
    const amounts = Object.fromEntries(Object.entries(r?.amounts ?? {}).map(([y, v]) => [y, budgetAmount.write(v)]));
    return { lineId, comment: r?.comment ?? '', ...amounts };
  };
  const known = new Set(ids);
  return [...ids.map(row), ...[...byId.keys()].filter((id) => id !== '' && !known.has(id)).map(row)];
}

/** Every indicator of every fiche, with the fiche's number. */
export const indicatorRows = (c: Convention): Row[] =>
  c.actions.flatMap((a) =>
    a.indicators.map((ind) => {
      const values = Object.fromEntries(Object.entries(ind.values ?? {}).map(([y, v]) => [y, measure.write(v)]));
      return { ...writeRow(INDICATOR_COLUMNS, { ...ind, actionId: a.id, source: ind.source ?? '' }), source: ind.source ?? '', ...values };
    }),
  );

/** One Suivi row per fiche and year of the period (what was entered, or a row to fill), then rows entered for other fiches or years. */
export function followUpRows(c: Convention): Row[] {
  const key = (actionId: string, year: number) => `${actionId.trim()}\u0000${year}`;
  const entered = new Map((c.followUp ?? []).map((f) => [key(f.actionId, f.year), f]));
  const years = periodYears(c.period);
  const placed = new Set<string>();
  const rows: Row[] = [];
  for (const a of c.actions) {
    if (a.id.trim() === '') continue;
    for (const year of years) {
      const k = key(a.id, year);
      if (placed.has(k)) continue;
      placed.add(k);
      rows.push(writeRow(FOLLOW_UP_COLUMNS, entered.get(k) ?? { actionId: a.id.trim(), year, comment: '', watchPoints: '', decisions: '' }));
    }
  }
  for (const f of c.followUp ?? []) if (!placed.has(key(f.actionId, f.year))) rows.push(writeRow(FOLLOW_UP_COLUMNS, f));
  return rows;
}
