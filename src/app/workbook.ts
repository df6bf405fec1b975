// The pure workbook engine (src/workbook, issue 3) as the add-on uses it. One
// place that names those functions, so the edges do not depend on how the
// engine's modules are split.
import type { Convention } from '../core/domain/schema';
import type { CheckReport, Finding } from '../core/domain/report';
import type { Plan, WorkbookSnapshot } from '../core/workbook/types';
import { planWorkbook } from '../core/workbook/plan';
import { readWorkbook } from '../core/workbook/read';
import { checkWorkbook, refreshPlan } from '../core/workbook/refresh';
import { summarySentence } from '../core/workbook/plan-sentence';

export type PlanResult = { plan: Plan; findings: Finding[]; sentence: string };

export function planFor(desired: Convention, snapshot: WorkbookSnapshot): PlanResult {
  const { plan, findings, summary } = planWorkbook(desired, snapshot);
  return { plan, findings, sentence: summarySentence(summary) };
}

export function refreshFor(snapshot: WorkbookSnapshot): PlanResult {
  const { plan, findings, summary } = refreshPlan(snapshot);
  return { plan, findings, sentence: summarySentence(summary) };
}

export const readConvention = (snapshot: WorkbookSnapshot): { convention: Convention; findings: Finding[] } => readWorkbook(snapshot);
export const checkSnapshot = (snapshot: WorkbookSnapshot): { convention: Convention; report: CheckReport } => checkWorkbook(snapshot);
