// What partners do to the seed 001 workbook, one edit at a time (issue 10): for each, the
// finding at its cell, the exit code `ctg check` would give, the per-year statuses (never
// balanced, under or over on amounts that could not be read), and then refresh twice: every
// cell a person filled in a typed tab is as it was, and the second refresh writes nothing.
import { checkWorkbook, refreshPlan } from '../../src/core/workbook/refresh';
import { applyPlan } from '../../src/core/workbook/snapshot-apply';
import { hasErrors, YearStatus } from '../../src/core/domain/report';
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from '../../src/core/workbook/types';
import { buildWorkbook, typeInto, insertRow, grid } from './helpers';
import { loadExample } from '../helpers/examples';

const base = buildWorkbook(loadExample('thore-montagne-noire'));
const OK: YearStatus[] = ['balanced', 'balanced', 'balanced'];

type Edit = (wb: WorkbookSnapshot) => WorkbookSnapshot;
type Case = {
  edit: Edit;
  /** "Tab!Cell kind" (or "Tab kind" for a finding without a cell) that must be among the findings. */
  finds?: string[];
  exit: 0 | 1;
  years: YearStatus[];
};

// ---- edits ------------------------------------------------------------------

const type =
  (tab: string, ref: string, value: CellValue): Edit =>
  (wb) =>
    typeInto(wb, tab, ref, value);
const seq =
  (...edits: Edit[]): Edit =>
  (wb) =>
    edits.reduce((w, e) => e(w), wb);
const mapSheets =
  (fn: (s: SheetSnapshot) => SheetSnapshot | null): Edit =>
  (wb) => ({ sheets: wb.sheets.map(fn).filter((s): s is SheetSnapshot => s !== null) });
const rename = (from: string, to: string): Edit => mapSheets((s) => (s.name === from ? { ...s, name: to } : s));
const remove = (tab: string): Edit => mapSheets((s) => (s.name === tab ? null : s));
const formulaIn = (tab: string, row: number, col: number, f: string, value: CellValue): Edit =>
  mapSheets((s) => {
    if (s.name !== tab) return s;
    const values = s.values.map((r) => [...r]);
    const formulas = s.formulas.map((r) => [...r]);
    values[row - 1][col - 1] = value;
    formulas[row - 1][col - 1] = f;
    return { ...s, values, formulas };
  });
/** Inserts an empty column before `col` (1-based) in a typed tab, as a person would. */
const insertColumn = (tab: string, col: number, header: string): Edit =>
  mapSheets((s) => {
    if (s.name !== tab) return s;
    const put = <T>(rows: T[][], v: (r: number) => T) => rows.map((r, i) => [...r.slice(0, col - 1), v(i), ...r.slice(col - 1)]);
    return { ...s, values: put(s.values, (i) => (i === 0 ? header : '')), formulas: put(s.formulas, () => '') };
  });
/** Swaps two columns of a typed tab (headers and cells move together). */
const swapColumns = (tab: string, a: number, b: number): Edit =>
  mapSheets((s) => {
    if (s.name !== tab) return s;
    const swap = <T>(rows: T[][]) => rows.map((r) => r.map((v, i) => (i === a - 1 ? r[b - 1] : i === b - 1 ? r[a - 1] : v)));
    return { ...s, values: swap(s.values), formulas: swap(s.formulas) };
  });
const merge = (tab: string, range: string): Edit => mapSheets((s) => (s.name === tab ? { ...s, merges: [...(s.merges ?? []), range] } : s));
const addTab =
  (name: string, rows: CellValue[][]): Edit =>
  (wb) => ({ sheets: [...wb.sheets, grid(name, rows)] });

const date = (iso: string) => new Date(`${iso}T00:00:00Z`);

