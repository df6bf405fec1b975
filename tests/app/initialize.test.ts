// The server functions on the Apps Script edge (fakes): initialise from the
// first-run form, check, refresh, select a finding's cell — and the number of
// Spreadsheet calls initialising a workbook costs, which must not grow with its rows.
import { gasPort } from '../../src/hosts/apps-script/port';
import { serverApi } from '../../src/app/server-api';
import { planWorkbook } from '../../src/core/workbook/plan';
import { TAB } from '../../src/core/workbook/layout';
import type { Plan } from '../../src/core/workbook/types';
import type { Convention } from '../../src/core/domain/schema';
import { ids } from '../../src/core/domain/schema';
import { formatMoney } from '../../src/core/domain/money';
import { frAddon } from '../../src/i18n/fr-addon';
import { fakeAppsScript, withGlobals } from '../fakes/globals';
import { SMALL_FORM, formFor } from '../helpers/forms';
import { loadExample, clone } from '../helpers/examples';

const withWorld = withGlobals;

/** Tabs a coordinator typed (or pasted) before installing the add-on: the example's Axes, Actions and Budget only. */
function typedTabsOnly(c: Convention): Plan {
  const keep = new Set<string>([TAB.axes, TAB.actions, TAB.budget]);
  const { plan } = planWorkbook(c, { sheets: [] });
  let index = 0;
  return { ops: plan.ops.filter((op) => keep.has(op.sheet)).map((op) => (op.kind === 'addSheet' ? { ...op, index: index++ } : op)) };
}

describe('server functions on the Apps Script edge', () => {
  test('the first-run form on an empty spreadsheet creates the CTG tabs and reports what changed', () => {
    const world = fakeAppsScript();
    const result = withWorld(world, () => serverApi(gasPort()).initializeWorkbook(SMALL_FORM));
    const names = world.spreadsheet.sheets.map((s) => s.name);
    // The empty "Feuille 1" of the new spreadsheet became the Convention tab rather than staying behind.
    expect(names).toEqual([TAB.convention, TAB.axes, TAB.actions, TAB.budget, TAB.realised, TAB.indicators, TAB.followUp, TAB.control]);
    expect(result.message.startsWith('Classeur CTG créé\u00A0: ')).toBe(true);
    expect(result.state).toMatchObject({ initialized: true, title: 'CTG Commune de Test', territory: 'Commune de Test', startYear: 2024, endYear: 2025 });
    // No budget line yet: both years have 1 000 € left to allocate.
    expect(result.state.years.map((y) => [y.year, y.envelopeCents, y.allocatedCents, y.status])).toEqual([
      [2024, 100000, 0, 'under'],
      [2025, 100000, 0, 'under'],
    ]);
    expect(world.globals.PropertiesService.document.getProperty('ctg.settings')).toContain('initializedAt');
    // Read once (the one tab there was), write once: the state shown after is computed, not read again.
    expect(world.counter.toJSON()['Range.getValues']).toBe(1);
  });

  test('on a spreadsheet whose tabs were already typed, the form keeps them: seed 001 is balanced every year', () => {
    const example = loadExample('thore-montagne-noire');
    const world = fakeAppsScript({ sheets: [] });
    withWorld(world, () => gasPort().apply(typedTabsOnly(example)));
    const state = withWorld(world, () => serverApi(gasPort()).initializeWorkbook(formFor(example)).state);
    expect(state.years.map((y) => [y.year, y.allocatedCents, y.status])).toEqual([
      [2023, 24180100, 'balanced'],
      [2024, 24180100, 'balanced'],
      [2025, 24180100, 'balanced'],
    ]);
    expect(state.total).toMatchObject({ envelopeCents: 72540300, allocatedCents: 72540300, status: 'balanced' });
  });

  test('an over-allocated year is reported with its amount, and its finding selects the cell', () => {
    const example = loadExample('thore-montagne-noire');
    const world = fakeAppsScript({ sheets: [] });
    withWorld(world, () => serverApi(gasPort()).initializeWorkbook(formFor(example)));
    withWorld(world, () => gasPort().apply(typedTabsOnly(example)));
    // A partner adds 1 € to the first CAF line for 2024 (column H of Budget, row 2).
    const budget = world.spreadsheet.tab(TAB.budget);
    const header = budget.getRange(1, 1, 1, budget.getLastColumn()).getValues()[0];
    const col2024 = header.indexOf(2024) + 1 || header.indexOf('2024') + 1;
    expect(col2024).toBeGreaterThan(0);
    const before = budget.getRange(2, col2024, 1, 1).getValues()[0][0] as number;
    budget.getRange(2, col2024, 1, 1).setValues([[before + 1]]);
    const result = withWorld(world, () => serverApi(gasPort()).checkEnvelope());
    const y2024 = result.state.years.find((y) => y.year === 2024)!;
    expect(y2024).toMatchObject({ status: 'over', deltaCents: 100 });
    const over = result.state.findings.find((f) => f.code === 'over-allocation')!;
    expect(over.message).toContain(formatMoney(100));
    expect(result.message).toBe(
      frAddon.checkDone(
        result.state.findings.filter((f) => f.severity === 'error').length,
        result.state.findings.filter((f) => f.severity === 'warning').length,
      ),
    );
    withWorld(world, () => serverApi(gasPort()).selectCell({ sheet: over.sheet, cell: over.cell }));
    expect(world.spreadsheet.activeSheet?.name).toBe(TAB.budget);
    expect(world.spreadsheet.activeRange?.getA1Notation()).toBe(over.cell);
  });

  test('refresh on an initialised workbook keeps what people typed', () => {
    const example = loadExample('thore-montagne-noire');
    const world = fakeAppsScript({ sheets: [] });
    withWorld(world, () => serverApi(gasPort()).initializeWorkbook(formFor(example)));
    const actions = world.spreadsheet.tab(TAB.actions);
    actions.getRange(2, 1, 1, 2).setValues([['FA99', "'=ce que j’ai tapé"]]);
    const result = withWorld(world, () => serverApi(gasPort()).refreshAxisTabs());
    expect(result.state.initialized).toBe(true);
    expect(actions.getRange(2, 1, 1, 2).getValues()).toEqual([['FA99', '=ce que j’ai tapé']]);
  });
});

