// French formatting shared by the generators: dates, periods, amounts in cells.
import { Convention, BudgetLine } from '../domain/schema';
import { formatMoney } from '../domain/money';
import { amountCents } from '../domain/check';
import { frSummary } from '../../i18n/fr-summary';

/** 22/11/2026, in Paris time: the date a coordinator sees on her calendar. */
export function frenchDate(date: Date): string {
  return new Intl.DateTimeFormat('fr-FR', { timeZone: 'Europe/Paris', day: '2-digit', month: '2-digit', year: 'numeric' }).format(date);
}

/** ISO 2022-11-30 → 30/11/2022 (no Date object: a calendar date has no time zone). */
export function frenchIsoDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}

export function periodText(period: Convention['period']): string {
  const { startYear, endYear } = period;
  if (startYear !== undefined && endYear !== undefined) return frSummary.periodRange(startYear, endYear);
  if (startYear !== undefined) return frSummary.periodFrom(startYear);
  if (endYear !== undefined) return frSummary.periodUntil(endYear);
  return frSummary.periodUnknown;
}

/** A cell of an amount: readable money printed the French way, unreadable text quoted as typed. */
export function amountCell(line: BudgetLine, year: number): string {
  const v = line.amounts[String(year)];
  if (v === undefined) return '';
  const cents = amountCents(line, year);
  return cents === null ? frSummary.unreadable(String(v)) : formatMoney(cents);
}

export const orDash = (s: string) => (s.trim() === '' ? frSummary.notFilled : s.trim());
