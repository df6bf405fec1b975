// The follow-up tabs (Réalisé, Indicateurs, Suivi): laid out by init, kept in step by refresh,
// read back, and checked — each figure below is worked out by hand from the seed's budget.
import { loadExample, clone } from '../helpers/examples';
import { Convention } from '../../src/core/domain/schema';
import { readWorkbook } from '../../src/core/workbook/read';
import { refreshPlan, checkWorkbook } from '../../src/core/workbook/refresh';
import { applyPlan } from '../../src/core/workbook/snapshot-apply';
import { evaluateFormulas } from '../../src/adapters/memory/evaluate';
import { WorkbookSnapshot } from '../../src/core/workbook/types';
import { wordFinding } from '../../src/core/wording/finding-message';
import { plainSpaces } from '../../src/core/domain/money';
import { buildWorkbook, cell, formula, sheet, typeInto, grid } from './helpers';

/** Seed 001 as signed: its illustrative 2023 follow-up left out, so that each test types its own. */
function seed(): Convention {
  const c = clone(loadExample('thore-montagne-noire'));
  delete c.realised;
  delete c.followUp;
  for (const a of c.actions) a.indicators = [];
  return c;
}
const at = (f: { sheet: string; cell?: string; detail: { kind: string } }) => `${f.sheet}!${f.cell ?? ''} ${f.detail.kind}`;
const today = { today: new Date('2026-03-01T12:00:00Z') };

describe('init lays out the follow-up', () => {
  const wb = buildWorkbook(seed());

  test('Réalisé: a row per budget line with its beneficiary and funder looked up from Budget, a euro column per year', () => {
    const realised = sheet(wb, 'Réalisé');
    expect(realised.values[0]).toEqual(['Identifiant', 'Bénéficiaire / gestionnaire', 'Financeur', '2023', '2024', '2025', 'Commentaire']);
    expect(realised.values.slice(1).map((r) => r[0])).toEqual(['L01', 'L02', 'L03', 'L04', 'L05', 'L06', 'L07', 'L08', 'L09']);
    expect(formula(wb, 'Réalisé', 'B3')).toBe(`=IFERROR(INDEX('Budget'!$B:$B,MATCH($A3,'Budget'!$A:$A,0)),"")`);
    expect(formula(wb, 'Réalisé', 'C3')).toBe(`=IFERROR(INDEX('Budget'!$E:$E,MATCH($A3,'Budget'!$A:$A,0)),"")`);
    // The lookups compute what Budget says of L02.
    const computed = evaluateFormulas(wb);
    expect(cell(computed, 'Réalisé', 'B3')).toBe('La Petite Loco');
    expect(cell(computed, 'Réalisé', 'C3')).toBe('CAF');
    expect(cell(wb, 'Réalisé', 'D3')).toBe(''); // nothing réalisé yet
  });

  test('Suivi: a row per fiche and year of the period; Indicateurs: the header, one column per year', () => {
    const suivi = sheet(wb, 'Suivi');
    expect(suivi.values[0]).toEqual(['N° fiche', 'Année', 'Statut', 'Avancement (%)', 'Commentaire', 'Points de vigilance', 'Décisions']);
    expect(suivi.values.length - 1).toBe(16 * 3);
    expect(suivi.values.slice(1, 5).map((r) => r.slice(0, 2))).toEqual([
      ['FA01', 2023],
      ['FA01', 2024],
      ['FA01', 2025],
      ['FA02', 2023],
    ]);
    expect(sheet(wb, 'Indicateurs').values[0]).toEqual(['N° fiche', 'Indicateur', 'Unité', 'Valeur de référence', 'Cible', '2023', '2024', '2025', 'Source']);
  });

  test('nothing entered: the model has no follow-up, every year’s réalisé is null', () => {
    const { convention, report } = checkWorkbook(wb, today);
    expect(convention.realised).toBeUndefined();
    expect(convention.followUp).toBeUndefined();
    expect(report.years.map((y) => y.realisedCents)).toEqual([null, null, null]);
  });
});

