// Google's limits before the first write: a plan Sheets would refuse half-way (a cell
// past 50 000 characters, an invalid tab name) is refused whole, in French, naming the
// cell, and not one write call reaches the spreadsheet. Through the counting fakes.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runCtg } from '../helpers/run-ctg';
import * as layoutModule from '../../src/core/workbook/layout';
import { gasPort } from '../../src/hosts/apps-script/port';
import { serverApi } from '../../src/app/server-api';
import { callServer } from '../../src/app/server-functions';
import { planLimitFindings, SHEETS_LIMITS, tabNameProblem } from '../../src/core/workbook/limits';
import { ACTION_COLUMNS, columnNumber } from '../../src/core/workbook/columns';
import { a1 } from '../../src/core/workbook/a1';
import { TAB } from '../../src/core/workbook/layout';
import { emptyWorkbook } from '../../src/core/workbook/snapshot-apply';
import type { Plan } from '../../src/core/workbook/types';
import { fakeAppsScript, installGlobals, FakeWorld } from '../fakes/globals';
import { clone, loadExample } from '../helpers/examples';

const example = loadExample('thore-montagne-noire');

/** Calls made on the spreadsheet that change it (anything but reads). */
const writes = (world: FakeWorld) =>
  Object.entries(world.counter.toJSON()).filter(([name]) =>
    /^(Spreadsheet|Sheet|Range|RangeList|Protection)\.(set|insert|clear|merge|protect|delete|remove|append|hide|copy|move)/.test(name),
  );

function withFakes<T>(world: FakeWorld, fn: (api: ReturnType<typeof serverApi>) => T): T {
  const uninstall = installGlobals(world);
  try {
    return fn(serverApi(gasPort()));
  } finally {
    uninstall();
  }
}

/** The server function's French error message, or '' when it did not throw. */
function refusal(world: FakeWorld, call: (api: ReturnType<typeof serverApi>) => unknown): string {
  world.counter.reset();
  try {
    withFakes(world, call);
    return '';
  } catch (e) {
    return (e as Error).message;
  }
}

const contextCell = a1(2, columnNumber(ACTION_COLUMNS, 'context'));

describe('a plan Google Sheets would refuse is refused before the first write', () => {
  test('the fake throws like Sheets on a value past 50 000 characters (quoted or not)', () => {
    const world = fakeAppsScript();
    const range = world.spreadsheet.tab('Feuille 1').getRange(1, 1);
    expect(() => range.setValue('x'.repeat(50_001))).toThrow('Your input contains more than the maximum of 50000 characters in a single cell.');
    expect(() => range.setValue(`'${'1'.repeat(50_001)}`)).toThrow(/50000 characters/);
    range.setValue(`'${'1'.repeat(50_000)}`);
    expect(String(range.getValue()).length).toBe(50_000);
  });

  test('an import whose Constat exceeds 50 000 characters writes nothing and names the cell in French', () => {
    const draft = clone(example);
    draft.actions[0].context = 'Constat très détaillé. '.repeat(2_300); // 52 900 characters
    const world = fakeAppsScript();
    const message = refusal(world, (api) => callServer(api, 'applyImport', [draft]));
    expect(message).toMatch(/^Rien n’a été écrit\u00A0: Google Sheets refuserait ces modifications\./);
    expect(message).toContain(
      `${TAB.actions}!${contextCell} — Ce texte compte 52\u202F900 caractères\u00A0: une cellule Google Sheets en contient au plus 50\u202F000.`,
    );
    expect(writes(world)).toEqual([]);
    expect(world.spreadsheet.sheets.map((s) => s.name)).toEqual(['Feuille 1']);
    expect(world.spreadsheet.tab('Feuille 1').getLastRow()).toBe(0);
  });

  test('the same Constat at exactly 50 000 characters is written whole', () => {
    const draft = clone(example);
    draft.actions[0].context = 'x'.repeat(50_000);
    const world = fakeAppsScript();
    expect(refusal(world, (api) => callServer(api, 'applyImport', [draft]))).toBe('');
    expect(world.spreadsheet.tab(TAB.actions).getRange(contextCell).getValue()).toBe('x'.repeat(50_000));
  });

  test('an invalid tab name in the plan (if the name builder ever let one through) writes nothing and names the tab', () => {
    // The old axisTabName kept a title's closing apostrophe: simulate that regression.
    const spy = jest.spyOn(layoutModule, 'axisTabName').mockImplementation((n, title) => TAB.axis(n, title));
    try {
      const draft = clone(example);
      draft.axes[0].title = "Petite enfance’ et parentalité '";
      const world = fakeAppsScript();
      const message = refusal(world, (api) => callServer(api, 'applyImport', [draft]));
      expect(message).toContain(
        `Axe 1 – Petite enfance’ et parentalité ' — L’onglet «\u00A0Axe 1 – Petite enfance’ et parentalité '\u00A0» ne peut pas être créé\u00A0: un nom d’onglet ne peut ni commencer ni finir par une apostrophe droite (').`,
      );
      expect(writes(world)).toEqual([]);
      expect(world.spreadsheet.sheets.map((s) => s.name)).toEqual(['Feuille 1']);
    } finally {
      spy.mockRestore();
    }
  });

  test('an axis title ending with an apostrophe, typed by a partner, refreshes into a valid tab name', () => {
    const world = fakeAppsScript();
    expect(refusal(world, (api) => callServer(api, 'applyImport', [example]))).toBe('');
    // A seventh axis typed under the six of the example, its title closed by an apostrophe.
    world.spreadsheet
      .tab(TAB.axes)
      .getRange('A8:C8')
      .setValues([['AX7', "Vivre ensemble'", 'enjeu']]);
    expect(refusal(world, (api) => callServer(api, 'refreshAxisTabs', []))).toBe('');
    const names = world.spreadsheet.sheets.map((s) => s.name);
    expect(names).toContain('Axe 7 – Vivre ensemble');
    expect(names.filter((n) => tabNameProblem(n) !== null)).toEqual([]);
  });
});

