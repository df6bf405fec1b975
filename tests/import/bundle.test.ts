// The import as Apps Script runs it: the built Code.js loaded in a bare vm context
// with the fake services as its only globals; previewImport and applyImport are
// top-level functions there, read a seed text and write it into the spreadsheet.
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vm from 'vm';
import { fakeAppsScript } from '../fakes/globals';
import { loadSeed } from '../helpers/seeds';
import { TAB } from '../../src/core/workbook/layout';

const root = path.join(__dirname, '..', '..');
let code: string;

beforeAll(() => {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'ctg-import-bundle-'));
  try {
    execFileSync(process.execPath, [path.join(root, 'scripts', 'build.mjs'), '--out', out], { stdio: 'pipe' });
    code = fs.readFileSync(path.join(out, 'Code.js'), 'utf8');
  } finally {
    fs.rmSync(out, { recursive: true, force: true });
  }
});

test('previewImport and applyImport are global functions of the bundle and do the job', () => {
  const world = fakeAppsScript();
  const context = vm.createContext({ ...world.globals });
  vm.runInContext(code, context);
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the bundle's entry points, run in a vm, are untyped
  const globals = context as unknown as Record<string, (...args: unknown[]) => any>;
  expect(typeof globals.previewImport).toBe('function');
  expect(typeof globals.applyImport).toBe('function');

  const preview = globals.previewImport(loadSeed('001'));
  expect(preview.counts).toMatchObject({ actions: 16, budgetLines: 9, envelopes: 3 });
  expect(world.spreadsheet.sheets.some((s: { name: string }) => s.name === TAB.actions)).toBe(false); // a preview writes nothing

  const written = globals.applyImport(preview.draft);
  expect(written.message).toMatch(/^Import écrit dans le classeur\s: /);
  expect(written.state.years.map((y: { status: string }) => y.status)).toEqual(['balanced', 'balanced', 'balanced']);
  expect(world.spreadsheet.sheets.some((s: { name: string }) => s.name === TAB.actions)).toBe(true);
  expect(() => globals.previewImport(42)).toThrow(/^Demande invalide/);
});
