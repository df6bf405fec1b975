// Money is integer cents everywhere inside. This module reads French and plain
// amounts and prints them the French way; it refuses what it would have to guess.
// A refusal is a reason code; the French sentence is chosen where it is shown (frMoney).

/** Why a text is not an amount. */
export type MoneyRefusal =
  | 'empty'
  | 'no-digits'
  | 'characters' // something else than digits, spaces, one separator and €
  | 'mixed' // dots and commas
  | 'many-separators'
  | 'ambiguous' // "1,234": thousands or decimals?
  | 'decimals' // more than two decimals
  | 'grouping' // thousands not in groups of three
  | 'too-large';

export type MoneyParse = { ok: true; cents: number } | { ok: false; reason: MoneyRefusal };

/** Spaces people and spreadsheets put between thousands: normal, no-break, narrow no-break. */
const GROUP_SPACES = /[\u0020\u00A0\u202F]/g;
const CURRENCY = /(?:€|eur(?:os?)?|euros?)\s*$/i;

/** Reads `241 801 €`, `1 234,56 €`, `40513`, `40 513,00`, `40513.5`, `-12,00 €`. */
export function parseMoney(input: string): MoneyParse {
  let text = input.trim();
  const refuse = (reason: MoneyRefusal): MoneyParse => ({ ok: false, reason });
  if (text === '') return refuse('empty');
  // "16 782 € euros" appears in real texts: strip every trailing currency word.
  let stripped = text.replace(CURRENCY, '').trim();
  while (stripped !== text) {
    text = stripped;
    stripped = text.replace(CURRENCY, '').trim();
  }
  text = text.replace(/^€\s*/, '');
  let sign = 1;
  if (/^[-\u2212]/.test(text)) {
    sign = -1;
    text = text.slice(1).trim();
  } else if (text.startsWith('+')) {
    text = text.slice(1).trim();
  }
  if (text === '∞') return refuse('too-large'); // how the reader quotes an infinite number (a damaged file)
  if (!/\d/.test(text)) return refuse('no-digits');
  if (!/^[0-9\u0020\u00A0\u202F.,]+$/.test(text)) return refuse('characters');
  const commas = (text.match(/,/g) ?? []).length;
  const dots = (text.match(/\./g) ?? []).length;
  if (commas > 0 && dots > 0) return refuse('mixed');
  if (commas + dots > 1) return refuse('many-separators');
  const [intPart, decPart = ''] = text.split(/[.,]/);
  if (commas + dots === 1 && !/^\d{1,2}$/.test(decPart)) {
    // "1,234" or "1.234" could be a thousand or a decimal: never guess.
    return refuse(decPart.length === 3 ? 'ambiguous' : 'decimals');
  }
  const euros = readGroupedInteger(intPart);
  if (euros === null) return refuse('grouping');
  const cents = euros * 100 + Number(decPart.padEnd(2, '0') || '0');
  if (!Number.isSafeInteger(cents)) return refuse('too-large');
  return { ok: true, cents: sign * cents || 0 };
}

/** "241 801" or "241801": groups after the first must have exactly three digits. */
function readGroupedInteger(text: string): number | null {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  const groups = trimmed.split(GROUP_SPACES).filter((g) => g !== '');
  if (groups.length > 1 && (!/^\d{1,3}$/.test(groups[0]) || groups.slice(1).some((g) => !/^\d{3}$/.test(g)))) return null;
  const digits = groups.join('');
  if (!/^\d+$/.test(digits)) return null;
  return Number(digits);
}

/** A spreadsheet number in euros (40513 or 40513.5) → cents; null if it has sub-cent digits. */
export function centsFromEuros(value: number): number | null {
  if (!Number.isFinite(value)) return null;
  const cents = Math.round(value * 100);
  if (Math.abs(cents - value * 100) > 1e-6 * Math.max(1, Math.abs(value))) return null;
  return Number.isSafeInteger(cents) ? cents : null;
}

export function eurosFromCents(cents: number): number {
  return cents / 100;
}

const NARROW_NBSP = '\u202F';
const NBSP = '\u00A0';

/** French typography: `241 801,00 €` (narrow no-break space between thousands, no-break space before €). */
export function formatMoney(cents: number, options: { decimals?: boolean } = {}): string {
  const negative = cents < 0;
  const abs = Math.abs(cents);
  const euros = Math.floor(abs / 100);
  const rest = abs % 100;
  const grouped = String(euros).replace(/\B(?=(\d{3})+(?!\d))/g, NARROW_NBSP);
  const decimals = options.decimals === false && rest === 0 ? '' : `,${String(rest).padStart(2, '0')}`;
  return `${negative ? '-' : ''}${grouped}${decimals}${NBSP}€`;
}

/** Replaces the typographic spaces by plain ones: for comparing printed text in tests and plain-text outputs. */
export function plainSpaces(text: string): string {
  return text.replace(/[\u00A0\u202F]/g, ' ');
}
