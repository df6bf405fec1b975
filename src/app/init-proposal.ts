// What the first-run form proposes on a spreadsheet whose tabs were typed before the
// set-up: the period from the Budget year headers (or the Convention tab's), the name,
// territory, signatories and envelopes the Convention tab may hold, and how much is
// already typed — so the form does not propose another period than the one in Budget.
import type { WorkbookSnapshot } from '../core/workbook/types';
import type { InitProposal } from './contract';
import { budgetHeaderYears, readConvention, typedPlanTabs } from './workbook';

export function initProposal(snapshot: WorkbookSnapshot): InitProposal | undefined {
  const typedTabs = typedPlanTabs(snapshot);
  if (typedTabs === 0) return undefined;
  const { convention: c } = readConvention(snapshot);
  const years = budgetHeaderYears(snapshot);
  // The Convention tab's period wins; else the span of the Budget year columns (a gap inside is the form's to explain).
  const startYear = c.period.startYear ?? (years.length ? Math.min(...years) : undefined);
  const endYear = c.period.endYear ?? (years.length ? Math.max(...years) : undefined);
  return {
    name: c.name,
    territory: c.territory,
    signatories: c.signatories.map((s) => ({ name: s.name, role: s.role })),
    ...(startYear !== undefined ? { startYear } : {}),
    ...(endYear !== undefined ? { endYear } : {}),
    envelopes: c.envelopes.map((e) => ({ year: e.year, amountCents: e.amountCents })),
    typed: { tabs: typedTabs, axes: c.axes.length, actions: c.actions.length, lines: c.budget.length },
  };
}
