// The `ctg` command, run in-process (exit codes and output) and once through bin/ctg.js.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { execFileSync } from 'child_process';
import ExcelJS from 'exceljs';
import * as xlsxRead from '../../src/adapters/xlsx/read-file';
import { readWorkbook } from '../../src/core/workbook/read';
import { findingPlace } from '../../src/core/domain/finding-place';
import { printFinding } from '../../src/hosts/cli/print';
import { smallConvention } from '../workbook/fixture';
import { runCtg } from '../helpers/run-ctg';
import { plainSpaces } from '../../src/core/domain/money';

const repo = path.join(__dirname, '..', '..');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ctg-cli-test-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const run = (...argv: string[]) => runCtg(argv);

const conventionFile = path.join(dir, 'trois-vallees.json');
fs.writeFileSync(conventionFile, JSON.stringify(smallConvention()));

async function edit(file: string, fn: (wb: ExcelJS.Workbook) => void) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  fn(wb);
  await wb.xlsx.writeFile(file);
}

describe('ctg init / check / refresh', () => {
  const file = path.join(dir, 'trois-vallees.xlsx');

  test('init builds the workbook and refuses to overwrite it', async () => {
    const first = await run('init', conventionFile, '--out', file);
    expect(first).toMatchObject({ code: 0, err: '' });
    expect(first.out).toContain('10 onglets créés, 2 axes, 2 fiches, 4 lignes budgétaires.');
    const before = fs.readFileSync(file);
    const again = await run('init', conventionFile, '--out', file);
    expect(again.code).toBe(2);
    expect(again.err).toBe(`${file} existe déjà : choisissez un autre nom, la commande n’écrase jamais un classeur.`);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });

  test('check prints the per-year table and exits 0 when balanced', async () => {
    const r = await run('check', file);
    expect(r.code).toBe(0);
    expect(r.out).toContain('2024     50 000,00 €   50 000,00 €  0,00 €  ✔ équilibré');
    expect(r.out).toContain('Aucune anomalie.');
  });

  test('check --json gives years and findings; an overrun exits 1 and names its cells', async () => {
    const over = path.join(dir, 'over.xlsx');
    fs.copyFileSync(file, over);
    await edit(over, (wb) => {
      wb.getWorksheet('Budget')!.getCell('H2').value = 30250; // L01 2025: +250 €
      wb.getWorksheet('Budget')!.getCell('G3').value = '12abc';
      // Réalisé 2024 of L01 (CAF) and of L04 (the commune's: not in the CAF réalisé); nothing for 2025.
      wb.getWorksheet('Réalisé')!.getCell('D2').value = 29500;
      wb.getWorksheet('Réalisé')!.getCell('D5').value = 8000;
    });
    const r = await run('check', over, '--json');
    expect(r.code).toBe(1);
    const json = JSON.parse(r.out);
    expect(Object.keys(json)).toEqual(['years', 'findings']);
    expect(json.years).toEqual([
      // G3 (a CAF line's 2024 amount) cannot be read: 2024 is incomplete, not "reste à répartir".
      { year: 2024, envelopeCents: 5000000, allocatedCents: 3500000, deltaCents: -1500000, status: 'incomplete', realisedCents: 2950000 },
      { year: 2025, envelopeCents: 5000000, allocatedCents: 5025000, deltaCents: 25000, status: 'over', realisedCents: null },
    ]);
    expect(json.findings.map((f: { code: string; cell?: string }) => `${f.code}@${f.cell}`)).toEqual([
      'incomplete-year@G1',
      'over-allocation@H1',
      'unreadable-amount@G3',
    ]);
    expect(Object.keys(json.findings[0]).sort()).toEqual(['cell', 'code', 'message', 'severity', 'sheet']);
  });

  test('refresh keeps what people typed, completes the new line and updates Contrôle', async () => {
    const edited = path.join(dir, 'edited.xlsx');
    fs.copyFileSync(file, edited);
    await edit(edited, (wb) => {
      const b = wb.getWorksheet('Budget')!;
      b.getCell('J1').value = 'Commentaire';
      b.getCell('J2').value = 'Montant confirmé le 3 mars';
      b.getRow(6).values = ['L05', 'Ludothèque', 'LAEP', 'Bonus territoire', 'CAF', 'FA02', 500, 500];
    });
    const r = await run('refresh', edited);
    expect(r.code).toBe(0);
    expect(r.out).toContain('1 onglet calculé mis à jour');
    const snap = await xlsxRead.readXlsxFile(edited);
    const budget = snap.sheets.find((s) => s.name === 'Budget')!;
    expect(budget.values[1][9]).toBe('Montant confirmé le 3 mars');
    expect(budget.formulas[5][8]).toBe('=SUM(G6:H6)');
    expect(readWorkbook(snap).convention.budget).toHaveLength(5);
    const control = snap.sheets.find((s) => s.name === 'Contrôle')!;
    expect(plainSpaces(control.values.flat().join(' '))).toContain('2024 : dépassement de 500,00');
    const second = await run('refresh', edited);
    expect(second.out).toBe(`${edited} : rien à changer, le classeur est à jour.`); // one sentence, not « actualisé » as well
  });
  test('refresh never replaces a file marked read-only: exit 2, a French message, the file unchanged', async () => {
    const locked = path.join(dir, 'locked.xlsx');
    fs.copyFileSync(file, locked);
    await edit(locked, (wb) => void (wb.getWorksheet('Budget')!.getCell('H2').value = 30250));
    fs.chmodSync(locked, 0o444);
    const before = fs.readFileSync(locked);
    const r = await run('refresh', locked);
    expect(r.code).toBe(2);
    expect(r.err).toBe(`${locked} est en lecture seule : la commande ne le remplace pas. Retirez la lecture seule ou copiez le fichier, puis recommencez.`);
    expect(fs.readFileSync(locked).equals(before)).toBe(true);
    fs.chmodSync(locked, 0o644);
    expect((await run('refresh', locked)).code).toBe(0);
  });
});

