// What the product makes of a spreadsheet, in one place for the add-on and the CLI.
import type { WorkbookSnapshot } from './types';
import { TAB } from '../../i18n/fr-workbook';
import { findTypedSheet } from './tables';

/** The tabs people type, in their order in the workbook: the convention, then its follow-up. */
export const TYPED_TABS = [TAB.convention, TAB.axes, TAB.actions, TAB.budget, TAB.realised, TAB.indicators, TAB.followUp];

/** The tabs whose presence makes a spreadsheet a convention typed before the set-up. */
const PLAN_TABS = [TAB.convention, TAB.axes, TAB.actions, TAB.budget];

/**
 * - `ctg`: the Convention tab is there (tab names are matched as the reader matches them:
 *   case, accents and spaces aside) — a CTG workbook;
 * - `typed`: no Convention tab, but some of Axes, Actions, Budget — a convention typed
 *   before the set-up: the add-on's first-run form, or `ctg refresh`, completes it;
 * - `other`: none of the typed tabs.
 */
export type WorkbookKind = 'ctg' | 'typed' | 'other';

export function workbookKind(snapshot: WorkbookSnapshot): WorkbookKind {
  if (findTypedSheet(snapshot, TAB.convention)) return 'ctg';
  return PLAN_TABS.some((t) => findTypedSheet(snapshot, t)) ? 'typed' : 'other';
}

export const isCtgWorkbook = (snapshot: WorkbookSnapshot) => workbookKind(snapshot) === 'ctg';

/** Something the reader can work on: a CTG workbook or tabs typed before the set-up. */
export const hasTypedTabs = (snapshot: WorkbookSnapshot) => workbookKind(snapshot) !== 'other';
