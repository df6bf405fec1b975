import { countsSentence, PlanCounts } from '../../src/core/workbook/plan-counts';

const zero: PlanCounts = { tabsCreated: 0, axes: 0, actions: 0, budgetLines: 0, columnsAdded: 0, cellsFilled: 0, generatedRefreshed: 0 };

test('the sentence names only what changed, with French plurals', () => {
  expect(countsSentence({ ...zero, tabsCreated: 5, actions: 16, budgetLines: 9 })).toBe('5 onglets créés, 16 fiches, 9 lignes budgétaires.');
  expect(countsSentence({ ...zero, tabsCreated: 1, axes: 1, actions: 1, budgetLines: 1, columnsAdded: 1, cellsFilled: 1, generatedRefreshed: 1 })).toBe(
    '1 onglet créé, 1 axe, 1 fiche, 1 ligne budgétaire, 1 colonne ajoutée, 1 cellule complétée, 1 onglet calculé mis à jour.',
  );
  expect(countsSentence(zero)).toBe('Rien à changer\u00A0: le classeur est à jour.');
});
