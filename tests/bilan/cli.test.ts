// `ctg bilan` end to end on a real .xlsx (the engine writes it, the command reads it back):
// its figures equal `ctg check --json` and the sums of the cells; the .docx opens in
// LibreOffice with the same figures and a chart image; bad arguments answer in French.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { execFileSync } from 'child_process';
import ExcelJS from 'exceljs';
import { planWorkbook } from '../../src/core/workbook/plan';
import { applyPlanToWorkbook } from '../../src/adapters/xlsx/apply';
import { writeXlsxFile } from '../../src/hosts/cli/files';
import { formatMoney, plainSpaces } from '../../src/core/domain/money';
import { frBilanCli } from '../../src/i18n/fr-bilan';
import { runCtg } from '../helpers/run-ctg';
import { convert, requireTool } from '../helpers/libreoffice';
import { expectedFigures, followedConvention } from './fixtures';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bilan-cli-'));
const xlsx = path.join(dir, 'classeur.xlsx');
const convention = followedConvention();
const money = (cents: number) => plainSpaces(formatMoney(cents));

beforeAll(async () => {
  const wb = new ExcelJS.Workbook();
  applyPlanToWorkbook(wb, planWorkbook(convention, { sheets: [] }).plan);
  await writeXlsxFile(wb, xlsx);
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

type CheckYear = { year: number; allocatedCents: number; realisedCents: number | null };

describe('ctg bilan', () => {
  let years: CheckYear[] = [];
  beforeAll(async () => {
    const check = await runCtg(['check', xlsx, '--json']);
    years = (JSON.parse(check.out) as { years: CheckYear[] }).years;
  });

  it('gives the figures of ctg check --json, which are the sums of the cells', async () => {
    const out = path.join(dir, 'bilan-2023.md');
    const run = await runCtg(['bilan', xlsx, '--year', '2023', '--out', out]);
    expect(run).toMatchObject({ code: 0, out: `Bilan écrit : ${out}` });
    const md = plainSpaces(fs.readFileSync(out, 'utf8'));
    const y2023 = years.find((y) => y.year === 2023)!;
    const hand = expectedFigures(convention, 2023);
    // The check and the hand sums agree (CAF lines), and so does the bilan's key figures table.
    expect([y2023.allocatedCents, y2023.realisedCents]).toEqual([hand.cafPlanned, hand.cafRealised]);
    expect(hand.allRealised).toBeGreaterThan(hand.cafRealised); // the commune's line counts in "all funders" only
    expect(md).toContain(`| Prévu | ${money(y2023.allocatedCents)} | ${money(hand.allPlanned)} |`);
    expect(md).toContain(`| Réalisé | ${money(y2023.realisedCents!)} | ${money(hand.allRealised)} |`);
    const rate = (r: number, p: number) => `${(Math.round((r / p) * 1000) / 10).toString().replace('.', ',')} %`;
    expect(md).toContain(`| Taux de réalisation | ${rate(hand.cafRealised, hand.cafPlanned)} | ${rate(hand.allRealised, hand.allPlanned)} |`);
    // The over-planned CAF line of the example is reported with its cell.
    expect(md).toContain('Réalisé!D5 : L04 : le réalisé 2023 (34 276,00 €) dépasse le prévu (34 000,00 €)');
  });

  it('says which lines have no réalisé yet for a year partly entered (2024)', async () => {
    const out = path.join(dir, 'bilan-2024.md');
    expect((await runCtg(['bilan', xlsx, '--year', '2024', '--out', out])).code).toBe(0);
    const md = plainSpaces(fs.readFileSync(out, 'utf8'));
    const y2024 = years.find((y) => y.year === 2024)!;
    expect(y2024.realisedCents).toBe(4080000 + 3350000);
    expect(md).toContain(`| Réalisé | ${money(y2024.realisedCents!)} |`);
    expect(md).toContain('8 lignes budgétaires n’ont pas de réalisé 2024 (onglet Réalisé) : L01 (Coordination et animation de la CTG), L04 (Les Snorky’s)');
    expect(md).toContain('16 fiches actions n’ont pas de ligne de suivi 2024 (onglet Suivi)');
  });

  it('writes a .docx that LibreOffice opens, with the same figures and the chart image', async () => {
    requireTool('pdftoppm');
    requireTool('pdfimages');
    const out = path.join(dir, 'bilan-2023.docx');
    expect((await runCtg(['bilan', xlsx, '--year', '2023', '--out', out])).code).toBe(0);
    const lines = plainSpaces(fs.readFileSync(convert(out, 'txt:Text'), 'utf8')).split('\n');
    const hand = expectedFigures(convention, 2023);
    // LibreOffice writes a table one cell per line: the label, then the CAF and all-funders cells.
    const after = (label: string) => lines.slice(lines.indexOf(label) + 1, lines.indexOf(label) + 3);
    expect(after('Prévu')).toEqual([money(hand.cafPlanned), money(hand.allPlanned)]);
    expect(after('Réalisé')).toEqual([money(hand.cafRealised), money(hand.allRealised)]);
    const pdf = convert(out, 'pdf');
    // One image in the PDF: the chart, drawn at 3 pixels a point over the text width (A4 less 2 × 2 cm: 481 pt) and 0.42 as high (202 pt).
    const images = execFileSync('pdfimages', ['-list', pdf], { encoding: 'utf8' })
      .split('\n')
      .slice(2)
      .filter((l) => l.trim());
    expect(images).toHaveLength(1);
    expect(images[0]).toMatch(/^\s*1\s+\d+\s+image\s+1443\s+606\s/);
    const pngDir = fs.mkdtempSync(path.join(dir, 'png-'));
    execFileSync('pdftoppm', ['-png', '-r', '20', pdf, path.join(pngDir, 'page')]);
    expect(fs.readdirSync(pngDir).length).toBeGreaterThanOrEqual(3);
  });

  it('refuses a missing or unreadable year, a year outside the period, an existing file, in French (exit 2)', async () => {
    const out = path.join(dir, 'x.docx');
    expect(await runCtg(['bilan', xlsx, '--out', out])).toMatchObject({ code: 2, err: expect.stringContaining(frBilanCli.missingYear) });
    expect(await runCtg(['bilan', xlsx, '--year', '23', '--out', out])).toMatchObject({ code: 2, err: plainSpaces(frBilanCli.badYear('23')) });
    expect(await runCtg(['bilan', xlsx, '--year', '2026', '--out', out])).toMatchObject({
      code: 2,
      err: '2026 est hors de la période de la convention (2023–2025) : choisissez une année de 2023 à 2025.',
    });
    expect(await runCtg(['bilan', xlsx, '--year', '2023'])).toMatchObject({ code: 2, err: expect.stringContaining(frBilanCli.missingOut) });
    expect(await runCtg(['bilan', xlsx, '--year', '2023', '--out', path.join(dir, 'b.pdf')])).toMatchObject({
      code: 2,
      err: expect.stringContaining('.docx ou .md'),
    });
    expect(fs.existsSync(out)).toBe(false);
    fs.writeFileSync(out, 'déjà là');
    expect((await runCtg(['bilan', xlsx, '--year', '2023', '--out', out])).code).toBe(2);
    expect(fs.readFileSync(out, 'utf8')).toBe('déjà là');
  });

  it('warns on screen when the workbook has errors, and still writes the bilan', async () => {
    const broken = followedConvention();
    broken.budget[1].amounts['2023'] = 4080100; // 1 € over the 2023 envelope: an error of the check
    const wb = new ExcelJS.Workbook();
    applyPlanToWorkbook(wb, planWorkbook(broken, { sheets: [] }).plan);
    const file = path.join(dir, 'errors.xlsx');
    await writeXlsxFile(wb, file);
    const out = path.join(dir, 'errors.md');
    const run = await runCtg(['bilan', file, '--year', '2023', '--out', out]);
    expect(run.code).toBe(0);
    expect(run.err).toBe(plainSpaces(frBilanCli.hasErrors(1)));
    expect(fs.existsSync(out)).toBe(true);
  });
});
