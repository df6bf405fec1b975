// Property: whatever a co-editor types (cells, inserted rows, added columns in the
// typed tabs; notes beside the generated block of Contrôle and of an axis tab),
// a refresh loses none of it; its plan applied twice changes nothing more; and
// one refresh converges (it repairs the typed tabs before building Contrôle).
import fc from 'fast-check';
import { checkWorkbook, refreshPlan } from '../../src/core/workbook/refresh';
import { loadExample } from '../helpers/examples';
import { applyPlan } from '../../src/core/workbook/snapshot-apply';
import { CellValue, WorkbookSnapshot } from '../../src/core/workbook/types';
import { columnLetter } from '../../src/core/workbook/a1';
import { buildWorkbook, typeInto, insertRow, cell } from './helpers';
import { smallConvention } from './fixture';

const TYPED = ['Convention', 'Axes', 'Actions', 'Budget'] as const;

/** Generated tabs: Contrôle, and the first axis tab whatever its title. */
const GENERATED = ['Contrôle', 'Axe 1'] as const;

type Edit =
  | { kind: 'note'; sheet: (typeof GENERATED)[number]; row: number; col: number; value: CellValue }
  | { kind: 'type'; sheet: (typeof TYPED)[number]; row: number; col: number; value: CellValue }
  | { kind: 'insertRow'; sheet: (typeof TYPED)[number]; row: number }
  | { kind: 'addColumn'; sheet: (typeof TYPED)[number]; header: string; value: CellValue };

const value = fc.oneof(
  fc.constantFrom<CellValue>(
    'L09',
    'FA01',
    'AX2',
    'CAF',
    'Commune',
    'En cours',
    '2024',
    '12abc',
    '1 234,56 €',
    '=IMPORTXML("x","y")',
    '+cmd',
    'à revoir',
    '#REF!',
  ),
  fc.integer({ min: -1000, max: 100000 }),
  fc.string({ minLength: 1, maxLength: 12 }).filter((s) => s.trim() !== ''),
);
const sheetArb = fc.constantFrom(...TYPED);
const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant('type' as const), sheet: sheetArb, row: fc.integer({ min: 1, max: 12 }), col: fc.integer({ min: 1, max: 18 }), value }),
  fc.record({ kind: fc.constant('insertRow' as const), sheet: sheetArb, row: fc.integer({ min: 1, max: 8 }) }),
  fc.record({ kind: fc.constant('addColumn' as const), sheet: sheetArb, header: fc.constantFrom('Commentaire', 'Suivi', 'Notes du comité'), value }),
  // Right of the generated columns (Contrôle ends at E, an axis tab at F for the two-year fixture).
  fc.record({
    kind: fc.constant('note' as const),
    sheet: fc.constantFrom(...GENERATED),
    row: fc.integer({ min: 1, max: 40 }),
    col: fc.integer({ min: 8, max: 14 }),
    value,
  }),
);

const tabName = (wb: WorkbookSnapshot, sheet: string) => wb.sheets.find((s) => s.name === sheet || s.name.startsWith(`${sheet} `))!.name;

type Expected = { sheet: string; row: number; col: number; value: CellValue };

function applyEdits(start: WorkbookSnapshot, edits: Edit[]): { wb: WorkbookSnapshot; expected: Expected[] } {
  let wb = start;
  let expected: Expected[] = [];
  for (const e of edits) {
    if (e.kind === 'note') {
      const name = tabName(wb, e.sheet);
      wb = typeInto(wb, name, `${columnLetter(e.col)}${e.row}`, e.value);
      expected = expected.filter((x) => !(x.sheet === name && x.row === e.row && x.col === e.col));
      expected.push({ sheet: name, row: e.row, col: e.col, value: e.value });
      continue;
    }
    const width = wb.sheets.find((s) => s.name === e.sheet)!.values[0]?.length ?? 0;
    if (e.kind === 'insertRow') {
      wb = insertRow(wb, e.sheet, e.row);
      expected = expected.map((x) => (x.sheet === e.sheet && x.row >= e.row ? { ...x, row: x.row + 1 } : x));
    } else if (e.kind === 'addColumn') {
      const col = width + 1;
      wb = typeInto(typeInto(wb, e.sheet, `${columnLetter(col)}1`, e.header), e.sheet, `${columnLetter(col)}2`, e.value);
      expected.push({ sheet: e.sheet, row: 1, col, value: e.header }, { sheet: e.sheet, row: 2, col, value: e.value });
    } else {
      wb = typeInto(wb, e.sheet, `${columnLetter(e.col)}${e.row}`, e.value);
      expected = expected.filter((x) => !(x.sheet === e.sheet && x.row === e.row && x.col === e.col));
      expected.push({ sheet: e.sheet, row: e.row, col: e.col, value: e.value });
    }
  }
  return { wb, expected };
}