/** Seed 001 with réalisé typed in by partners (cells of Réalisé, rows 2.. = L01..L09, D = 2023). */
function withRealised(): WorkbookSnapshot {
  let wb = buildWorkbook(seed());
  wb = typeInto(wb, 'Réalisé', 'D2', 40000); // L01 2023: 40 000 € of 40 513 € planned
  wb = typeInto(wb, 'Réalisé', 'D3', 41250.5); // L02 2023: 41 250,50 € of 40 800 € planned: over
  wb = typeInto(wb, 'Réalisé', 'G3', 'places ouvertes en mars');
  wb = typeInto(wb, 'Réalisé', 'E4', '12 000 €'); // L03 2024: typed as text, read all the same
  return wb;
}

describe('réalisé typed by partners', () => {
  test('is read back by line, and the CAF réalisé of each year is the sum of what was entered', () => {
    const { convention, report } = checkWorkbook(withRealised(), today);
    expect(convention.realised).toEqual([
      { lineId: 'L01', amounts: { '2023': 4000000 }, comment: '' },
      { lineId: 'L02', amounts: { '2023': 4125050 }, comment: 'places ouvertes en mars' },
      { lineId: 'L03', amounts: { '2024': 1200000 }, comment: '' },
    ]);
    // 40 000 + 41 250,50 = 81 250,50 € in 2023; 12 000 € in 2024; nothing in 2025.
    expect(report.years.map((y) => y.realisedCents)).toEqual([8125050, 1200000, null]);
  });

  test('réalisé above prévu on a CAF line is a warning at its cell, worded in French', () => {
    const { report } = checkWorkbook(withRealised(), today);
    const over = report.findings
      .filter((f) => f.detail.kind === 'realised-over-planned')
      .map(wordFinding)
      .map((f) => ({ ...f, message: plainSpaces(f.message) }));
    expect(over).toEqual([
      expect.objectContaining({
        severity: 'warning',
        sheet: 'Réalisé',
        cell: 'D3',
        message: expect.stringContaining('le réalisé 2023 (41 250,50 €) dépasse le prévu (40 800,00 €)'),
      }),
    ]);
  });

  test('réalisé for a line Budget does not have, or for a year not begun, is reported at its cell', () => {
    let wb = withRealised();
    wb = typeInto(wb, 'Réalisé', 'A11', 'L42');
    wb = typeInto(wb, 'Réalisé', 'D11', 100);
    wb = typeInto(wb, 'Réalisé', 'F2', 5); // L01 2025, but we are in 2024
    const { report } = checkWorkbook(wb, { today: new Date('2024-06-01T12:00:00Z') });
    const found = report.findings.map(at);
    expect(found).toContain('Réalisé!A11 realised-unknown-line');
    expect(found).toContain('Réalisé!F2 realised-future-year');
    expect(found).not.toContain('Réalisé!D2 realised-future-year');
  });

  test('a fiche marked Réalisée whose lines have no réalisé is a warning at its status', () => {
    let wb = buildWorkbook(seed());
    wb = typeInto(wb, 'Actions', 'N2', 'Réalisée'); // FA01 has lines L02–L09, none with a réalisé
    wb = typeInto(wb, 'Suivi', 'C5', 'Réalisée'); // FA02 2023: FA02 has no budget line, nothing to say
    expect(checkWorkbook(wb, today).report.findings.map(at)).toContain('Actions!N2 action-done-without-realised');
    expect(checkWorkbook(wb, today).report.findings.map(at)).not.toContain('Suivi!C5 action-done-without-realised');
    const paid = typeInto(wb, 'Réalisé', 'D4', 30000);
    expect(checkWorkbook(paid, today).report.findings.map(at)).not.toContain('Actions!N2 action-done-without-realised');
  });
});

