// Implausible input gets a finding (issue 10, part 8): a zero envelope, an amount above
// 100 000 000 € on one line or in an envelope, and a 400-digit number typed in an amount or
// envelope cell (in a workbook, a .xlsx file or a convention JSON) — never a crash, never a
// year settled without it, always French words at the cell or naming the field.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { IMPLAUSIBLE_CENTS } from '../../src/core/domain/check';
import { planWorkbook } from '../../src/core/workbook/plan';
import { applyPlan, emptyWorkbook } from '../../src/core/workbook/snapshot-apply';
import { checkAsGenerated, checkWorkbook, refreshPlan } from '../../src/core/workbook/refresh';
import { applyPlanToWorkbook } from '../../src/adapters/xlsx/apply';
import { writeXlsxFile } from '../../src/hosts/cli/files';
import { parseConvention } from '../../src/core/wording/parse';
import { wordFinding } from '../../src/core/wording/finding-message';
import { plainSpaces } from '../../src/core/domain/money';
import type { CellValue, WorkbookSnapshot } from '../../src/core/workbook/types';
import { loadExample, clone } from '../helpers/examples';
import { runCtg } from '../helpers/run-ctg';

const DIGITS_400 = '9'.repeat(400);

/** The seed 001 workbook (Thoré Montagne Noire) with one cell typed over. */
function workbookWith(sheet: string, row: number, col: number, value: CellValue): WorkbookSnapshot {
  const wb = applyPlan(emptyWorkbook(), planWorkbook(loadExample('thore-montagne-noire'), emptyWorkbook()).plan);
  wb.sheets.find((s) => s.name === sheet)!.values[row - 1][col - 1] = value;
  return wb;
}

const at = (report: { findings: { sheet: string; cell?: string; code: string; severity: string }[] }, where: string) =>
  report.findings.filter((f) => `${f.sheet}!${f.cell}` === where).map((f) => `${f.severity}:${f.code}`);
const words = (report: ReturnType<typeof checkWorkbook>['report']) => report.findings.map((f) => plainSpaces(wordFinding(f).message));

describe('the envelope check', () => {
  test('a zero envelope is a warning at its cell (a negative one stays an error)', () => {
    const c = clone(loadExample('thore-montagne-noire'));
    c.envelopes[1].amountCents = 0;
    c.envelopes[2].amountCents = -100;
    const { findings } = checkAsGenerated(c);
    expect(findings.filter((f) => f.code === 'zero-envelope').map((f) => [f.severity, f.detail])).toEqual([['warning', { kind: 'zero-envelope', year: 2024 }]]);
    expect(findings.filter((f) => f.code === 'negative-envelope')).toHaveLength(1);
  });

  test('an amount above 100 000 000 € on one line, or in an envelope, is reported; exactly the limit is not', () => {
    const c = clone(loadExample('thore-montagne-noire'));
    c.budget[0].amounts['2023'] = IMPLAUSIBLE_CENTS + 1;
    c.budget[1].amounts['2023'] = IMPLAUSIBLE_CENTS;
    c.envelopes[0].amountCents = 2 * IMPLAUSIBLE_CENTS;
    const { findings } = checkAsGenerated(c);
    expect(findings.filter((f) => f.code === 'implausible-amount').map((f) => f.detail)).toEqual([
      { kind: 'implausible-envelope', year: 2023, amountCents: 2 * IMPLAUSIBLE_CENTS, limitCents: IMPLAUSIBLE_CENTS },
      { kind: 'implausible-amount', line: { by: 'row', id: 'L01', row: 2 }, year: '2023', amountCents: IMPLAUSIBLE_CENTS + 1, limitCents: IMPLAUSIBLE_CENTS },
    ]);
  });

  test('in the workbook, the implausible amount and the zero envelope are pinned to their cells', () => {
    const wb = workbookWith('Budget', 2, 7, 150_000_000);
    wb.sheets.find((s) => s.name === 'Convention')!.values[2][4] = 0; // E3: the 2024 envelope
    const { report } = checkWorkbook(wb);
    expect(at(report, 'Budget!G2')).toEqual(['warning:implausible-amount']);
    expect(at(report, 'Convention!E3')).toEqual(['warning:zero-envelope']);
    expect(words(report)).toContain(
      'L01, 2023 : 150 000 000,00 € sur une seule ligne, plus de 100 000 000,00 € : vérifiez la saisie (un zéro de trop, une année ou un numéro collé dans le montant ?).',
    );
  });
});

