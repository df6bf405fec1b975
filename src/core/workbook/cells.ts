// One cell, both ways: how a value of the convention is written into a cell and read
// back from what people left there. Reading never throws: a cell it cannot read with
// certainty becomes a finding (a code and its parameters) pinned to that cell.
import type { BudgetAmount, Indicator, Measure } from '../domain/schema';
import type { FindingDetail, Severity } from '../domain/report';
import { centsFromEuros, eurosFromCents, parseMoney } from '../domain/money';
import { yearFromText } from '../domain/years';
import type { CellValue } from './types';
import { formatIndicators, joinLines, keyOfLabel, parseIndicators, splitLines } from './text';

export const isBlank = (v: CellValue | undefined) => v === undefined || v === null || (typeof v === 'string' && v.trim() === '');
const ERROR = /^#(REF!|VALUE!|N\/A|DIV\/0!|NAME\?|NUM!|NULL!|ERROR!|SPILL!|CALC!)$/;
export const isErrorValue = (v: CellValue | undefined): v is string => typeof v === 'string' && ERROR.test(v.trim());

/** A cell as the reader meets it: its value and where it is (no column when the table has none for it). */
export type Cell = { value: CellValue; row: number; col: number | undefined; numberFormat?: string };

/** A number shown as a percentage or a time of day is not an amount of money. */
const NOT_MONEY_FORMAT = /%|h+\s*:\s*m+|\[h+\]/i;

/** Where the reader reports what it cannot read: a finding at (row, col) of the tab being read. */
export type ReadContext = { sheet: string; add: (severity: Severity, detail: FindingDetail, row?: number, col?: number) => void };

/** How one kind of value is written into a cell and read back. */
export type Codec<T> = { write: (value: T) => CellValue; read: (cell: Cell, c: ReadContext) => T };

/** Calendar day of a spreadsheet date, whatever the time zone it was read in (±12 h). */
export function isoDate(d: Date): string {
  return new Date(d.getTime() + 12 * 3600 * 1000).toISOString().slice(0, 10);
}

/** A calendar date as a spreadsheet date (midnight UTC, which .xlsx stores as a day serial). */
export const dateCell = (iso: string): Date => new Date(`${iso}T00:00:00Z`);

/** The text of a cell; an error value (#REF!…) is reported and read as ''. */
export function cellText(cell: Cell, c: ReadContext): string {
  const v = cell.value;
  if (isErrorValue(v)) {
    c.add('error', { kind: 'error-cell', value: v.trim() }, cell.row, cell.col);
    return '';
  }
  if (v instanceof Date) return isoDate(v);
  return typeof v === 'string' ? v : String(v);
}

export const text: Codec<string> = { write: (v) => v, read: cellText };

/** Text that may be absent from the model (an indicator's unit): empty → undefined. */
export const optionalText: Codec<string | undefined> = { write: (v) => v ?? '', read: (cell, c) => cellText(cell, c).trim() || undefined };

/** Identifiers (AX1, FA07, L03 and the references to them): trimmed text. */
export const id: Codec<string> = { write: (v) => v, read: (cell, c) => cellText(cell, c).trim() };

/** Lists (themes, partners, objectives): one item per line in the cell. */
export const lines: Codec<string[]> = { write: joinLines, read: (cell, c) => splitLines(cellText(cell, c)) };

export const indicators: Codec<Indicator[]> = { write: formatIndicators, read: (cell, c) => parseIndicators(cellText(cell, c)) };

/**
 * An enum shown by its French label; an unknown label is reported and read as the fallback.
 * `counted`: the live formulas match this column's cells against the label (SUMIFS, which
 * ignores case only), so a label read leniently ("caf ", "Cäf") is reported: the engine counts
 * it, the formulas do not.
 */
export function label<K extends string>(labels: Record<K, string>, fallback: NoInfer<K>, counted = false): Codec<K> {
  return {
    write: (v) => labels[v],
    read: (cell, c) => {
      const raw = cellText(cell, c);
      const t = raw.trim();
      if (t === '') return fallback;
      const key = keyOfLabel(labels, t);
      if (key !== undefined && counted && raw.toLowerCase() !== labels[key].toLowerCase()) {
        c.add('warning', { kind: 'label-not-counted', value: raw, label: labels[key] }, cell.row, cell.col);
      }
      if (key !== undefined) return key;
      c.add('warning', { kind: 'unknown-label', value: t, allowed: Object.values(labels), fallback: labels[fallback] }, cell.row, cell.col);
      return fallback;
    },
  };
}

/** A year cell: four digits naming a convention year, or a finding. */
export function readYear(cell: Cell, c: ReadContext): number | undefined {
  if (isBlank(cell.value)) return undefined;
  const t = cellText(cell, c).trim();
  const y = yearFromText(t);
  if (y !== null) return y;
  if (t !== '') c.add('error', { kind: 'not-a-year', value: t }, cell.row, cell.col);
  return undefined;
}

/** A number too large to be cents (past 90 000 milliards d'euros, or infinite in a damaged file). */
const tooLargeForCents = (v: number) => !Number.isSafeInteger(Math.round(v * 100));

/** Such a number as people would read it: its digits (never "1e+300" nor "Infinity"). */
const digitsOf = (v: number): string => (!Number.isFinite(v) ? (v > 0 ? '∞' : '-∞') : Math.abs(v) < 1e21 ? String(v) : BigInt(v).toString());

/** A number cell in euros → cents; with sub-cent digits (often a formula result) → finding at the cell, undefined. */
function numberCents(v: number, cell: Cell, c: ReadContext): number | undefined {
  const cents = centsFromEuros(v);
  if (cents !== null) return cents;
  const detail: FindingDetail = tooLargeForCents(v)
    ? { kind: 'unreadable-money', text: digitsOf(v), reason: 'too-large' }
    : { kind: 'sub-cent-number', value: v };
  c.add('error', detail, cell.row, cell.col);
  return undefined;
}

