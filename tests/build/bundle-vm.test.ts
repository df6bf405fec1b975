// Loads the built build/Code.js in a vm context whose only globals are the fakes,
// as Apps Script would: onOpen in AuthMode.NONE builds the add-on menu, every menu
// item names a global function that exists and runs, and so does every
// sidebar-callable function of the contract.
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vm from 'vm';
import { SERVER_FUNCTION_NAMES } from '../../src/app/contract';
import { frAddon, frMenu } from '../../src/i18n/fr-addon';
import { fakeAppsScript, FakeWorld } from '../fakes/globals';
import type { FakeMenu, MenuItem } from '../fakes/services';

const root = path.join(__dirname, '..', '..');
let outDir: string;
let code: string;
let sidebarHtml: string;

beforeAll(() => {
  outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ctg-build-'));
  execFileSync(process.execPath, [path.join(root, 'scripts', 'build.mjs'), '--out', outDir], { stdio: 'pipe' });
  code = fs.readFileSync(path.join(outDir, 'Code.js'), 'utf8');
  sidebarHtml = fs.readFileSync(path.join(outDir, 'Sidebar.html'), 'utf8');
});

afterAll(() => fs.rmSync(outDir, { recursive: true, force: true }));

function load(world: FakeWorld): Record<string, (...args: unknown[]) => unknown> {
  const context = vm.createContext({ ...world.globals, console });
  vm.runInContext(code, context, { filename: 'Code.js' });
  return context as Record<string, (...args: unknown[]) => unknown>;
}

const items = (menu: FakeMenu) => menu.items.filter((i): i is Extract<MenuItem, { caption: string }> => 'caption' in i);