/** Calls made by reading an empty spreadsheet, planning `c` and applying the plan. */
function initialisationCalls(c: Convention): Record<string, number> {
  const world = fakeAppsScript({ sheets: ['Feuille 1'] });
  return withWorld(world, () => {
    const port = gasPort();
    const { plan } = planWorkbook(c, port.snapshot());
    port.apply(plan);
    // The rows really are there: one per fiche action under the header.
    expect(world.spreadsheet.tab(TAB.actions).getLastRow()).toBe(c.actions.length + 1);
    return world.counter.toJSON();
  });
}

/** Seed 001 with n fiches actions (copies of its own, renumbered) and as many extra budget lines. */
function scaledExample(n: number): Convention {
  const c = clone(loadExample('thore-montagne-noire'));
  const base = c.actions;
  c.actions = Array.from({ length: n }, (_, i) => ({ ...base[i % base.length], id: ids.action(i + 1) }));
  return c;
}

test('initialising seed 001 costs a bounded number of calls: 1 000 fiches actions cost no more than 16', () => {
  const sum = (calls: Record<string, number>) => Object.values(calls).reduce((a, b) => a + b, 0);
  const sixteen = initialisationCalls(scaledExample(16));
  const thousand = initialisationCalls(scaledExample(1000));
  expect(sum(sixteen)).toBeLessThan(400);
  // One call more at most: Suivi's grid (a row per fiche and year, 3 000 rows) grows once past the 1 000 rows of a new tab.
  expect(sum(thousand)).toBeLessThanOrEqual(sum(sixteen) + 1);
  expect(thousand['Range.setValues']).toBe(sixteen['Range.setValues']);
});

test('each axis beyond the first costs 6 Spreadsheet calls: a copy of the axis tab with the most fiches', () => {
  const example = loadExample('thore-montagne-noire');
  const SPREADSHEET = ['SpreadsheetApp', 'Spreadsheet.', 'Sheet.', 'Range', 'Protection', 'DataValidation', 'ConditionalFormat'];
  const callsFor = (n: number) => {
    const world = fakeAppsScript();
    const axes = Array.from({ length: n }, (_, i) => ({
      ...example.axes[i % example.axes.length],
      id: `AX${i + 1}`,
      title: `${example.axes[i % example.axes.length].title} ${i + 1}`,
    }));
    withWorld(world, () => serverApi(gasPort()).applyImport({ ...example, axes }));
    return world.counter.total(...SPREADSHEET);
  };
  // insertSheet with the template, getRange and setValues of its content, setFontWeights (its
  // total row), and its warning-only protection (protect, setWarningOnly).
  const six = callsFor(6);
  expect(callsFor(7) - six).toBe(6);
  expect(callsFor(12) - six).toBe(6 * 6);
});
