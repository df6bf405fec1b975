// The .xlsx edge: what the applier writes, the reader reads back — and the
// reader also understands files exported by Google Sheets (cached results).
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { EXAMPLES, loadExample } from '../helpers/examples';
import { planWorkbook } from '../../src/core/workbook/plan';
import { emptyWorkbook } from '../../src/core/workbook/snapshot-apply';
import { readWorkbook } from '../../src/core/workbook/read';
import { refreshPlan } from '../../src/core/workbook/refresh';
import { applyPlanToWorkbook } from '../../src/adapters/xlsx/apply';
import { writeXlsxFile } from '../../src/hosts/cli/files';
import { readXlsxFile, snapshotOfWorkbook } from '../../src/adapters/xlsx/read';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ctg-xlsx-test-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function writeExample(name: (typeof EXAMPLES)[number]): Promise<string> {
  const wb = new ExcelJS.Workbook();
  applyPlanToWorkbook(wb, planWorkbook(loadExample(name), emptyWorkbook()).plan);
  const file = path.join(dir, `${name}.xlsx`);
  await writeXlsxFile(wb, file);
  return file;
}

describe('init → .xlsx → read', () => {
  for (const name of EXAMPLES) {
    test(`${name}: same convention, nothing to refresh`, async () => {
      const snapshot = await readXlsxFile(await writeExample(name));
      expect(readWorkbook(snapshot).convention).toEqual(loadExample(name));
      expect(refreshPlan(snapshot).plan.ops).toEqual([]);
    });
  }

  test('the file carries frozen headers, euro formats, dropdowns and the statut colours', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(await writeExample('thore-montagne-noire'));
    const budget = wb.getWorksheet('Budget')!;
    expect(budget.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(budget.getCell('G2').numFmt).toBe('#,##0.00 "€"');
    expect(budget.getCell('E2').dataValidation).toMatchObject({ type: 'list', formulae: ['"CAF,Commune,EPCI,Conseil départemental,MSA,Autre"'] });
    expect(wb.getWorksheet('Actions')!.getCell('C5').dataValidation).toMatchObject({ type: 'list', formulae: ["'Axes'!$A$2:$A$1000"] });
    const control = wb.getWorksheet('Contrôle')!;
    const rules = (control as unknown as { conditionalFormattings: { ref: string; rules: { formulae: string[] }[] }[] }).conditionalFormattings;
    expect(rules[0].ref).toBe('E2:E8');
    expect(rules[0].rules.map((r) => r.formulae[0])).toEqual([
      'E2="équilibré"',
      'E2="dépassement"',
      'E2="reste à répartir"',
      'E2="enveloppe manquante"',
      'E2="incomplet"',
    ]);
  });

  test('formula-like text is stored as a text cell, never as a formula', async () => {
    const c = loadExample('sumene-artense');
    c.axes[0].title = '=IMPORTXML("https://exemple.invalid","//a")';
    c.axes[1].title = "+cmd|' /C calc'!A0";
    c.axes[2].title = '@SUM(1)';
    const wb = new ExcelJS.Workbook();
    applyPlanToWorkbook(wb, planWorkbook(c, emptyWorkbook()).plan);
    const file = path.join(dir, 'literal.xlsx');
    await writeXlsxFile(wb, file);
    const back = new ExcelJS.Workbook();
    await back.xlsx.readFile(file);
    const axes = back.getWorksheet('Axes')!;
    for (const ref of ['B2', 'B3', 'B4']) expect(axes.getCell(ref).type).toBe(ExcelJS.ValueType.String);
    expect(readWorkbook(await readXlsxFile(file)).convention.axes.map((a) => a.title)).toEqual([c.axes[0].title, c.axes[1].title, c.axes[2].title]);
  });
});

describe('reading a workbook exported by Google Sheets', () => {
  test('formula cells give their cached result as value and their formula; errors, rich text, dates and merges are understood', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Budget');
    ws.addRow(['Identifiant', 'Bénéficiaire / gestionnaire', 'Équipement / type', 'Nature', 'Financeur', 'Fiche action', '2024', '2025', 'Total']);
    ws.addRow(['L01', 'Crèche', 'EAJE', 'Bonus', 'CAF', 'FA01', 100, 200]);
    ws.addRow([
      'L02',
      { richText: [{ text: 'Ludo' }, { text: 'thèque', font: { bold: true } }] },
      '',
      '',
      'CAF',
      '',
      { formula: 'G2*2', result: 200 },
      { error: '#REF!' },
    ]);
    ws.getCell('I2').value = { formula: 'SUM(G2:H2)', result: 300 };
    ws.getCell('I3').value = { sharedFormula: 'I2', result: 200 } as ExcelJS.CellSharedFormulaValue;
    const conv = wb.addWorksheet('Convention');
    conv.addRow(['Champ', 'Valeur']);
    conv.addRow(['Date de signature', new Date(Date.UTC(2022, 10, 30))]);
    conv.addRow(['Territoire', 'Haute vallée', '', 'à vérifier']);
    conv.mergeCells('B3:C3');
    const file = path.join(dir, 'google.xlsx');
    await wb.xlsx.writeFile(file);

    const snap = await readXlsxFile(file);
    const budget = snap.sheets.find((s) => s.name === 'Budget')!;
    expect(budget.values[1][8]).toBe(300);
    expect(budget.formulas[1][8]).toBe('=SUM(G2:H2)');
    expect(budget.values[2][6]).toBe(200);
    expect(budget.formulas[2][6]).toBe('=G2*2');
    expect(budget.values[2][8]).toBe(200);
    expect(budget.formulas[2][8]).toBe('=SUM(G3:H3)'); // the shared formula, translated to its row
    expect(budget.values[2][7]).toBe('#REF!');
    expect(budget.values[2][1]).toBe('Ludothèque');
    const c = snap.sheets.find((s) => s.name === 'Convention')!;
    expect(c.merges).toEqual(['B3:C3']);
    expect(c.values[2]).toEqual(['Territoire', 'Haute vallée', '', 'à vérifier']); // C3 belongs to the merge: empty, not a copy of B3

    const { convention, findings } = readWorkbook(snap);
    expect(convention.signatureDate).toBe('2022-11-30');
    expect(convention.territory).toBe('Haute vallée');
    expect(convention.budget.map((l) => l.amounts)).toEqual([
      { '2024': 10000, '2025': 20000 },
      { '2024': 20000, '2025': '#REF!' },
    ]);
    expect(findings).toContainEqual(expect.objectContaining({ sheet: 'Convention', cell: 'B3', code: 'unreadable-cell' }));
  });

  test('a snapshot of an empty workbook has no sheets', () => {
    expect(snapshotOfWorkbook(new ExcelJS.Workbook())).toEqual({ sheets: [] });
  });
});
