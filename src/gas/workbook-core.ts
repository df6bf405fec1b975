// The pure workbook engine (src/workbook, issue 3) as the add-on uses it. One
// place that names those functions, so the edges below do not depend on how the
// engine's modules are split.
// TEMPORARY: the engine is not merged yet; these stubs keep the add-on compiling.
import type { Convention } from '../domain/schema';
import type { CheckReport, Finding } from '../domain/report';
import type { Plan, WorkbookSnapshot } from '../workbook/types';

export type PlanResult = { plan: Plan; findings: Finding[]; sentence: string };

const missing = (): never => {
  throw new Error('workbook engine not merged yet');
};

export function planFor(_desired: Convention, _snapshot: WorkbookSnapshot): PlanResult { return missing(); }
export function refreshFor(_snapshot: WorkbookSnapshot): PlanResult { return missing(); }
export function readConvention(_snapshot: WorkbookSnapshot): { convention: Convention; findings: Finding[] } { return missing(); }
export function checkSnapshot(_snapshot: WorkbookSnapshot): { convention: Convention; report: CheckReport } { return missing(); }
