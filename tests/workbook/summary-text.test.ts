import { summarySentence } from '../../src/core/workbook/plan-sentence';
import { PlanSummary } from '../../src/core/workbook/plan';

const zero: PlanSummary = { tabsCreated: 0, axes: 0, actions: 0, budgetLines: 0, columnsAdded: 0, cellsFilled: 0, derivedRefreshed: 0 };

test('the sentence names only what changed, with French plurals', () => {
  expect(summarySentence({ ...zero, tabsCreated: 5, actions: 16, budgetLines: 9 })).toBe('5 onglets créés, 16 fiches, 9 lignes budgétaires.');
  expect(summarySentence({ ...zero, tabsCreated: 1, axes: 1, actions: 1, budgetLines: 1, columnsAdded: 1, cellsFilled: 1, derivedRefreshed: 1 })).toBe(
    '1 onglet créé, 1 axe, 1 fiche, 1 ligne budgétaire, 1 colonne ajoutée, 1 cellule complétée, 1 onglet calculé mis à jour.',
  );
  expect(summarySentence(zero)).toBe('Rien à changer : le classeur est à jour.');
  expect(() => PlanSummary.parse({ ...zero, axes: 1.5 })).toThrow();
});
