// Refresh and check on a workbook as people left it.
import { Convention } from '../domain/schema';
import { checkConvention } from '../domain/check';
import { CheckReport, Finding, finding } from '../domain/report';
import { findingMessage } from '../wording/finding-message';
import { canonicalLocator, TAB } from './layout';
import { frControl } from '../../i18n/fr-workbook';
import { WorkbookSnapshot } from './types';
import { readWorkbook } from './read';
import { planWorkbook, PlanResult } from './plan';
import { addCounts } from './plan-counts';
import { applyPlan } from './snapshot-apply';

/**
 * Read the workbook, then plan it with what was read as the desired convention: typed tabs are
 * repaired first (missing tabs, columns, cells), then the generated tabs are built from the
 * repaired workbook, so that Contrôle never lists a problem this very refresh fixes.
 */
export function refreshPlan(snapshot: WorkbookSnapshot, options: { checkedAt?: Date } = {}): PlanResult & { convention: Convention } {
  const read = readWorkbook(snapshot);
  const typed = planWorkbook(read.convention, snapshot, { typedOnly: true, read, refresh: true });
  const repaired = applyPlan(snapshot, typed.plan);
  const reread = readWorkbook(repaired);
  const generated = planWorkbook(reread.convention, repaired, { extraFindings: reread.findings, read: reread, gaps: reread.gaps, refresh: true, ...options });
  return {
    plan: { ops: [...typed.plan.ops, ...generated.plan.ops] },
    counts: addCounts(typed.counts, generated.counts),
    findings: mergeFindings(mergeFindings(read.findings, typed.findings), generated.findings),
    convention: read.convention,
  };
}

/** The envelope check on a convention alone (a .json file), findings pinned to the cells of the workbook as generated. */
export const checkAsGenerated = (convention: Convention): CheckReport => checkConvention(convention, canonicalLocator(convention));

/** The envelope check on what the workbook holds, findings pinned to the real cells; reader findings first. */
export function checkWorkbook(snapshot: WorkbookSnapshot, options: { today?: Date } = {}): { convention: Convention; report: CheckReport } {
  const read = readWorkbook(snapshot);
  const report = checkConvention(read.convention, read.locator, read.gaps, options.today ? { currentYear: options.today.getFullYear() } : {});
  return { convention: read.convention, report: { ...report, findings: [...read.findings, ...staleControl(snapshot), ...report.findings] } };
}

/** A Contrôle a refresh could not rewrite says so in its first cell: the check says it too (when the tab was read). */
function staleControl(snapshot: WorkbookSnapshot): Finding[] {
  const control = snapshot.sheets.find((s) => s.name === TAB.control);
  if (!String(control?.values[0]?.[0] ?? '').startsWith(frControl.stalePrefix)) return [];
  return [finding('error', { kind: 'generated-stale', tab: TAB.control }, { sheet: TAB.control, cell: 'A1' })];
}

const key = (f: Finding) => `${f.code}|${f.sheet}|${f.cell ?? ''}|${findingMessage(f)}`;

function mergeFindings(a: Finding[], b: Finding[]): Finding[] {
  const seen = new Set(a.map(key));
  return [...a, ...b.filter((f) => !seen.has(key(f)))];
}
