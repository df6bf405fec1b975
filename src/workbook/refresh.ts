// Refresh and check on a workbook as people left it.
import { Convention } from '../domain/schema';
import { checkConvention } from '../domain/check';
import { CheckReport } from '../domain/report';
import { WorkbookSnapshot } from './types';
import { readWorkbook } from './read';
import { planWorkbook, PlanResult } from './plan';

/** Read the workbook, then plan it with what was read as the desired convention: derived tabs are regenerated, typed cells kept. */
export function refreshPlan(snapshot: WorkbookSnapshot): PlanResult & { convention: Convention } {
  const read = readWorkbook(snapshot);
  const result = planWorkbook(read.convention, snapshot, { extraFindings: read.findings });
  return { ...result, findings: mergeFindings(read.findings, result.findings), convention: read.convention };
}

/** The envelope check on what the workbook holds, findings pinned to the real cells; reader findings first. */
export function checkWorkbook(snapshot: WorkbookSnapshot): { convention: Convention; report: CheckReport } {
  const read = readWorkbook(snapshot);
  const report = checkConvention(read.convention, read.locator);
  return { convention: read.convention, report: { ...report, findings: [...read.findings, ...report.findings] } };
}

const key = (f: { code: string; sheet: string; cell?: string; message: string }) => `${f.code}|${f.sheet}|${f.cell ?? ''}|${f.message}`;

function mergeFindings<T extends { code: string; sheet: string; cell?: string; message: string }>(a: T[], b: T[]): T[] {
  const seen = new Set(a.map(key));
  return [...a, ...b.filter((f) => !seen.has(key(f)))];
}
