// `ctg import`: prints counts and uncertain items, writes a schema-valid draft.
import { plainSpaces } from '../../src/core/domain/money';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { decodeText, printImport } from '../../src/hosts/cli/cmd-import';
import { importText } from '../../src/core/import';
import { parseConvention } from '../../src/core/wording/parse';
import { loadSeed } from '../helpers/seeds';
import { runCtg } from '../helpers/run-ctg';

const run = runCtg;

describe('ctg import', () => {
  let dir: string;
  beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ctg-import-'))));
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('imports seed 001, prints the counts and writes a draft the schema accepts', async () => {
    const input = path.join(dir, 'convention.txt');
    fs.writeFileSync(input, loadSeed('001'));
    const output = path.join(dir, 'convention.json');
    const { code, out } = await run(['import', input, '--out', output]);
    expect(code).toBe(0);
    expect(out).toContain('4 signataires, 6 axes, 7 objectifs, 16 fiches actions, 9 lignes budgétaires, 3 enveloppes annuelles');
    expect(out).toContain('Période : 2023-2025');
    expect(out).toMatch(/ligne 3 — Date de signature « 30 novembre »/);
    const parsed = parseConvention(JSON.parse(fs.readFileSync(output, 'utf8')));
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(parsed.value.budget).toHaveLength(9);
  });

  it('feeds ctg init: the imported seed 001 becomes a workbook whose check finds every year balanced', async () => {
    const input = path.join(dir, 'convention.txt');
    fs.writeFileSync(input, loadSeed('001'));
    const json = path.join(dir, 'convention.json');
    const xlsx = path.join(dir, 'ctg.xlsx');
    expect((await run(['import', input, '--out', json])).code).toBe(0);
    expect((await run(['init', json, '--out', xlsx])).code).toBe(0);
    const check = await run(['check', xlsx]);
    expect(check.code).toBe(0);
    expect(check.out).toMatch(/2024\s+241 801,00 €\s+241 801,00 €/);
    expect(check.out).not.toContain('dépassement');
  });

  it.each([
    ['000', 3],
    ['003', 10],
  ])('feeds ctg init with seed %s even without a complete period (%i axes)', async (seed, axes) => {
    const input = path.join(dir, 'convention.txt');
    fs.writeFileSync(input, loadSeed(seed));
    const json = path.join(dir, 'convention.json');
    const xlsx = path.join(dir, 'ctg.xlsx');
    expect((await run(['import', input, '--out', json])).code).toBe(0);
    const init = await run(['init', json, '--out', xlsx]);
    expect(init.code).toBe(0);
    expect(init.out).toContain(`${axes} axes`);
    const check = await run(['check', xlsx]);
    expect(check.code).toBe(0); // warnings (incomplete period), no errors
    expect(check.out).toContain('Période incomplète');
  });

  it('prints without writing when --out is left out', async () => {
    const input = path.join(__dirname, 'fixtures', 'rien-de-reconnaissable.txt');
    const { code, out } = await run(['import', input]);
    expect(code).toBe(0);
    expect(out).toContain('Période : inconnue');
    expect(out).toContain('Aucune structure de convention reconnue');
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it('answers a missing file or missing arguments with a French message and code 2', async () => {
    const missing = await run(['import', path.join(dir, 'absent.txt'), '--out', path.join(dir, 'x.json')]);
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('Fichier introuvable');
    const noArgs = await run(['import']);
    expect(noArgs.code).toBe(2);
    expect(noArgs.err).toContain('Usage : ctg import');
    const noOut = await run(['import', 'a.txt', '--out']);
    expect(noOut.code).toBe(2);
  });

  it('reads text files saved from Word as UTF-8, UTF-16 or Windows-1252', () => {
    const text = 'Axe 1 : Accès aux droits – 241 801 €';
    expect(decodeText(Buffer.from(text, 'utf8'))).toBe(text);
    expect(decodeText(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]))).toBe(text);
    // Windows-1252: "è" is 0xE8, "–" is 0x96, "€" is 0x80.
    expect(decodeText(Buffer.from([0x41, 0x63, 0x63, 0xe8, 0x73, 0x20, 0x96, 0x20, 0x31, 0x20, 0x80]))).toBe('Accès – 1 €');
  });

  it('refuses a binary file (an .xlsx, say) instead of writing an empty draft; UTF-16 text is still read', async () => {
    const binary = path.join(dir, 'classeur.xlsx');
    fs.writeFileSync(binary, Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00, 0x08, 0x00, 0x41]));
    const output = path.join(dir, 'brouillon.json');
    const r = await run(['import', binary, '--out', output]);
    expect(r.code).toBe(2);
    expect(r.err).toBe(
      `${binary} n’est pas un fichier texte (classeur, PDF, document Word ?) : enregistrez la convention en « Texte brut » (.txt) depuis Word, puis relancez ctg import.`,
    );
    expect(fs.existsSync(output)).toBe(false);
    const utf16 = path.join(dir, 'unicode.txt');
    fs.writeFileSync(utf16, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Axe 1 : Accès aux droits', 'utf16le')]));
    expect((await run(['import', utf16])).code).toBe(0);
  });

  it('an uncertain item with no label of its own is named by its kind alone, without empty quotes', () => {
    const printed = plainSpaces(printImport('x.txt', importText('Axe 1 : Accès aux droits\nFiche action 1 : Accueillir')));
    expect(printed).toContain('  texte — Période : aucune période trouvée');
    expect(printed).toContain('  texte — Territoire : territoire non trouvé');
    expect(printed).toContain('  ligne 2 — Fiche action « Accueillir » :');
    expect(printed).not.toMatch(/«\s*»|« période »/);
  });

  it('never overwrites a draft that is already there', async () => {
    const input = path.join(__dirname, 'fixtures', 'ambitions-lettres.txt');
    const output = path.join(dir, 'convention.json');
    fs.writeFileSync(output, '{"corrigé": "à la main"}');
    const again = await run(['import', input, '--out', output]);
    expect(again.code).toBe(2);
    expect(again.err).toContain('existe déjà');
    expect(fs.readFileSync(output, 'utf8')).toBe('{"corrigé": "à la main"}');
  });
});
