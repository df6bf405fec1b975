// Where each item of a convention is in the workbook, as a tab and a cell. The check
// pins its findings through a Locator it is given; the workbook layer builds them
// (the layout as generated, or the rows and columns the reader actually found).
import type { Action, Axis, BudgetLine } from './schema';

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
  /** The sheet row (1-based) of an item, as people see it; undefined when unknown. */
  rowOf?(kind: 'axis' | 'action' | 'budget', index: number): number | undefined;
}
