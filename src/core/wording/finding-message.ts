// Where findings meet their French words. The core raises findings as codes with typed
// parameters (report.ts); src/i18n/fr-findings.ts words each kind; this glue checks the
// one against the other and words a finding where it is shown: the Contrôle tab, the
// command's output, the sidebar state, the summary documents.
import type { Breakdown, Finding, FindingDetail, FindingKind, FindingParams, WordedFinding } from '../domain/report';
import type { PartnerRole } from '../domain/schema';
import { formatMoney } from '../domain/money';
import { frFindingWords } from '../../i18n/fr-findings';
import { frBreakdown } from '../../i18n/fr-domain';
import { ROLE_LABEL } from '../../i18n/fr-workbook';
import { exactly } from './i18n-keys';

/** One wording per kind, taking that kind's parameters. */
type Wordings = { readonly [K in FindingKind]: (params: FindingParams[K]) => string };

// A kind without a wording, a wording of no kind, or a wording expecting other parameters
// than the core's does not compile here.
const WORDINGS: Wordings = exactly<FindingKind>()(frFindingWords(formatMoney));

/** The French sentence of a finding (amounts formatted the French way). */
export function findingMessage(f: { detail: FindingDetail }): string {
  const word = WORDINGS[f.detail.kind] as (params: FindingDetail) => string;
  return word(f.detail);
}

/** A finding as people see it: severity, code, message, tab and cell (the shape of `ctg check --json`). */
export function wordFinding(f: Finding): WordedFinding {
  return { severity: f.severity, code: f.code, message: findingMessage(f), sheet: f.sheet, ...(f.cell ? { cell: f.cell } : {}) };
}

/** The name of a breakdown group: the convention's own (axis title, beneficiary), else its funder role or "Sans axe". */
export function breakdownLabel(g: Pick<Breakdown, 'key' | 'label'>): string {
  if (g.label !== undefined) return g.label;
  return g.key === '' ? frBreakdown.noAxis : (ROLE_LABEL[g.key as PartnerRole] ?? g.key);
}
