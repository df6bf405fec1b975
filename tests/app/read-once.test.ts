// Every sidebar call reads the spreadsheet once, each tab it reads once (one getValues, and
// one getFormulas when it plans), plans at most once, and writes through one apply: the state
// it answers with is computed from the plan, not read again. The calls that only read the
// convention (sidebar state, check, summary) read the four typed tabs alone, whatever the
// number of axis tabs; those that plan (refresh, import) read every tab. Measured on the
// counting fakes.
import * as planModule from '../../src/core/workbook/plan';
import * as refreshModule from '../../src/core/workbook/refresh';
import { gasPort } from '../../src/hosts/apps-script/port';
import { serverApi } from '../../src/app/server-api';
import type { WorkbookPort } from '../../src/app/port';
import type { ServerFunction } from '../../src/app/contract';
import { fakeAppsScript, installGlobals, FakeWorld } from '../fakes/globals';
import { FakeDocumentApp } from '../fakes/document-app';
import { FakeDocsAdvanced } from '../fakes/docs-advanced';
import { formFor } from '../helpers/forms';
import { loadExample } from '../helpers/examples';

type Tally = {
  snapshots: number;
  applies: number;
  plans: number;
  refreshes: number;
  getValues: number;
  getFormulas: number;
  tabs: number;
  spreadsheetCalls: number;
};

/** Runs one server function on the fakes and counts what it cost. */
function measure(world: FakeWorld, call: (api: ReturnType<typeof serverApi>) => unknown): Tally {
  const uninstall = installGlobals(world);
  const g = globalThis as Record<string, unknown>;
  const savedDocs = [g.DocumentApp, g.Docs];
  g.DocumentApp = new FakeDocumentApp(world.counter);
  g.Docs = new FakeDocsAdvanced(g.DocumentApp as FakeDocumentApp);
  const plans = jest.spyOn(planModule, 'planWorkbook');
  const refreshes = jest.spyOn(refreshModule, 'refreshPlan');
  try {
    const real = gasPort();
    const tally: Tally = {
      snapshots: 0,
      applies: 0,
      plans: 0,
      refreshes: 0,
      getValues: 0,
      getFormulas: 0,
      tabs: world.spreadsheet.sheets.length,
      spreadsheetCalls: 0,
    };
    const port: WorkbookPort = {
      ...real,
      snapshot: (options) => (tally.snapshots++, real.snapshot(options)),
      apply: (plan) => (tally.applies++, real.apply(plan)),
    };
    world.counter.reset();
    call(serverApi(port));
    const counts = world.counter.toJSON();
    const spreadsheetCalls = world.counter.total('Spreadsheet', 'Sheet.', 'Range', 'Protection', 'DataValidation', 'ConditionalFormat');
    return {
      ...tally,
      plans: plans.mock.calls.length,
      refreshes: refreshes.mock.calls.length,
      getValues: counts['Range.getValues'] ?? 0,
      getFormulas: counts['Range.getFormulas'] ?? 0,
      spreadsheetCalls,
    };
  } finally {
    plans.mockRestore();
    refreshes.mockRestore();
    [g.DocumentApp, g.Docs] = savedDocs;
    uninstall();
  }
}

const example = loadExample('thore-montagne-noire');
const form = formFor(example);

function initialised(): FakeWorld {
  const world = fakeAppsScript();
  measure(world, (api) => api.applyImport(example));
  return world;
}

const TYPED = 7;
const readOnly = { applies: 0, plans: 0, refreshes: 0, getValues: TYPED, getFormulas: 0 };
const calls: [ServerFunction, (api: ReturnType<typeof serverApi>) => unknown, Partial<Tally>, 'typed' | 'all'][] = [
  ['getSidebarState', (api) => api.getSidebarState(), readOnly, 'typed'],
  ['checkEnvelope', (api) => api.checkEnvelope(), readOnly, 'typed'],
  ['refreshAxisTabs', (api) => api.refreshAxisTabs(), { applies: 1, refreshes: 1 }, 'all'],
  ['generateSummary', (api) => api.generateSummary(), readOnly, 'typed'],
  ['applyImport', (api) => api.applyImport(example), { applies: 1, plans: 1, refreshes: 0 }, 'all'],
];

describe.each(calls)('%s on the seed workbook', (_name, call, expected, reads) => {
  it('reads the spreadsheet once, each tab it reads once, and plans and writes at most once', () => {
    const tally = measure(initialised(), call);
    expect(tally.snapshots).toBe(1);
    expect(tally.tabs).toBe(14);
    if (reads === 'all') {
      expect(tally.getValues).toBe(tally.tabs);
      expect(tally.getFormulas).toBe(tally.tabs);
    }
    expect(tally).toMatchObject(expected);
  });
});

test('the sidebar state costs the same few Spreadsheet calls whatever the number of axes', () => {
  const withAxes = (n: number) => {
    const world = fakeAppsScript();
    const axes = Array.from({ length: n }, (_, i) => ({ ...example.axes[i % example.axes.length], id: `AX${i + 1}` }));
    measure(world, (api) => api.applyImport({ ...example, axes }));
    return measure(world, (api) => api.getSidebarState()).spreadsheetCalls;
  };
  // getActiveSpreadsheet, then per typed tab (7: the convention's 4 and the follow-up's 3) getSheetByName,
  // getDataRange, getValues; the budget's getNumberFormats.
  expect(withAxes(6)).toBe(23);
  expect(withAxes(20)).toBe(23);
});

test('a refresh after one new budget line: the full read, the total of the new line, and only the rows of Contrôle that changed', () => {
  const world = initialised();
  const budget = world.spreadsheet.tab('Budget');
  const last = budget.getLastRow();
  // The last row is the generated total: the new line copies the one above it and goes under it.
  budget.rows[last] = budget.rows[last - 2].map((c, j) => ({ ...c, format: { ...c.format }, ...(j === 0 ? { value: 'L99' } : {}) }));
  // Read: getActiveSpreadsheet, getSheets, per tab (14) getName, getDataRange, getValues, getFormulas,
  // the typed tabs' getMergedRanges (7), the budget's getNumberFormats (66). Write: the total
  // formula of the new line (getRange, setFormulas); its Réalisé row, appended (getMaxRows; its id:
  // getRange, setValues; its two lookups: getRange, setFormulas; the euro format of its amounts:
  // getRangeList, setNumberFormat); Contrôle from its findings title down (getMaxRows: it grows;
  // getRange, setValues, setFormulas; the wrap of the findings: getRange, setWrap); the sums of
  // the Budget total row, now reaching the new line (getRange, setFormulas); flush.
  expect(measure(world, (api) => api.refreshAxisTabs()).spreadsheetCalls).toBe(87);
  // Nothing changed since: the read alone.
  expect(measure(world, (api) => api.refreshAxisTabs()).spreadsheetCalls).toBe(66);
});

test('the first-run form on an empty spreadsheet reads it once, plans once and writes once', () => {
  const tally = measure(fakeAppsScript(), (api) => api.initializeWorkbook(form));
  expect(tally).toMatchObject({ snapshots: 1, applies: 1, plans: 1, refreshes: 0, getValues: 1, getFormulas: 1 });
});
