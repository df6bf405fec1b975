// A convention as the rows of the typed tables: what each cell shows, written by
// each column's codec (columns.ts). Amounts are euro numbers (cents / 100)
// formatted in euros; lists are one item per line; enum values are their French labels.
import { Convention, periodYears } from '../domain/schema';
import type { ConventionField } from '../domain/locator';
import { CONVENTION_FIELDS } from './layout';
import { CellValue } from './types';
import { HEADER } from '../../i18n/fr-workbook';
import { eurosFromCents } from '../domain/money';
import { AXIS_COLUMNS, ACTION_COLUMNS, BUDGET_LINE_COLUMNS, SIGNATORY_COLUMNS, Row, writeRow } from './columns';
import { budgetAmount, dateCell } from './cells';

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
