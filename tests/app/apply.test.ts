// The Apps Script applier and reader, against the fakes: literal text stays text,
// formulas become formulas, writes are batched and re-applying does not stack.
import fc from 'fast-check';
import { applyPlanToSpreadsheet } from '../../src/adapters/sheets/apply';
import { readSpreadsheet } from '../../src/adapters/sheets/read';
import type { Plan, PlanOp } from '../../src/core/workbook/types';
import { fakeAppsScript } from '../fakes/globals';
import { planWorkbook } from '../../src/core/workbook/plan';
import { applyPlan, emptyWorkbook } from '../../src/core/workbook/snapshot-apply';
import { loadExample } from '../helpers/examples';
import type { SpreadsheetAppLike, SpreadsheetLike } from '../../src/adapters/sheets/sheets-api';

function setup(sheets?: string[]) {
  const world = fakeAppsScript({ sheets });
  const app = world.globals.SpreadsheetApp as unknown as SpreadsheetAppLike;
  const book = world.globals.SpreadsheetApp.getActiveSpreadsheet() as unknown as SpreadsheetLike;
  return { world, apply: (plan: Plan) => applyPlanToSpreadsheet(app, book, plan), read: () => readSpreadsheet(book) };
}

const DANGEROUS = [
  '=IMPORTXML("http://x.example","//a")',
  "+cmd|' /C calc'!A0",
  '-2+3',
  '@SUM(A1)',
  "'quoted",
  '2025',
  '1 234,56 €',
  '2022-11-30',
  '\tTab',
  'TRUE',
];

