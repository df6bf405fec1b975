// Spreadsheet service calls of the add-on, measured on the counting fakes: reading a
// workbook, initialising seed 001 and the same convention scaled to 1 000 fiches
// actions and 1 000 budget lines. Apps Script charges tens to hundreds of ms per call,
// so the count — not the local time — is the figure that matters.
import { planWorkbook } from '../src/core/workbook/plan';
import { gasPort } from '../src/hosts/apps-script/port';
import { ids, Convention } from '../src/core/domain/schema';
import { loadSeedExample } from '../src/hosts/preview/example';
import { fakeAppsScript, installGlobals } from '../tests/fakes/globals';
import { fmtMs } from './util';
import { performance } from 'perf_hooks';

function scaled(actions: number, lines: number): Convention {
  const c = loadSeedExample();
  const a0 = c.actions;
  const b0 = c.budget;
  c.actions = Array.from({ length: actions }, (_, i) => ({ ...a0[i % a0.length], id: ids.action(i + 1) }));
  c.budget = Array.from({ length: lines }, (_, i) => ({ ...b0[i % b0.length], id: ids.budgetLine(i + 1) }));
  return c;
}

function measure(label: string, c: Convention): void {
  const world = fakeAppsScript();
  const uninstall = installGlobals(world);
  try {
    const port = gasPort();
    const t0 = performance.now();
    const { plan } = planWorkbook(c, port.snapshot());
    port.apply(plan);
    const initMs = performance.now() - t0;
    const initCalls = world.counter.total();
    world.counter.reset();
    const t1 = performance.now();
    port.snapshot();
    const readMs = performance.now() - t1;
    const readCalls = world.counter.total();
    console.log(
      `${label}: initialise ${initCalls} Spreadsheet calls (${plan.ops.length} plan ops, ${fmtMs(initMs)} locally); read back ${readCalls} calls (${fmtMs(readMs)})`,
    );
  } finally {
    uninstall();
  }
}

export function run() {
  measure('seed 001 (16 fiches, 9 lignes)', loadSeedExample());
  measure('seed 001 × 1 000 fiches, 9 lignes', scaled(1000, 9));
  measure('seed 001 × 1 000 fiches, 1 000 lignes', scaled(1000, 1000));
}
