// Gathering a partner's figures on the .xlsx edge: `ctg extract` writes the partner's file,
// the partner fills it (edited here with exceljs, as Excel or LibreOffice would save it),
// `ctg merge` brings the figures back into Réalisé. Expected cells and messages are worked
// out by hand from the workbook built below (seed 001 plus a second line for La Petite Loco).
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { loadExample } from '../helpers/examples';
import { runCtg } from '../helpers/run-ctg';
import { planWorkbook } from '../../src/core/workbook/plan';
import { emptyWorkbook } from '../../src/core/workbook/snapshot-apply';
import { readWorkbook } from '../../src/core/workbook/read';
import { applyPlanToWorkbook } from '../../src/adapters/xlsx/apply';
import { readXlsxFile } from '../../src/adapters/xlsx/read';
import { writeXlsxFile } from '../../src/hosts/cli/files';
import type { WorkbookSnapshot } from '../../src/core/workbook/types';
import { a1 } from '../../src/core/workbook/a1';
import { plainSpaces } from '../../src/core/domain/money';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ctg-partner-test-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

// Only Date is faked: the years to fill depend on today, and exceljs needs real timers.
const NOT_DATE = [
  'hrtime',
  'nextTick',
  'performance',
  'queueMicrotask',
  'requestAnimationFrame',
  'cancelAnimationFrame',
  'requestIdleCallback',
  'cancelIdleCallback',
  'setImmediate',
  'clearImmediate',
  'setInterval',
  'clearInterval',
  'setTimeout',
  'clearTimeout',
] as const;
const today = (iso: string) => jest.useFakeTimers({ now: new Date(iso), doNotFake: [...NOT_DATE] });
afterEach(() => jest.useRealTimers());

/**
 * Seed 001, plus a commune line of La Petite Loco (L10, spelt with a trailing space and a
 * small p), and réalisé already typed: L02 40 000 € in 2023, L03 34 000 € in 2023 with a comment.
 * Réalisé then has L01 on row 2 … L10 on row 11; columns D 2023, E 2024, F 2025, G Commentaire.
 */
async function mainWorkbook(name: string): Promise<string> {
  const c = loadExample('thore-montagne-noire');
  c.budget.push({
    id: 'L10',
    beneficiary: 'La petite Loco ',
    equipment: 'EAJE',
    nature: 'Subvention de fonctionnement',
    funder: 'commune',
    actionId: 'FA01',
    amounts: { '2023': 1000000, '2024': 1000000, '2025': 1000000 },
  });
  c.realised = [
    { lineId: 'L02', amounts: { '2023': 4000000 }, comment: '' },
    { lineId: 'L03', amounts: { '2023': 3400000 }, comment: 'versé en deux fois' },
  ];
  const wb = new ExcelJS.Workbook();
  applyPlanToWorkbook(wb, planWorkbook(c, emptyWorkbook()).plan);
  const file = path.join(dir, `${name}.xlsx`);
  await writeXlsxFile(wb, file);
  return file;
}

async function edit(file: string, sheet: string, fn: (ws: ExcelJS.Worksheet, wb: ExcelJS.Workbook) => void) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  fn(wb.getWorksheet(sheet)!, wb);
  await wb.xlsx.writeFile(file);
}

/** Extracts La Petite Loco's file from a fresh workbook (today: 15 March 2026, so 2023–2025 are to fill). */
async function extracted(name: string): Promise<{ main: string; part: string }> {
  const main = await mainWorkbook(name);
  const part = path.join(dir, `${name}-part.xlsx`);
  today('2026-03-15T10:00:00');
  const r = await runCtg(['extract', main, '--beneficiaire', 'LA PETITE-LOCO', '--out', part]);
  expect(r).toMatchObject({ code: 0, err: '' });
  return { main, part };
}

/** Every cell of every tab, as "tab!A1" → value and formula. */
function cells(s: WorkbookSnapshot): Map<string, string> {
  const out = new Map<string, string>();
  for (const sheet of s.sheets)
    sheet.values.forEach((row, r) =>
      row.forEach((v, c) => {
        const f = sheet.formulas[r]?.[c] ?? '';
        if (v !== '' || f !== '') out.set(`${sheet.name}!${a1(r + 1, c + 1)}`, JSON.stringify([v, f]));
      }),
    );
  return out;
}

