// Where things live in the workbook: tab names, the column order of each table
// and the cell of every field. Pure data, shared by the envelope check (to pin
// findings to cells), the workbook plan, the readers and the appliers.
import { Convention, periodYears } from '../domain/schema';
import type { ConventionField, Locator } from '../domain/locator';
import { TAB } from '../../i18n/fr-workbook';
import { a1 } from './a1';
import { AXIS_COLUMNS, ACTION_COLUMNS, BUDGET_LINE_COLUMNS, columnNumber } from './columns';

export { TAB };

/** The Convention tab: a field/value block in A:B, the envelope table in D:E, signatories in G:H. */
export const CONVENTION_FIELDS: readonly ConventionField[] = [
  'name',
  'territory',
  'startYear',
  'endYear',
  'signatureDate',
  'coordinator',
  'toleranceCents',
  'envelopeTotalCents',
];
export const CONVENTION_BLOCKS = { fieldCol: 1, valueCol: 2, envelopeYearCol: 4, envelopeAmountCol: 5, signatoryNameCol: 7, signatoryRoleCol: 8 };

/** Header row of every table; data starts on the next row. */
export const HEADER_ROW = 1;
export const FIRST_DATA_ROW = 2;

// The locator concept belongs to the domain (the check takes one); the layout builds them.

export function budgetYearColumn(years: number[], year: number): number | undefined {
  const i = years.indexOf(year);
  return i < 0 ? undefined : BUDGET_LINE_COLUMNS.length + 1 + i;
}

export function canonicalLocator(convention: Pick<Convention, 'period' | 'envelopes'>): Locator {
  const years = periodYears(convention.period);
  const envelopeYears = years.length > 0 ? years : convention.envelopes.map((e) => e.year);
  const row = (index: number) => FIRST_DATA_ROW + index;
  const col = (cols: readonly { key: string }[], field: string | undefined) => (field ? columnNumber(cols, field) : 1);
  return {
    conventionField: (field) => ({ sheet: TAB.convention, cell: a1(row(CONVENTION_FIELDS.indexOf(field)), CONVENTION_BLOCKS.valueCol) }),
    envelope: (year) => {
      const i = envelopeYears.indexOf(year);
      return { sheet: TAB.convention, cell: i < 0 ? undefined : a1(row(i), CONVENTION_BLOCKS.envelopeAmountCol) };
    },
    signatory: (index) => ({ sheet: TAB.convention, cell: a1(row(index), CONVENTION_BLOCKS.signatoryNameCol) }),
    axis: (index, field) => ({ sheet: TAB.axes, cell: a1(row(index), col(AXIS_COLUMNS, field)) }),
    action: (index, field) => ({ sheet: TAB.actions, cell: a1(row(index), col(ACTION_COLUMNS, field)) }),
    budget: (index, field) => ({ sheet: TAB.budget, cell: a1(row(index), col(BUDGET_LINE_COLUMNS, field)) }),
    budgetAmount: (index, year) => {
      const c = budgetYearColumn(years, year);
      return { sheet: TAB.budget, cell: c === undefined ? undefined : a1(row(index), c) };
    },
    budgetYear: (year) => {
      const c = budgetYearColumn(years, year);
      return { sheet: TAB.budget, cell: c === undefined ? undefined : a1(HEADER_ROW, c) };
    },
    // The follow-up rows are laid out from other tabs (a budget line's réalisé sits on its line's row): tabs only.
    realised: () => ({ sheet: TAB.realised }),
    realisedAmount: () => ({ sheet: TAB.realised }),
    indicator: () => ({ sheet: TAB.indicators }),
    indicatorValue: () => ({ sheet: TAB.indicators }),
    followUp: () => ({ sheet: TAB.followUp }),
    rowOf: (_kind, index) => row(index),
  };
}

/** Excel caps tab names at 31 characters and forbids : \ / ? * [ ] — keep axis tab names valid everywhere. */
export const MAX_TAB_NAME = 31;

/** "Axe 1 – Le soutien aux familles", cut to fit; n is the axis position (1-based). */
export function axisTabName(n: number, title: string): string {
  const prefix = TAB.axis(n, '');
  // Sheets refuses [ ] * ? / \ : anywhere and a straight apostrophe at either end.
  const clean = title
    .replace(/[:\\/?*[\]]/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/^[\s']+|[\s']+$/g, '');
  const room = MAX_TAB_NAME - prefix.length;
  const short = clean.length <= room ? clean : clean.slice(0, room - 1).trimEnd() + '…';
  return (prefix + short).trim();
}

/** The number of an axis tab ("Axe 3 – …" → 3), whatever its title became; undefined for other tabs. */
export function axisTabNumber(name: string): number | undefined {
  // Built from the tab name pattern itself, so the French words stay in src/i18n.
  const [before, after] = TAB.axis(0, '')
    .split('0')
    .map((p) => p.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const m = new RegExp(`^${before}\\s*(\\d+)\\s*(?:${after}|-)`).exec(name.trim());
  return m ? Number(m[1]) : undefined;
}
