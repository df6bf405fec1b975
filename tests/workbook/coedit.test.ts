// What people do to a shared workbook, and what a refresh makes of it.
import { checkWorkbook, refreshPlan } from '../../src/core/workbook/refresh';
import { planWorkbook } from '../../src/core/workbook/plan';
import { applyPlan } from '../../src/core/workbook/snapshot-apply';
import { readWorkbook } from '../../src/core/workbook/read';
import { countsSentence } from '../../src/core/workbook/plan-counts';
import { buildWorkbook, typeInto, insertRow, cell, formula, sheet, grid } from './helpers';
import { smallConvention } from './fixture';
import { WorkbookSnapshot } from '../../src/core/workbook/types';
import { findingMessage, wordFinding } from '../../src/core/wording/finding-message';

const refresh = (wb: WorkbookSnapshot) => applyPlan(wb, refreshPlan(wb).plan);

describe('refresh after co-editing', () => {
  test('a user-added column and a note under the table survive, and the new line gets its total', () => {
    let wb = buildWorkbook(smallConvention());
    wb = typeInto(wb, 'Budget', 'K1', 'Commentaire');
    wb = typeInto(wb, 'Budget', 'K3', 'Vérifier le montant 2025');
    // Row 6 holds the generated total: the new line is typed under it.
    expect(cell(wb, 'Budget', 'B6')).toBe('Total');
    wb = typeInto(wb, 'Budget', 'A7', 'L05');
    wb = typeInto(wb, 'Budget', 'B7', 'Ludothèque');
    wb = typeInto(wb, 'Budget', 'E7', 'CAF');
    wb = typeInto(wb, 'Budget', 'G7', 1000);
    wb = typeInto(wb, 'Budget', 'B9', 'Note\u00A0: lignes 2026 à venir');
    const after = refresh(wb);
    expect(cell(after, 'Budget', 'K1')).toBe('Commentaire');
    expect(cell(after, 'Budget', 'K3')).toBe('Vérifier le montant 2025');
    expect(cell(after, 'Budget', 'B9')).toBe('Note\u00A0: lignes 2026 à venir');
    expect(formula(after, 'Budget', 'I7')).toBe('=SUM(G7:H7)');
    // The total stays where it is and now reaches the line under it.
    expect(cell(after, 'Budget', 'B6')).toBe('Total');
    expect(['G6', 'H6', 'I6'].map((c) => formula(after, 'Budget', c))).toEqual(['=SUM(G2:G5,G7:G7)', '=SUM(H2:H5,H7:H7)', '=SUM(I2:I5,I7:I7)']);
    expect(readWorkbook(after).convention.budget[4]).toMatchObject({ id: 'L05', beneficiary: 'Ludothèque', funder: 'caf', amounts: { '2024': 100000 } });
    // The Contrôle findings now speak of 2024 going over by 1 000 €.
    const control = sheet(after, 'Contrôle')
      .values.map((r) => r.join('|'))
      .join('\n');
    expect(control).toContain('2024\u00A0: dépassement de 1\u202F000,00\u00A0€');
    expect(refreshPlan(after).plan.ops).toEqual([]);
  });

  test('a renamed header is reported with its fix, the typed column is kept and no second column is added', () => {
    const wb = typeInto(buildWorkbook(smallConvention()), 'Actions', 'B1', 'Titre');
    const { plan, findings, counts } = refreshPlan(wb);
    expect(findings.filter((f) => f.code === 'unreconciled').map((f) => findingMessage(f))).toEqual([
      'Colonne «\u00A0Intitulé\u00A0» introuvable dans l’onglet Actions (en-tête renommé ou supprimé\u00A0?)\u00A0: redonnez l’en-tête «\u00A0Intitulé\u00A0» à la colonne.',
    ]);
    const after = applyPlan(wb, plan);
    expect(cell(after, 'Actions', 'B1')).toBe('Titre');
    expect(cell(after, 'Actions', 'B2')).toBe('Crèche des Vallées');
    expect(sheet(after, 'Actions').values[0]).not.toContain('Intitulé');
    expect(counts.columnsAdded).toBe(0);
    expect(plan.ops.filter((o) => o.sheet === 'Actions')).toEqual([]);
  });

  test('a deleted typed tab is reported, not recreated empty: the Budget gone makes every year incomplete', () => {
    const wb = buildWorkbook(smallConvention());
    const without = { sheets: wb.sheets.filter((s) => s.name !== 'Axes') };
    const { plan, findings, counts } = refreshPlan(without);
    expect(findings.map(wordFinding)).toContainEqual(
      expect.objectContaining({
        code: 'unreconciled',
        sheet: 'Axes',
        message:
          'Onglet «\u00A0Axes\u00A0» introuvable (renommé ou supprimé\u00A0?)\u00A0: redonnez-lui son nom «\u00A0Axes\u00A0»\u00A0; l’actualisation ne recrée pas un onglet saisi.',
      }),
    );
    expect(plan.ops.some((o) => o.kind === 'addSheet')).toBe(false);
    expect(counts.tabsCreated).toBe(0);
    expect(cell(applyPlan(without, plan), 'Actions', 'C2')).toBe('AX1'); // nothing typed elsewhere is touched
    const noBudget = { sheets: wb.sheets.filter((s) => s.name !== 'Budget') };
    const report = checkWorkbook(noBudget).report;
    expect(report.years.map((y) => y.status)).toEqual(['incomplete', 'incomplete']);
    expect(refreshPlan(noBudget).plan.ops.some((o) => o.kind === 'addSheet')).toBe(false);
  });

  test('a renamed typed tab is found by its headers and read; the finding says how to rename it back', () => {
    const wb = buildWorkbook(smallConvention());
    const renamed = { sheets: wb.sheets.map((s) => (s.name === 'Budget' ? { ...s, name: 'Budget 2023' } : s)) };
    const { convention, findings } = readWorkbook(renamed);
    expect(convention.budget.map((l) => l.id)).toEqual(['L01', 'L02', 'L03', 'L04']);
    expect(findings.map(wordFinding)).toContainEqual({
      severity: 'warning',
      code: 'unreconciled',
      sheet: 'Budget 2023',
      message:
        'L’onglet «\u00A0Budget 2023\u00A0» est lu comme l’onglet «\u00A0Budget\u00A0» (ses en-têtes sont les siens)\u00A0: renommez-le «\u00A0Budget\u00A0».',
    });
    expect(checkWorkbook(renamed).report.years.map((y) => y.status)).toEqual(checkWorkbook(wb).report.years.map((y) => y.status));
    const { plan } = refreshPlan(renamed);
    expect(plan.ops.some((o) => o.kind === 'addSheet')).toBe(false);
    // Contrôle's formulas follow the tab's real name.
    const after = applyPlan(renamed, plan);
    expect(formula(after, 'Contrôle', 'C2')).toBe(`=SUMIFS('Budget 2023'!$G:$G,'Budget 2023'!$E:$E,"CAF")`);
  });

  test('a value typed over one of Contrôle’s formulas is named in a finding before the formula is put back', () => {
    const wb = buildWorkbook(smallConvention());
    const typed = typeInto(wb, 'Contrôle', 'C2', 35000); // someone "fixed" the CAF total of 2024 by hand
    const { plan, findings } = refreshPlan(typed);
    expect(findings.filter((f) => f.detail.kind === 'typed-over-formula').map(wordFinding)).toEqual([
      {
        severity: 'warning',
        code: 'unreconciled',
        sheet: 'Contrôle',
        cell: 'C2',
        message:
          '«\u00A035000\u00A0» était saisi à la place d’une formule de l’onglet calculé «\u00A0Contrôle\u00A0»\u00A0: la formule est remise. Notez la valeur ailleurs si elle compte (hors du tableau calculé, ou dans un onglet saisi).',
      },
    ]);
    const after = applyPlan(typed, plan);
    expect(formula(after, 'Contrôle', 'C2')).toBe(formula(wb, 'Contrôle', 'C2'));
    expect(refreshPlan(after).plan.ops).toEqual([]);
  });

  test('extending the period adds the new year column after the typed ones, and the envelope row', () => {
    const c = smallConvention();
    const wb = buildWorkbook(c);
    c.period.endYear = 2026;
    c.envelopes.push({ year: 2026, amountCents: 4000000 });
    const { plan, counts } = planWorkbook(c, typeInto(wb, 'Budget', 'J1', 'Remarque'));
    const after = applyPlan(typeInto(wb, 'Budget', 'J1', 'Remarque'), plan);
    expect(cell(after, 'Budget', 'K1')).toBe('2026');
    expect(formula(after, 'Budget', 'I2')).toBe('=SUM(G2,H2,K2)');
    expect(cell(after, 'Convention', 'D4')).toBe(2026);
    expect(cell(after, 'Convention', 'E4')).toBe(40000);
    expect(cell(after, 'Convention', 'B5')).toBe(2025); // a typed end year is not overwritten
    // The year's column in Budget, and in the two follow-up tabs with a column per year.
    expect(countsSentence(counts)).toContain('3 colonnes ajoutées');
    expect(sheet(after, 'Réalisé').values[0]).toContain('2026');
    expect(sheet(after, 'Indicateurs').values[0]).toContain('2026');
  });
});

