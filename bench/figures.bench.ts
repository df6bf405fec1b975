// The figures of issue 11, side by side with their goals, as one table: service calls measured
// on the counting fakes (every call a script makes, builder calls included), times measured
// here (a 2-core machine: compare ratios, not milliseconds). `npm run bench figures`.
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { performance } from 'perf_hooks';
import { gasPort } from '../src/hosts/apps-script/port';
import { serverApi } from '../src/app/server-api';
import { writeSummary } from '../src/app/summary';
import { docsSummaryDocuments } from '../src/adapters/docs/summary-documents';
import { checkAsGenerated, refreshPlan } from '../src/core/workbook/refresh';
import { planWorkbook } from '../src/core/workbook/plan';
import { applyPlan, emptyWorkbook } from '../src/core/workbook/snapshot-apply';
import { Convention } from '../src/core/domain/schema';
import { FakeDocumentApp } from '../tests/fakes/document-app';
import { FakeDocsAdvanced } from '../tests/fakes/docs-advanced';
import { fakeAppsScript, FakeWorld, withGlobals } from '../tests/fakes/globals';
import { syntheticConvention } from '../tests/helpers/synthetic';
import { loadExample } from '../tests/helpers/examples';

const repo = path.join(__dirname, '..');
const SPREADSHEET = ['SpreadsheetApp', 'Spreadsheet.', 'Sheet.', 'Range', 'Protection', 'DataValidation', 'ConditionalFormat'];

const inWorld = withGlobals;

/** Spreadsheet calls of fn on the world (counter reset first). */
function calls(world: FakeWorld, fn: () => unknown): number {
  world.counter.reset();
  inWorld(world, fn);
  return world.counter.total(...SPREADSHEET);
}

const seed = loadExample('thore-montagne-noire');
const withAxes = (n: number): Convention => ({
  ...seed,
  axes: Array.from({ length: n }, (_, i) => ({
    ...seed.axes[i % seed.axes.length],
    id: `AX${i + 1}`,
    title: `${seed.axes[i % seed.axes.length].title} ${i + 1}`,
  })),
});

function initCalls(c: Convention): { calls: number; world: FakeWorld } {
  const world = fakeAppsScript();
  const n = calls(world, () => serverApi(gasPort()).applyImport(c));
  return { calls: n, world };
}

function sidebarCalls(axes: number): number {
  const { world } = initCalls(withAxes(axes));
  return calls(world, () => serverApi(gasPort()).getSidebarState());
}

function refreshAfterNewLine(): number {
  const { world } = initCalls(seed);
  const budget = world.spreadsheet.tab('Budget');
  const last = budget.getLastRow();
  // The last row is the generated total: the new line copies the one above it and goes under it (as in tests/app/read-once.test.ts).
  const row = [...budget.rows[last - 2]].map((c) => ({ ...c, format: { ...c.format } }));
  row[0] = { ...row[0], value: 'L99' };
  budget.rows[last] = row;
  return calls(world, () => serverApi(gasPort()).refreshAxisTabs());
}

function docsCalls(c: Convention): number {
  const docs = new FakeDocumentApp();
  const store = new Map<string, string>();
  const props = { getProperty: (k: string) => store.get(k) ?? null, setProperty: (k: string, v: string) => void store.set(k, v) };
  writeSummary(docsSummaryDocuments(docs, new FakeDocsAdvanced(docs)), props, {
    convention: c,
    report: checkAsGenerated(c),
    meta: { generatedAt: new Date() },
  });
  return docs.calls.total();
}

function refreshMs(lines: number): number {
  const c = syntheticConvention({ actions: Math.max(10, lines / 5), lines, years: 3 });
  const snapshot = applyPlan(emptyWorkbook(), planWorkbook(c, emptyWorkbook()).plan);
  const t0 = performance.now();
  refreshPlan(snapshot);
  return performance.now() - t0;
}

