// The lean .xlsx reader (src/adapters/xlsx/fast-read.ts) gives exactly the snapshot the
// exceljs reader gives, on the files ctg writes and on files with the odd cells people and
// other spreadsheets leave; on a shape it does not know it steps aside and exceljs reads.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { EXAMPLES, loadExample } from '../helpers/examples';
import { planWorkbook } from '../../src/core/workbook/plan';
import { emptyWorkbook } from '../../src/core/workbook/snapshot-apply';
import { applyPlanToWorkbook } from '../../src/adapters/xlsx/apply';
import { writeXlsxFile } from '../../src/hosts/cli/files';
import { readXlsxFast } from '../../src/adapters/xlsx/fast-read';
import { readXlsxFile, readXlsxWithExceljs } from '../../src/adapters/xlsx/read';
import { frXlsx } from '../../src/i18n/fr-workbook';
import { syntheticConvention } from '../helpers/synthetic';
import { sofficeConvert } from '../helpers/libreoffice';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ctg-fast-read-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function save(wb: ExcelJS.Workbook, name: string): Promise<string> {
  const file = path.join(dir, `${name}.xlsx`);
  await writeXlsxFile(wb, file);
  return file;
}

async function expectSameAsExceljs(file: string) {
  const fast = readXlsxFast(fs.readFileSync(file));
  expect(fast).not.toBeNull();
  expect(fast).toEqual(await readXlsxWithExceljs(file));
}

test.each([...EXAMPLES])('%s as ctg writes it: the same snapshot as exceljs', async (name) => {
  const wb = new ExcelJS.Workbook();
  applyPlanToWorkbook(wb, planWorkbook(loadExample(name), emptyWorkbook()).plan);
  await expectSameAsExceljs(await save(wb, name));
});

test('a larger generated workbook (300 lines, 5 years): the same snapshot', async () => {
  const wb = new ExcelJS.Workbook();
  applyPlanToWorkbook(wb, planWorkbook(syntheticConvention({ actions: 60, lines: 300, years: 5 }), emptyWorkbook()).plan);
  await expectSameAsExceljs(await save(wb, 'synthetic'));
});

test('odd cells: rich text, errors, formulas and their results, dates and times, merges, escapes, line ends, a hidden tab', async () => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Budget');
  ws.addRow(['Identifiant', 'Bénéficiaire', 'Financeur', '2024', '2025', 'Total']);
  ws.addRow([
    'L01',
    { richText: [{ text: 'Ludo' }, { text: 'thèque', font: { bold: true } }] },
    'CAF',
    100.5,
    { error: '#REF!' },
    { formula: 'D2+1', result: 101.5 },
  ]);
  ws.addRow(['L02', 'a\r\nb\rc', 'x &amp;lt; y & <z> "q" \'a\'', '12abc', true, { formula: 'IF(D3="","vide","&lt;plein&gt;")', result: '&lt;plein&gt;' }]);
  ws.addRow(['  L03 ', '_x000D_ littéral', '=SUM(1)', false, { formula: 'E2', result: { error: '#DIV/0!' } }, { formula: 'D4>0', result: false }]);
  ws.addRow(['L04', '', '', 0, -0.000001, { formula: 'NOW()' }]);
  ws.getCell('D5').numFmt = 'hh:mm';
  ws.getCell('E5').numFmt = '0.00%';
  ws.getCell('D2').numFmt = '#,##0.00 "€"';
  ws.getCell('B5').value = new Date(Date.UTC(2024, 1, 29, 12, 30));
  ws.getCell('C5').value = 45000;
  ws.getCell('C5').numFmt = 'dd/mm/yyyy';
  ws.getCell('G6').value = { formula: 'C5+1', result: 45001 };
  ws.getCell('G6').numFmt = 'd-mmm-yy';
  ws.mergeCells('A7:C8');
  ws.getCell('A7').value = 'fusion';
  const hidden = wb.addWorksheet('Caché', { state: 'hidden' });
  hidden.getCell('B2').value = 'là';
  wb.addWorksheet('Vide');
  await expectSameAsExceljs(await save(wb, 'odd'));
});

test('the 1904 date system', async () => {
  const wb = new ExcelJS.Workbook();
  wb.properties.date1904 = true;
  const ws = wb.addWorksheet('Convention');
  ws.getCell('A1').value = new Date(Date.UTC(2022, 10, 30));
  await expectSameAsExceljs(await save(wb, 'date1904'));
});

test('a shared formula is left to exceljs, and readXlsxFile still reads it', async () => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Budget');
  ws.getCell('A1').value = { formula: 'B1*2', result: 2 };
  ws.getCell('A2').value = { sharedFormula: 'A1', result: 4 } as ExcelJS.CellSharedFormulaValue;
  const file = await save(wb, 'shared');
  expect(readXlsxFast(fs.readFileSync(file))).toBeNull();
  const snap = await readXlsxFile(file);
  expect(snap).toEqual(await readXlsxWithExceljs(file));
  expect(snap.sheets[0].formulas[1][0]).toBe('=B2*2');
});

test('a file that is not a zip: the lean reader steps aside and the French message is exceljs’s path', async () => {
  const file = path.join(dir, 'broken.xlsx');
  fs.writeFileSync(file, 'pas un classeur');
  expect(readXlsxFast(fs.readFileSync(file))).toBeNull();
  await expect(readXlsxFile(file)).rejects.toThrow(frXlsx.unreadable(file));
});

test('a workbook LibreOffice saved (cached results, its own styles and strings): the same snapshot as exceljs, or left to it', async () => {
  const wb = new ExcelJS.Workbook();
  applyPlanToWorkbook(wb, planWorkbook(loadExample('thore-montagne-noire'), emptyWorkbook()).plan);
  const out = sofficeConvert(await save(wb, 'to-libreoffice'), 'xlsx');
  try {
    const file = path.join(out, 'to-libreoffice.xlsx');
    const fast = readXlsxFast(fs.readFileSync(file));
    const reference = await readXlsxWithExceljs(file);
    if (fast !== null) expect(fast).toEqual(reference);
    expect(await readXlsxFile(file)).toEqual(reference);
  } finally {
    fs.rmSync(out, { recursive: true, force: true });
  }
}, 120_000);
