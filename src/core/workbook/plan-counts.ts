// What a plan changes, counted, and the plain sentence that ends a long operation:
// "5 onglets créés, 16 fiches, 9 lignes budgétaires".
import { frPlanCounts } from '../../i18n/fr-workbook';

export type PlanCounts = {
  tabsCreated: number;
  axes: number; // axis rows added
  actions: number; // fiche rows added
  budgetLines: number; // budget rows added
  columnsAdded: number; // columns added to existing tabs
  cellsFilled: number; // empty cells of existing rows completed
  generatedRefreshed: number; // existing generated tabs rewritten
};

export const noCounts = (): PlanCounts => ({ tabsCreated: 0, axes: 0, actions: 0, budgetLines: 0, columnsAdded: 0, cellsFilled: 0, generatedRefreshed: 0 });

export function addCounts(a: PlanCounts, b: PlanCounts): PlanCounts {
  return Object.fromEntries(Object.entries(a).map(([k, v]) => [k, v + b[k as keyof PlanCounts]])) as PlanCounts;
}

export function countsSentence(s: PlanCounts): string {
  const parts = [
    s.tabsCreated ? frPlanCounts.tabsCreated(s.tabsCreated) : '',
    s.axes ? frPlanCounts.axes(s.axes) : '',
    s.actions ? frPlanCounts.actions(s.actions) : '',
    s.budgetLines ? frPlanCounts.budgetLines(s.budgetLines) : '',
    s.columnsAdded ? frPlanCounts.columnsAdded(s.columnsAdded) : '',
    s.cellsFilled ? frPlanCounts.cellsFilled(s.cellsFilled) : '',
    s.generatedRefreshed ? frPlanCounts.generatedRefreshed(s.generatedRefreshed) : '',
  ].filter((p) => p !== '');
  return parts.length === 0 ? frPlanCounts.nothing : `${parts.join(', ')}.`;
}