describe('ctg extract', () => {
  test('writes the partner’s lines only, fillable cells coloured and unlocked, the rest locked, the marker veryHidden', async () => {
    const { part } = await extracted('structure');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(part);
    expect(wb.worksheets.map((w) => [w.name, w.state])).toEqual([
      ['À lire', 'visible'],
      ['Vos lignes', 'visible'],
      ['ctg-partenaire', 'veryHidden'],
    ]);
    const readme = wb.getWorksheet('À lire')!;
    expect(readme.getCell('A1').value).toBe('Réalisé à transmettre — La Petite Loco');
    expect(readme.getCell('A5').value).toBe('Années à renseigner\u00A0: 2023, 2024 et 2025.');
    const ws = wb.getWorksheet('Vos lignes')!;
    const row = (r: number) => (ws.getRow(r).values as unknown[]).slice(1);
    expect(row(1)).toEqual([
      'Identifiant',
      'Équipement / type',
      'Nature',
      'Financeur',
      'Fiche action',
      'Prévu 2023',
      'Prévu 2024',
      'Prévu 2025',
      'Réalisé 2023',
      'Réalisé 2024',
      'Réalisé 2025',
      'Commentaire',
    ]);
    // Both lines of the partner (matched whatever the case, hyphen or trailing space); the réalisé already typed comes along.
    expect(row(2)).toEqual(['L02', undefined, 'Bonus territoire CTG', 'CAF', 'FA01', 40800, 40800, 40800, 40000]);
    expect(row(3)).toEqual(['L10', 'EAJE', 'Subvention de fonctionnement', 'Commune', 'FA01', 10000, 10000, 10000]);
    expect(ws.getRow(4).values).toEqual([]);
    // Sheet protection without a password; exactly I2:L3 unlocked and yellow.
    const protection = (ws as unknown as { sheetProtection: { sheet?: boolean; hashValue?: string } }).sheetProtection;
    expect(protection).toMatchObject({ sheet: true });
    expect(protection.hashValue).toBeUndefined();
    for (let r = 1; r <= 4; r++) {
      for (let c = 1; c <= 13; c++) {
        const cell = ws.getCell(r, c);
        const fillable = r >= 2 && r <= 3 && c >= 9 && c <= 12;
        expect([cell.address, cell.protection?.locked === false]).toEqual([cell.address, fillable]);
        expect([cell.address, (cell.fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb === 'FFFFF2CC']).toEqual([cell.address, fillable]);
      }
    }
  });

  test('by default the years begun by today; --annee picks one year', async () => {
    const main = await mainWorkbook('years');
    today('2024-03-15T10:00:00');
    const auto = path.join(dir, 'years-auto.xlsx');
    expect((await runCtg(['extract', main, '--beneficiaire', 'La Petite Loco', '--out', auto])).out).toContain(
      '2 lignes de « La Petite Loco » à remplir pour 2023 et 2024.',
    );
    const one = path.join(dir, 'years-one.xlsx');
    expect((await runCtg(['extract', main, '--beneficiaire', 'La Petite Loco', '--out', one, '--annee', '2025'])).code).toBe(0);
    const header = async (file: string) => {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(file);
      return (wb.getWorksheet('Vos lignes')!.getRow(1).values as unknown[]).slice(6);
    };
    expect(await header(auto)).toEqual(['Prévu 2023', 'Prévu 2024', 'Réalisé 2023', 'Réalisé 2024', 'Commentaire']);
    expect(await header(one)).toEqual(['Prévu 2025', 'Réalisé 2025', 'Commentaire']);
    const bad = await runCtg(['extract', main, '--beneficiaire', 'La Petite Loco', '--out', path.join(dir, 'y.xlsx'), '--annee', '2030']);
    expect(bad).toMatchObject({ code: 2, err: 'L’année « 2030 » n’a pas de colonne dans l’onglet Réalisé (années : 2023, 2024 et 2025).' });
  });

  test('a name that matches no line is refused in French with the list of beneficiaries; an existing file is never replaced', async () => {
    const main = await mainWorkbook('unknown');
    const r = await runCtg(['extract', main, '--beneficiaire', 'Petite Loco', '--out', path.join(dir, 'unknown-part.xlsx')]);
    expect(r.code).toBe(2);
    expect(r.err).toBe(
      'Aucune ligne du Budget n’a pour bénéficiaire « Petite Loco ». Bénéficiaires du classeur : « Coordination et animation de la CTG », « La Petite Loco », « Passerelle », « Les Snorky’s », « MJC St-Amans/Albine », « MJC St-Baudille », « Les Galopins », « Amicale laïque » et « SMIX de St-Amans ».',
    );
    expect(fs.existsSync(path.join(dir, 'unknown-part.xlsx'))).toBe(false);
    const taken = path.join(dir, 'unknown-taken.xlsx');
    fs.writeFileSync(taken, 'déjà là');
    const again = await runCtg(['extract', main, '--beneficiaire', 'Passerelle', '--out', taken]);
    expect(again.code).toBe(2);
    expect(fs.readFileSync(taken, 'utf8')).toBe('déjà là');
    expect((await runCtg(['extract', main, '--out', taken])).err).toBe(
      'Usage : ctg extract <classeur.xlsx> --beneficiaire "<nom>" --out <partenaire.xlsx> [--annee <année>]',
    );
  });
});

describe('ctg merge', () => {
  test('round trip: the partner’s figures land in Réalisé, and nothing else typed on either side changes', async () => {
    const { main, part } = await extracted('roundtrip');
    // The partner corrects 2023 (40 000 → 40 800), types 2024 as text, comments, fills L10's 2023; a comment that looks like a formula.
    await edit(part, 'Vos lignes', (ws) => {
      ws.getCell('I2').value = 40800;
      ws.getCell('J2').value = '40 500,50 €';
      ws.getCell('L2').value = 'Acompte versé en mars';
      ws.getCell('I3').value = 9500;
      ws.getCell('L3').value = '=SUM(1)';
    });
    // Meanwhile the coordinator types elsewhere: another partner's réalisé, a fiche's title.
    await edit(main, 'Réalisé', (ws, wb) => {
      ws.getCell('E4').value = 34000;
      wb.getWorksheet('Actions')!.getCell('B2').value = 'Intitulé retouché par la coordination';
    });
    const before = cells(await readXlsxFile(main));
    const partBytes = fs.readFileSync(part);

    const r = await runCtg(['merge', main, part]);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out.split('\n')).toEqual([
      `${main} : 5 cellules reprises, 0 conflit.`,
      '  repris — Réalisé!D3 — 40 800,00 € (remplace 40 000,00 €)',
      '  repris — Réalisé!E3 — 40 500,50 €',
      '  repris — Réalisé!G3 — « Acompte versé en mars »',
      '  repris — Réalisé!D11 — 9 500,00 €',
      '  repris — Réalisé!G11 — « =SUM(1) »',
    ]);

    const after = await readXlsxFile(main);
    const changed = new Map([
      ['Réalisé!D3', JSON.stringify([40800, ''])],
      ['Réalisé!E3', JSON.stringify([40500.5, ''])],
      ['Réalisé!G3', JSON.stringify(['Acompte versé en mars', ''])],
      ['Réalisé!D11', JSON.stringify([9500, ''])],
      ['Réalisé!G11', JSON.stringify(['=SUM(1)', ''])], // text, not a formula
    ]);
    const expected = new Map(before);
    for (const [k, v] of changed) expected.set(k, v);
    expect(cells(after)).toEqual(expected);
    expect(fs.readFileSync(part).equals(partBytes)).toBe(true);
    const realised = readWorkbook(after).convention.realised!;
    expect(realised.find((x) => x.lineId === 'L02')).toEqual({
      lineId: 'L02',
      amounts: { '2023': 4080000, '2024': 4050050 },
      comment: 'Acompte versé en mars',
    });
    expect(realised.find((x) => x.lineId === 'L03')).toEqual({ lineId: 'L03', amounts: { '2023': 3400000, '2024': 3400000 }, comment: 'versé en deux fois' });
    // The value the partner corrected stays readable on its cell.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(main);
    expect(plainSpaces(String(wb.getWorksheet('Réalisé')!.getCell('D3').note))).toBe(
      'Repris le 15/03/2026 de « roundtrip-part.xlsx » (La Petite Loco) ; valeur précédente : 40 000,00 €.',
    );

    // Merging the same file again writes nothing.
    const bytes = fs.readFileSync(main);
    const again = await runCtg(['merge', main, part]);
    expect(again).toMatchObject({ code: 0, out: `${main} : 0 cellule reprise, 0 conflit, 5 cellules déjà identiques.` });
    expect(fs.readFileSync(main).equals(bytes)).toBe(true);
  });

  test('a cell typed in the workbook since the extract is a conflict: reported, not overwritten; an emptied cell is not emptied', async () => {
    const { main, part } = await extracted('conflict');
    await edit(main, 'Réalisé', (ws) => void (ws.getCell('D11').value = 9000));
    await edit(part, 'Vos lignes', (ws) => {
      ws.getCell('I2').value = null; // the partner erased the 40 000 € the coordination had
      ws.getCell('I3').value = 9500; // the coordination typed 9 000 € there since the extract
      ws.getCell('J3').value = 9800;
    });
    const r = await runCtg(['merge', main, part]);
    expect(r.code).toBe(1);
    expect(r.out.split('\n')).toEqual([
      `${main} : 1 cellule reprise, 1 conflit, 1 effacement non repris.`,
      '  repris — Réalisé!E11 — 9 800,00 €',
      'Conflits : le classeur garde sa valeur ; comparez avec le partenaire et corrigez à la main si besoin.',
      '  conflit — Réalisé!D11 — le classeur contient 9 000,00 €, saisi depuis l’extraction (la cellule était alors vide) ; le partenaire indique 9 500,00 €. Rien n’est écrasé : choisissez à la main.',
      '  non repris — Réalisé!D3 — le partenaire a vidé cette cellule ; le classeur garde 40 000,00 € (la reprise n’efface rien).',
    ]);
    const ws = (await readXlsxFile(main)).sheets.find((s) => s.name === 'Réalisé')!;
    expect([ws.values[2][3], ws.values[10][3], ws.values[10][4]]).toEqual([40000, 9000, 9800]);
  });

  describe('a partner’s file edited outside its cells is refused, naming the cell, and the workbook is not touched', () => {
    const cases: [string, (ws: ExcelJS.Worksheet) => void, string][] = [
      ['a changed line id', (ws) => void (ws.getCell('A3').value = 'L11'), 'Vos lignes!A3 : l’identifiant « L10 » a été remplacé par « L11 »'],
      ['a removed line', (ws) => ws.spliceRows(3, 1), 'Vos lignes!A3 : l’identifiant « L10 » a été effacé'],
      [
        'an added line',
        (ws) => ws.addRow(['L99', '', '', '', '', 0, 0, 0, 500]),
        'Vos lignes!A4 : « L99 » est saisi hors des lignes à remplir (ligne ou colonne ajoutée ?)',
      ],
      [
        'a changed prévu',
        (ws) => void (ws.getCell('F2').value = 50000),
        'Vos lignes!F2 : cette cellule ne se remplit pas (seules les cellules jaunes se remplissent) ; elle contenait « 40800 », elle contient « 50000 ».',
      ],
      ['a note in the margin', (ws) => void (ws.getCell('N2').value = 'voir facture'), 'Vos lignes!N2 : « voir facture » est saisi hors des lignes à remplir'],
      ['an unreadable amount', (ws) => void (ws.getCell('J2').value = '12abc'), 'Vos lignes!J2 : « 12abc » n’est pas un montant lisible'],
      ['a negative amount', (ws) => void (ws.getCell('J3').value = -50), 'Vos lignes!J3 : un réalisé ne peut pas être négatif (-50,00 €).'],
    ];
    for (const [what, change, message] of cases) {
      test(what, async () => {
        const { main, part } = await extracted(`refused-${what.replace(/\W+/g, '-')}`);
        await edit(part, 'Vos lignes', (ws) => {
          ws.getCell('I3').value = 9500; // a figure that would otherwise be taken
          change(ws);
        });
        const bytes = fs.readFileSync(main);
        const r = await runCtg(['merge', main, part]);
        expect(r.code).toBe(2);
        expect(r.err.split('\n')[0]).toBe(`Rien n’a été repris dans ${main} : ${part} ne peut pas être repris tel quel.`);
        expect(r.err).toContain(message);
        expect(fs.readFileSync(main).equals(bytes)).toBe(true);
      });
    }
  });

  test('a marker edited by hand, a file that is not a partner’s, another convention: refused in French', async () => {
    const { main, part } = await extracted('marker');
    await edit(part, 'ctg-partenaire', (ws) => void (ws.getCell('I13').value = 1)); // the mirror of I2, changed to match a forged edit
    const forged = await runCtg(['merge', main, part]);
    expect(forged.code).toBe(2);
    expect(forged.err).toContain('Le marqueur d’identité de marker-part.xlsx a été modifié (son empreinte ne correspond plus)');

    const other = await mainWorkbook('other');
    const notPartner = await runCtg(['merge', main, other]);
    expect(notPartner.err).toContain('other.xlsx n’est pas un fichier partenaire préparé par « ctg extract »');

    const { part: fresh } = await extracted('marker-fresh');
    await edit(main, 'Convention', (ws) => void (ws.getCell('B2').value = 'CTG Autre territoire'));
    const wrong = await runCtg(['merge', main, fresh]);
    expect(wrong.code).toBe(2);
    expect(wrong.err).toContain(
      'Ce fichier a été extrait de la convention « CTG Thoré Montagne Noire », et le classeur est celui de « CTG Autre territoire ».',
    );
    expect((await runCtg(['merge', main])).err).toBe('Usage : ctg merge <classeur.xlsx> <partenaire.xlsx>');
  });
});