describe('text from people stays text', () => {
  const nasty = ['=IMPORTXML("https://exemple.invalid","//a")', "+cmd|' /C calc'!A0", '-2+3', '@SUM(A1)', '\tTab', '\rRetour'];

  test('formula-like text is planned as a literal value and stored with no formula', () => {
    const c = smallConvention();
    c.actions[0].description = nasty[0];
    c.actions[0].context = nasty[1];
    c.actions[1].title = nasty[2];
    c.budget[0].beneficiary = nasty[3];
    c.axes[0].title = nasty[4];
    c.territory = nasty[5];
    const { plan } = planWorkbook(c, { sheets: [] });
    const formulas = plan.ops.flatMap((o) => (o.kind === 'setFormulas' ? o.formulas.flat() : []));
    for (const text of nasty) expect(formulas.some((f) => f.includes(text))).toBe(false);
    const wb = applyPlan({ sheets: [] }, plan);
    expect(cell(wb, 'Actions', 'G2')).toBe(nasty[0]);
    expect(formula(wb, 'Actions', 'G2')).toBe('');
    expect(cell(wb, 'Actions', 'F2')).toBe(nasty[1]);
    expect(formula(wb, 'Actions', 'F2')).toBe('');
    expect(readWorkbook(wb).convention).toEqual(c);
  });
});

