// Reading a yearly amount of the model (a budget line's, a réalisé's) as cents.
import type { BudgetAmount, BudgetLine } from './schema';
import { parseMoney } from './money';

/** The amount of a year, in cents, if it can be read (a number, or text that is an amount). */
export function centsIn(amounts: Record<string, BudgetAmount>, year: string | number): number | null {
  const v = amounts[String(year)];
  if (v === undefined) return null;
  if (typeof v === 'number') return v;
  const parsed = parseMoney(v);
  return parsed.ok ? parsed.cents : null;
}

/** Amount of a line for a year, in cents, if it can be read. */
export const amountCents = (line: BudgetLine, year: string | number): number | null => centsIn(line.amounts, year);

export const isCafLine = (line: BudgetLine) => line.funder === 'caf';
