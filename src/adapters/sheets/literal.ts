// Text a person typed must land in a cell as that exact text. Sheets interprets
// what setValues receives the way it interprets typing: "=…" / "+…" become formulas,
// "2025" a number, "2022-11-30" or "mars 2024" a date, "10:30" a time, "15 %" a
// percentage, "(100)" a negative number, "TRUE" a boolean, and a leading apostrophe is
// swallowed. The one documented way to store any string literally is to prefix it with
// an apostrophe (Sheets keeps it as a hidden "quote prefix": the cell shows and
// getValues returns the text without it). We prefer that to the '@' (plain text) number
// format, which would also turn every number later typed in the column into text and
// break the budget sums.
//
// The rule errs on the side of quoting: what a French (or English) spreadsheet might
// parse is quoted, since a needless apostrophe is invisible and harmless, while a
// missing one changes the value. Text with letters around it ("Année 2025", "12abc",
// "FA01") is left as is: Sheets keeps it as text.
import { CellValue, isFormulaLike } from '../../core/workbook/types';

/** Spaces between thousands: normal, no-break, narrow no-break. */
const SP = '[\\s\\u00A0\\u202F]';
/** A number with French or English separators, maybe in scientific notation: 1 234,56 · 1,234.56 · 1e5 · ,5 */
const NUMBER = `(?:\\d(?:[\\d.,']|${SP})*\\d|\\d|[.,]\\d+)(?:[eE][+\\-]?\\d+)?`;
/** Currency symbols and codes Sheets recognises around a number. */
const CURRENCY = '(?:€|\\$|£|¥|EUR|USD|GBP|CHF)';
const SIGN = '[+\\-\\u2212]';
/** The numeric part, signed, with currency before or after and maybe a percent sign. */
const AMOUNT = `${SIGN}?${SP}*(?:${CURRENCY}${SP}*)?${SIGN}?${SP}*${NUMBER}${SP}*(?:${CURRENCY})?${SP}*%?`;

/** Month names and their usual abbreviations, French and English (Sheets knows both). */
const MONTH =
  '(?:janv(?:ier)?|f[ée]vr?(?:ier)?|mars|avr(?:il)?|mai|juin|juil(?:let)?|ao[uû]t?|sept?(?:embre)?|oct(?:obre)?|nov(?:embre)?|d[ée]c(?:embre)?' +
  '|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const WEEKDAY = '(?:lun|mar|mer|jeu|ven|sam|dim|mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?,?';
const DAY = '\\d{1,2}(?:er|st|nd|rd|th)?';
const SEP = `(?:${SP}|[-/.,])+`;
/** A time: 10:30, 10:30:15, 10:30 PM, 100:00:00 (a duration), 10h30 or 10 h (quoted to be safe). */
const TIME = `(?:\\d+:\\d{1,2}(?::\\d{1,2}(?:[.,]\\d+)?)?(?:${SP}*[ap]\\.?m\\.?)?|\\d{1,2}${SP}*(?:[ap]\\.?m\\.?|h(?:${SP}*\\d{2})?))`;
/** A date in numbers: 01/03/2024, 1-3-24, 2024-03-01, 01.03.2024, 1/3 (or the fraction 1/2), 03/2024. */
const NUMERIC_DATE = '\\d{1,4}[/.\\-]\\d{1,4}(?:[/.\\-]\\d{1,4})?';
/** A date with a month name: mars 2024, 1 mars 2024, 01-mars-2024, 1er mars, lundi 1 mars 2024, March 1, 2024. */
const NAMED_DATE = `(?:${WEEKDAY}${SP}*)?(?:${DAY}${SEP}${MONTH}(?:${SEP}\\d{2,4})?|${MONTH}${SEP}(?:${DAY}${SEP})?\\d{2,4}|${MONTH}${SEP}${DAY})`;

const WHOLE = (pattern: string) => new RegExp(`^${SP}*(?:${pattern})${SP}*$`, 'i');

/** Every shape of text Sheets' typing parser may turn into something else than that text. */
const PARSED: readonly RegExp[] = [
  WHOLE(AMOUNT), // 2025 · 1 234,56 € · -12.5 · 1e5 · 15 % · $100 · 100 EUR
  WHOLE(`\\(${SP}*${AMOUNT}${SP}*\\)`), // (100) · (1 234,56 €): a negative amount
  WHOLE(`\\d+${SP}+\\d+/\\d+`), // 1 1/2: a mixed fraction
  WHOLE(`(?:${NUMERIC_DATE}|${NAMED_DATE})(?:${SP}+${TIME})?`), // dates, maybe with a time
  WHOLE(TIME),
  WHOLE('true|false|vrai|faux'),
  WHOLE('#(?:N/A|REF!|VALUE!|DIV/0!|NAME\\?|NUM!|NULL!|ERROR!)'), // typed error values
];

export function needsQuotePrefix(text: string): boolean {
  return text !== '' && (isFormulaLike(text) || text.startsWith("'") || PARSED.some((p) => p.test(text)));
}

/** The value to hand to setValues so that the cell ends up holding `value` itself. */
export function toSheetValue(value: CellValue): CellValue {
  return typeof value === 'string' && needsQuotePrefix(value) ? `'${value}` : value;
}
