// Contrôle says when it was last checked, without breaking the idempotent refresh; an import
// onto a filled workbook names each typed cell it kept against the text (issue 10, part 7).
import { gasPort } from '../../src/hosts/apps-script/port';
import { serverApi } from '../../src/app/server-api';
import { planWorkbook } from '../../src/core/workbook/plan';
import { refreshPlan } from '../../src/core/workbook/refresh';
import { applyPlan, emptyWorkbook } from '../../src/core/workbook/snapshot-apply';
import { applyPlanToSpreadsheet } from '../../src/adapters/sheets/apply';
import type { SpreadsheetAppLike, SpreadsheetLike } from '../../src/adapters/sheets/sheets-api';
import type { WorkbookSnapshot } from '../../src/core/workbook/types';
import { frAddon } from '../../src/i18n/fr-addon';
import { fakeAppsScript, FakeWorld, withGlobals } from '../fakes/globals';
import { SMALL_FORM } from '../helpers/forms';
import { loadExample, clone } from '../helpers/examples';

const TITLE = /^Dernière vérification\u00A0: \d{2}\/\d{2}\/\d{4} à \d{2}:\d{2}$/;
const control = (wb: WorkbookSnapshot) => wb.sheets.find((s) => s.name === 'Contrôle')!;
const titleOf = (wb: WorkbookSnapshot) =>
  control(wb)
    .values.flat()
    .find((v) => typeof v === 'string' && v.startsWith('Dernière vérification'));

const withWorld = withGlobals;

/** A Google spreadsheet (fake) holding the seed 001 workbook. */
function sheetsWithExample(): FakeWorld {
  const world = fakeAppsScript({ sheets: [] });
  const app = world.globals.SpreadsheetApp as unknown as SpreadsheetAppLike;
  applyPlanToSpreadsheet(
    app,
    world.globals.SpreadsheetApp.getActiveSpreadsheet() as unknown as SpreadsheetLike,
    planWorkbook(loadExample('thore-montagne-noire'), emptyWorkbook()).plan,
  );
  return world;
}

describe('Contrôle: when it was last checked', () => {
  const at = (h: number, m: number) => new Date(2026, 10, 30, h, m);

  test('the time of the plan is in the findings title; a refresh with nothing else to change writes nothing; a change brings the new time', () => {
    const c = loadExample('thore-montagne-noire');
    let wb = applyPlan(emptyWorkbook(), planWorkbook(c, emptyWorkbook(), { checkedAt: at(9, 15) }).plan);
    expect(titleOf(wb)).toBe('Dernière vérification\u00A0: 30/11/2026 à 09:15');
    // Later, nothing changed: no op at all (the time alone never rewrites the tab).
    expect(refreshPlan(wb, { checkedAt: at(10, 30) }).plan.ops).toEqual([]);
    // A partner raises an amount past the envelope: Contrôle is rewritten, with the new time.
    wb.sheets.find((s) => s.name === 'Budget')!.values[1][6] = 90_000;
    const raised = refreshPlan(wb, { checkedAt: at(11, 5) });
    expect(raised.plan.ops.length).toBeGreaterThan(0);
    wb = applyPlan(wb, raised.plan);
    expect(titleOf(wb)).toBe('Dernière vérification\u00A0: 30/11/2026 à 11:05');
    expect(refreshPlan(wb, { checkedAt: at(12, 0) }).plan.ops).toEqual([]);
  });

  test('without a time (pure callers, older workbooks) the title is the bare words, and a timed refresh does not rewrite it', () => {
    const wb = applyPlan(emptyWorkbook(), planWorkbook(loadExample('grand-montauban'), emptyWorkbook()).plan);
    expect(titleOf(wb)).toBe('Dernière vérification');
    expect(refreshPlan(wb, { checkedAt: at(9, 0) }).plan.ops).toEqual([]);
  });

  test('in Sheets (fake): initialise writes the time; a second refresh with nothing new writes nothing', () => {
    const world = fakeAppsScript();
    const api = serverApi(gasPort());
    withWorld(world, () => api.initializeWorkbook(SMALL_FORM));
    const title = world.spreadsheet
      .tab('Contrôle')
      .getDataRange()
      .getValues()
      .flat()
      .find((v: unknown) => typeof v === 'string' && v.startsWith('Dernière'));
    expect(title).toMatch(TITLE);
    world.counter.reset();
    const again = withWorld(world, () => api.refreshAxisTabs());
    expect(again.message).toBe(frAddon.nothingToDo);
    const writes = Object.entries(world.counter.toJSON()).filter(([k]) => /\.set|insertSheet|clear/.test(k));
    expect(writes).toEqual([]);
  });
});

describe('import onto a filled workbook', () => {
  test('each typed cell kept against the text is named in the result message (Sheets fake)', () => {
    const world = sheetsWithExample();
    const budget = world.spreadsheet.tab('Budget');
    budget.getRange('B2').setValues([['Mairie de Labastide']]);
    budget.getRange('H3').setValues([[1234]]);
    const result = withWorld(world, () => serverApi(gasPort()).applyImport(clone(loadExample('thore-montagne-noire'))));
    expect(result.message).toMatch(/^Rien à modifier\u00A0: le classeur est à jour\. 2 cellules saisies gardées, différentes du texte importé/);
    expect(result.message).toContain('\n• Budget!B2 — La saisie «\u00A0Mairie de Labastide\u00A0» est conservée\u00A0; la convention proposait «\u00A0');
    expect(result.message).toContain('\n• Budget!H3 — La saisie «\u00A01234\u00A0» est conservée');
    // What people typed stays.
    expect(budget.getRange('B2').getValues()).toEqual([['Mairie de Labastide']]);
  });

  test('no kept cell, no list', () => {
    const world = sheetsWithExample();
    const result = withWorld(world, () => serverApi(gasPort()).applyImport(clone(loadExample('thore-montagne-noire'))));
    expect(result.message).toBe(frAddon.nothingToDo);
  });
});