describe('generated tabs own only their generated block', () => {
  const file = path.join(dir, 'notes.xlsx');
  const axisTab = (wb: ExcelJS.Workbook) => wb.worksheets.find((w) => w.name.startsWith('Axe 1'))!;
  const notes = async (f: string) => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(f);
    const control = wb.getWorksheet('Contrôle')!;
    return [control.getCell('H2').value, control.getCell('A60').value, axisTab(wb).getCell('H2').value];
  };

  test('notes typed right of and below Contrôle and an axis tab survive refreshes, as findings come and go', async () => {
    expect((await run('init', conventionFile, '--out', file)).code).toBe(0);
    await edit(file, (wb) => {
      wb.getWorksheet('Contrôle')!.getCell('H2').value = 'ma note';
      wb.getWorksheet('Contrôle')!.getCell('A60').value = 'note sous le tableau';
      axisTab(wb).getCell('H2').value = 'note axe';
      wb.getWorksheet('Budget')!.getCell('H2').value = 30250; // an overrun: more findings
    });
    const kept = ['ma note', 'note sous le tableau', 'note axe'];
    expect((await run('refresh', file)).out).toContain('1 onglet calculé mis à jour');
    expect(await notes(file)).toEqual(kept);
    await edit(file, (wb) => void (wb.getWorksheet('Budget')!.getCell('H2').value = 30000)); // balanced again: fewer findings
    expect((await run('refresh', file)).out).toContain('1 onglet calculé mis à jour');
    expect(await notes(file)).toEqual(kept);
    expect((await run('refresh', file)).out).toBe(`${file} : rien à changer, le classeur est à jour.`);
  });

  test('a findings list that would grow over a typed cell is not written: the cell is kept and reported', async () => {
    const blocked = path.join(dir, 'blocked.xlsx');
    fs.copyFileSync(file, blocked);
    let below = '';
    await edit(blocked, (wb) => {
      const control = wb.getWorksheet('Contrôle')!;
      control.eachRow((row, r) => {
        if (row.getCell(1).value === 'Aucune anomalie.') below = `A${r + 1}`;
      });
      control.getCell(below).value = 'juste en dessous';
      wb.getWorksheet('Budget')!.getCell('G3').value = '12abc'; // three findings instead of « Aucune anomalie. »
    });
    const r = await run('refresh', blocked);
    expect(r.code).toBe(1);
    expect(r.out).toContain(`Contrôle!${below}`);
    expect(r.out).toContain('n’est pas mis à jour');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(blocked);
    expect(wb.getWorksheet('Contrôle')!.getCell(below).value).toBe('juste en dessous');
    // Contrôle's first cell says it is stale, since which check, and which cell blocks it; `ctg check` reports it.
    expect(String(wb.getWorksheet('Contrôle')!.getCell('A1').value)).toMatch(
      new RegExp(`^⚠ Contrôle n’est plus à jour depuis la vérification du \\d{2}/\\d{2}/\\d{4} à \\d{2}:\\d{2}\u00A0: la cellule ${below} contient une saisie`),
    );
    const check = await run('check', blocked);
    expect(check.code).toBe(1);
    expect(check.out).toContain('L’onglet « Contrôle » n’est plus à jour (sa première cellule dit pourquoi)');
    // Once the note is moved, a refresh brings Contrôle back, and its first cell with it.
    await edit(blocked, (w) => {
      w.getWorksheet('Contrôle')!.getCell(below).value = null;
      w.getWorksheet('Contrôle')!.getCell('H1').value = 'juste en dessous';
    });
    expect((await run('refresh', blocked)).code).toBe(0); // refresh succeeded: the findings (G3) are the check's to report
    const fixed = new ExcelJS.Workbook();
    await fixed.xlsx.readFile(blocked);
    expect(fixed.getWorksheet('Contrôle')!.getCell('A1').value).toBe('Année');
  });
});

