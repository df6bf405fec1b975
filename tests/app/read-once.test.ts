// Every sidebar call reads the spreadsheet once (one getValues and one getFormulas per
// tab, nothing more), plans at most once, and writes through one apply: the state it
// answers with is computed from the plan, not read again. Measured on the counting fakes.
import * as planModule from '../../src/core/workbook/plan';
import * as refreshModule from '../../src/core/workbook/refresh';
import { gasPort } from '../../src/hosts/apps-script/port';
import { serverApi } from '../../src/app/server-api';
import type { WorkbookPort } from '../../src/app/port';
import type { ServerFunction } from '../../src/app/contract';
import { formatMoney } from '../../src/core/domain/money';
import { fakeAppsScript, installGlobals, FakeWorld } from '../fakes/globals';
import { FakeDocumentApp } from '../fakes/document-app';
import { loadExample } from '../helpers/examples';

type Tally = { snapshots: number; applies: number; plans: number; refreshes: number; getValues: number; getFormulas: number; tabs: number };

/** Runs one server function on the fakes and counts what it cost. */
function measure(world: FakeWorld, call: (api: ReturnType<typeof serverApi>) => unknown): Tally {
  const uninstall = installGlobals(world);
  const g = globalThis as Record<string, unknown>;
  const savedDocs = g.DocumentApp;
  g.DocumentApp = new FakeDocumentApp(world.counter);
  const plans = jest.spyOn(planModule, 'planWorkbook');
  const refreshes = jest.spyOn(refreshModule, 'refreshPlan');
  try {
    const real = gasPort();
    const tally: Tally = { snapshots: 0, applies: 0, plans: 0, refreshes: 0, getValues: 0, getFormulas: 0, tabs: world.spreadsheet.sheets.length };
    const port: WorkbookPort = {
      ...real,
      snapshot: () => (tally.snapshots++, real.snapshot()),
      apply: (plan) => (tally.applies++, real.apply(plan)),
    };
    world.counter.reset();
    call(serverApi(port));
    const counts = world.counter.toJSON();
    return { ...tally, plans: plans.mock.calls.length, refreshes: refreshes.mock.calls.length, getValues: counts['Range.getValues'] ?? 0, getFormulas: counts['Range.getFormulas'] ?? 0 };
  } finally {
    plans.mockRestore();
    refreshes.mockRestore();
    g.DocumentApp = savedDocs;
    uninstall();
  }
}

const example = loadExample('thore-montagne-noire');
const form = {
  name: example.name, territory: example.territory,
  signatories: example.signatories.map((s) => ({ name: s.name, role: s.role })),
  startYear: String(example.period.startYear), endYear: String(example.period.endYear),
  envelopes: example.envelopes.map((e) => ({ year: e.year, amount: formatMoney(e.amountCents) })),
};

function initialised(): FakeWorld {
  const world = fakeAppsScript();
  measure(world, (api) => api.applyImport(example));
  return world;
}

const calls: [ServerFunction, (api: ReturnType<typeof serverApi>) => unknown, Partial<Tally>][] = [
  ['getSidebarState', (api) => api.getSidebarState(), { applies: 0, plans: 0, refreshes: 0 }],
  ['checkEnvelope', (api) => api.checkEnvelope(), { applies: 0, plans: 0, refreshes: 0 }],
  ['refreshAxisTabs', (api) => api.refreshAxisTabs(), { applies: 1, refreshes: 1 }],
  ['generateSummary', (api) => api.generateSummary(), { applies: 0, plans: 0, refreshes: 0 }],
  ['applyImport', (api) => api.applyImport(example), { applies: 1, plans: 1, refreshes: 0 }],
];

describe.each(calls)('%s on the seed workbook', (_name, call, expected) => {
  it('reads the spreadsheet once, each tab once, and plans and writes at most once', () => {
    const tally = measure(initialised(), call);
    expect(tally.snapshots).toBe(1);
    expect(tally.getValues).toBe(tally.tabs);
    expect(tally.getFormulas).toBe(tally.tabs);
    expect(tally).toMatchObject(expected);
  });
});

test('the first-run form on an empty spreadsheet reads it once, plans once and writes once', () => {
  const tally = measure(fakeAppsScript(), (api) => api.initializeWorkbook(form));
  expect(tally).toMatchObject({ snapshots: 1, applies: 1, plans: 1, refreshes: 0, getValues: 1, getFormulas: 1 });
});