describe('a 400-digit number', () => {
  for (const [label, value] of [
    ['typed as text', DIGITS_400],
    ['stored as a number', Number(DIGITS_400.slice(0, 300))],
    ['infinite (a damaged file)', Infinity],
  ] as const) {
    test(`${label} in a budget amount: an error at the cell, its year incomplete, nothing crashes`, () => {
      const wb = workbookWith('Budget', 2, 7, value);
      const { report } = checkWorkbook(wb);
      expect(at(report, 'Budget!G2')).toEqual(['error:unreadable-amount']);
      expect(report.years.find((y) => y.year === 2023)!.status).toBe('incomplete');
      const message = words(report).find((m) => m.startsWith('L01, 2023'))!;
      expect(message).toMatch(
        /^L01, 2023 : « (9{20}|1\d{19}|∞)(… \(\d+ caractères\))? » n’est pas un montant lisible : il est trop grand pour être un montant \(vérifiez la saisie\)\.$/,
      );
      expect(message).not.toMatch(/Infinity|e\+/);
      // The refresh plans without throwing and keeps the typed cell.
      expect(() => refreshPlan(wb)).not.toThrow();
    });
  }

  test('in an envelope cell: a French error at the cell', () => {
    const { report } = checkWorkbook(workbookWith('Convention', 2, 5, Number(DIGITS_400.slice(0, 300))));
    expect(at(report, 'Convention!E2')).toContain('error:unreadable-cell');
    // The digits the cell holds (a double: 1e300 is not exactly 1 followed by zeros), never "1e+300".
    expect(words(report)).toContainEqual(
      expect.stringMatching(
        /^« 1\d{19}… \(301 caractères\) » n’est pas un montant lisible : il est trop grand pour être un montant \(vérifiez la saisie\)\. La valeur est ignorée\.$/,
      ),
    );
  });

  test('in a convention JSON: a French message naming the field, for an envelope and a budget amount', () => {
    const text = JSON.stringify(loadExample('thore-montagne-noire'))
      .replace('"amountCents":24180100', `"amountCents":${DIGITS_400}`)
      .replace('"2023":4051300', `"2023":${DIGITS_400}`);
    const parsed = parseConvention(JSON.parse(text));
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.errors).toEqual(expect.arrayContaining(['envelopes.0.amountCents\u00A0: nombre trop grand\u00A0: vérifiez la saisie']));
    expect(parsed.errors.some((e) => /^budget\.\d+\.amounts\.2023\u00A0: nombre trop grand\u00A0: vérifiez la saisie$/.test(e))).toBe(true);
  });

  describe('through ctg', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ctg-implausible-'));
    afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

    test('ctg check on a .xlsx: exit 1, the cell named, no English; ctg init on such a JSON: exit 2 in French', async () => {
      const wb = new ExcelJS.Workbook();
      applyPlanToWorkbook(wb, planWorkbook(loadExample('thore-montagne-noire'), emptyWorkbook()).plan);
      wb.getWorksheet('Budget')!.getCell('G2').value = DIGITS_400;
      const file = path.join(dir, 'big.xlsx');
      await writeXlsxFile(wb, file);
      const check = await runCtg(['check', file]);
      expect(check.code).toBe(1);
      expect(check.out).toContain('Budget!G2 — L01, 2023 : « 99999999999999999999… (400 caractères) »');
      expect(check.out + check.err).not.toMatch(/Infinity|ZodError|invalid_type|at \w+ \(/);

      const json = path.join(dir, 'big.json');
      fs.writeFileSync(json, JSON.stringify(loadExample('thore-montagne-noire')).replace('"amountCents":24180100', `"amountCents":${DIGITS_400}`));
      const init = await runCtg(['init', json, '--out', path.join(dir, 'never.xlsx')]);
      expect(init.code).toBe(2);
      expect(init.err).toContain('envelopes.0.amountCents : nombre trop grand : vérifiez la saisie');
      expect(fs.existsSync(path.join(dir, 'never.xlsx'))).toBe(false);
    });
  });
});