describe('applyPlanToSpreadsheet', () => {
  test('strings from people are stored as the exact text, never as formulas or numbers', () => {
    const { world, apply } = setup();
    apply({
      ops: [
        { kind: 'addSheet', sheet: 'Actions', index: 0 },
        { kind: 'setValues', sheet: 'Actions', row: 2, col: 1, values: DANGEROUS.map((t) => [t]) },
      ],
    });
    const tab = world.spreadsheet.tab('Actions');
    const range = tab.getRange(2, 1, DANGEROUS.length, 1);
    expect(range.getValues().map((r) => r[0])).toEqual(DANGEROUS);
    expect(range.getFormulas().every((r) => r[0] === '')).toBe(true);
  });

  test('numbers, dates and booleans keep their type; setFormulas writes live formulas', () => {
    const { world, apply } = setup([]);
    const date = new Date(2022, 10, 30);
    apply({
      ops: [
        { kind: 'addSheet', sheet: 'Contrôle', index: 0 },
        { kind: 'setValues', sheet: 'Contrôle', row: 1, col: 1, values: [[2023, 241801, date, true]] },
        { kind: 'setFormulas', sheet: 'Contrôle', row: 2, col: 2, formulas: [['=SUM(B1,1)']] },
      ],
    });
    const tab = world.spreadsheet.tab('Contrôle');
    expect(tab.getRange(1, 1, 1, 4).getValues()).toEqual([[2023, 241801, date, true]]);
    expect(tab.getRange('B2').getFormulas()).toEqual([['=SUM(B1,1)']]);
  });

  test('row-by-row value ops are merged: 1 000 rows cost as many calls as 16', () => {
    const callsFor = (n: number) => {
      const { world, apply } = setup();
      const rows: PlanOp[] = Array.from({ length: n }, (_, i) => ({
        kind: 'setValues',
        sheet: 'Budget',
        row: i + 2,
        col: 1,
        values: [[`L${i}`, 'CAF', i * 100]],
      }));
      apply({ ops: [{ kind: 'addSheet', sheet: 'Budget', index: 0 }, ...rows] });
      expect(world.spreadsheet.tab('Budget').getLastRow()).toBe(n + 1);
      return world.counter.toJSON();
    };
    const small = callsFor(16);
    expect(small['Range.setValues']).toBe(1);
    // 1 001 rows also needs the tab to grow once (insertRowsAfter): everything else is identical.
    const { ['Sheet.insertRowsAfter']: grow, ...large } = callsFor(1000);
    expect(grow).toBe(1);
    expect(large).toEqual(small);
  });

  test('ragged blocks are written row by row instead of failing', () => {
    const { world, apply } = setup(['Axes']);
    apply({ ops: [{ kind: 'setValues', sheet: 'Axes', row: 1, col: 1, values: [['a', 'b', 'c'], ['d']] }] });
    expect(world.spreadsheet.tab('Axes').getRange(1, 1, 2, 3).getValues()).toEqual([
      ['a', 'b', 'c'],
      ['d', '', ''],
    ]);
  });

  test('one RangeList per distinct format, one call per validation, warning-only protections that do not stack', () => {
    const { world, apply } = setup(['Budget', 'Actions']);
    const header = { bold: true, background: '#e8f0fe' };
    const plan: Plan = {
      ops: [
        { kind: 'format', sheet: 'Budget', range: { row: 1, col: 1, rows: 1, cols: 9 }, format: header },
        { kind: 'format', sheet: 'Budget', range: { row: 1, col: 11, rows: 1, cols: 2 }, format: header },
        { kind: 'format', sheet: 'Budget', range: { row: 2, col: 7, rows: 500, cols: 3 }, format: { numberFormat: '#,##0.00 "€"' } },
        {
          kind: 'validation',
          sheet: 'Budget',
          range: { row: 2, col: 5, rows: 999, cols: 1 },
          rule: { kind: 'list', values: ['CAF', 'Commune'] },
          strict: false,
          helpText: 'Financeur',
        },
        {
          kind: 'validation',
          sheet: 'Budget',
          range: { row: 2, col: 6, rows: 999, cols: 1 },
          rule: { kind: 'listFromRange', sheet: 'Actions', range: 'A2:A1000' },
          strict: true,
        },
        { kind: 'protect', sheet: 'Budget', range: { row: 1, col: 1, rows: 1, cols: 12 }, description: 'En-têtes' },
        {
          kind: 'conditionalFormat',
          sheet: 'Budget',
          range: { row: 2, col: 12, rows: 6, cols: 1 },
          rules: [{ textEquals: 'dépassement', background: '#fce8e6', fontColor: '#b3261e' }],
        },
        { kind: 'freeze', sheet: 'Budget', rows: 1, cols: 1 },
        { kind: 'columnWidths', sheet: 'Budget', col: 1, widths: [60, 200, 200, 120] },
        { kind: 'note', sheet: 'Budget', row: 1, col: 1, note: 'Identifiant stable' },
      ],
    };
    apply(plan);
    const tab = world.spreadsheet.tab('Budget');
    expect(world.counter.toJSON()['Sheet.getRangeList']).toBe(1);
    expect(tab.cell(1, 12).format).toMatchObject({ fontWeight: 'bold', background: '#e8f0fe' });
    expect(tab.cell(1, 10).format.fontWeight).toBeUndefined();
    expect(tab.cell(501, 9).format.numberFormat).toBe('#,##0.00 "€"');
    expect(tab.cell(1000, 5).validation).toMatchObject({ criteria: 'list', values: ['CAF', 'Commune'], allowInvalid: true, helpText: 'Financeur' });
    expect(tab.cell(2, 6).validation).toMatchObject({ criteria: 'range', range: 'Actions!A2:A1000', allowInvalid: false });
    expect(tab.frozenRows).toBe(1);
    expect([1, 2, 3, 4].map((c) => tab.getColumnWidth(c))).toEqual([60, 200, 200, 120]);
    expect(world.counter.toJSON()['Sheet.setColumnWidths']).toBe(3);
    expect(tab.cell(1, 1).note).toBe('Identifiant stable');
    apply(plan);
    expect(tab.protections).toHaveLength(1);
    expect(tab.protections[0]).toMatchObject({ description: 'En-têtes', warningOnly: true });
    expect(tab.conditionalRules).toHaveLength(1);
    expect(tab.conditionalRules[0].rangesA1).toEqual(['Budget!L2:L7']);
  });

  test('widths: one call per run of equal widths, none for a run at the default width of a tab the plan inserts', () => {
    const { world, apply } = setup(['Budget']);
    const widths = [100, 100, 220, 220, 100, 130];
    apply({
      ops: [
        { kind: 'addSheet', sheet: 'Axes', index: 1 },
        { kind: 'columnWidths', sheet: 'Axes', col: 1, widths },
        { kind: 'columnWidths', sheet: 'Budget', col: 1, widths },
      ],
    });
    // Axes (new): C:D and F; Budget (existing, widths unknown): A:B, C:D, E, F.
    expect(world.counter.toJSON()['Sheet.setColumnWidths']).toBe(2 + 4);
    for (const name of ['Axes', 'Budget']) expect(widths.map((_, i) => world.spreadsheet.tab(name).getColumnWidth(i + 1))).toEqual(widths);
  });

  test('conditional rules of one range that give the same colours become one rule, true when any of theirs is', () => {
    const { world, apply } = setup(['Contrôle']);
    const red = { background: '#f4cccc', fontColor: '#990000' };
    apply({
      ops: [
        {
          kind: 'conditionalFormat',
          sheet: 'Contrôle',
          range: { row: 2, col: 5, rows: 7, cols: 1 },
          rules: [
            { textEquals: 'équilibré', background: '#d9ead3', fontColor: '#274e13' },
            { textEquals: 'dépassement', ...red },
            { textEquals: 'dit "x"', ...red },
            { formula: '=E2>1', ...red },
          ],
        },
      ],
    });
    const rules = world.spreadsheet.tab('Contrôle').conditionalRules;
    expect(rules.map((r) => [r.text, r.formula, r.background])).toEqual([
      ['équilibré', '', '#d9ead3'],
      ['', '=OR(E2="dépassement",E2="dit ""x""",E2>1)', '#f4cccc'],
    ]);
    expect(world.counter.toJSON()['SpreadsheetApp.newConditionalFormatRule']).toBe(2);
  });

  test('a new tab: values, formats and dropdowns over one block, every range it needs fetched in one getRangeList', () => {
    const { world, apply } = setup(['Axes']);
    apply({
      ops: [
        { kind: 'addSheet', sheet: 'Actions', index: 1 },
        { kind: 'setValues', sheet: 'Actions', row: 1, col: 1, values: [['Id', 'Titre', 'Axe']] },
        { kind: 'setValues', sheet: 'Actions', row: 2, col: 1, values: [['FA01', 'Crèche', 'AX1']] },
        { kind: 'format', sheet: 'Actions', range: { row: 1, col: 1, rows: 1, cols: 3 }, format: { bold: true, wrap: true } },
        { kind: 'format', sheet: 'Actions', range: { row: 2, col: 2, rows: 99, cols: 1 }, format: { wrap: true } },
        {
          kind: 'validation',
          sheet: 'Actions',
          range: { row: 2, col: 3, rows: 99, cols: 1 },
          rule: { kind: 'listFromRange', sheet: 'Axes', range: 'A2:A100' },
          strict: false,
        },
        { kind: 'protect', sheet: 'Actions', range: { row: 1, col: 1, rows: 1, cols: 3 }, description: 'En-têtes' },
        {
          kind: 'conditionalFormat',
          sheet: 'Actions',
          range: { row: 2, col: 1, rows: 99, cols: 1 },
          rules: [{ formula: '=COUNTIF($A:$A,A2)>1', background: '#fce8e6', fontColor: '#b3261e' }],
        },
      ],
    });
    const calls = world.counter.toJSON();
    // The block A1:C100, the header (protected), the ids (coloured): one RangeList; Axes!A2:A100 on its own.
    expect([calls['Sheet.getRangeList'], calls['RangeList.getRanges'], calls['Sheet.getRange']]).toEqual([1, 1, 1]);
    expect([calls['Range.setValues'], calls['Range.setFontWeights'], calls['Range.setWrapStrategies'], calls['Range.setDataValidations']]).toEqual([
      1, 1, 1, 1,
    ]);
    const tab = world.spreadsheet.tab('Actions');
    expect(tab.getRange(1, 1, 2, 3).getValues()).toEqual([
      ['Id', 'Titre', 'Axe'],
      ['FA01', 'Crèche', 'AX1'],
    ]);
    expect([tab.cell(1, 3).format.wrap, tab.cell(50, 2).format.wrap, tab.cell(50, 1).format.wrap, tab.cell(1, 1).format.fontWeight]).toEqual([
      true,
      true,
      undefined,
      'bold',
    ]);
    expect(tab.cell(100, 3).validation).toMatchObject({ criteria: 'range', range: 'Axes!A2:A100' });
    expect(tab.cell(2, 2).validation).toBeUndefined();
    expect(tab.protections.map((p) => [p.getRange().getA1Notation(), p.warningOnly])).toEqual([['A1:C1', true]]);
    expect(tab.conditionalRules.map((r) => r.rangesA1)).toEqual([['Actions!A2:A100']]);
  });

  test('a conditional rule a person added elsewhere survives', () => {
    const { world, apply } = setup(['Contrôle']);
    const tab = world.spreadsheet.tab('Contrôle');
    const theirs = world.globals.SpreadsheetApp.newConditionalFormatRule()
      .whenTextEqualTo('urgent')
      .setBackground('#ff0')
      .setFontColor('#000')
      .setRanges([tab.getRange('Z1')])
      .build();
    tab.setConditionalFormatRules([theirs]);
    apply({
      ops: [
        {
          kind: 'conditionalFormat',
          sheet: 'Contrôle',
          range: { row: 2, col: 5, rows: 3, cols: 1 },
          rules: [{ textEquals: 'équilibré', background: '#e6f4ea', fontColor: '#137333' }],
        },
      ],
    });
    expect(tab.conditionalRules.map((r) => r.text)).toEqual(['urgent', 'équilibré']);
  });

  test('axis tabs are copies of the one with the most fiches, wherever it stands: same order, values and formats as planned', () => {
    const seed = loadExample('thore-montagne-noire');
    // The axis with the most fiches last: the template is made first, at the place it ends up in.
    const c = { ...seed, axes: [...seed.axes.slice(1), seed.axes[0]] };
    const { plan } = planWorkbook(c, { sheets: [] });
    const { world, apply } = setup([]);
    apply(plan);
    const added = plan.ops.filter((op) => op.kind === 'addSheet').map((op) => op.sheet);
    expect(world.spreadsheet.sheets.map((s) => s.name)).toEqual(added);
    const expected = applyPlan(emptyWorkbook(), plan);
    const bold = (tab: string, row: number, col: number) =>
      plan.ops.reduce(
        (b, op) =>
          op.kind === 'format' &&
          op.sheet === tab &&
          op.format.bold !== undefined &&
          row >= op.range.row &&
          row < op.range.row + op.range.rows &&
          col >= op.range.col &&
          col < op.range.col + op.range.cols
            ? op.format.bold
            : b,
        false,
      );
    for (const tab of added.slice(8)) {
      const sheet = world.spreadsheet.tab(tab);
      const snap = expected.sheets.find((s) => s.name === tab)!;
      const range = sheet.getRange(1, 1, snap.values.length + 3, 8);
      const values = range.getValues();
      snap.values.forEach((row, i) => row.forEach((v, j) => expect(values[i][j]).toEqual(v)));
      expect(
        values
          .slice(snap.values.length)
          .flat()
          .every((v) => v === ''),
      ).toBe(true);
      // The money format on every amount of the tab, bold exactly where planned.
      const money = plan.ops.find((op) => op.kind === 'format' && op.sheet === tab && op.format.numberFormat)!;
      if (money.kind !== 'format') throw new Error('no money format');
      const formats = range.getNumberFormats();
      for (let r = money.range.row; r < money.range.row + money.range.rows; r++)
        for (let k = money.range.col; k < money.range.col + money.range.cols; k++)
          expect([tab, r, k, formats[r - 1][k - 1]]).toEqual([tab, r, k, money.format.numberFormat]);
      for (let r = 1; r <= snap.values.length + 3; r++)
        for (let k = 1; k <= 8; k++) expect([tab, r, k, sheet.peek(r, k)?.format.fontWeight === 'bold']).toEqual([tab, r, k, bold(tab, r, k)]);
      expect(sheet.protections.length + sheet.sheetProtections.length).toBe(1);
      // Widths and the frozen header come with the copy.
      const widths = plan.ops.find((op) => op.kind === 'columnWidths' && op.sheet === tab);
      if (widths?.kind !== 'columnWidths') throw new Error('no widths');
      expect(widths.widths.map((_, i) => sheet.columnWidths.get(widths.col + i))).toEqual(widths.widths);
      expect(sheet.frozenRows).toBe(1);
    }
  });

  test('clear empties a generated range', () => {
    const { world, apply } = setup(['Axe 1']);
    apply({
      ops: [
        { kind: 'setValues', sheet: 'Axe 1', row: 1, col: 1, values: [['a', 'b']] },
        { kind: 'clear', sheet: 'Axe 1', range: { row: 1, col: 1, rows: 5, cols: 5 } },
      ],
    });
    // clear runs before the writes of the same plan: the plan's values land on a clean range.
    expect(world.spreadsheet.tab('Axe 1').getRange(1, 1, 1, 3).getValues()).toEqual([['a', 'b', '']]);
  });
});

