// What the envelope check returns. Plain types: the report is built by the check and
// shown (sidebar, `ctg check --json`), never parsed back.
//
// A finding is raised as a code with typed parameters (its detail), never as a
// sentence: the French words are chosen where findings are shown
// (src/core/wording/finding-message.ts words a detail with src/i18n/fr-findings.ts).
import type { MoneyRefusal } from './money';
import type { ConventionField } from './locator';

export type Severity = 'error' | 'warning' | 'info';

export const FINDING_CODES = [
  'over-allocation', // dépassement
  'under-allocation', // reste à répartir
  'missing-envelope',
  'incomplete-year',
  'envelope-outside-period',
  'envelope-total-mismatch',
  'total-over-allocation',
  'total-under-allocation',
  'year-outside-period',
  'negative-amount',
  'unreadable-amount',
  'negative-envelope',
  'zero-envelope',
  'implausible-amount', // above IMPLAUSIBLE_CENTS: likely a typo
  'unknown-action',
  'unknown-axis',
  'duplicate-id',
  'empty-field',
  'period-incomplete',
  'no-caf-signatory',
  // The follow-up (Réalisé, Indicateurs, Suivi).
  'realised-over-planned',
  'realised-unknown-line',
  'realised-future-year',
  'action-done-without-realised',
  'indicator-without-unit',
  'implausible-indicator',
  'unreadable-measure',
  // Findings of the workbook reader and plan (cells that cannot be read or reconciled).
  'unreadable-cell',
  'unreconciled',
  // A plan that Google Sheets would refuse (checked before its first write).
  'sheets-limit',
] as const;
export type FindingCode = (typeof FINDING_CODES)[number];

/**
 * How a finding names an item of the convention: by its id, or when it has none by its
 * sheet row (a budget line, an action) or by its position (an axis, a fiche, a signatory).
 */
export type ItemName =
  { by: 'row'; id: string; row?: number } | { by: 'position'; item: 'axis' | 'action' | 'signatory'; id: string; position: number } | { by: 'convention' };

/** Why a measured value looks wrong: below zero where the baseline and target are not, a percentage above 100, or far outside the range from baseline to target. */
export type ImplausibleMeasure = 'negative' | 'over-percent' | 'far-from-range';

/** A field the "empty field" finding names (the check's and the reader's). */
export type EmptyField = Extract<ConventionField, 'territory'> | 'signatoryName' | 'id' | 'axisTitle' | 'actionTitle' | 'actionAxis' | 'beneficiary' | 'funder';

/**
 * The parameters of each kind of finding. Amounts are integer cents, formatted when
 * worded. A kind is finer than its public code where one code has several wordings
 * (the reader's 'unreadable-cell' and 'unreconciled').
 */