describe('axis tabs after the Axes tab changed', () => {
  test('a retitled axis keeps its tab (reported), a removed axis leaves its tab alone (reported)', () => {
    let wb = buildWorkbook(smallConvention());
    wb = typeInto(wb, 'Axes', 'B2', 'Accueil du jeune enfant');
    wb = typeInto(wb, 'Axes', 'A3', '');
    wb = typeInto(wb, 'Axes', 'B3', '');
    wb = typeInto(wb, 'Axes', 'C3', '');
    wb = typeInto(wb, 'Axes', 'D3', '');
    const { plan, findings } = refreshPlan(wb);
    const after = applyPlan(wb, plan);
    expect(findings.filter((f) => f.code === 'unreconciled').map((f) => findingMessage(f))).toEqual([
      'L’onglet «\u00A0Axe 1 – Petite enfance\u00A0» présente l’axe qui s’appellerait aujourd’hui «\u00A0Axe 1 – Accueil du jeune enfant\u00A0»\u00A0: renommez l’onglet si vous le souhaitez.',
      'L’onglet «\u00A0Axe 2 – Jeunesse\u00A0» ne correspond plus à aucun axe de l’onglet Axes\u00A0: il n’est plus mis à jour, supprimez-le si besoin.',
    ]);
    expect(cell(after, 'Axe 1 – Petite enfance', 'A1')).toBe('AX1 – Accueil du jeune enfant');
    expect(sheet(after, 'Axe 2 – Jeunesse')).toEqual(sheet(wb, 'Axe 2 – Jeunesse'));
    expect(after.sheets.map((s) => s.name)).not.toContain('Axe 1 – Accueil du jeune enfant');
  });
});

