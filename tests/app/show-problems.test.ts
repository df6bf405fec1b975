// Problems shown where people look (issue 10, part 7): in Google Sheets (through the counting
// fake) and in .xlsx (through exceljs, written to a file and read back), the Budget tab colours
// an amount cell that is not a number and an id given twice, and its amount columns carry a
// warning-only number validation.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { applyPlanToSpreadsheet } from '../../src/adapters/sheets/apply';
import { applyPlanToWorkbook } from '../../src/adapters/xlsx/apply';
import { writeXlsxFile } from '../../src/hosts/cli/files';
import { readXlsxFile } from '../../src/adapters/xlsx/read';
import { planWorkbook } from '../../src/core/workbook/plan';
import { refreshPlan } from '../../src/core/workbook/refresh';
import { applyPlan, emptyWorkbook } from '../../src/core/workbook/snapshot-apply';
import type { SpreadsheetAppLike, SpreadsheetLike } from '../../src/adapters/sheets/sheets-api';
import { fakeAppsScript } from '../fakes/globals';
import { loadExample } from '../helpers/examples';

const NOT_A_NUMBER = '=AND(G2<>"",NOT(ISNUMBER(G2)))';

function sheetsWorld() {
  const world = fakeAppsScript({ sheets: [] });
  const app = world.globals.SpreadsheetApp as unknown as SpreadsheetAppLike;
  const book = world.globals.SpreadsheetApp.getActiveSpreadsheet() as unknown as SpreadsheetLike;
  return { world, apply: (plan: Parameters<typeof applyPlanToSpreadsheet>[2]) => applyPlanToSpreadsheet(app, book, plan) };
}

describe('Google Sheets (fake)', () => {
  test('the Budget tab colours amounts that are not numbers and ids given twice; amounts warn when not a number ≥ 0', () => {
    const { world, apply } = sheetsWorld();
    world.counter.reset();
    apply(planWorkbook(loadExample('thore-montagne-noire'), emptyWorkbook()).plan);
    const budget = world.spreadsheet.tab('Budget');
    const formulaRules = budget.conditionalRules.filter((r) => r.formula !== '');
    // One rule over the three year columns G:I (2023-2025), one over the ids: the Total (J) is not an amount typed.
    expect(formulaRules.map((r) => [r.rangesA1, r.formula])).toEqual([
      [['Budget!G2:I1000'], NOT_A_NUMBER],
      [['Budget!A2:A1000'], '=AND(A2<>"",COUNTIF($A:$A,A2)>1)'],
    ]);
    expect(world.spreadsheet.tab('Axes').conditionalRules.map((r) => r.formula)).toEqual(['=AND(A2<>"",COUNTIF($A:$A,A2)>1)']);
    expect(world.spreadsheet.tab('Actions').conditionalRules.map((r) => r.formula)).toEqual(['=AND(A2<>"",COUNTIF($A:$A,A2)>1)']);
    // The envelope amounts of the Convention tab (column E) are amounts too.
    expect(world.spreadsheet.tab('Convention').conditionalRules.map((r) => [r.rangesA1, r.formula])).toEqual([
      [['Convention!E2:E1000'], '=AND(E2<>"",NOT(ISNUMBER(E2)))'],
    ]);
    // A warning, never a refusal: a partner may type "à confirmer" and the reader reports it.
    for (const ref of ['G2', 'I9', 'H500']) {
      expect(budget.getRange(ref).getDataValidation()).toMatchObject({ criteria: 'numberAtLeast', min: 0, allowInvalid: true });
    }
    expect(budget.getRange('J2').getDataValidation()).toBeNull();
    // The amounts say what they expect; the funder's dropdown shows its words and needs no help text.
    expect(budget.getRange('G2').getDataValidation()?.helpText).toMatch(/montant/);
    expect(budget.getRange('E2').getDataValidation()).toMatchObject({ criteria: 'list', allowInvalid: true });
    expect(budget.getRange('E2').getDataValidation()).not.toHaveProperty('helpText');
    const calls = world.counter.toJSON();
    // Built: the amounts of Convention (E2), Budget (G2) and Réalisé (D2), Indicateurs' values (F2), the ids
    // of Axes, Contrôle's red statut; the ids of Actions and Budget are copies.
    expect(calls['ConditionalFormatRuleBuilder.whenFormulaSatisfied']).toBe(6);
    expect(calls['ConditionalFormatRule.copy']).toBe(2);
    // A light fill under the default black text: no font colour to set.
    expect(budget.conditionalRules.map((r) => [r.background, r.fontColor])).toEqual([
      ['#fce8e6', ''],
      ['#fce8e6', ''],
    ]);
    expect(calls['ConditionalFormatRuleBuilder.setFontColor']).toBeUndefined();
    // One rule built, shared by every amount column (Budget's, Réalisé's), and one for the indicators' values.
    expect(calls['DataValidationBuilder.requireNumberGreaterThanOrEqualTo']).toBe(2);
  });

  test('a year added to the period gets its own rule; the rules already there and a person’s own stay', () => {
    const { world, apply } = sheetsWorld();
    const c = loadExample('thore-montagne-noire');
    const first = planWorkbook(c, emptyWorkbook());
    apply(first.plan);
    const budget = world.spreadsheet.tab('Budget');
    const theirs = world.globals.SpreadsheetApp.newConditionalFormatRule()
      .whenFormulaSatisfied('=B2="urgent"')
      .setBackground('#ff0')
      .setFontColor('#000')
      .setRanges([budget.getRange('B2:B50')])
      .build();
    budget.setConditionalFormatRules([...budget.getConditionalFormatRules(), theirs]);
    const longer = { ...c, period: { ...c.period, endYear: 2026 } };
    const snapshot = applyPlan(emptyWorkbook(), first.plan);
    apply(planWorkbook(longer, snapshot).plan);
    expect(budget.conditionalRules.map((r) => [r.rangesA1.join(), r.formula])).toEqual([
      ['Budget!G2:I1000', NOT_A_NUMBER],
      ['Budget!A2:A1000', '=AND(A2<>"",COUNTIF($A:$A,A2)>1)'],
      ['Budget!B2:B50', '=B2="urgent"'],
      ['Budget!K2:K1000', '=AND(K2<>"",NOT(ISNUMBER(K2)))'],
    ]);
  });
});