describe('readSpreadsheet', () => {
  test('one batched read per tab; empty tabs read as []; literal text reads back verbatim', () => {
    const { world, apply, read } = setup(['Convention', 'Vide']);
    apply({
      ops: [
        {
          kind: 'setValues',
          sheet: 'Convention',
          row: 1,
          col: 1,
          values: [
            ['Champ', 'Valeur'],
            ['Territoire', '=HYPERLINK("x")'],
          ],
        },
        { kind: 'setFormulas', sheet: 'Convention', row: 3, col: 2, formulas: [['=SUM(1,2)']] },
      ],
    });
    world.counter.reset();
    const snap = read();
    expect(snap.sheets.map((s) => s.name)).toEqual(['Convention', 'Vide']);
    expect(snap.sheets[0].values).toEqual([
      ['Champ', 'Valeur'],
      ['Territoire', '=HYPERLINK("x")'],
      ['', ''],
    ]);
    expect(snap.sheets[0].formulas).toEqual([
      ['', ''],
      ['', ''],
      ['', '=SUM(1,2)'],
    ]);
    expect(snap.sheets[1]).toEqual({ name: 'Vide', values: [], formulas: [], merges: [] });
    const calls = world.counter.toJSON();
    expect(calls['Range.getValues']).toBe(2);
    expect(calls['Range.getFormulas']).toBe(2);
  });
});

describe('literal text, for any string', () => {
  test('whatever a person typed reads back unchanged after the applier wrote it', () => {
    const risky = fc.oneof(
      fc.string(),
      fc.tuple(fc.constantFrom('=', '+', '-', '@', '\t', '\r', "'", ' ', '0', '2025-', 'TRUE'), fc.string()).map(([a, b]) => a + b),
      fc.double({ noNaN: true }).map(String),
      fc.integer().map(String),
    );
    const { world, apply } = setup(['T']);
    fc.assert(
      fc.property(fc.array(risky, { minLength: 1, maxLength: 20 }), (texts) => {
        apply({ ops: [{ kind: 'setValues', sheet: 'T', row: 1, col: 1, values: texts.map((t) => [t]) }] });
        const range = world.spreadsheet.tab('T').getRange(1, 1, texts.length, 1);
        expect(range.getValues().map((r) => r[0])).toEqual(texts);
        expect(range.getFormulas().every((r) => r[0] === '')).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
