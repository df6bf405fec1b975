// A convention as the rows of the typed tables: what each cell shows.
// Amounts are euro numbers (cents / 100) formatted in euros; lists are one item
// per line; enum values are their French labels.
import { Convention, periodYears } from '../domain/schema';
import { CONVENTION_FIELDS, ConventionField } from './layout';
import { CellValue } from './types';
import { HEADER, ROLE_LABEL, AXIS_TYPE_LABEL, ACTION_STATUS_LABEL } from '../../i18n/fr-workbook';
import { joinLines, formatIndicators } from './text';
import { eurosFromCents } from '../domain/money';

export type Row = Record<string, CellValue>;

/** Years that get an amount column: the period, plus any year a line already has an amount for. */
export function budgetYears(c: Convention): number[] {
  const years = new Set(periodYears(c.period));
  for (const line of c.budget) for (const y of Object.keys(line.amounts)) years.add(Number(y));
  return [...years].sort((a, b) => a - b);
}

/** A calendar date as a spreadsheet date (midnight UTC, which .xlsx stores as a day serial). */
export const dateCell = (iso: string): Date => new Date(`${iso}T00:00:00Z`);

function fieldValue(c: Convention, field: ConventionField): CellValue {
  switch (field) {
    case 'startYear': return c.period.startYear ?? '';
    case 'endYear': return c.period.endYear ?? '';
    case 'signatureDate': return c.signatureDate ? dateCell(c.signatureDate) : '';
    case 'toleranceCents': return eurosFromCents(c.toleranceCents);
    case 'envelopeTotalCents': return c.envelopeTotalCents === undefined ? '' : eurosFromCents(c.envelopeTotalCents);
    default: return c[field];
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

export const signatoryRows = (c: Convention): Row[] => c.signatories.map((s) => ({ name: s.name, role: ROLE_LABEL[s.role] }));

export const axisRows = (c: Convention): Row[] =>
  c.axes.map((a) => ({ id: a.id, title: a.title, type: AXIS_TYPE_LABEL[a.type], themes: joinLines(a.themes), objectives: joinLines(a.objectives) }));

export const actionRows = (c: Convention): Row[] =>
  c.actions.map((a) => ({
    ...a,
    themes: joinLines(a.themes),
    objectives: joinLines(a.objectives),
    partners: joinLines(a.partners),
    indicators: formatIndicators(a.indicators),
    status: ACTION_STATUS_LABEL[a.status],
  }));

export const budgetRows = (c: Convention): Row[] =>
  c.budget.map((l) => {
    const amounts = Object.fromEntries(Object.entries(l.amounts).map(([y, v]) => [y, typeof v === 'number' ? eurosFromCents(v) : v]));
    return { id: l.id, beneficiary: l.beneficiary, equipment: l.equipment, nature: l.nature, funder: ROLE_LABEL[l.funder], actionId: l.actionId, ...amounts };
  });
