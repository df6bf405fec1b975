// Amounts written in running text ("241 801 €", "16 782 € euros", "40 513 euros"),
// read through parseMoney so the rules are the same as in the workbook.
import { parseMoney } from '../domain/money';

export const AMOUNT_SOURCE = String.raw`(?<![\d,.])(?:\d{1,3}(?: \d{3})+|\d+)(?:,\d{1,2})?\s*(?:€|euros?\b|eur\b)(?:\s*euros?\b)?`;
const AMOUNT = new RegExp(AMOUNT_SOURCE, 'giu');

/** "annuel", "par an", "chaque année", "€/an" (on folded text). */
export const ANNUAL = /\b(?:annuel(?:le)?s?|annuellement|par an|chaque annee|par annee)\b|\/\s?an\b/;

export interface AmountHit {
  text: string;
  cents: number;
  index: number;
}

export function amountsIn(text: string): AmountHit[] {
  const hits: AmountHit[] = [];
  for (const m of text.matchAll(AMOUNT)) {
    const parsed = parseMoney(m[0]);
    if (parsed.ok) hits.push({ text: m[0].trim(), cents: parsed.cents, index: m.index! });
  }
  return hits;
}