describe('build/Code.js in a vm with fake Apps Script globals', () => {
  test('onOpen in AuthMode.NONE builds the add-on menu with every action', () => {
    const world = fakeAppsScript({ htmlFiles: { Sidebar: '' } });
    world.setAuthMode('NONE');
    const g = load(world); // loading the script must not touch any service either
    g.onOpen({ authMode: 'NONE' });
    expect(world.ui.menus).toHaveLength(1);
    expect(world.ui.menus[0].kind).toBe('addon');
    expect(items(world.ui.menus[0]).map((i) => i.caption)).toEqual([
      frMenu.openSidebar,
      frMenu.initialize,
      frMenu.check,
      frMenu.refresh,
      frMenu.summary,
      frMenu.bilan,
      frMenu.help,
    ]);
  });

  test('onInstall builds the same menu', () => {
    const world = fakeAppsScript();
    world.setAuthMode('NONE');
    load(world).onInstall({ authMode: 'NONE' });
    expect(items(world.ui.menus[0])).toHaveLength(7);
  });

  test('every menu item names a top-level function that runs against the fakes', () => {
    const world = fakeAppsScript({ htmlFiles: { Sidebar: sidebarHtml } });
    const g = load(world);
    g.onOpen({ authMode: 'FULL' });
    for (const item of items(world.ui.menus[0])) {
      expect(typeof g[item.functionName]).toBe('function');
      expect(() => g[item.functionName]()).not.toThrow();
    }
    // Opening the panel serves the built sidebar; the others answer in an alert, in French.
    expect(world.ui.sidebars[0].getContent()).toBe(sidebarHtml);
    expect(world.ui.sidebars).toHaveLength(3); // the panel, the first-run form, and the bilan's year
    expect(world.ui.sidebars[0].getTitle()).toBe(frAddon.sidebarTitle);
    expect(world.ui.alerts).toEqual([frAddon.notInitialized, frAddon.notInitialized, frAddon.notInitialized, `${frAddon.helpTitle}\n${frAddon.helpText}`]);
  });

  test('every sidebar-callable function of the contract is a top-level function that runs', () => {
    const world = fakeAppsScript();
    const g = load(world);
    const names: string[] = SERVER_FUNCTION_NAMES;
    expect(names.length).toBeGreaterThanOrEqual(6);
    for (const name of names) expect(typeof g[name]).toBe('function');

    expect(g.getSidebarState()).toMatchObject({ initialized: false, years: [], findings: [] });
    g.selectCell({ sheet: 'Feuille 1', cell: 'C7' });
    expect(world.spreadsheet.activeRange?.getA1Notation()).toBe('C7');
    expect(() => g.checkEnvelope()).toThrow(frAddon.notInitialized);
    expect(() => g.refreshAxisTabs()).toThrow(frAddon.notInitialized);
    expect(() => g.generateSummary()).toThrow(frAddon.notInitialized);
    const badForm = { name: '', territory: ' ', signatories: [{ name: 'CAF du Tarn', role: 'caf' }], startYear: '2023', endYear: '2025', envelopes: [] };
    expect(() => g.initializeWorkbook(badForm)).toThrow(/Enveloppe CAF 2023\u00A0: ce champ est obligatoire/);
    // What the sidebar polls to offer a new check: a digest string, on this (not CTG) spreadsheet too.
    expect(typeof g.workbookFingerprint()).toBe('string');
  });

  test('the whole engine runs inside the bundle: initialise, check from the menu, refresh', () => {
    const world = fakeAppsScript({ htmlFiles: { Sidebar: sidebarHtml } });
    const g = load(world);
    const form = {
      name: '', territory: 'Thoré Montagne Noire', signatories: [{ name: 'CAF du Tarn', role: 'caf' }], startYear: '2023', endYear: '2024',
      envelopes: [{ year: 2023, amount: '241 801 €' }, { year: 2024, amount: '241 801' }],
    };
    const result = g.initializeWorkbook(form) as { message: string; state: { initialized: boolean; years: { status: string }[] } };
    expect(result.state.initialized).toBe(true);
    expect(result.state.years.map((y) => y.status)).toEqual(['under', 'under']);
    expect(world.spreadsheet.sheets.map((s) => s.name)).toEqual(expect.arrayContaining(['Convention', 'Budget', 'Contrôle']));
    // The result crosses google.script.run: it must survive JSON as is (no Date, no undefined holes).
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
    g.ctgCheck();
    expect(world.ui.alerts[0]).toMatch(/^Contrôle de l’enveloppe CAF\n2023\u00A0: ⚠ reste à répartir — alloué CAF 0,00 € pour 241 801,00 € \(écart 241 801,00 €\)/);
    g.ctgRefresh();
    expect(world.ui.alerts[1]).toMatch(/^(Onglets actualisés\u00A0: |Rien à modifier)/);
    // The Docs summary: created on the first click, rewritten in place on the next.
    const first = g.generateSummary() as { documentId: string; created: boolean; url: string };
    const second = g.generateSummary() as { documentId: string; created: boolean };
    expect(first.created).toBe(true);
    expect(second).toMatchObject({ documentId: first.documentId, created: false });
    expect(world.globals.DocumentApp.files.size).toBe(1);
    // The bilan of a year: its chart made a blob by Utilities, rewritten in place on the next click.
    const bilan = g.generateBilan(2023) as { documentId: string; created: boolean };
    expect(g.generateBilan(2023)).toMatchObject({ documentId: bilan.documentId, created: false });
    expect(world.counter.counts.get('Utilities.newBlob')).toBe(2);
    expect(world.globals.DocumentApp.files.size).toBe(2);

    // A template chosen from the sidebar (a pasted Docs link) then shapes the same document.
    const templateId = '1TemplateComitePilotage_0123456789';
    world.globals.DocumentApp.seedWithId(templateId, 'Modèle comité', (b) => b.appendParagraph('CTG de {{territoire}} — {{periode}}'));
    expect(() => g.setSummaryTemplate('pas un lien')).toThrow(/n’est pas un lien vers un document Google Docs/);
    const chosen = g.setSummaryTemplate(`https://docs.google.com/document/d/${templateId}/edit`) as { templateId: string; message: string };
    expect(chosen.templateId).toBe(templateId);
    const third = g.generateSummary() as { documentId: string; unknownPlaceholders: string[] };
    expect(third).toMatchObject({ documentId: first.documentId, unknownPlaceholders: [] });
    const texts = world.globals.DocumentApp.files.get(first.documentId)!.body.children.map((c) => (c as unknown as { text?: string }).text ?? '');
    expect(texts.some((t) => t.replace(/[\u00A0\u202F]/g, ' ').startsWith('CTG de Thoré Montagne Noire — 2023'))).toBe(true);
    expect(world.globals.LockService.state.holder).toBeNull();
  });

  test('arguments are validated against the contract with a French message', () => {
    const g = load(fakeAppsScript());
    expect(() => g.selectCell({ sheet: 42 })).toThrow(/^Demande invalide\u00A0: /);
    expect(() => g.selectCell({ sheet: 'Inconnu', cell: 'A1' })).toThrow(frAddon.unknownTab('Inconnu'));
    expect(() => g.initializeWorkbook('<img src=x onerror=alert(1)>')).toThrow(/^Demande invalide\u00A0: /);
  });

  test('sizes stay within what Apps Script loads comfortably', () => {
    // Every server call loads the whole script. The build aims at 150 KB (about 158 KB with the
    // Docs summary and the import on zod/mini); this ceiling catches regressions such as
    // pulling zod's classic API back in (+60 KB). The batched Sheets applier (2D setters, tab
    // templates) adds about 6 KB; the plan's check against Sheets' limits, the literal-text
    // rule's French parser shapes and their wordings about 6 KB more (issues 10 and 11); the
    // summary's styling as Docs API requests (one batchUpdate) about 2 KB (issue 11); the
    // conditional colours, amount validations, implausible-input findings, kept-cell list and
    // Contrôle's time with their wordings about 3 KB more (issue 10, parts 7 and 8).
    // Then, in one session (258 KB in all): the importer's reading of signatories, inline axes,
    // periods, counts and dates about 14 KB (issue 14); the follow-up tabs, their check and
    // Contrôle's figures about 20 KB, the partner rows' protection 6 KB, the bilan annuel
    // (document builder, PNG chart with its zlib encoder and bitmap font, words) 17.5 KB (issue 12).
    // Decided: parsing 260 KB costs Apps Script a few tens of milliseconds per call, small beside
    // one Spreadsheet call; the ceiling stays tight above the build to catch the next regression.
    expect(Buffer.byteLength(code)).toBeLessThan(264 * 1024);
    expect(Buffer.byteLength(sidebarHtml)).toBeLessThan(60 * 1024);
    expect(JSON.parse(fs.readFileSync(path.join(outDir, 'appsscript.json'), 'utf8')).runtimeVersion).toBe('V8');
  });
});