describe('planLimitFindings', () => {
  const at = (plan: Plan) => planLimitFindings(plan, emptyWorkbook()).map((f) => [f.detail.kind, f.sheet, f.cell ?? '']);

  test('names each too-long cell, each bad tab name, a too-wide tab and a too-large spreadsheet', () => {
    expect(
      at({
        ops: [
          { kind: 'addSheet', sheet: 'A[1]', index: 0 },
          { kind: 'addSheet', sheet: "'Budget", index: 1 },
          { kind: 'addSheet', sheet: 'x'.repeat(101), index: 2 },
          { kind: 'addSheet', sheet: ' ', index: 3 },
          {
            kind: 'setValues',
            sheet: 'A[1]',
            row: 3,
            col: 2,
            values: [
              ['ok', 'y'.repeat(50_001)],
              [1, 'z'.repeat(50_000)],
            ],
          },
          { kind: 'note', sheet: 'A[1]', row: 1, col: 1, note: 'n'.repeat(50_001) },
        ],
      }),
    ).toEqual([
      ['bad-tab-name', 'A[1]', ''],
      ['bad-tab-name', "'Budget", ''],
      ['bad-tab-name', 'x'.repeat(101), ''],
      ['bad-tab-name', ' ', ''],
      ['cell-too-long', 'A[1]', 'C3'],
      ['cell-too-long', 'A[1]', 'A1'],
    ]);
    expect(
      at({
        ops: [
          { kind: 'addSheet', sheet: 'Large', index: 0 },
          { kind: 'format', sheet: 'Large', range: { row: 1, col: 1, rows: 600, cols: SHEETS_LIMITS.columns + 1 }, format: { bold: true } },
        ],
      }),
    ).toEqual([
      ['too-many-columns', 'Large', ''],
      ['too-many-cells', 'Large', ''],
    ]); // a new tab has 1 000 rows
    expect(
      at({
        ops: [
          { kind: 'addSheet', sheet: 'Tall', index: 0 },
          { kind: 'clear', sheet: 'Tall', range: { row: 1, col: 1, rows: 400_000, cols: 26 } },
        ],
      }),
    ).toEqual([['too-many-cells', 'Tall', '']]);
    expect(
      at({
        ops: [
          { kind: 'addSheet', sheet: 'Axe 1 – L’enfance d’abord', index: 0 },
          { kind: 'setValues', sheet: 'Axe 1 – L’enfance d’abord', row: 1, col: 1, values: [['a'.repeat(50_000)]] },
        ],
      }),
    ).toEqual([]);
  });

  test('the seed workbooks are within the limits', () => {
    for (const name of ['thore-montagne-noire', 'sumene-artense', 'grand-montauban'] as const) {
      const world = fakeAppsScript();
      expect(refusal(world, (api) => callServer(api, 'applyImport', [loadExample(name)]))).toBe('');
    }
  });
});

describe('ctg init refuses a convention Google Sheets could not hold', () => {
  test('exit 2, the French finding at its cell, and no file written', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ctg-limits-'));
    try {
      const draft = clone(example);
      draft.actions[0].context = 'y'.repeat(60_000);
      const json = path.join(dir, 'c.json');
      const out = path.join(dir, 'c.xlsx');
      fs.writeFileSync(json, JSON.stringify(draft));
      const r = await runCtg(['init', json, '--out', out]);
      expect(r.code).toBe(2);
      expect(r.err).toContain(`${TAB.actions}!${contextCell} — Ce texte compte 60 000 caractères`);
      expect(fs.existsSync(out)).toBe(false);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
