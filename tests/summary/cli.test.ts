// `ctg summary` end to end: a real .xlsx written by the workbook engine, read
// back, summarised to .md and .docx; bad arguments give French messages, exit 2.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { main } from '../../src/hosts/cli/main';
import { parseSummaryArgs } from '../../src/hosts/cli/cmd-summary';
import { DEMO_SUMMARY_OUT } from '../../src/hosts/cli/cmd-demo';
import { planWorkbook } from '../../src/core/workbook/plan';
import { applyPlanToWorkbook } from '../../src/adapters/xlsx/apply';
import { writeXlsxFile } from '../../src/hosts/cli/files';
import { plainSpaces } from '../../src/core/domain/money';
import { thore } from './fixtures';
import { convert } from '../helpers/libreoffice';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'summary-cli-'));
const xlsx = path.join(dir, 'classeur.xlsx');
let output: string[] = [];

beforeAll(async () => {
  const { convention } = thore((c) => {
    c.budget[1].amounts['2024'] = 4080100; // 1 € over the envelope in 2024
  });
  const wb = new ExcelJS.Workbook();
  applyPlanToWorkbook(wb, planWorkbook(convention, { sheets: [] }).plan);
  await writeXlsxFile(wb, xlsx);
});
beforeEach(() => {
  output = [];
  jest.spyOn(console, 'log').mockImplementation((m: string) => void output.push(m));
  jest.spyOn(console, 'error').mockImplementation((m: string) => void output.push(m));
});
afterEach(() => jest.restoreAllMocks());
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('ctg summary', () => {
  it('writes the Markdown summary of a workbook, with the check read from its cells', async () => {
    const out = path.join(dir, 'synthese.md');
    expect(await main(['summary', xlsx, '--out', out])).toBe(0);
    // One error (1 € over in 2024): the document is written, and the screen says so.
    expect(output).toEqual([
      `Synthèse écrite\u00A0: ${out}`,
      'Attention\u00A0: le classeur compte une erreur\u00A0; la synthèse la signale dans «\u00A0Points à corriger ou à vérifier\u00A0». Voir ctg check pour le détail.',
    ]);
    const md = plainSpaces(fs.readFileSync(out, 'utf8'));
    expect(md).toContain('# Synthèse — CTG Thoré Montagne Noire');
    expect(md).toContain('2024 : les lignes CAF (241 802,00 €) dépassent l’enveloppe de 241 801,00 € — dépassement de 1,00 €.');
    // The finding points at the 2024 column of the Budget tab (A–F: id … fiche, G: 2023, H: 2024).
    expect(md).toContain('- ✖ Erreur — Budget!H1 : 2024 : dépassement de 1,00 € (alloué CAF 241 802,00 € pour une enveloppe de 241 801,00 €).');
    for (const title of [
      'Tisser des liens entre les structures médicales du territoire',
      'Améliorer l’accueil des nouveaux habitants en lien avec les habitants du territoire',
    ])
      expect(md).toContain(title);
  });

  it('writes one fiche as .docx that LibreOffice opens', async () => {
    const out = path.join(dir, 'fa07.docx');
    expect(await main(['summary', xlsx, '--action', 'FA07', '--out', out])).toBe(0);
    const txt = fs.readFileSync(convert(out, 'txt:Text'), 'utf8');
    expect(txt).toContain('Fiche action FA07 — Déterminer les missions et coordinations du pôle enfance-jeunesse');
    expect(txt).not.toContain('FA08');
  });

  it('refuses unusable arguments with a French message and exit code 2', async () => {
    expect(await main(['summary', xlsx, '--out', path.join(dir, 'x.pdf')])).toBe(2);
    expect(output.join('\n')).toContain('l’extension doit être .docx ou .md');
    output = [];
    expect(await main(['summary', xlsx, '--action', 'FA99', '--out', path.join(dir, 'x.md')])).toBe(2);
    expect(plainSpaces(output.join('\n'))).toContain('Fiche action « FA99 » introuvable');
    output = [];
    expect(await main(['summary', path.join(dir, 'absent.xlsx'), '--out', path.join(dir, 'x.md')])).toBe(2);
    expect(output.join('\n')).toContain('Fichier introuvable');
    output = [];
    const blank = path.join(dir, 'vide.xlsx');
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Feuille 1').getCell('A1').value = 'notes';
    await writeXlsxFile(wb, blank);
    expect(await main(['summary', blank, '--out', path.join(dir, 'x.md')])).toBe(2);
    expect(output.join('\n')).toContain('n’est pas un classeur CTG');
    expect(fs.existsSync(path.join(dir, 'x.md'))).toBe(false);
  });

  it('never overwrites an existing document, while npm start still rewrites its own out/ files', async () => {
    const out = path.join(dir, 'corrigee.md');
    fs.writeFileSync(out, 'synthèse corrigée à la main');
    expect(await main(['summary', xlsx, '--out', out])).toBe(2);
    expect(output).toEqual([`${out} existe déjà\u00A0: choisissez un autre nom, la commande n’écrase jamais un document.`]);
    expect(fs.readFileSync(out, 'utf8')).toBe('synthèse corrigée à la main');
    expect(await main(['demo'])).toBe(0);
    expect(await main(['demo'])).toBe(0); // the second run finds its own files there
  });

  it('parses its options', () => {
    expect(parseSummaryArgs(['a.xlsx', '--out', 'b.DOCX', '--actions'])).toEqual({ input: 'a.xlsx', out: 'b.DOCX', format: 'docx', allActions: true });
    expect(() => parseSummaryArgs(['a.xlsx'])).toThrow(/Indiquez le fichier à écrire avec --out/);
    expect(() => parseSummaryArgs(['--out', 'a.md'])).toThrow(/Indiquez le classeur à résumer/);
    expect(() => parseSummaryArgs(['a.xlsx', '--out', 'a.md', '--vite'])).toThrow(/Option inconnue\u00A0: --vite/);
  });

  it('npm start (ctg demo) also writes out/synthese-thore-montagne-noire.docx', async () => {
    const before = Date.now() - 1000;
    expect(await main(['demo'])).toBe(0);
    const stat = fs.statSync(DEMO_SUMMARY_OUT);
    expect(path.basename(DEMO_SUMMARY_OUT)).toBe('synthese-thore-montagne-noire.docx');
    expect(stat.mtimeMs).toBeGreaterThanOrEqual(before);
    expect(fs.readFileSync(DEMO_SUMMARY_OUT).subarray(0, 2).toString()).toBe('PK'); // a zip container, as every .docx
    expect(output.some((l) => l.startsWith('\nSynthèse écrite\u00A0: ') && l.endsWith('synthese-thore-montagne-noire.docx'))).toBe(true);
  });
});
