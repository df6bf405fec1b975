// SpreadsheetApp → WorkbookSnapshot: one getDataRange/getValues (+ getFormulas) per tab read,
// nothing cell by cell. The tab handles met on the way are kept (SheetHandles), so that the
// applier of the same server call does not look them up again.
import type { SheetSnapshot, WorkbookSnapshot } from '../../core/workbook/types';
import { TYPED_TABS } from '../../core/workbook/identity';
import { findSheet } from '../../core/workbook/tables';
import { normalizeLabel } from '../../core/workbook/text';
import { TAB } from '../../i18n/fr-workbook';
import type { SheetLike, SpreadsheetLike } from './sheets-api';

/** What a read asks for: every tab (to plan), or only the typed tabs' values (to read, check, summarise). */
export type ReadOptions = { typedOnly?: boolean };

/**
 * The tabs met by the last read, in workbook order, by name; `empty` lists those found empty;
 * `used` the size of each tab's data range (its grid is at least that large).
 */
export type SheetHandles = { byName: Map<string, SheetLike>; order: string[]; empty: Set<string>; used: Map<string, { rows: number; cols: number }> };

export function readSheet(
  sheet: SheetLike,
  name = sheet.getName(),
  parts: { formulas: boolean; merges: boolean; formats?: boolean } = { formulas: true, merges: true },
): SheetSnapshot {
  const range = sheet.getDataRange();
  const values = range.getValues();
  // Not asked for: a grid of '' the same shape (the reader never looks at formulas).
  const formulas = parts.formulas ? range.getFormulas() : values.map((r) => r.map(() => ''));
  const merges = parts.merges ? range.getMergedRanges().map((m) => m.getA1Notation()) : [];
  // An empty tab still reports A1: the snapshot says [] for "nothing here".
  const empty = values.length === 1 && values[0].length === 1 && values[0][0] === '' && formulas[0][0] === '';
  if (empty) return { name, values: [], formulas: [], merges };
  return { name, values, formulas, merges, ...(parts.formats ? { numberFormats: range.getNumberFormats() } : {}) };
}

/** The budget's number formats are read too (one call): an amount typed as 50 % is a number shown as a percentage. */
const isBudget = (name: string) => normalizeLabel(name) === normalizeLabel(TAB.budget);

const isTyped = (names: string[]) => {
  const found = TYPED_TABS.map((t) => findSheet({ sheets: names.map((name) => ({ name, values: [], formulas: [] })) }, t)?.name);
  // A typed tab no name matches may have been renamed: every tab is read, so the reader can find it by its headers.
  if (found.some((n) => n === undefined)) return () => true;
  const typed = new Set(found as string[]);
  return (name: string) => typed.has(name);
};

/**
 * Every tab, values and formulas (merged ranges only where the reader reports them: the typed
 * tabs); or, with typedOnly, the typed tabs' values alone (and the budget's number formats: a
 * percentage is not money; merged cells are reported by a refresh, not by every sidebar call) — found by their exact
 * names first (one call each, whatever the number of axis tabs), by the lenient match on the
 * list of names when one is missing.
 */
export function readSpreadsheet(spreadsheet: SpreadsheetLike, options: ReadOptions = {}, handles?: SheetHandles): WorkbookSnapshot {
  if (options.typedOnly) {
    const exact = TYPED_TABS.map((name) => [name, spreadsheet.getSheetByName(name)] as const);
    if (exact.every(([, s]) => s !== null)) {
      return { sheets: exact.map(([name, s]) => readSheet(s!, name, { formulas: false, merges: false, formats: isBudget(name) })) };
    }
  }
  const all = spreadsheet.getSheets();
  const names = all.map((s) => s.getName());
  const typed = isTyped(names);
  const sheets: SheetSnapshot[] = [];
  all.forEach((s, i) => {
    const name = names[i];
    if (handles) {
      handles.byName.set(name, s);
      handles.order.push(name);
    }
    if (options.typedOnly && !typed(name)) return;
    const snap = readSheet(s, name, { formulas: !options.typedOnly, merges: !options.typedOnly && typed(name), formats: isBudget(name) });
    if (handles && snap.values.length === 0) handles.empty.add(name);
    if (handles) handles.used.set(name, { rows: snap.values.length, cols: snap.values[0]?.length ?? 0 });
    sheets.push(snap);
  });
  return { sheets };
}

export const emptyHandles = (): SheetHandles => ({ byName: new Map(), order: [], empty: new Set(), used: new Map() });
