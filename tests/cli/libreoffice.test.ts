// LibreOffice recomputes the Contrôle formulas of a generated .xlsx; its
// figures must equal the engine's own report — also after a budget cell is
// changed so that one year goes over.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { loadExample } from '../helpers/examples';
import { planWorkbook } from '../../src/core/workbook/plan';
import { emptyWorkbook } from '../../src/core/workbook/snapshot-apply';
import { checkWorkbook } from '../../src/core/workbook/refresh';
import { CheckReport } from '../../src/core/domain/report';
import { YEAR_STATUS_LABEL } from '../../src/i18n/fr-domain';
import { breakdownLabel } from '../../src/core/wording/finding-message';
import { applyPlanToWorkbook } from '../../src/adapters/xlsx/apply';
import { writeXlsxFile } from '../../src/hosts/cli/files';
import { readXlsxFile } from '../../src/adapters/xlsx/read';
import { recalculateToCsv } from './libreoffice';
import { evaluateFormulas } from '../../src/adapters/memory/evaluate';

/**
 * Cells as text to compare ours with LibreOffice's CSV: LibreOffice writes a percentage cell as
 * "33.18…%" and long fractions to 15 digits; both sides are brought to 12 significant digits.
 */
function sameCells(rows: unknown[][]): string[][] {
  const same = (v: string) => (/^-?[\d.]+%$/.test(v) ? (parseFloat(v) / 100).toPrecision(12) : /^-?\d+\.\d{10,}$/.test(v) ? Number(v).toPrecision(12) : v);
  return rows.map((r) => r.map((v) => same(String(v))));
}

const euros = (cents: number | null) => (cents === null ? '' : String(cents / 100));

/** The rows LibreOffice computed for the year table, as [year, enveloppe, alloué, écart, statut]. */
function yearRows(control: string[][], count: number): string[][] {
  return control.slice(1, 2 + count).map((r) => r.slice(0, 5));
}

function expectedYearRows(report: CheckReport): string[][] {
  return [
    ...report.years.map((y) => [String(y.year), euros(y.envelopeCents), euros(y.allocatedCents), euros(y.deltaCents), YEAR_STATUS_LABEL[y.status]]),
    ['Total', euros(report.total.envelopeCents), euros(report.total.allocatedCents), euros(report.total.deltaCents), YEAR_STATUS_LABEL[report.total.status]],
  ];
}

/** A breakdown table of Contrôle starting after its title: label column, then one column per year, then the total. */
function breakdownRows(control: string[][], title: string, labelCol: number, years: number): Map<string, string[]> {
  const start = control.findIndex((r) => r[0] === title) + 2;
  const out = new Map<string, string[]>();
  for (let i = start; i < control.length && control[i].some((c) => c !== ''); i++) out.set(control[i][labelCol], control[i].slice(2, 3 + years));
  return out;
}