describe('unusable input and unexpected errors', () => {
  test('--version and -v print the version; an option without its value, a JSON with a BOM or a syntax error: French', async () => {
    const version = JSON.parse(fs.readFileSync(path.join(repo, 'package.json'), 'utf8')).version;
    expect(await run('--version')).toMatchObject({ code: 0, out: `ctg ${version}` });
    expect(await run('-v')).toMatchObject({ code: 0, out: `ctg ${version}` });
    expect(await run('init', conventionFile, '--out')).toMatchObject({ code: 2, err: 'L’option --out attend une valeur juste après elle (voir ctg --help).' });
    const bom = path.join(dir, 'bom.json');
    fs.writeFileSync(bom, '\uFEFF' + fs.readFileSync(conventionFile, 'utf8'));
    expect((await run('init', bom, '--out', path.join(dir, 'bom.xlsx'))).code).toBe(0);
    const broken = path.join(dir, 'broken.json');
    fs.writeFileSync(broken, '{\n  "name": "CTG"\n  "territory": "X"\n}');
    expect(await run('init', broken, '--out', path.join(dir, 'broken.xlsx'))).toMatchObject({
      code: 2,
      err: `${broken} n’est pas un fichier JSON lisible (ligne 3, colonne 3) : vérifiez les guillemets, les virgules et les accolades à cet endroit.`,
    });
    const cut = path.join(dir, 'cut.json');
    fs.writeFileSync(cut, '{ "name": ');
    expect((await run('init', cut, '--out', path.join(dir, 'cut.xlsx'))).err).toBe(
      `${cut} n’est pas un fichier JSON lisible : il s’arrête avant la fin (une accolade ou un crochet n’est pas fermé ?).`,
    );
  });

  test('check --json on an unreadable file still prints JSON (the error), and exits 2', async () => {
    const junk = path.join(dir, 'junk-json.xlsx');
    fs.writeFileSync(junk, 'pas un classeur');
    const r = await run('check', junk, '--json');
    expect(r.code).toBe(2);
    expect(JSON.parse(r.out)).toEqual({ error: r.err });
    expect(r.err).toContain('junk-json.xlsx n’est pas un classeur .xlsx lisible');
  });

  test('a missing file, a file that is not a workbook, an unknown option: exit 2 with a French message', async () => {
    expect(await run('check', path.join(dir, 'absent.xlsx'))).toMatchObject({ code: 2, err: `Fichier introuvable : ${path.join(dir, 'absent.xlsx')}` });
    const junk = path.join(dir, 'junk.xlsx');
    fs.writeFileSync(junk, 'pas un classeur');
    const r = await run('check', junk);
    expect(r.code).toBe(2);
    expect(r.err).toBe(
      `${junk} n’est pas un classeur .xlsx lisible : le fichier est abîmé ou enregistré dans un autre format (rouvrez-le et enregistrez-le au format Excel .xlsx).`,
    );
    expect(await run('check', junk, '--csv')).toMatchObject({ code: 2, err: 'Option inconnue : --csv' });
    const other = path.join(dir, 'other.xlsx');
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Feuille 1').getCell('A1').value = 'Budget 2024';
    await wb.xlsx.writeFile(other);
    for (const cmd of ['check', 'refresh']) {
      expect(await run(cmd, other)).toMatchObject({
        code: 2,
        err: `${other} n’est pas un classeur CTG : aucun des onglets Convention, Axes, Actions ou Budget n’y figure (créez-le avec ctg init).`,
      });
    }
    expect((await run('init', conventionFile)).err).toBe('Indiquez le fichier à créer : ctg init <convention.json> --out <classeur.xlsx>');
  });

  test('init into a folder that does not exist: exit 2, a French message naming the folder', async () => {
    const out = path.join(dir, 'absent', 'a.xlsx');
    const r = await run('init', conventionFile, '--out', out);
    expect(r).toMatchObject({
      code: 2,
      err: `Impossible d’écrire ${out} : le dossier ${path.join(dir, 'absent')} n’existe pas (créez-le ou choisissez un autre emplacement).`,
    });
  });

  test('an unexpected error becomes a French message and exit 2, never a stack trace', async () => {
    const spy = jest.spyOn(xlsxRead, 'readXlsxFile').mockRejectedValue(new TypeError('boom'));
    try {
      const r = await run('check', 'any.xlsx');
      expect(r.code).toBe(2);
      expect(r.err).toBe('Erreur inattendue : boom\nLe classeur n’a pas été modifié si l’erreur est survenue avant l’écriture.');
      expect(r.err).not.toContain('    at ');
    } finally {
      spy.mockRestore();
    }
  });
});

