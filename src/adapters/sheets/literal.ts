// Text a person typed must land in a cell as that exact text. Sheets interprets
// what setValues receives: "=…" / "+…" become formulas, "2025" a number,
// "2022-11-30" a date, and a leading apostrophe is swallowed. The one documented way
// to store any string literally is to prefix it with an apostrophe (Sheets keeps it as
// a hidden "quote prefix": the cell shows and getValues returns the text without it).
// We prefer that to the '@' (plain text) number format, which would also turn every
// number later typed in the column into text and break the budget sums.
import { CellValue, isFormulaLike } from '../../core/workbook/types';

/** Strings Sheets would turn into a number, a date, a boolean or a percentage. */
const COERCIBLE = /^\s*[-+\u2212]?[\d\s\u00A0\u202F.,]*\d[\d\s\u00A0\u202F.,]*\s*(€|%|eur)?\s*$|^\s*\d{1,4}[/.-]\d{1,2}([/.-]\d{1,4})?\s*$|^\s*(true|false|vrai|faux)\s*$/i;

export function needsQuotePrefix(text: string): boolean {
  return text !== '' && (isFormulaLike(text) || text.startsWith("'") || COERCIBLE.test(text));
}

/** The value to hand to setValues so that the cell ends up holding `value` itself. */
export function toSheetValue(value: CellValue): CellValue {
  return typeof value === 'string' && needsQuotePrefix(value) ? `'${value}` : value;
}