describe('tabs the module did not create', () => {
  test('a "Contrôle" or "Axe 1 – …" tab someone made is never cleared: the generated tab takes another name', () => {
    const mine = { sheets: [grid('Contrôle', [['Mes notes de contrôle'], ['à faire']]), grid('Axe 1 – notes', [['Idées pour l’axe 1']])] };
    const { plan, findings } = planWorkbook(smallConvention(), mine);
    const wb = applyPlan(mine, plan);
    expect(sheet(wb, 'Contrôle').values).toEqual([['Mes notes de contrôle'], ['à faire']]);
    expect(sheet(wb, 'Axe 1 – notes').values).toEqual([['Idées pour l’axe 1']]);
    expect(cell(wb, 'Contrôle (2)', 'A1')).toBe('Année');
    expect(cell(wb, 'Axe 1 – Petite enfance', 'A1')).toBe('AX1 – Petite enfance');
    expect(findings.map((f) => findingMessage(f))).toContain(
      'L’onglet «\u00A0Contrôle\u00A0» existe déjà et n’a pas été créé par le module\u00A0: il est laissé tel quel, l’onglet calculé s’appelle «\u00A0Contrôle (2)\u00A0».',
    );
    // The next refresh finds its own tab again and has nothing to do.
    expect(refreshPlan(wb).plan.ops).toEqual([]);
  });
});

describe('a workbook that went through Google Sheets', () => {
  test('formulas written back without quotes around tab names or with other spacing are not rewritten', () => {
    const wb = buildWorkbook(smallConvention());
    const control = sheet(wb, 'Contrôle');
    const rewritten = { ...control, formulas: control.formulas.map((r) => r.map((f) => f.replace(/'(Budget|Convention)'!/g, '$1!').replace(/,/g, ', '))) };
    expect(rewritten.formulas[1][2]).toBe('=SUMIFS(Budget!$G:$G, Budget!$E:$E, "CAF")');
    const exported = { sheets: wb.sheets.map((s) => (s.name === 'Contrôle' ? rewritten : s)) };
    expect(refreshPlan(exported).plan.ops).toEqual([]);
  });
});

describe('a row inserted above the headers', () => {
  test('a title typed above the Budget table: lines still read, findings still at the right cells, nothing re-added', () => {
    let wb = insertRow(buildWorkbook(smallConvention()), 'Budget', 1);
    wb = typeInto(wb, 'Budget', 'A1', 'Budget prévisionnel 2024-2025');
    wb = typeInto(wb, 'Budget', 'H3', 31000); // L01 2025, now on row 3: +1 000 €
    const { convention, findings } = readWorkbook(wb);
    expect(convention.budget.map((l) => l.id)).toEqual(['L01', 'L02', 'L03', 'L04']);
    expect(findings).toEqual([]);
    const { plan } = refreshPlan(wb);
    // The test's row insertion does not shift formulas as a spreadsheet would: the refresh puts the totals right, and touches nothing else.
    expect(plan.ops.filter((o) => o.sheet === 'Budget')).toEqual([
      { kind: 'setFormulas', sheet: 'Budget', row: 3, col: 9, formulas: [['=SUM(G3:H3)'], ['=SUM(G4:H4)'], ['=SUM(G5:H5)'], ['=SUM(G6:H6)']] },
      // The total row, moved down with the lines: its sums follow them.
      { kind: 'setFormulas', sheet: 'Budget', row: 7, col: 7, formulas: [['=SUM(G3:G6)', '=SUM(H3:H6)', '=SUM(I3:I6)']] },
    ]);
    const after = applyPlan(wb, plan);
    const control = sheet(after, 'Contrôle')
      .values.map((r) => r.join('|'))
      .join('\n');
    expect(control).toContain('Budget!H2|2025\u00A0: dépassement de 1\u202F000,00\u00A0€');
    expect(formula(after, 'Contrôle', 'C3')).toBe(`=SUMIFS('Budget'!$H:$H,'Budget'!$E:$E,"CAF")`);
  });
});
