// A partner types "50 %" or "10:30" in an amount cell: Sheets and Excel store a number shown as
// a percentage or a time. Read through either edge, it is not money: the year is incomplete.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { gasPort } from '../../src/hosts/apps-script/port';
import { planWorkbook } from '../../src/core/workbook/plan';
import { emptyWorkbook } from '../../src/core/workbook/snapshot-apply';
import { checkWorkbook } from '../../src/core/workbook/refresh';
import { applyPlanToWorkbook } from '../../src/adapters/xlsx/apply';
import { readXlsxFile } from '../../src/adapters/xlsx/read';
import { writeXlsxFile } from '../../src/hosts/cli/files';
import { fakeAppsScript, installGlobals } from '../fakes/globals';
import { loadExample } from '../helpers/examples';

const seed = loadExample('thore-montagne-noire');
const at = (r: ReturnType<typeof checkWorkbook>['report']) => r.findings.map((f) => `${f.sheet}!${f.cell} ${f.detail.kind}`);

test('Sheets: "50%" typed in a CAF amount cell is read as a percentage, not as 0,50 €', () => {
  const world = fakeAppsScript({ sheets: [] });
  const uninstall = installGlobals(world);
  try {
    const port = gasPort();
    port.apply(planWorkbook(seed, port.snapshot()).plan);
    world.spreadsheet
      .tab('Budget')
      .getRange('H2')
      .setValues([['50%']]); // as a person types it
    expect(world.spreadsheet.tab('Budget').getRange('H2').getValues()[0][0]).toBe(0.5);
    const { report } = checkWorkbook(gasPort().snapshot({ typedOnly: true }));
    expect(report.years.map((y) => y.status)).toEqual(['balanced', 'incomplete', 'balanced']);
    expect(at(report)).toEqual(expect.arrayContaining(['Budget!H1 incomplete-year', 'Budget!H2 unreadable-amount']));
  } finally {
    uninstall();
  }
});

test('.xlsx: numbers formatted as a percentage or a time in amount cells make their years incomplete', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ctg-notmoney-'));
  try {
    const wb = new ExcelJS.Workbook();
    applyPlanToWorkbook(wb, planWorkbook(seed, emptyWorkbook()).plan);
    const budget = wb.getWorksheet('Budget')!;
    budget.getCell('G3').value = 0.5;
    budget.getCell('G3').numFmt = '0%';
    budget.getCell('I4').value = 0.4375; // 10:30
    budget.getCell('I4').numFmt = 'hh:mm';
    const file = path.join(dir, 'w.xlsx');
    await writeXlsxFile(wb, file);
    const { report } = checkWorkbook(await readXlsxFile(file));
    expect(report.years.map((y) => y.status)).toEqual(['incomplete', 'balanced', 'incomplete']);
    expect(at(report)).toEqual(expect.arrayContaining(['Budget!G3 unreadable-amount', 'Budget!I4 unreadable-amount']));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