describe('.xlsx (exceljs)', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ctg-show-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  test('the file carries the same colours as expressions and a warning-only decimal validation', async () => {
    const wb = new ExcelJS.Workbook();
    applyPlanToWorkbook(wb, planWorkbook(loadExample('thore-montagne-noire'), emptyWorkbook()).plan);
    const file = path.join(dir, 'show.xlsx');
    await writeXlsxFile(wb, file);
    const back = new ExcelJS.Workbook();
    await back.xlsx.readFile(file);
    const budget = back.getWorksheet('Budget')!;
    type Cf = { ref: string; rules: { type: string; formulae: string[]; style: { fill: { bgColor: { argb: string } } } }[] };
    const cfs = (budget as unknown as { conditionalFormattings: Cf[] }).conditionalFormattings;
    expect(cfs.map((cf) => [cf.ref, cf.rules.map((r) => [r.type, r.formulae[0]])])).toEqual([
      ['G2:I1000', [['expression', 'AND(G2<>"",NOT(ISNUMBER(G2)))']]],
      ['A2:A1000', [['expression', 'AND(A2<>"",COUNTIF($A:$A,A2)>1)']]],
    ]);
    expect(cfs[0].rules[0].style.fill.bgColor.argb).toBe('FFFCE8E6');
    expect(budget.getCell('H5').dataValidation).toMatchObject({
      type: 'decimal',
      operator: 'greaterThanOrEqual',
      formulae: [0],
      errorStyle: 'warning',
      allowBlank: true,
    });
    // Reading the file back and refreshing it plans nothing: the rules are set with the columns only.
    expect(refreshPlan(await readXlsxFile(file)).plan.ops).toEqual([]);
  });
});
