// Co-edited input is messy: none of it throws, each problem is a French finding at its cell.
import { readWorkbook } from '../../src/core/workbook/read';
import { checkWorkbook } from '../../src/core/workbook/refresh';
import { checkConvention } from '../../src/core/domain/check';
import { buildWorkbook, typeInto, insertRow, grid } from './helpers';
import { smallConvention } from './fixture';
import { WorkbookSnapshot } from '../../src/core/workbook/types';
import { findingMessage } from '../../src/core/wording/finding-message';

const at = (findings: { sheet: string; cell?: string }[]) => findings.map((f) => `${f.sheet}!${f.cell ?? ''}`);

describe('reading a co-edited workbook', () => {
  // Budget: A id, B bénéficiaire, C équipement, D nature, E financeur, F fiche, G 2024, H 2025, I total; lines on rows 2-5.
  const base = () => buildWorkbook(smallConvention());

  test('blank and inserted rows: items keep their order, findings point at the real rows', () => {
    let wb = insertRow(base(), 'Budget', 3); // L02 moves to row 4
    wb = insertRow(wb, 'Budget', 3);
    wb = typeInto(wb, 'Budget', 'H6', '12abc'); // L03 is now on row 6
    const { convention, locator } = readWorkbook(wb);
    expect(convention.budget.map((l) => l.id)).toEqual(['L01', 'L02', 'L03', 'L04']);
    expect(locator.budgetAmount(2, 2025)).toEqual({ sheet: 'Budget', cell: 'H6' });
    const report = checkConvention(convention, locator);
    const unreadable = report.findings.find((f) => f.code === 'unreadable-amount');
    expect(unreadable).toMatchObject({ sheet: 'Budget', cell: 'H6' });
    expect(findingMessage(unreadable!)).toContain('«\u00A012abc\u00A0»');
  });

  test('amounts typed as French or plain text are read, with a note that the live formulas skip them', () => {
    let wb = typeInto(base(), 'Budget', 'G2', '30 000,00 €');
    wb = typeInto(wb, 'Budget', 'H2', ' 30000 ');
    wb = typeInto(wb, 'Budget', 'G3', '15\u202F000 €');
    const { convention, findings } = readWorkbook(wb);
    expect(convention.budget[0].amounts).toEqual({ '2024': 3000000, '2025': 3000000 });
    expect(convention.budget[1].amounts['2024']).toBe(1500000);
    expect(at(findings.filter((f) => f.severity === 'info'))).toEqual(['Budget!G2', 'Budget!H2', 'Budget!G3']);
    expect(findingMessage(findings[0])).toContain('saisi comme du texte');
  });

  test('stray spaces around ids and labels do not break references', () => {
    let wb = typeInto(base(), 'Budget', 'F2', '  FA01 ');
    wb = typeInto(wb, 'Budget', 'E2', ' caf ');
    wb = typeInto(wb, 'Actions', 'O2', 'en  cours');
    const { convention, findings } = readWorkbook(wb);
    expect(convention.budget[0].actionId).toBe('FA01');
    expect(convention.budget[0].funder).toBe('caf');
    expect(convention.actions[0].status).toBe('en-cours');
    // Read as CAF, but Contrôle's SUMIFS would not count " caf ": the one difference is said at its cell.
    expect(findings.map((f) => `${f.sheet}!${f.cell} ${f.detail.kind}`)).toEqual(['Budget!E2 label-not-counted']);
  });

  test('#REF! and #VALUE! cells become findings, not crashes', () => {
    let wb = typeInto(base(), 'Budget', 'G4', '#REF!');
    wb = typeInto(wb, 'Budget', 'B3', '#VALUE!');
    const { report } = checkWorkbook(wb);
    const atCell = (ref: string) => report.findings.filter((f) => `${f.sheet}!${f.cell}` === ref);
    // The error itself, then what it means for the line: its beneficiary is missing.
    expect(atCell('Budget!B3').map((f) => findingMessage(f))).toEqual([
      'La cellule contient une erreur de calcul (#VALUE!)\u00A0: elle est ignorée.',
      'L02\u00A0: bénéficiaire non renseigné.',
    ]);
    expect(atCell('Budget!G4')).toEqual([expect.objectContaining({ code: 'unreadable-amount', severity: 'error' })]);
    expect(findingMessage(atCell('Budget!G4')[0])).toContain('«\u00A0#REF!\u00A0»');
  });

  test('merged cells, a comment row and duplicate ids are each reported at their cell', () => {
    let wb = typeInto(base(), 'Budget', 'B7', 'à revoir avec la mairie'); // a comment left under the table
    wb = typeInto(wb, 'Budget', 'A5', 'L03'); // L04 retyped as L03
    wb = { sheets: wb.sheets.map((s) => (s.name === 'Axes' ? { ...s, merges: ['B2:C2'] } : s)) };
    const { report, convention } = checkWorkbook(wb);
    expect(convention.budget).toHaveLength(4);
    const f = (code: string) => report.findings.filter((x) => x.code === code).map((x) => `${x.sheet}!${x.cell} ${findingMessage(x)}`);
    expect(f('duplicate-id')).toEqual(['Budget!A5 L’identifiant L03 est utilisé 2 fois\u00A0: chaque ligne doit avoir le sien.']);
    expect(f('unreadable-cell')).toEqual([
      'Axes!B2 Cellules fusionnées B2:C2\u00A0: seule la première cellule est lue\u00A0; défusionnez-les pour saisir une valeur par cellule.',
      'Budget!B7 Ligne 7 ignorée\u00A0: elle ne contient qu’un commentaire, sans identifiant.',
    ]);
  });

  test('a 10 000-character cell is read whole, quickly and without a finding', () => {
    const long = 'Constat partagé. '.repeat(600).slice(0, 10000);
    const wb = typeInto(base(), 'Actions', 'F3', long);
    const { convention, findings } = readWorkbook(wb);
    expect(convention.actions[1].context).toBe(long);
    expect(findings).toEqual([]);
  });

  test('unknown labels, bad years and bad dates are reported and never thrown', () => {
    let wb = typeInto(base(), 'Budget', 'E3', 'Région');
    wb = typeInto(wb, 'Convention', 'B4', '2O24'); // letter O
    wb = typeInto(wb, 'Convention', 'B6', '31/02/2024');
    wb = typeInto(wb, 'Convention', 'E2', 'beaucoup');
    const { convention, findings } = readWorkbook(wb);
    expect(convention.budget[1].funder).toBe('autre');
    expect(convention.period.startYear).toBeUndefined();
    expect(convention.signatureDate).toBeUndefined();
    expect(convention.envelopes.map((e) => e.year)).toEqual([2025]);
    expect(at(findings)).toEqual(['Convention!B4', 'Convention!B6', 'Convention!E2', 'Budget!E3']);
    expect(findingMessage(findings[3])).toBe(
      '«\u00A0Région\u00A0» n’est pas une valeur connue (CAF, Commune, EPCI, Conseil départemental, MSA, Autre)\u00A0: lue comme «\u00A0Autre\u00A0».',
    );
  });

  test('a workbook made of random junk still reads', () => {
    const wb: WorkbookSnapshot = {
      sheets: [
        grid('Budget', [
          ['x', 2024, '2025'],
          [null as unknown as string, true, new Date(0)],
          ['#N/A', '=1+1', -3],
        ]),
        grid('Convention', [[]]),
      ],
    };
    expect(() => checkWorkbook(wb)).not.toThrow();
    const { report } = checkWorkbook(wb);
    expect(report.findings.some((f) => f.code === 'unreconciled' && f.sheet === 'Axes')).toBe(true);
  });

  test('a renamed header is reported once as unreconciled, not as one empty field per row', () => {
    const wb = typeInto(base(), 'Budget', 'B1', 'Porteur');
    const { report } = checkWorkbook(wb);
    expect(report.findings.filter((f) => f.code === 'unreconciled').map((f) => f.sheet)).toEqual(['Budget']);
    expect(report.findings.filter((f) => f.code === 'empty-field')).toEqual([]);
  });

  test('a number with more than two decimals (a formula result) is named as such at its cell', () => {
    let wb = typeInto(base(), 'Budget', 'G2', 40513.004);
    wb = typeInto(wb, 'Convention', 'E2', 1000.125);
    const { report } = checkWorkbook(wb);
    const bad = report.findings.filter((f) => findingMessage(f).includes('décimales'));
    expect(bad.map((f) => `${f.sheet}!${f.cell} ${f.severity}`)).toEqual(['Convention!E2 error', 'Budget!G2 error']);
    expect(findingMessage(bad[1])).toBe('«\u00A040513.004\u00A0» a plus de deux décimales\u00A0: un montant s’arrête aux centimes. La valeur est ignorée.');
    expect(bad.some((f) => findingMessage(f).includes('milliers'))).toBe(false);
  });

  test('a line without id is named by its sheet row, the same in the reader and the check', () => {
    let wb = insertRow(base(), 'Budget', 3);
    wb = insertRow(wb, 'Budget', 3); // L03 is now on row 6
    wb = typeInto(wb, 'Budget', 'A6', '');
    wb = typeInto(wb, 'Budget', 'E6', '');
    const { report } = checkWorkbook(wb);
    const row6 = report.findings.filter((f) => f.code === 'empty-field' && f.sheet === 'Budget' && /^Budget!?[A-Z]6$/.test(`Budget!${f.cell}`));
    expect(row6.map((f) => `${f.cell} ${findingMessage(f)}`)).toEqual([
      'E6 Ligne 6\u00A0: financeur non renseigné.',
      'A6 Ligne 6\u00A0: identifiant non renseigné.',
    ]);
  });

  test('a "Total" row typed under the budget is noted, not read as a line without id', () => {
    let wb = typeInto(base(), 'Budget', 'B7', 'TOTAL 2024-2025');
    wb = typeInto(wb, 'Budget', 'G7', 50000);
    wb = typeInto(wb, 'Budget', 'H7', 50000);
    wb = typeInto(wb, 'Budget', 'B8', 'Sous-total');
    wb = typeInto(wb, 'Budget', 'G8', 1000);
    const { report, convention } = checkWorkbook(wb);
    expect(convention.budget.map((l) => l.id)).toEqual(['L01', 'L02', 'L03', 'L04']);
    const notes = report.findings.filter((f) => f.sheet === 'Budget' && ['B7', 'B8'].includes(f.cell ?? ''));
    expect(notes.map((f) => `${f.severity} ${f.cell}`)).toEqual(['info B7', 'info B8']);
    expect(findingMessage(notes[0])).toContain('ligne de total');
    expect(report.findings.filter((f) => f.code === 'empty-field')).toEqual([]);
  });
});
