// A Locator built from where things actually are (rows and columns found by the
// reader, or placed by the plan), so findings point at real cells.
import type { ConventionField, Locator, CellRef } from '../domain/locator';
import { HEADER_ROW, TAB } from './layout';

/** Each typed tab under the name it really has in `snapshot`. */
export const tabNames = (nameOf: (tab: string) => string): TabNames => ({
  convention: nameOf(TAB.convention),
  axes: nameOf(TAB.axes),
  actions: nameOf(TAB.actions),
  budget: nameOf(TAB.budget),
  realised: nameOf(TAB.realised),
  indicators: nameOf(TAB.indicators),
  followUp: nameOf(TAB.followUp),
});
import { a1 } from './a1';

/** Rows of the items (by index), columns by field key, and the header row (1 unless rows were inserted above it). */
export type TablePlace = { rows: (number | undefined)[]; cols: Map<string, number>; headerRow?: number };

/** The names the typed tabs really have (a partner may have renamed one; it is found by its headers). */
export type TabNames = { convention: string; axes: string; actions: string; budget: string; realised: string; indicators: string; followUp: string };

export type Places = {
  names: TabNames;
  fields: { rows: Map<ConventionField, number | undefined>; valueCol: number | undefined };
  envelopes: { rows: Map<number, number | undefined>; yearCol: number | undefined; amountCol: number | undefined };
  signatories: TablePlace;
  axes: TablePlace;
  actions: TablePlace;
  budget: TablePlace & { yearCols: Map<number, number> };
  /** The follow-up tabs; absent while a plan has not placed them (the canonical layout then). */
  realised?: TablePlace & { yearCols: Map<number, number> };
  indicators?: TablePlace & { yearCols: Map<number, number> };
  followUp?: TablePlace;
};

const ref = (sheet: string, row: number | undefined, col: number | undefined): CellRef =>
  row !== undefined && col !== undefined ? { sheet, cell: a1(row, col) } : { sheet };

export function locatorFrom(p: Places): Locator {
  const n = p.names;
  const inTable = (sheet: string, t: TablePlace, index: number, field: string | undefined) =>
    ref(sheet, t.rows[index], t.cols.get(field ?? 'id') ?? (field ? undefined : 1));
  return {
    conventionField: (field) => ref(n.convention, p.fields.rows.get(field), p.fields.valueCol),
    envelope: (year) => ref(n.convention, p.envelopes.rows.get(year), p.envelopes.amountCol),
    signatory: (index) => ref(n.convention, p.signatories.rows[index], p.signatories.cols.get('name')),
    axis: (index, field) => inTable(n.axes, p.axes, index, field),
    action: (index, field) => inTable(n.actions, p.actions, index, field),
    budget: (index, field) => inTable(n.budget, p.budget, index, field),
    budgetAmount: (index, year) => ref(n.budget, p.budget.rows[index], p.budget.yearCols.get(year)),
    budgetYear: (year) => ref(n.budget, p.budget.headerRow ?? HEADER_ROW, p.budget.yearCols.get(year)),
    realised: (index, field) => (p.realised ? inTable(n.realised, p.realised, index, field ?? 'lineId') : { sheet: n.realised }),
    realisedAmount: (index, year) => ref(n.realised, p.realised?.rows[index], p.realised?.yearCols.get(year)),
    indicator: (index, field) => (p.indicators ? inTable(n.indicators, p.indicators, index, field ?? 'actionId') : { sheet: n.indicators }),
    indicatorValue: (index, year) => ref(n.indicators, p.indicators?.rows[index], p.indicators?.yearCols.get(year)),
    followUp: (index, field) => (p.followUp ? inTable(n.followUp, p.followUp, index, field ?? 'actionId') : { sheet: n.followUp }),
    rowOf: (kind, index) => ({ axis: p.axes, action: p.actions, budget: p.budget })[kind].rows[index],
  };
}
