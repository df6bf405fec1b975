// Where each item of a convention is in the workbook, as a tab and a cell. The check
// pins its findings through a Locator it is given; the workbook layer builds them
// (the layout as generated, or the rows and columns the reader actually found).
import type { Action, Axis, BudgetLine, FollowUp, Indicator } from './schema';

/** A tab, and a cell in it (A1) when the item has one. */
export type CellRef = { sheet: string; cell?: string };

/** The convention's own fields that sit in a cell (the period's bounds included). */
export type ConventionField = 'name' | 'territory' | 'startYear' | 'endYear' | 'signatureDate' | 'coordinator' | 'toleranceCents' | 'envelopeTotalCents';

/**
 * Tells the envelope check where each item sits. The workbook's canonical locator
 * assumes the layout as generated; the workbook reader builds one from the rows and
 * columns it actually found, so findings point at the real cell even after people
 * inserted rows or moved columns.
 */
export interface Locator {
  conventionField(field: ConventionField): CellRef;
  envelope(year: number): CellRef;
  signatory(index: number): CellRef;
  axis(index: number, field?: keyof Axis): CellRef;
  action(index: number, field?: keyof Action): CellRef;
  budget(index: number, field?: Exclude<keyof BudgetLine, 'amounts'>): CellRef;
  budgetAmount(index: number, year: number): CellRef;
  /** The header cell of a year's amount column in the budget. */
  budgetYear(year: number): CellRef;
  /** Réalisé: the row of the line's réalisé (by its index in `realised`), a field, or its amount of a year. */
  realised(index: number, field?: 'lineId' | 'comment'): CellRef;
  realisedAmount(index: number, year: number): CellRef;
  /** Indicateurs: the n-th indicator of the convention, fiche by fiche. */
  indicator(index: number, field?: keyof Indicator | 'actionId'): CellRef;
  indicatorValue(index: number, year: number): CellRef;
  /** Suivi: an entry by its index in `followUp`. */
  followUp(index: number, field?: keyof FollowUp): CellRef;
  /** The sheet row (1-based) of an item, as people see it; undefined when unknown. */
  rowOf?(kind: 'axis' | 'action' | 'budget', index: number): number | undefined;
}