describe('npm start and the bin', () => {
  test('demo writes out/ctg-thore-montagne-noire.xlsx and prints the check read back from it', async () => {
    const r = await run('demo');
    expect(r.code).toBe(0);
    expect(r.out).toContain('Classeur écrit : ');
    expect(r.out).toContain('Total   725 403,00 €  725 403,00 €  0,00 €  ✔ équilibré');
    // The example's illustrative 2023 follow-up: the réalisé of its CAF lines against the 241 801 € planned.
    const snap0 = await xlsxRead.readXlsxFile(path.join(repo, 'out', 'ctg-thore-montagne-noire.xlsx'));
    const realised2023 = (readWorkbook(snap0).convention.realised ?? []).reduce(
      (sum, r) => sum + (typeof r.amounts['2023'] === 'number' ? r.amounts['2023'] : 0),
      0,
    );
    const shown = `${(realised2023 / 100).toLocaleString('fr-FR', { minimumFractionDigits: 2 }).replace(/\s/g, ' ')} €`;
    expect(r.out).toMatch(
      new RegExp(`2023\\s+${shown.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s+241 801,00 €\\s+${Math.round((realised2023 / 24180100) * 100)} %`),
    );
    expect(r.out).toMatch(/2024\s+—\s+241 801,00 €\s+—/);
    const snap = await xlsxRead.readXlsxFile(path.join(repo, 'out', 'ctg-thore-montagne-noire.xlsx'));
    expect(readWorkbook(snap).convention.name).toBe('CTG Thoré Montagne Noire');
  });

  test('bin/ctg.js runs the command (as npx ctg does)', () => {
    const out = execFileSync(process.execPath, [path.join(repo, 'bin', 'ctg.js'), 'help'], { encoding: 'utf8' });
    expect(out).toContain('check <classeur.xlsx> [--json]');
  });
});

describe('one way to write where a finding is', () => {
  test('findingPlace gives sheet!cell or the tab alone, and printFinding uses it for check and refresh alike', () => {
    expect(findingPlace({ sheet: 'Budget', cell: 'G4' })).toBe('Budget!G4');
    expect(findingPlace({ sheet: 'Axes' })).toBe('Axes');
    const f = { severity: 'warning', code: 'unreconciled', message: 'Colonne\u00A0absente', sheet: 'Budget' } as const;
    expect(printFinding(f)).toBe('  ⚠ Attention — Budget — Colonne\u00A0absente');
    expect(printFinding({ ...f, severity: 'error', cell: 'B3' })).toBe('  ✖ Erreur — Budget!B3 — Colonne\u00A0absente');
  });
});
