// The printed workbook: every tab carries its page setup (landscape when wide, one page
// wide, header row on each page, header and footer) and rows tall enough for their wrapped
// text — read back from the .xlsx file with exceljs, then printed by LibreOffice.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { execFileSync } from 'child_process';
import ExcelJS from 'exceljs';
import { loadExample } from '../helpers/examples';
import { planWorkbook } from '../../src/core/workbook/plan';
import { emptyWorkbook } from '../../src/core/workbook/snapshot-apply';
import { applyPlanToWorkbook } from '../../src/adapters/xlsx/apply';
import { LINE_HEIGHT_PT, wrappedLines } from '../../src/adapters/xlsx/row-heights';
import { writeXlsxFile } from '../../src/hosts/cli/files';
import { convert, requireTool } from '../helpers/libreoffice';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ctg-print-test-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const convention = loadExample('thore-montagne-noire');

async function writeAndReadBack(): Promise<{ file: string; wb: ExcelJS.Workbook }> {
  const built = new ExcelJS.Workbook();
  applyPlanToWorkbook(built, planWorkbook(convention, emptyWorkbook()).plan);
  const file = path.join(dir, 'print.xlsx');
  await writeXlsxFile(built, file);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return { file, wb };
}

describe('wrappedLines', () => {
  test('counts lines as a spreadsheet breaks them, between words', () => {
    // 10 characters wide → 9 characters a line (a character counted as wide as a digit, 5 % lost at line ends).
    expect(wrappedLines('court', 10)).toBe(1);
    expect(wrappedLines('aaaa bbbb cccc', 10)).toBe(2); // "aaaa bbbb" (9) then "cccc"
    expect(wrappedLines('un\ndeux\ntrois', 10)).toBe(3); // one line per paragraph
    expect(wrappedLines('x'.repeat(20), 10)).toBe(3); // a word longer than a line is cut: 9 + 9 + 2
  });
});

describe('the .xlsx as printed', () => {
  let wb: ExcelJS.Workbook;
  let file: string;
  beforeAll(async () => ({ wb, file } = await writeAndReadBack()));

  test('every tab prints landscape, one page wide, its header row on each page, named in the page header', () => {
    const names = wb.worksheets.map((ws) => ws.name);
    expect(names).toEqual(expect.arrayContaining(['Convention', 'Actions', 'Budget', 'Réalisé', 'Indicateurs', 'Suivi', 'Contrôle']));
    for (const ws of wb.worksheets) {
      expect({ tab: ws.name, ...ws.pageSetup }).toMatchObject({
        tab: ws.name,
        orientation: 'landscape',
        fitToPage: true,
        fitToWidth: 1,
        fitToHeight: 0,
        paperSize: 9,
        printTitlesRow: '1:1',
      });
      // &A is the tab's name, &P / &N the page and the page count.
      expect(ws.headerFooter.oddHeader).toBe('&LCTG Thoré Montagne Noire&R&A');
      expect(ws.headerFooter.oddFooter).toBe('&CPage &P / &N');
    }
  });

  test('a row is as tall as its longest wrapped text, and one-line rows keep the default height', () => {
    const actions = wb.getWorksheet('Actions')!;
    // FA05's title, 169 characters, in the Intitulé column (45.7 characters wide → 43 a line), broken
    // between words: "Valoriser les actions de parentalité mises" / "en place et accompagner de nouvelles" /
    // "initiatives de parents pour toutes les" / "tranches d’âge petite enfance, enfance et" / "jeunesse".
    const fa05 = actions.getRow(6);
    expect(fa05.getCell(1).value).toBe('FA05');
    expect(String(fa05.getCell(2).value).length).toBe(169);
    expect(fa05.height).toBe(5 * LINE_HEIGHT_PT);
    // Its one-line cells sit at the top, next to the start of the title.
    expect(fa05.getCell(1).alignment?.vertical).toBe('top');
    const budget = wb.getWorksheet('Budget')!;
    // L02 "La Petite Loco", "Bonus territoire CTG": all short.
    expect(budget.getRow(3).getCell(1).value).toBe('L02');
    expect(budget.getRow(3).height).toBeFalsy();
  });

  test('the print settings survive a read and write by exceljs (a refresh keeps them)', async () => {
    const again = path.join(dir, 'again.xlsx');
    await writeXlsxFile(wb, again);
    const back = new ExcelJS.Workbook();
    await back.xlsx.readFile(again);
    expect(back.getWorksheet('Budget')!.pageSetup).toMatchObject({ orientation: 'landscape', fitToWidth: 1, printTitlesRow: '1:1' });
  });

  test('LibreOffice prints each tab of the example from a new page headed by its tab, numbered, Convention on one page', () => {
    requireTool('pdftotext');
    const pdf = convert(file, 'pdf');
    const pages = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' })
      .split('\f')
      .filter((p) => p.trim() !== '');
    // 14 tabs (7 typed, Contrôle, 6 axes), fitted to their width; a long one (Suivi: a row per fiche
    // and year, with the example's 2023 comments) continues on the next pages, headed by its name.
    expect(pages.length).toBeGreaterThanOrEqual(wb.worksheets.length);
    expect(pages.length).toBeLessThanOrEqual(wb.worksheets.length + 4);
    pages.forEach((page, i) => expect(page).toContain(`Page ${i + 1} / ${pages.length}`));
    let tab = 0;
    for (const page of pages) {
      const firstLine = page.split('\n').find((l) => l.trim() !== '') ?? '';
      if (tab + 1 < wb.worksheets.length && firstLine.includes(wb.worksheets[tab + 1].name)) tab++;
      expect(firstLine).toContain(wb.worksheets[tab].name);
    }
    expect(tab).toBe(wb.worksheets.length - 1); // every tab met, in order
    expect(pages[1].split('\n').find((l) => l.trim() !== '')).toContain('Axes'); // Convention took one page
    // Convention on its one page: its last field and its last signatory.
    expect(pages[0]).toMatch(/Enveloppe CAF pluriannuelle/);
    expect(pages[0]).toMatch(/CAF du Tarn/);
    const size = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
    expect(size).toMatch(/Page size:\s+841\.\d+ x 595\.\d+/); // A4 landscape
    fs.rmSync(path.dirname(pdf), { recursive: true, force: true });
  });
});
