// The plain sentence that ends a long operation: "5 onglets créés, 16 fiches, 9 lignes budgétaires".
import { PlanSummary } from './plan';
import { frPlanSummary } from '../../i18n/fr-workbook';

export function summarySentence(s: PlanSummary): string {
  const parts = [
    s.tabsCreated ? frPlanSummary.tabsCreated(s.tabsCreated) : '',
    s.axes ? frPlanSummary.axes(s.axes) : '',
    s.actions ? frPlanSummary.actions(s.actions) : '',
    s.budgetLines ? frPlanSummary.budgetLines(s.budgetLines) : '',
    s.columnsAdded ? frPlanSummary.columnsAdded(s.columnsAdded) : '',
    s.cellsFilled ? frPlanSummary.cellsFilled(s.cellsFilled) : '',
    s.derivedRefreshed ? frPlanSummary.derivedRefreshed(s.derivedRefreshed) : '',
  ].filter((p) => p !== '');
  return parts.length === 0 ? frPlanSummary.nothing : `${parts.join(', ')}.`;
}