export type FindingParams = {
  // The envelope check.
  'over-allocation': { year: number; deltaCents: number; allocatedCents: number; envelopeCents: number };
  'under-allocation': { year: number; deltaCents: number; allocatedCents: number; envelopeCents: number };
  'missing-envelope': { year: number; allocatedCents: number };
  'incomplete-year': { year: number; reason: GapReason };
  'envelope-outside-period': { year: number; startYear: number; endYear: number };
  'envelope-total-mismatch': { statedCents: number; sumCents: number };
  'total-over-allocation': { deltaCents: number; allocatedCents: number; envelopeCents: number };
  'total-under-allocation': { deltaCents: number; allocatedCents: number; envelopeCents: number };
  'year-outside-period': { line: ItemName; year: string; amountCents: number };
  'negative-amount': { line: ItemName; year: string; amountCents: number };
  'unreadable-amount': { line: ItemName; year: string; text: string; reason: MoneyRefusal };
  'negative-envelope': { year: number; amountCents: number };
  'zero-envelope': { year: number };
  'implausible-amount': { line: ItemName; year: string; amountCents: number; limitCents: number };
  'implausible-envelope': { year: number; amountCents: number; limitCents: number };
  'unknown-action': { line: ItemName; actionId: string };
  'unknown-axis': { action: ItemName; axisId: string };
  'duplicate-id': { id: string; count: number };
  'empty-field': { item: ItemName; field: EmptyField };
  'period-incomplete': { field: 'startYear' | 'endYear' };
  'no-caf-signatory': Record<never, never>;
  // The follow-up.
  'realised-over-planned': { line: ItemName; year: string; realisedCents: number; plannedCents: number };
  'realised-unknown-line': { lineId: string };
  'realised-future-year': { line: ItemName; year: string; currentYear: number };
  'unreadable-realised': { line: ItemName; year: string; text: string; reason: MoneyRefusal };
  'negative-realised': { line: ItemName; year: string; amountCents: number };
  'action-done-without-realised': { action: ItemName; year?: number };
  'indicator-unknown-action': { label: string; actionId: string };
  'indicator-without-unit': { actionId: string; label: string };
  'implausible-indicator': { actionId: string; label: string; year: string; value: number; reason: ImplausibleMeasure };
  'unreadable-measure': { what: 'indicator' | 'progress'; actionId: string; year: string; text: string };
  'follow-up-unknown-action': { actionId: string; year: number };
  'follow-up-outside-period': { actionId: string; year: number; startYear: number; endYear: number };
  'implausible-progress': { actionId: string; year: number; value: number };
  // The workbook reader: cells that cannot be read ('unreadable-cell').
  'merged-cells': { range: string };
  'error-cell': { value: string };
  'not-a-year': { value: string };
  'not-a-date': { value: string };
  'not-a-number': { value: string };
  'amount-as-text': { value: string };
  'unreadable-money': { text: string; reason: MoneyRefusal };
  'sub-cent-number': { value: number };
  'unknown-label': { value: string; allowed: string[]; fallback: string };
  'label-not-counted': { value: string; label: string };
  'comment-row': { row: number };
  'total-row': { row: number };
  'bad-period': { startYear: number; endYear: number };
  // The reader and the plan: what cannot be reconciled with the layout ('unreconciled').
  'missing-tab': { tab: string };
  'typed-tab-renamed': { tab: string; wanted: string };
  'missing-column': { tab: string; header: string };
  'missing-field': { label: string };
  'axis-tab-renamed': { tab: string; wanted: string };
  'tab-name-taken': { tab: string; used: string };
  'kept-value': { typed: string; proposed: string };
  'generated-blocked': { tab: string };
  'generated-stale': { tab: string };
  'typed-over-formula': { tab: string; value: string };
  'axis-tab-orphan': { tab: string };
  // The plan against Google Sheets' limits ('sheets-limit').
  'cell-too-long': { length: number; max: number };
  'bad-tab-name': { tab: string; problem: 'empty' | 'too-long' | 'forbidden-character' | 'apostrophe'; max: number };
  'too-many-columns': { tab: string; columns: number; max: number };
  'too-many-cells': { cells: number; max: number };
};
export type FindingKind = keyof FindingParams;

/** A finding's detail: its kind and that kind's parameters. */
export type FindingDetail = { [K in FindingKind]: { kind: K } & FindingParams[K] }[FindingKind];

