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
import { planLimitFindings } from '../core/workbook/limits';
import { findingPlace } from '../core/domain/finding-place';
import { findingMessage } from '../core/wording/finding-message';
import { frLimits } from '../i18n/fr-workbook';
import { TAB } from '../core/workbook/layout';
import { budgetTableSpec, findTypedSheet, findYearColumns, headerRowOf } from '../core/workbook/tables';
import { UserError } from './errors';

export type PlanResult = { plan: Plan; findings: Finding[]; sentence: string };

/**
 * `checkedAt`: now, shown in Contrôle (the engine is pure). `reportKept`: an import onto a
 * filled workbook lists each typed cell it kept although the text says otherwise.
 */
export type PlanChoices = { read?: ReadResult; checkedAt?: Date; reportKept?: boolean };

export function planFor(desired: Convention, snapshot: WorkbookSnapshot, choices: PlanChoices = {}): PlanResult {
  const { plan, findings, counts } = planWorkbook(desired, snapshot, choices);
  return { plan, findings, sentence: countsSentence(counts) };
}

export function refreshFor(snapshot: WorkbookSnapshot, checkedAt?: Date): PlanResult {
  const { plan, findings, counts } = refreshPlan(snapshot, checkedAt ? { checkedAt } : {});
  return { plan, findings, sentence: countsSentence(counts) };
}

export const readConvention = (snapshot: WorkbookSnapshot): ReadResult => readWorkbook(snapshot);
/** How many of the tabs that make a convention (Convention, Axes, Actions, Budget) hold something. */
export const typedPlanTabs = (snapshot: WorkbookSnapshot): number =>
  [TAB.convention, TAB.axes, TAB.actions, TAB.budget].filter((t) => (findTypedSheet(snapshot, t)?.values.length ?? 0) > 0).length;

/** The years of the Budget tab's year columns, as the reader finds them. */
export function budgetHeaderYears(snapshot: WorkbookSnapshot): number[] {
  const budget = findTypedSheet(snapshot, TAB.budget);
  return [...findYearColumns(budget, headerRowOf(budget, [budgetTableSpec([])])).keys()].sort((a, b) => a - b);
}

export const checkSnapshot = (snapshot: WorkbookSnapshot): { convention: Convention; report: CheckReport } => checkWorkbook(snapshot, { today: new Date() });

/**
 * Refuses, before its first write, a plan Google Sheets would reject half-way (a cell
 * past 50 000 characters, an invalid tab name, too many columns or cells): a UserError
 * naming each cell or tab in French. Every use case that applies a plan calls it first.
 */
export function requireWithinLimits(plan: Plan, snapshot: WorkbookSnapshot): void {
  const findings = planLimitFindings(plan, snapshot);
  if (findings.length > 0) throw new UserError(frLimits.refused(findings.map((f) => `${findingPlace(f)} — ${findingMessage(f)}`)));
}