describe('indicators and the yearly follow-up', () => {
  test('indicator values are read by fiche and year; no unit, a percentage over 100 or a word are reported at their cell', () => {
    let wb = buildWorkbook(seed());
    const rows: [string, string, string, number | string, number | string, number | string, number | string][] = [
      ['FA01', 'Places d’accueil', 'places', 120, 140, 126, ''],
      ['FA01', 'Taux d’occupation', '%', 70, 80, 180, ''],
      ['FA02', 'Familles accompagnées', '', 10, 30, 14, 'beaucoup'],
    ];
    rows.forEach((r, i) => r.forEach((v, j) => (wb = typeInto(wb, 'Indicateurs', `${'ABCDEFG'[j]}${i + 2}`, v))));
    const { convention, report } = checkWorkbook(wb, today);
    expect(convention.actions[0].indicators).toEqual([
      { label: 'Places d’accueil', unit: 'places', baseline: 120, target: 140, values: { '2023': 126 } },
      { label: 'Taux d’occupation', unit: '%', baseline: 70, target: 80, values: { '2023': 180 } },
    ]);
    expect(convention.actions[1].indicators).toEqual([
      { label: 'Familles accompagnées', baseline: 10, target: 30, values: { '2023': 14, '2024': 'beaucoup' } },
    ]);
    const found = report.findings.map(at);
    expect(found).toContain('Indicateurs!F3 implausible-indicator');
    expect(found).toContain('Indicateurs!C4 indicator-without-unit');
    expect(found).toContain('Indicateurs!G4 unreadable-measure');
    expect(found.filter((f) => f.startsWith('Indicateurs!') && f.includes('F2'))).toEqual([]);
  });

  test('Suivi: what was entered is read, a progress over 100 % is reported, empty rows are not items', () => {
    let wb = buildWorkbook(seed());
    wb = typeInto(wb, 'Suivi', 'C2', 'En cours');
    wb = typeInto(wb, 'Suivi', 'D2', 40);
    wb = typeInto(wb, 'Suivi', 'F2', 'Recrutement difficile');
    wb = typeInto(wb, 'Suivi', 'D3', 140);
    const { convention, report } = checkWorkbook(wb, today);
    expect(convention.followUp).toEqual([
      { actionId: 'FA01', year: 2023, status: 'en-cours', progress: 40, comment: '', watchPoints: 'Recrutement difficile', decisions: '' },
      { actionId: 'FA01', year: 2024, progress: 140, comment: '', watchPoints: '', decisions: '' },
    ]);
    expect(report.findings.map(at)).toContain('Suivi!D3 implausible-progress');
  });
});

describe('refresh keeps the follow-up in step', () => {
  test('a new budget line gets its Réalisé row; what partners typed stays', () => {
    let wb = withRealised();
    wb = typeInto(wb, 'Budget', 'A11', 'L10');
    wb = typeInto(wb, 'Budget', 'B11', 'Nouvelle crèche');
    wb = typeInto(wb, 'Budget', 'E11', 'CAF');
    const after = applyPlan(wb, refreshPlan(wb).plan);
    expect(sheet(after, 'Réalisé').values.map((r) => r[0])).toContain('L10');
    expect(cell(after, 'Réalisé', 'D3')).toBe(41250.5);
    expect(cell(after, 'Réalisé', 'E4')).toBe('12 000 €');
    expect(refreshPlan(after).plan.ops).toEqual([]);
  });

  test('a workbook made before the follow-up gains its tabs; indicators written in Actions move to Indicateurs, the old cell is kept', () => {
    const c = seed();
    let wb = buildWorkbook(c);
    // An older workbook: no follow-up tabs, an Indicateurs column in Actions.
    wb = { sheets: wb.sheets.filter((s) => !['Réalisé', 'Indicateurs', 'Suivi'].includes(s.name)) };
    wb = typeInto(wb, 'Actions', 'O1', 'Indicateurs');
    wb = typeInto(wb, 'Actions', 'O2', 'Nombre de places : 120 → 140 places');
    expect(readWorkbook(wb).convention.actions[0].indicators).toEqual([{ label: 'Nombre de places', baseline: 120, target: 140, unit: 'places' }]);
    const after = applyPlan(wb, refreshPlan(wb).plan);
    expect(sheet(after, 'Indicateurs').values[1].slice(0, 5)).toEqual(['FA01', 'Nombre de places', 'places', 120, 140]);
    expect(cell(after, 'Actions', 'O2')).toBe('Nombre de places : 120 → 140 places');
    expect(sheet(after, 'Réalisé').values.length).toBe(10);
    // Read both: the indicator is not doubled.
    expect(readWorkbook(after).convention.actions[0].indicators).toHaveLength(1);
    expect(refreshPlan(after).plan.ops).toEqual([]);
  });

  test('an indicator row naming a fiche that does not exist is reported and left in its tab', () => {
    const wb = typeInto(typeInto(buildWorkbook(seed()), 'Indicateurs', 'A2', 'FA99'), 'Indicateurs', 'B2', 'Places');
    const read = readWorkbook(wb);
    expect(read.findings.map(at)).toContain('Indicateurs!A2 indicator-unknown-action');
    expect(cell(applyPlan(wb, refreshPlan(wb).plan), 'Indicateurs', 'A2')).toBe('FA99');
  });

  test('a Réalisé tab typed by hand (no lookups) is read by its headers', () => {
    const c = seed();
    const wb = buildWorkbook(c);
    const own = grid('Réalisé', [
      ['Identifiant', 'Commentaire', '2023'],
      ['L05', 'acompte', 12000],
    ]);
    const replaced = { sheets: wb.sheets.map((s) => (s.name === 'Réalisé' ? own : s)) };
    expect(readWorkbook(replaced).convention.realised).toEqual([{ lineId: 'L05', amounts: { '2023': 1200000 }, comment: 'acompte' }]);
  });
});