/** The public code of each kind (what `ctg check --json` shows); several kinds may share one. */
export const CODE_OF_KIND: { readonly [K in FindingKind]: FindingCode } = {
  'over-allocation': 'over-allocation',
  'under-allocation': 'under-allocation',
  'missing-envelope': 'missing-envelope',
  'incomplete-year': 'incomplete-year',
  'envelope-outside-period': 'envelope-outside-period',
  'envelope-total-mismatch': 'envelope-total-mismatch',
  'total-over-allocation': 'total-over-allocation',
  'total-under-allocation': 'total-under-allocation',
  'year-outside-period': 'year-outside-period',
  'negative-amount': 'negative-amount',
  'unreadable-amount': 'unreadable-amount',
  'negative-envelope': 'negative-envelope',
  'zero-envelope': 'zero-envelope',
  'implausible-amount': 'implausible-amount',
  'implausible-envelope': 'implausible-amount',
  'unknown-action': 'unknown-action',
  'unknown-axis': 'unknown-axis',
  'duplicate-id': 'duplicate-id',
  'empty-field': 'empty-field',
  'period-incomplete': 'period-incomplete',
  'no-caf-signatory': 'no-caf-signatory',
  'realised-over-planned': 'realised-over-planned',
  'realised-unknown-line': 'realised-unknown-line',
  'realised-future-year': 'realised-future-year',
  'unreadable-realised': 'unreadable-amount',
  'negative-realised': 'negative-amount',
  'action-done-without-realised': 'action-done-without-realised',
  'indicator-unknown-action': 'unknown-action',
  'indicator-without-unit': 'indicator-without-unit',
  'implausible-indicator': 'implausible-indicator',
  'unreadable-measure': 'unreadable-measure',
  'follow-up-unknown-action': 'unknown-action',
  'follow-up-outside-period': 'year-outside-period',
  'implausible-progress': 'implausible-indicator',
  'merged-cells': 'unreadable-cell',
  'error-cell': 'unreadable-cell',
  'not-a-year': 'unreadable-cell',
  'not-a-date': 'unreadable-cell',
  'not-a-number': 'unreadable-cell',
  'amount-as-text': 'unreadable-cell',
  'unreadable-money': 'unreadable-cell',
  'sub-cent-number': 'unreadable-cell',
  'unknown-label': 'unreadable-cell',
  'label-not-counted': 'unreadable-cell',
  'comment-row': 'unreadable-cell',
  'total-row': 'unreadable-cell',
  'bad-period': 'unreadable-cell',
  'missing-tab': 'unreconciled',
  'typed-tab-renamed': 'unreconciled',
  'missing-column': 'unreconciled',
  'missing-field': 'unreconciled',
  'axis-tab-renamed': 'unreconciled',
  'tab-name-taken': 'unreconciled',
  'kept-value': 'unreconciled',
  'generated-blocked': 'unreconciled',
  'generated-stale': 'unreconciled',
  'typed-over-formula': 'unreconciled',
  'axis-tab-orphan': 'unreconciled',
  'cell-too-long': 'sheets-limit',
  'bad-tab-name': 'sheets-limit',
  'too-many-columns': 'sheets-limit',
  'too-many-cells': 'sheets-limit',
};

/** What the core raises: a severity, a code and its detail, pinned to a tab and maybe a cell. */
export type Finding = {
  severity: Severity;
  code: FindingCode;
  detail: FindingDetail;
  sheet: string; // tab name
  cell?: string; // A1 reference in that tab
};

/** A finding, its code given by its detail's kind. */
export const finding = (severity: Severity, detail: FindingDetail, where: { sheet: string; cell?: string }): Finding => ({
  severity,
  code: CODE_OF_KIND[detail.kind],
  detail,
  sheet: where.sheet,
  ...(where.cell ? { cell: where.cell } : {}),
});

/** A finding as people see it (sidebar, `ctg check --json`): its detail worded in French. */
export type WordedFinding = {
  severity: Severity;
  code: FindingCode;
  message: string; // French, amounts formatted
  sheet: string; // tab name
  cell?: string; // A1 reference in that tab
};

/** `incomplete`: some amount the year's CAF total needs could not be read with certainty, so nothing is said of the balance. */
export type YearStatus = 'balanced' | 'over' | 'under' | 'missing-envelope' | 'incomplete';

/** Why a year's CAF total cannot be computed with certainty. */
export type GapReason = 'budget-tab-missing' | 'budget-column-missing' | 'funder-unreadable' | 'amount-unreadable' | 'envelope-repeated';

/** What the reader could not read with certainty, for the check: every year, or some years, and why. */
export type ReadGaps = { all?: GapReason; years?: Map<number, GapReason> };

export type YearReport = {
  year: number;
  envelopeCents: number | null;
  allocatedCents: number; // sum of the CAF lines that year
  deltaCents: number; // allocated − envelope (positive: dépassement)
  status: YearStatus;
  /** What the CAF lines actually cost that year (Réalisé tab); null when nothing is entered for the year. */
  realisedCents: number | null;
};

/** Totals of one group (an axis, a beneficiary, a funder) per year and overall. */
export type Breakdown = {
  key: string; // axis id, beneficiary name or funder role; '' for "none"
  label?: string; // the convention's own name (axis title, beneficiary); absent for a funder role and for "no axis", worded by breakdownLabel
  perYear: Record<string, number>;
  totalCents: number;
};

export type ReportTotal = { envelopeCents: number; allocatedCents: number; deltaCents: number; status: YearStatus };

/** The report, with the findings as raised (worded where they are shown). */
export type CheckReport = {
  years: YearReport[];
  total: ReportTotal;
  byAxis: Breakdown[];
  byBeneficiary: Breakdown[];
  byFunder: Breakdown[];
  findings: Finding[];
};

export const hasErrors = (findings: { severity: Severity }[]) => findings.some((f) => f.severity === 'error');
