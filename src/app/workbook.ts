// The pure workbook engine (src/core/workbook) as the use cases call it: one place
// that names those functions, so the use cases do not depend on how the engine's
// modules are split.
import type { Convention } from '../core/domain/schema';
import type { CheckReport, Finding } from '../core/domain/report';
import type { Plan, WorkbookSnapshot } from '../core/workbook/types';
import { planWorkbook } from '../core/workbook/plan';
import { readWorkbook, ReadResult } from '../core/workbook/read';
import { checkWorkbook, refreshPlan } from '../core/workbook/refresh';
import { countsSentence } from '../core/workbook/plan-counts';

export type PlanResult = { plan: Plan; findings: Finding[]; sentence: string };

export function planFor(desired: Convention, snapshot: WorkbookSnapshot, read?: ReadResult): PlanResult {
  const { plan, findings, counts } = planWorkbook(desired, snapshot, read ? { read } : {});
  return { plan, findings, sentence: countsSentence(counts) };
}

export function refreshFor(snapshot: WorkbookSnapshot): PlanResult {
  const { plan, findings, counts } = refreshPlan(snapshot);
  return { plan, findings, sentence: countsSentence(counts) };
}

export const readConvention = (snapshot: WorkbookSnapshot): ReadResult => readWorkbook(snapshot);
export const checkSnapshot = (snapshot: WorkbookSnapshot): { convention: Convention; report: CheckReport } => checkWorkbook(snapshot);