describe('Contrôle follows the réalisé live', () => {
  test('its formulas, computed, give the CAF réalisé and the rate of each year that the check gives', () => {
    const wb = withRealised();
    const { report } = checkWorkbook(wb, today);
    const control = evaluateFormulas(applyPlan(wb, refreshPlan(wb).plan));
    const rows = sheet(control, 'Contrôle').values.slice(1, 5);
    // 2023: 40 000 + 41 250,50 of 241 801 €. 2024: « 12 000 € » typed as text is read by the engine
    // (and reported at its cell) but not summed by a formula, like a budget amount typed as text.
    expect(rows.map((r) => r.slice(5, 7))).toEqual([
      [81250.5, 81250.5 / 241801],
      ['', ''],
      ['', ''],
      [81250.5, 81250.5 / 725403],
    ]);
    expect(report.years.map((y) => y.realisedCents)).toEqual([8125050, 1200000, null]);
    expect(report.findings.map(at)).toContain('Réalisé!E4 amount-as-text');
    // All funders: the seed's budget is CAF only, so the same réalisé against the same prévu.
    const tab = sheet(control, 'Contrôle').values;
    const title = tab.findIndex((r) => r[0] === 'Réalisation (tous financeurs)');
    expect(tab.slice(title + 2, title + 5).map((r) => r.slice(0, 4))).toEqual([
      [2023, 241801, 81250.5, 81250.5 / 241801],
      [2024, 241801, '', ''],
      [2025, 241801, '', ''],
    ]);
  });

  test('fiches by status count the Suivi rows of each year; indicators filled, at their target or on the way, count the values of the year', () => {
    let wb = buildWorkbook(seed());
    wb = typeInto(wb, 'Suivi', 'C2', 'En cours'); // FA01 2023
    wb = typeInto(wb, 'Suivi', 'C5', 'Réalisée'); // FA02 2023
    wb = typeInto(wb, 'Suivi', 'C6', 'En cours'); // FA02 2024
    wb = typeInto(wb, 'Indicateurs', 'A2', 'FA01');
    wb = typeInto(wb, 'Indicateurs', 'B2', 'Places');
    wb = typeInto(wb, 'Indicateurs', 'D2', 120);
    wb = typeInto(wb, 'Indicateurs', 'E2', 140);
    wb = typeInto(wb, 'Indicateurs', 'F2', 126); // 2023: from 120 toward 140, not there yet
    ['FA01', 'Taux d’occupation', '%', 70, 80, 85].forEach((v, j) => (wb = typeInto(wb, 'Indicateurs', `${'ABCDEF'[j]}3`, v))); // 2023: past 80
    wb = typeInto(wb, 'Indicateurs', 'G3', 68); // 2024: fell below its baseline
    const tab = sheet(evaluateFormulas(applyPlan(wb, refreshPlan(wb).plan)), 'Contrôle').values;
    const title = tab.findIndex((r) => r[0] === 'Fiches par statut (onglet Suivi)');
    expect(tab.slice(title + 2, title + 9).map((r) => r.slice(0, 5))).toEqual([
      ['Non démarrée', '', 0, 0, 0],
      ['En cours', '', 1, 1, 0],
      ['Réalisée', '', 1, 0, 0],
      ['Abandonnée', '', 0, 0, 0],
      ['Indicateurs renseignés', '', 2, 1, 0],
      ['dont cible atteinte (à la dernière vérification)', '', 1, 0, 0],
      ['dont en progrès vers la cible (à la dernière vérification)', '', 1, 0, 0],
    ]);
  });
});
