// The .docx must open in LibreOffice: converted to PDF (pages rendered) and to
// plain text, it holds the territory, the amounts, every action title and the status.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { execFileSync } from 'child_process';
import { renderDocx } from '../../src/adapters/docx/render';
import { writeSummaryDocx } from '../../src/hosts/cli/files';
import { buildActionFiches } from '../../src/core/summary/action-fiche';
import { plainSpaces } from '../../src/core/domain/money';
import { GENERATED_AT, SHEET_URL, thore, sixYears } from './fixtures';
import { convert, requireTool } from '../helpers/libreoffice';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'summary-docx-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('.docx of the convention summary in LibreOffice', () => {
  const { convention, report } = thore();
  const file = path.join(dir, 'synthese.docx');
  let txt = '';

  beforeAll(async () => {
    await writeSummaryDocx(convention, report, file, { generatedAt: GENERATED_AT, spreadsheetUrl: SHEET_URL });
    txt = plainSpaces(fs.readFileSync(convert(file, 'txt:Text'), 'utf8'));
  });

  it('has the territory, the yearly and total CAF amounts and the envelope status in its text', () => {
    expect(txt).toContain('Communauté de communes Thoré Montagne Noire');
    expect(txt).toContain('241 801,00 €');
    expect(txt).toContain('725 403,00 €');
    expect(txt).toContain('2023 : les lignes CAF (241 801,00 €) correspondent à l’enveloppe de 241 801,00 € — équilibré.');
    expect(txt).toContain('✔ Équilibré');
    expect(txt).toContain('Document généré le 22/11/2026');
  });

  it('numbers its pages in a footer that names the convention and the day (LibreOffice prints it on each page)', () => {
    requireTool('pdftotext');
    const pdf = convert(file, 'pdf');
    const pages = plainSpaces(execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }))
      .split('\f')
      .filter((p) => p.trim() !== '');
    expect(pages.length).toBeGreaterThan(1);
    pages.forEach((page, i) => {
      expect(page).toContain('CTG Thoré Montagne Noire · synthèse du 22/11/2026');
      expect(page).toMatch(new RegExp(`Page ${i + 1} / ${pages.length}\\s*$`));
    });
    fs.rmSync(path.dirname(pdf), { recursive: true, force: true });
  });

  it('has all 16 action titles and every budget line', () => {
    expect(convention.actions).toHaveLength(16);
    for (const a of convention.actions) expect(txt).toContain(a.title);
    for (const l of convention.budget) expect(txt).toContain(l.beneficiary);
  });

  it('converts to a PDF that renders to A4 pages', () => {
    requireTool('pdftoppm');
    requireTool('pdfinfo');
    const pdf = convert(file, 'pdf');
    const pngDir = fs.mkdtempSync(path.join(dir, 'png-'));
    execFileSync('pdftoppm', ['-png', '-r', '20', pdf, path.join(pngDir, 'page')]);
    expect(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' })).toMatch(/Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/);
    const pages = fs.readdirSync(pngDir).filter((f) => f.endsWith('.png'));
    // 16 actions, 9 budget lines and the envelope check take 3 to 5 pages of A4.
    expect(pages.length).toBeGreaterThanOrEqual(3);
    expect(pages.length).toBeLessThanOrEqual(5);
  });
});

describe('.docx of a six-year convention', () => {
  it('is laid out on landscape A4 pages', async () => {
    const { convention, report } = thore(sixYears);
    const file = path.join(dir, 'six.docx');
    await writeSummaryDocx(convention, report, file, { generatedAt: GENERATED_AT });
    expect(execFileSync('pdfinfo', [convert(file, 'pdf')], { encoding: 'utf8' })).toMatch(/Page size:\s+841\.\d+ x 595\.\d+ pts/);
  });
});

describe('.docx of all fiches in LibreOffice', () => {
  it('has one fiche title per action', async () => {
    const { convention, report } = thore();
    const file = path.join(dir, 'fiches.docx');
    fs.writeFileSync(file, await renderDocx(buildActionFiches(convention, report, { generatedAt: GENERATED_AT })));
    const txt = fs.readFileSync(convert(file, 'txt:Text'), 'utf8');
    for (const a of convention.actions) expect(txt).toContain(`Fiche action ${a.id} — ${a.title}`);
  });
});