function wallMs(cmd: string, args: string[]): number {
  const t0 = performance.now();
  try {
    execFileSync(cmd, args, { stdio: 'ignore', timeout: 300_000 });
  } catch {
    // check exits 1 when it finds errors: the time is what counts here.
  }
  return performance.now() - t0;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function cliFigures(): { help: number; check: number; office: number | null } {
  const bin = path.join(repo, 'bin', 'ctg.js');
  execFileSync(process.execPath, [path.join(repo, 'scripts', 'build-cli.mjs'), '--quiet']);
  const help = median([1, 2, 3, 4, 5].map(() => wallMs(process.execPath, [bin, '--help'])));
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ctg-fig-'));
  try {
    const json = path.join(dir, 'big.json');
    fs.writeFileSync(json, JSON.stringify(syntheticConvention({ actions: 1000, lines: 5000, years: 3 })));
    const xlsx = path.join(dir, 'big.xlsx');
    execFileSync(process.execPath, [bin, 'init', json, '--out', xlsx], { stdio: 'ignore' });
    const check = median([1, 2, 3].map(() => wallMs(process.execPath, [bin, 'check', xlsx])));
    let office: number | null = null;
    try {
      execFileSync('which', ['soffice'], { stdio: 'ignore' });
      const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'lo-profile-'));
      const out = fs.mkdtempSync(path.join(os.tmpdir(), 'lo-out-'));
      // Recomputing the same file headless: open, recalculate, save (the first run warms the profile up).
      const lo = () => wallMs('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'xlsx', '--outdir', out, xlsx]);
      lo();
      office = median([lo(), lo(), lo()]);
      fs.rmSync(profile, { recursive: true, force: true });
      fs.rmSync(out, { recursive: true, force: true });
    } catch {
      office = null;
    }
    return { help, check, office };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

export function run() {
  const rows: [string, string, string, string][] = [];
  const init6 = initCalls(seed).calls;
  const init7 = initCalls(withAxes(7)).calls;
  const init12 = initCalls(withAxes(12)).calls;
  rows.push(['Spreadsheet calls, initialise seed 001', '310', String(init6), '≤ 120']);
  rows.push(['extra calls per additional axis', '24', `${init7 - init6} (6→7), ${((init12 - init6) / 6).toFixed(1)} (6→12)`, '≤ 8']);
  rows.push(['calls for sidebar state / check, 6 / 20 axes', '61 + 5/axis', `${sidebarCalls(6)} / ${sidebarCalls(20)}`, '≤ 16, flat']);
  rows.push(['calls, refresh after one new budget line', '101', String(refreshAfterNewLine()), '≤ 60']);
  const docs = [seed, syntheticConvention({ actions: 200, lines: 500, years: 5 }), syntheticConvention({ actions: 1000, lines: 5000, years: 3 })].map(
    docsCalls,
  );
  rows.push(['Document calls, summary seed 001 / 200×500×5 / 1 000×5 000×3', '444 / 12 470 / 88 426', docs.join(' / '), '≤ 150 each']);
  refreshMs(1000);
  const small = median([1, 2, 3].map(() => refreshMs(1000)));
  const large = refreshMs(50_000);
  rows.push([
    'refresh, 50 000 lines ÷ 1 000 lines (time ratio)',
    '—',
    `${(large / small).toFixed(1)} (${Math.round(large)} ms ÷ ${Math.round(small)} ms)`,
    '≤ 60',
  ]);
  const cli = cliFigures();
  rows.push(['`ctg --help` wall time', '~1 s', `${(cli.help / 1000).toFixed(2)} s`, '≤ 0.3 s']);
  rows.push([
    '`ctg check` 5 000 lines vs LibreOffice recomputing it',
    '0.9–1.2×',
    cli.office === null
      ? `${(cli.check / 1000).toFixed(2)} s (no soffice here)`
      : `${(cli.office / cli.check).toFixed(1)}× faster (${(cli.check / 1000).toFixed(2)} s vs ${(cli.office / 1000).toFixed(2)} s)`,
    '≥ 2× faster',
  ]);
  const widths = [0, 1, 2, 3].map((i) => Math.max(...rows.map((r) => r[i].length), ['figure', 'before', 'now', 'goal'][i].length));
  const line = (r: string[]) => `| ${r.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  console.log(line(['figure', 'before', 'now', 'goal']));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const r of rows) console.log(line(r));
}