test('refresh keeps every co-editor edit, its plan is idempotent, and one refresh converges', () => {
  const base = buildWorkbook(smallConvention());
  fc.assert(
    fc.property(fc.array(edit, { minLength: 1, maxLength: 12 }), (edits) => {
      const { wb, expected } = applyEdits(base, edits);
      const { plan } = refreshPlan(wb);
      const after = applyPlan(wb, plan);
      for (const x of expected)
        expect([x.sheet, x.row, x.col, cell(after, x.sheet, `${columnLetter(x.col)}${x.row}`)]).toEqual([x.sheet, x.row, x.col, x.value]);
      expect(applyPlan(after, plan)).toEqual(after);
      expect(refreshPlan(after).plan.ops).toEqual([]);
    }),
    { numRuns: 150 },
  );
});

// Property: on seed 001, whatever partners type in the funder and amount cells of the CAF
// lines or the year headers, a year is balanced, under or over only when every amount it
// needs was read with certainty — and then exactly as an independent sum says; otherwise it
// is incomplete. The model below decides readability on its own, from the typed values.
describe('no year is settled on amounts that could not be read', () => {
  const seed = loadExample('thore-montagne-noire');
  const seedBook = buildWorkbook(seed);
  const ENVELOPE = 24180100;
  const YEARS = [2023, 2024, 2025];
  const YEAR_COL = { 2023: 'G', 2024: 'H', 2025: 'I' } as Record<number, string>;
  const roles = ['CAF', 'caf', 'Commune', 'EPCI', '', 'Région'];
  const amounts: fc.Arbitrary<CellValue> = fc.oneof(
    fc.integer({ min: 0, max: 5000000 }).map((cents) => cents / 100),
    fc.constantFrom<CellValue>('', 0, 40513.004, '12abc', true, '#REF!', '50%', new Date('2024-03-01T00:00:00Z')),
  );
  const headers = fc.constantFrom('2024', 'Année 2024', '2024 (€)', 'Montant 2024', 'Prévu', 'Réalisé 2024');
  const partnerEdit = fc.oneof(
    fc.record({ kind: fc.constant('funder' as const), line: fc.integer({ min: 0, max: 8 }), value: fc.constantFrom(...roles) }),
    fc.record({ kind: fc.constant('amount' as const), line: fc.integer({ min: 0, max: 8 }), year: fc.constantFrom(...YEARS), value: amounts }),
    fc.record({ kind: fc.constant('header' as const), value: headers }),
  );

  /** Cents of a cell the reader must be able to read with certainty, or null. */
  const certainCents = (v: CellValue): number | null => {
    if (v === '') return 0;
    if (typeof v === 'number' && Math.abs(Math.round(v * 100) - v * 100) < 1e-6) return Math.round(v * 100);
    return null;
  };

  it('holds for random partner edits', () => {
    fc.assert(
      fc.property(fc.array(partnerEdit, { minLength: 1, maxLength: 10 }), (edits) => {
        let wb = seedBook;
        const funder = seed.budget.map(() => 'CAF');
        const cells = seed.budget.map((l) => Object.fromEntries(YEARS.map((y) => [y, ((l.amounts[String(y)] as number) / 100) as CellValue])));
        let header2024 = '2024';
        for (const e of edits) {
          if (e.kind === 'funder') {
            funder[e.line] = e.value;
            wb = typeInto(wb, 'Budget', `E${e.line + 2}`, e.value);
          } else if (e.kind === 'amount') {
            cells[e.line][e.year] = e.value;
            wb = typeInto(wb, 'Budget', `${YEAR_COL[e.year]}${e.line + 2}`, e.value);
          } else {
            header2024 = e.value;
            wb = typeInto(wb, 'Budget', 'H1', e.value);
          }
        }
        const known = (f: string) => ['caf', 'commune', 'epci'].includes(f.toLowerCase());
        const expected = YEARS.map((y) => {
          if (y === 2024 && !['2024', 'Année 2024', '2024 (€)', 'Montant 2024'].includes(header2024)) return 'incomplete';
          let sum = 0;
          for (let i = 0; i < funder.length; i++) {
            const cents = certainCents(cells[i][y]);
            const isCaf = funder[i].toLowerCase() === 'caf';
            if (!known(funder[i]) && (cents === null || cents !== 0)) return 'incomplete';
            if (isCaf && cents === null) return 'incomplete';
            if (isCaf) sum += cents!;
          }
          return sum === ENVELOPE ? 'balanced' : sum > ENVELOPE ? 'over' : 'under';
        });
        expect(checkWorkbook(wb).report.years.map((y) => y.status)).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });
});