// Budget: A id, B bénéficiaire, C équipement, D nature, E financeur, F fiche, G 2023, H 2024, I 2025, J total; L01…L09 on rows 2…10, all CAF.
// Convention: A/B fields (2 nom, 3 territoire, 4 début, 5 fin, 6 signature, 7 chargé(e), 8 tolérance, 9 total), D/E envelopes (2…4), G/H signatories (2…5).
const CASES: Record<string, Case> = {
  // Headers renamed: recognised when the meaning is clear, otherwise the year is incomplete.
  'funder header « Financé par »': { edit: type('Budget', 'E1', 'Financé par'), exit: 0, years: OK },
  'funder header lower case « financeur »': { edit: type('Budget', 'E1', 'financeur'), exit: 0, years: OK },
  'funder header « Payeur »': {
    edit: type('Budget', 'E1', 'Payeur'),
    finds: ['Budget missing-column', 'Budget!G1 incomplete-year'],
    exit: 1,
    years: ['incomplete', 'incomplete', 'incomplete'],
  },
  'year header « Année 2024 »': { edit: type('Budget', 'H1', 'Année 2024'), exit: 0, years: OK },
  'year header « 2024 (€) »': { edit: type('Budget', 'H1', '2024 (€)'), exit: 0, years: OK },
  'year header « Montant 2024 »': { edit: type('Budget', 'H1', 'Montant 2024'), exit: 0, years: OK },
  'year header typed as the number 2024': { edit: type('Budget', 'H1', 2024), exit: 0, years: OK },
  'year header « Prévu N+1 »': {
    edit: type('Budget', 'H1', 'Prévu N+1'),
    finds: ['Budget incomplete-year'],
    exit: 1,
    years: ['balanced', 'incomplete', 'balanced'],
  },
  'year header « Réalisé 2024 » (another column)': {
    edit: type('Budget', 'H1', 'Réalisé 2024'),
    finds: ['Budget incomplete-year'],
    exit: 1,
    years: ['balanced', 'incomplete', 'balanced'],
  },
  'id header « Code »': { edit: type('Budget', 'A1', 'Code'), finds: ['Budget missing-column'], exit: 1, years: ['incomplete', 'incomplete', 'incomplete'] },
  'id header alias « N° »': { edit: type('Budget', 'A1', 'N°'), exit: 0, years: OK },
  'beneficiary header renamed': { edit: type('Budget', 'B1', 'Porteur'), finds: ['Budget missing-column'], exit: 0, years: OK },
  'Actions header « Intitulé » → « Titre »': { edit: type('Actions', 'B1', 'Titre'), finds: ['Actions missing-column'], exit: 0, years: OK },
  // Tabs renamed or deleted.
  'Budget tab renamed « Budget 2023 »': { edit: rename('Budget', 'Budget 2023'), finds: ['Budget 2023 typed-tab-renamed'], exit: 0, years: OK },
  'Budget tab renamed « budget  » (case, spaces)': { edit: rename('Budget', 'budget '), exit: 0, years: OK },
  'Budget tab deleted': {
    edit: remove('Budget'),
    finds: ['Budget missing-tab', 'Budget incomplete-year'],
    exit: 1,
    years: ['incomplete', 'incomplete', 'incomplete'],
  },
  'Axes tab renamed « Nos axes »': { edit: rename('Axes', 'Nos axes'), finds: ['Nos axes typed-tab-renamed'], exit: 0, years: OK },
  'Axes tab deleted': { edit: remove('Axes'), finds: ['Axes missing-tab', 'Actions!C2 unknown-axis'], exit: 0, years: OK },
  'Actions tab renamed « Fiches »': { edit: rename('Actions', 'Fiches'), finds: ['Fiches typed-tab-renamed'], exit: 0, years: OK },
  'Convention tab renamed « Convention 2023-2025 »': {
    edit: rename('Convention', 'Convention 2023-2025'),
    finds: ['Convention 2023-2025 typed-tab-renamed'],
    exit: 0,
    years: OK,
  },
  // Funders.
  'funder erased on a CAF line': {
    edit: type('Budget', 'E2', ''),
    finds: ['Budget!E2 empty-field', 'Budget!G1 incomplete-year', 'Budget!H1 incomplete-year', 'Budget!I1 incomplete-year'],
    exit: 1,
    years: ['incomplete', 'incomplete', 'incomplete'],
  },
  'funder in lower case « caf »': { edit: type('Budget', 'E2', 'caf'), exit: 0, years: OK },
  'funder with spaces « CAF  »': { edit: type('Budget', 'E2', 'CAF  '), finds: ['Budget!E2 label-not-counted'], exit: 0, years: OK },
  'funder « Région » (unknown)': {
    edit: type('Budget', 'E3', 'Région'),
    finds: ['Budget!E3 unknown-label', 'Budget!H1 incomplete-year'],
    exit: 1,
    years: ['incomplete', 'incomplete', 'incomplete'],
  },
  'funder changed to « Commune »': {
    edit: type('Budget', 'E2', 'Commune'),
    finds: ['Budget!G1 under-allocation'],
    exit: 0,
    years: ['under', 'under', 'under'],
  },
  // Amount cells.
  'amount typed as text « 40 513 € »': { edit: type('Budget', 'G2', '40 513 €'), finds: ['Budget!G2 amount-as-text'], exit: 0, years: OK },
  'a date typed in an amount cell': {
    edit: type('Budget', 'G2', date('2024-03-01')),
    finds: ['Budget!G2 unreadable-amount', 'Budget!G1 incomplete-year'],
    exit: 1,
    years: ['incomplete', 'balanced', 'balanced'],
  },
  'a time typed in an amount cell': {
    edit: type('Budget', 'H2', new Date('1899-12-30T10:30:00Z')),
    finds: ['Budget!H2 unreadable-amount', 'Budget!H1 incomplete-year'],
    exit: 1,
    years: ['balanced', 'incomplete', 'balanced'],
  },
  'a boolean in an amount cell': {
    edit: type('Budget', 'I2', true),
    finds: ['Budget!I2 unreadable-amount', 'Budget!I1 incomplete-year'],
    exit: 1,
    years: ['balanced', 'balanced', 'incomplete'],
  },
  'a #REF! error in an amount cell': {
    edit: type('Budget', 'G3', '#REF!'),
    finds: ['Budget!G3 unreadable-amount', 'Budget!G1 incomplete-year'],
    exit: 1,
    years: ['incomplete', 'balanced', 'balanced'],
  },
  '« 12abc » in an amount cell': {
    edit: type('Budget', 'H3', '12abc'),
    finds: ['Budget!H3 unreadable-amount', 'Budget!H1 incomplete-year'],
    exit: 1,
    years: ['balanced', 'incomplete', 'balanced'],
  },
  'a percentage typed as text « 50% »': {
    edit: type('Budget', 'H4', '50%'),
    finds: ['Budget!H4 unreadable-amount', 'Budget!H1 incomplete-year'],
    exit: 1,
    years: ['balanced', 'incomplete', 'balanced'],
  },
  'an amount with sub-cent digits': {
    edit: type('Budget', 'G2', 40513.004),
    finds: ['Budget!G2 sub-cent-number', 'Budget!G1 incomplete-year'],
    exit: 1,
    years: ['incomplete', 'balanced', 'balanced'],
  },
  'a 400-digit number typed as text': {
    edit: type('Budget', 'G2', '9'.repeat(400)),
    finds: ['Budget!G2 unreadable-amount', 'Budget!G1 incomplete-year'],
    exit: 1,
    years: ['incomplete', 'balanced', 'balanced'],
  },
  'an amount erased': { edit: type('Budget', 'H2', ''), finds: ['Budget!H1 under-allocation'], exit: 0, years: ['balanced', 'under', 'balanced'] },
  'one euro more on a CAF line': { edit: type('Budget', 'H2', 40514), finds: ['Budget!H1 over-allocation'], exit: 1, years: ['balanced', 'over', 'balanced'] },
  'one euro less on a CAF line': {
    edit: type('Budget', 'H2', 40512),
    finds: ['Budget!H1 under-allocation'],
    exit: 0,
    years: ['balanced', 'under', 'balanced'],
  },
  'a negative amount': { edit: type('Budget', 'G4', -1), finds: ['Budget!G4 negative-amount'], exit: 1, years: ['under', 'balanced', 'balanced'] },
  'an amount kept as a formula a partner wrote': { edit: formulaIn('Budget', 2, 7, '=40000+513', 40513), exit: 0, years: OK },
  'a partner’s own formula in a row total': { edit: formulaIn('Budget', 2, 10, '=G2+H2+I2', 121539), exit: 0, years: OK },
  'a value typed over a row total': { edit: type('Budget', 'J3', 'voir note'), exit: 0, years: OK },
  // Rows and columns.
  'a total row typed under the budget': {
    edit: seq(type('Budget', 'B12', 'Total'), type('Budget', 'G12', 241801)),
    finds: ['Budget!B12 total-row'],
    exit: 0,
    years: OK,
  },
  'a comment row in the budget': { edit: type('Budget', 'B12', 'Montants à confirmer en juin'), finds: ['Budget!B12 comment-row'], exit: 0, years: OK },
  'a blank row inserted among the lines': { edit: (wb) => insertRow(wb, 'Budget', 5), exit: 0, years: OK },
  'a title row inserted above the budget headers': {
    edit: seq((wb) => insertRow(wb, 'Budget', 1), type('Budget', 'A1', 'Budget prévisionnel')),
    exit: 0,
    years: OK,
  },
  'a column inserted before the years': { edit: insertColumn('Budget', 7, 'Commentaire'), exit: 0, years: OK },
  'two columns swapped (bénéficiaire, nature)': { edit: swapColumns('Budget', 2, 4), exit: 0, years: OK },
  'the funder column moved after the years': { edit: swapColumns('Budget', 5, 9), exit: 0, years: OK },
  'a line id duplicated': { edit: type('Budget', 'A3', 'L01'), finds: ['Budget!A3 duplicate-id'], exit: 1, years: OK },
  'a line id erased': { edit: type('Budget', 'A5', ''), finds: ['Budget!A5 empty-field'], exit: 1, years: OK },
  'a beneficiary erased': { edit: type('Budget', 'B5', ''), finds: ['Budget!B5 empty-field'], exit: 1, years: OK },
  'an unknown fiche action on a line': { edit: type('Budget', 'F2', 'FA99'), finds: ['Budget!F2 unknown-action'], exit: 0, years: OK },
  'merged cells in the budget': { edit: merge('Budget', 'B2:C2'), finds: ['Budget!B2 merged-cells'], exit: 0, years: OK },
  // The Convention tab.
  // The convention states its multi-year total (725 403 €): the envelopes no longer add up to it.
  'a 2024 envelope erased': {
    edit: type('Convention', 'E3', ''),
    finds: ['Convention!E3 missing-envelope', 'Convention!B9 envelope-total-mismatch'],
    exit: 1,
    years: ['balanced', 'missing-envelope', 'balanced'],
  },
  'the 2024 envelope given twice': {
    edit: seq(type('Convention', 'D5', 2024), type('Convention', 'E5', 200000)),
    finds: ['Convention!E5 incomplete-year'],
    exit: 1,
    years: ['balanced', 'incomplete', 'balanced'],
  },
  'an envelope typed as text': { edit: type('Convention', 'E2', '241 801 €'), finds: ['Convention!E2 amount-as-text'], exit: 0, years: OK },
  'an unreadable envelope': {
    edit: type('Convention', 'E2', '241.801,5.6'),
    finds: ['Convention!E2 unreadable-money'],
    exit: 1,
    years: ['missing-envelope', 'balanced', 'balanced'],
  },
  // No period, no year is checked (nothing is said of any balance): a warning.
  'the start year erased': { edit: type('Convention', 'B4', ''), finds: ['Convention!B4 period-incomplete'], exit: 0, years: [] },
  'the end year « 2O25 »': { edit: type('Convention', 'B5', '2O25'), finds: ['Convention!B5 not-a-year'], exit: 1, years: [] },
  'the territory erased': { edit: type('Convention', 'B3', ''), finds: ['Convention!B3 empty-field'], exit: 1, years: OK },
  'a signature date « 31/02/2022 »': { edit: type('Convention', 'B6', '31/02/2022'), finds: ['Convention!B6 not-a-date'], exit: 1, years: OK },
  'a signatory role unknown': { edit: type('Convention', 'H2', 'Mairie'), finds: ['Convention!H2 unknown-label'], exit: 0, years: OK },
  'the tolerance typed as text': { edit: type('Convention', 'B8', '1 €'), finds: ['Convention!B8 amount-as-text'], exit: 0, years: OK },
  // Axes and actions.
  'an axis title erased': { edit: type('Axes', 'B2', ''), finds: ['Axes!B2 empty-field'], exit: 1, years: OK },
  'an axis type unknown « Pilier »': { edit: type('Axes', 'C2', 'Pilier'), finds: ['Axes!C2 unknown-label'], exit: 0, years: OK },
  'an action attached to an unknown axis': { edit: type('Actions', 'C2', 'AX9'), finds: ['Actions!C2 unknown-axis'], exit: 0, years: OK },
  'an action status erased': { edit: type('Actions', 'O2', ''), exit: 0, years: OK },
  'an action status « terminée »': { edit: type('Actions', 'N2', 'terminée'), finds: ['Actions!N2 unknown-label'], exit: 0, years: OK },
  'an action id duplicated': { edit: type('Actions', 'A3', 'FA01'), finds: ['Actions!A3 duplicate-id'], exit: 1, years: OK },
  // Generated tabs and other tabs.
  'a note typed right of Contrôle': { edit: type('Contrôle', 'M2', 'à voir en COPIL'), exit: 0, years: OK },
  'a note typed below Contrôle': { edit: type('Contrôle', 'A80', 'note du chargé de coopération'), exit: 0, years: OK },
  'a tab of the partner’s own': { edit: addTab('Mes notes', [['Remarque'], ['Appeler la CAF']]), exit: 0, years: OK },
};