describe('LibreOffice recomputes the Contrôle tab like the engine', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ctg-lo-test-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  const file = path.join(dir, 'thore.xlsx');
  const c = loadExample('thore-montagne-noire');
  c.actions[2].description = '=IMPORTXML("https://exemple.invalid","//a")';
  c.actions[3].description = "+cmd|' /C calc'!A0";

  beforeAll(async () => {
    const wb = new ExcelJS.Workbook();
    applyPlanToWorkbook(wb, planWorkbook(c, emptyWorkbook()).plan);
    await writeXlsxFile(wb, file);
  });

  test('as generated: every year balanced, same totals per axis and per funder, text kept as text', async () => {
    const sheets = recalculateToCsv(file);
    const control = sheets.get('Contrôle')!;
    const { report } = checkWorkbook(await readXlsxFile(file));
    expect(report.years.map((y) => y.status)).toEqual(['balanced', 'balanced', 'balanced']);
    expect(yearRows(control, 3)).toEqual(expectedYearRows(report));
    // Hand-checked figures of seed 001: 241 801 € a year, 725 403 € in all.
    expect(yearRows(control, 3)[3]).toEqual(['Total', '725403', '725403', '0', 'équilibré']);
    const byAxis = breakdownRows(control, 'Par axe (tous financeurs)', 1, 3);
    for (const b of report.byAxis)
      expect([breakdownLabel(b), byAxis.get(breakdownLabel(b))]).toEqual([breakdownLabel(b), [...Object.values(b.perYear).map(euros), euros(b.totalCents)]]);
    expect(byAxis.get('Le soutien aux familles')).toEqual(['201288', '201288', '201288', '603864']); // 241 801 − 40 513 of coordination
    const byFunder = breakdownRows(control, 'Par financeur', 0, 3);
    for (const b of report.byFunder) expect(byFunder.get(breakdownLabel(b))).toEqual([...Object.values(b.perYear).map(euros), euros(b.totalCents)]);
    // The preview's own formula engine agrees with LibreOffice on the whole Contrôle tab.
    const ours = evaluateFormulas(await readXlsxFile(file)).sheets.find((x) => x.name === 'Contrôle')!.values;
    expect(sameCells(ours)).toEqual(sameCells(control.map((r) => r.slice(0, ours[0].length)).slice(0, ours.length)));
    const actions = sheets.get('Actions')!;
    expect(actions[3][6]).toBe('=IMPORTXML("https://exemple.invalid","//a")');
    expect(actions[4][6]).toBe("+cmd|' /C calc'!A0");
  });

  test('after a budget cell is raised so that 2024 goes over, LibreOffice and the engine agree on the overrun', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    // L02 (La Petite Loco) 2024 is Budget!H3: 40 800 € → 41 800,50 €, i.e. 1 000,50 € over the envelope.
    const budget = wb.getWorksheet('Budget')!;
    expect(budget.getCell('A3').value).toBe('L02');
    budget.getCell('H3').value = 41800.5;
    const edited = path.join(dir, 'thore-over.xlsx');
    await wb.xlsx.writeFile(edited);

    const control = recalculateToCsv(edited).get('Contrôle')!;
    const { report } = checkWorkbook(await readXlsxFile(edited));
    expect(report.years.map((y) => y.status)).toEqual(['balanced', 'over', 'balanced']);
    expect(report.years[1].deltaCents).toBe(100050);
    expect(yearRows(control, 3)).toEqual(expectedYearRows(report));
    expect(yearRows(control, 3)[1]).toEqual(['2024', '241801', '242801.5', '1000.5', 'dépassement']);
    expect(report.findings.find((f) => f.code === 'over-allocation')).toMatchObject({ sheet: 'Budget', cell: 'H1' });
  });
  test('after messy partner edits, LibreOffice and the engine agree, or a finding names the cell that makes them differ', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const budget = wb.getWorksheet('Budget')!;
    budget.getCell('E2').value = 'caf'; // lower case: SUMIFS and the engine both count it
    budget.getCell('H3').value = '12abc'; // unreadable on a CAF line: 2024 is incomplete for both
    budget.getCell('I4').value = '34 000 €'; // text: the engine reads it, the live formulas cannot
    const edited = path.join(dir, 'thore-messy.xlsx');
    await wb.xlsx.writeFile(edited);

    const rows = yearRows(recalculateToCsv(edited).get('Contrôle')!, 3);
    const { report } = checkWorkbook(await readXlsxFile(edited));
    const expected = expectedYearRows(report);
    expect(report.years.map((y) => y.status)).toEqual(['balanced', 'incomplete', 'balanced']);
    // 2023 and 2024 are the same on both sides: 2024 "incomplet", its CAF lines summed without H3 (241 801 − 40 800).
    expect(rows.slice(0, 2)).toEqual(expected.slice(0, 2));
    expect(rows[1]).toEqual(['2024', '241801', '201001', '-40800', 'incomplet']);
    // 2025: the live formulas leave the text amount out and say "incomplet"; the engine read it.
    expect(rows[2]).toEqual(['2025', '241801', '207801', '-34000', 'incomplet']);
    expect(expected[2]).toEqual(['2025', '241801', '241801', '0', 'équilibré']);
    expect(report.findings.map((f) => `${f.sheet}!${f.cell} ${f.detail.kind}`)).toContain('Budget!I4 amount-as-text');
  });

  test('with réalisé entered by partners, LibreOffice computes the same CAF réalisé, rates and all-funder figures as the engine', async () => {
    // Seed 001 without its illustrative follow-up: the réalisé below is all there is.
    const signed = { ...c, realised: undefined, followUp: undefined };
    const wb = new ExcelJS.Workbook();
    applyPlanToWorkbook(wb, planWorkbook(signed, emptyWorkbook()).plan);
    const realised = wb.getWorksheet('Réalisé')!;
    // Réalisé rows follow Budget's lines: row 2 = L01, row 3 = L02; D = 2023, E = 2024.
    expect([realised.getCell('A2').value, realised.getCell('A3').value, realised.getCell('D1').value]).toEqual(['L01', 'L02', '2023']);
    realised.getCell('D2').value = 39000;
    realised.getCell('D3').value = 41250.5; // above L02's 40 800 € planned
    realised.getCell('E3').value = 20000;
    const edited = path.join(dir, 'thore-realised.xlsx');
    await wb.xlsx.writeFile(edited);

    const sheets = recalculateToCsv(edited);
    const control = sheets.get('Contrôle')!;
    const { report } = checkWorkbook(await readXlsxFile(edited));
    // The engine, from the cells: 39 000 + 41 250,50 in 2023, 20 000 in 2024, nothing in 2025.
    expect(report.years.map((y) => y.realisedCents)).toEqual([8025050, 2000000, null]);
    const cafRealised = control.slice(1, 4).map((r) => r[5]);
    expect(cafRealised).toEqual(report.years.map((y) => euros(y.realisedCents)));
    // The rate, a percentage (about 33 % of 241 801 € in 2023).
    const rates = control.slice(1, 4).map((r) => (r[6] === '' ? '' : (parseFloat(r[6]) / 100).toFixed(6)));
    expect(rates).toEqual(report.years.map((y) => (y.realisedCents === null ? '' : (y.realisedCents / y.allocatedCents).toFixed(6))));
    expect(control[1][6]).toMatch(/^33[.,]\d*%$/);
    // The lookups LibreOffice computed in Réalisé name Budget's beneficiary and funder.
    expect(sheets.get('Réalisé')![2].slice(0, 3)).toEqual(['L02', 'La Petite Loco', 'CAF']);
    // All funders, per year: Budget's column sums against Réalisé's.
    const title = control.findIndex((r) => r[0] === 'Réalisation (tous financeurs)');
    expect(control.slice(title + 2, title + 5).map((r) => r.slice(0, 3))).toEqual([
      ['2023', '241801', '80250.5'],
      ['2024', '241801', '20000'],
      ['2025', '241801', ''],
    ]);
    expect(report.findings.map((f) => `${f.sheet}!${f.cell} ${f.detail.kind}`)).toContain('Réalisé!D3 realised-over-planned');
    // The preview's own formula engine agrees with LibreOffice on the whole Contrôle tab here too
    // (LibreOffice writes a percentage cell as "33.18…%", to 15 digits).
    const ours = evaluateFormulas(await readXlsxFile(edited)).sheets.find((x) => x.name === 'Contrôle')!.values;
    expect(sameCells(ours)).toEqual(sameCells(control.map((r) => r.slice(0, ours[0].length)).slice(0, ours.length)));
  });
});
