import { EXAMPLES, loadExample, clone } from '../helpers/examples';
import { planWorkbook } from '../../src/core/workbook/plan';
import { applyPlan, emptyWorkbook } from '../../src/core/workbook/snapshot-apply';
import { readWorkbook } from '../../src/core/workbook/read';
import { refreshPlan } from '../../src/core/workbook/refresh';
import { countsSentence } from '../../src/core/workbook/plan-counts';
import { buildWorkbook, cell, sheet } from './helpers';
import { findingMessage } from '../../src/core/wording/finding-message';

describe('init → read gives back the same convention', () => {
  for (const name of EXAMPLES) {
    test(name, () => {
      const c = loadExample(name);
      const back = readWorkbook(buildWorkbook(c));
      expect(back.convention).toEqual(c);
      expect(back.findings).toEqual([]);
    });
  }

  test('indicators, lists and statuses survive the trip', () => {
    const c = loadExample('thore-montagne-noire');
    c.actions[0].indicators = [
      { label: 'Nombre de places', baseline: 120, target: 140, unit: 'places' },
      { label: 'Taux de remplissage', baseline: 72.5, target: 80, unit: '%' },
      { label: 'Enquête de satisfaction' },
      { label: 'Familles : nouvelles', target: 30 },
    ];
    c.actions[0].partners = ['CAF du Tarn', 'Commune « Labastide »'];
    c.actions[0].status = 'realisee';
    c.budget[1].amounts['2024'] = 1234567; // 12 345,67 €
    const wb = buildWorkbook(c);
    // Indicators have their own tab: one row each, the fiche's number first (no column in Actions any more).
    expect(sheet(wb, 'Actions').values[0]).not.toContain('Indicateurs');
    expect(sheet(wb, 'Indicateurs').values[0].slice(0, 5)).toEqual(['N° fiche', 'Indicateur', 'Unité', 'Valeur de référence', 'Cible']);
    expect(
      sheet(wb, 'Indicateurs')
        .values.slice(1, 5)
        .map((r) => r.slice(0, 5)),
    ).toEqual([
      ['FA01', 'Nombre de places', 'places', 120, 140],
      ['FA01', 'Taux de remplissage', '%', 72.5, 80],
      ['FA01', 'Enquête de satisfaction', '', '', ''],
      ['FA01', 'Familles : nouvelles', '', '', 30],
    ]);
    expect(cell(wb, 'Actions', 'N2')).toBe('Réalisée');
    expect(cell(wb, 'Budget', 'H3')).toBe(12345.67);
    expect(readWorkbook(wb).convention).toEqual(c);
  });
});

describe('the plan', () => {
  test('on an empty workbook builds the tabs in order and says so in one sentence', () => {
    const c = loadExample('thore-montagne-noire');
    const { plan, counts, findings } = planWorkbook(c, emptyWorkbook());
    const wb = applyPlan(emptyWorkbook(), plan);
    expect(wb.sheets.map((s) => s.name).slice(0, 9)).toEqual([
      'Convention',
      'Axes',
      'Actions',
      'Budget',
      'Réalisé',
      'Indicateurs',
      'Suivi',
      'Contrôle',
      'Axe 1 – Le soutien aux familles',
    ]);
    expect(wb.sheets).toHaveLength(8 + 6);
    expect(findings).toEqual([]);
    expect(countsSentence(counts)).toBe('14 onglets créés, 6 axes, 16 fiches, 9 lignes budgétaires.');
    // Headers, frozen rows, dropdowns and the statut colours are part of the plan.
    expect(cell(wb, 'Budget', 'G1')).toBe('2023');
    expect(cell(wb, 'Budget', 'J1')).toBe('Total');
    expect(plan.ops.filter((o) => o.kind === 'freeze').map((o) => o.sheet)).toEqual(
      expect.arrayContaining(['Convention', 'Axes', 'Actions', 'Budget', 'Contrôle']),
    );
    const dropdowns = plan.ops.filter((o) => o.kind === 'validation').map((o) => `${o.sheet}!${o.kind === 'validation' ? o.range.col : ''}`);
    expect(dropdowns).toEqual(expect.arrayContaining(['Actions!3', 'Actions!14', 'Budget!5', 'Budget!6', 'Convention!4', 'Convention!2']));
    const colours = plan.ops.find((o) => o.kind === 'conditionalFormat' && o.sheet === 'Contrôle');
    expect(colours && colours.kind === 'conditionalFormat' && colours.rules.map((r) => ('textEquals' in r ? r.textEquals : r.formula))).toEqual([
      'équilibré',
      'dépassement',
      'reste à répartir',
      'enveloppe manquante',
      'incomplet',
    ]);
    expect(plan.ops.filter((o) => o.kind === 'protect').length).toBeGreaterThanOrEqual(5);
  });

  test('applying it twice changes nothing the second time, and a new plan is empty', () => {
    const c = loadExample('grand-montauban');
    const { plan } = planWorkbook(c, emptyWorkbook());
    const once = applyPlan(emptyWorkbook(), plan);
    expect(applyPlan(once, plan)).toEqual(once);
    const again = planWorkbook(c, once);
    expect(again.plan.ops).toEqual([]);
    expect(countsSentence(again.counts)).toBe('Rien à changer\u00A0: le classeur est à jour.');
  });

  test('refresh of an untouched workbook has nothing to do', () => {
    const wb = buildWorkbook(loadExample('thore-montagne-noire'));
    expect(refreshPlan(wb).plan.ops).toEqual([]);
  });

  test('the budget total of each row is a live formula', () => {
    const wb = buildWorkbook(loadExample('thore-montagne-noire'));
    expect(sheet(wb, 'Budget').formulas[1][9]).toBe('=SUM(G2:I2)');
  });

  test('planning another convention onto a workbook never overwrites typed cells', () => {
    const c = loadExample('thore-montagne-noire');
    const wb = buildWorkbook(c);
    const other = clone(c);
    other.territory = 'Autre territoire';
    other.actions[0].title = 'Titre différent';
    other.signatureDate = '2022-12-01';
    const { plan, findings } = planWorkbook(other, wb, { reportKept: true });
    const after = applyPlan(wb, plan);
    expect(cell(after, 'Convention', 'B3')).toBe(c.territory);
    expect(cell(after, 'Actions', 'B2')).toBe(c.actions[0].title);
    expect(findings.map((f) => `${f.sheet}!${f.cell} ${findingMessage(f)}`)).toEqual([
      'Convention!B3 La saisie «\u00A0Communauté de communes Thoré Montagne Noire\u00A0» est conservée\u00A0; la convention proposait «\u00A0Autre territoire\u00A0».',
      'Convention!B6 La saisie «\u00A030/11/2022\u00A0» est conservée\u00A0; la convention proposait «\u00A001/12/2022\u00A0».',
      'Actions!B2 La saisie «\u00A0Maintenir et accompagner les 4 structures petite enfance et les 4 structures enfance/jeunesse existantes dans leur quotidien\u00A0» est conservée\u00A0; la convention proposait «\u00A0Titre différent\u00A0».',
    ]);
    expect(planWorkbook(other, wb).findings).toEqual([]); // only on request
  });
});