const at = (f: { sheet: string; cell?: string; detail: { kind: string } }) =>
  f.cell ? `${f.sheet}!${f.cell} ${f.detail.kind}` : `${f.sheet} ${f.detail.kind}`;
const GENERATED = /^(Contrôle|Axe \d+ – )/;

/** The row totals the plan writes (=SUM over one row): the product's own cells, kept right when the columns they sum move. */
/** Réalisé's lookups of a line's beneficiary and funder in Budget: the product's, they follow Budget's columns. */
const LOOKUP = /^=IFERROR\(INDEX\(/;
const ROW_TOTAL = /^=SUM\((\$?[A-Z]+\$?(\d+))([:,]\$?[A-Z]+\$?\2)*\)$/;
// Budget's generated total row (budget-total.ts): a column's sum, the product's to keep up to date.
const COLUMN_TOTAL = /^=SUM\(([A-Z]+)\d+:\1\d+(,\1\d+:\1\d+)?\)$/;

/** Every non-empty cell (value or formula) a person filled in the tabs people type in. */
function typedCells(wb: WorkbookSnapshot): Map<string, string> {
  const out = new Map<string, string>();
  for (const s of wb.sheets) {
    if (GENERATED.test(s.name)) continue;
    s.values.forEach((row, r) =>
      row.forEach((v, c) => {
        const f = s.formulas[r]?.[c] ?? '';
        if (ROW_TOTAL.test(f) || COLUMN_TOTAL.test(f) || LOOKUP.test(f)) return;
        const shown = v instanceof Date ? v.toISOString() : String(v);
        if (shown !== '' || f !== '') out.set(`${s.name}!${r + 1}:${c + 1}`, `${shown}|${f}`);
      }),
    );
  }
  return out;
}

test('at least 60 kinds of co-editor edits are covered', () => {
  expect(Object.keys(CASES).length).toBeGreaterThanOrEqual(60);
});

describe.each(Object.entries(CASES))('%s', (_name, c) => {
  const wb = c.edit(base);
  const { report } = checkWorkbook(wb);

  it('is reported at its cell, with the exit code and year statuses it deserves', () => {
    const found = report.findings.map(at);
    for (const f of c.finds ?? []) expect(found).toContain(f);
    expect(hasErrors(report.findings) ? 1 : 0).toBe(c.exit);
    expect(report.years.map((y) => y.status)).toEqual(c.years);
  });

  it('two refreshes keep every cell a person filled, and the second writes nothing', () => {
    const before = typedCells(wb);
    const once = applyPlan(wb, refreshPlan(wb).plan);
    const after = typedCells(once);
    for (const [where, content] of before) expect(`${where} ${after.get(where)}`).toBe(`${where} ${content}`);
    expect(refreshPlan(once).plan.ops).toEqual([]);
  });
});