/** An amount that must be a number of cents (envelope, tolerance): unreadable → finding, undefined. */
export function readMoney(cell: Cell, c: ReadContext): number | undefined {
  const v = cell.value;
  if (isBlank(v)) return undefined;
  if (typeof v === 'number') return numberCents(v, cell, c);
  const typed = cellText(cell, c);
  const parsed = parseMoney(typed);
  if (parsed.ok) {
    if (typeof v === 'string') c.add('info', { kind: 'amount-as-text', value: v }, cell.row, cell.col);
    return parsed.cents;
  }
  if (!isErrorValue(v)) c.add('error', { kind: 'unreadable-money', text: typed, reason: parsed.reason }, cell.row, cell.col);
  return undefined;
}

/** Money written as a euro number, which the euro format shows as "241 801,00 €". */
export const moneyCell = (cents: number): CellValue => eurosFromCents(cents);

/**
 * A budget amount: cents when readable, otherwise the text verbatim (the check quotes it at
 * its cell, and nothing typed is lost); undefined for an empty cell.
 */
export const budgetAmount: Codec<BudgetAmount | undefined> = {
  write: (v) => (v === undefined ? '' : typeof v === 'number' ? moneyCell(v) : v),
  read: (cell, c) => {
    const v = cell.value;
    if (isBlank(v)) return undefined;
    // Kept as the text it shows, so the check quotes it and the year is incomplete.
    if (typeof v === 'number' && cell.numberFormat && NOT_MONEY_FORMAT.test(cell.numberFormat))
      return cell.numberFormat.includes('%') ? `${Math.round(v * 10000) / 100} %` : String(v);
    // A number too large for cents is kept as its digits, like unreadable text: the check
    // reports it at its cell and leaves its year incomplete rather than summing without it.
    if (typeof v === 'number') return tooLargeForCents(v) ? digitsOf(v) : numberCents(v, cell, c);
    if (typeof v !== 'string') return v instanceof Date ? isoDate(v) : String(v);
    const parsed = parseMoney(v);
    if (!parsed.ok) return v;
    c.add('info', { kind: 'amount-as-text', value: v }, cell.row, cell.col);
    return parsed.cents;
  },
};

/** A date cell, or text as 30/11/2022 or 2022-11-30. */
export function readDate(cell: Cell, c: ReadContext): string | undefined {
  const v = cell.value;
  if (isBlank(v)) return undefined;
  if (v instanceof Date) return isoDate(v);
  const t = cellText(cell, c).trim();
  const fr = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(t);
  const iso = fr ? `${fr[3]}-${fr[2].padStart(2, '0')}-${fr[1].padStart(2, '0')}` : t;
  if (/^\d{4}-\d{2}-\d{2}$/.test(iso) && !Number.isNaN(Date.parse(`${iso}T00:00:00Z`)) && isoDate(new Date(`${iso}T00:00:00Z`)) === iso) return iso;
  if (t !== '') c.add('error', { kind: 'not-a-date', value: t }, cell.row, cell.col);
  return undefined;
}

/** "12,5", "12.5", "1 200", "45 %": a plain number as people type it in French; null when it is not one. */
export function parseNumberText(text: string): number | null {
  const t = text
    .trim()
    .replace(/[\u0020\u00A0\u202F]/g, '')
    .replace(/%$/, '')
    .replace(',', '.');
  return /^[-\u2212]?\d+(?:\.\d+)?$/.test(t) ? Number(t.replace('\u2212', '-')) : null;
}

/** A number that may be left empty (a baseline, a target): text that is not a number is reported and read as empty. */
export const optionalNumber: Codec<number | undefined> = {
  write: (v) => (v === undefined ? '' : v),
  read: (cell, c) => {
    const v = cell.value;
    if (isBlank(v)) return undefined;
    if (typeof v === 'number') return v;
    const n = parseNumberText(cellText(cell, c));
    if (n !== null) return n;
    if (!isErrorValue(v)) c.add('warning', { kind: 'not-a-number', value: String(v).trim() }, cell.row, cell.col);
    return undefined;
  },
};

/**
 * A yearly figure (an indicator's value, a fiche's progress): a number, or the text verbatim when
 * it is not one (the check quotes it at its cell; nothing typed is lost). A number shown as a
 * percentage is read as one ("45 %" → 45).
 */
export const measure: Codec<Measure | undefined> = {
  write: (v) => (v === undefined ? '' : v),
  read: (cell, c) => {
    const v = cell.value;
    if (isBlank(v)) return undefined;
    if (typeof v === 'number') return cell.numberFormat?.includes('%') ? Math.round(v * 10000) / 100 : v;
    const t = cellText(cell, c).trim();
    return parseNumberText(t) ?? t;
  },
};

/** A year cell as a field (Suivi's Année): a year, or undefined (reported by readYear). */
export const yearField: Codec<number | undefined> = { write: (v) => (v === undefined ? '' : v), read: readYear };

/** An enum that may be left empty (a fiche's status for a year not yet reviewed): empty → undefined, unknown → reported, undefined. */
export function optionalLabel<K extends string>(labels: Record<K, string>): Codec<K | undefined> {
  return {
    write: (v) => (v === undefined ? '' : labels[v]),
    read: (cell, c) => {
      const t = cellText(cell, c).trim();
      if (t === '') return undefined;
      const key = keyOfLabel(labels, t);
      if (key === undefined) c.add('warning', { kind: 'unknown-label', value: t, allowed: Object.values(labels), fallback: '' }, cell.row, cell.col);
      return key;
    },
  };
}
