// "Générer la synthèse" through the add-on's server API on the Apps Script fakes:
// the spreadsheet holds the seed 001 workbook, DocumentApp is the counting fake.
import { gasPort } from '../../src/hosts/apps-script/port';
import { serverApi } from '../../src/app/server-api';
import { readSettings } from '../../src/app/settings';
import { userMessage } from '../../src/app/errors';
import { planWorkbook } from '../../src/core/workbook/plan';
import { frAddon } from '../../src/i18n/fr-addon';
import { plainSpaces } from '../../src/core/domain/money';
import { fakeAppsScript, installGlobals, FakeWorld } from '../fakes/globals';
import { DocumentLockState, FakeLock } from '../fakes/services';
import { FakeDocumentApp, FakeParagraph } from '../fakes/document-app';
import { loadExample } from '../helpers/examples';

function world(lock?: DocumentLockState) {
  const w = fakeAppsScript(lock ? { lock } : {});
  const docs = new FakeDocumentApp(w.counter);
  return { w, docs };
}

function run<T>(w: FakeWorld, docs: FakeDocumentApp, fn: () => T): T {
  const uninstall = installGlobals(w);
  const g = globalThis as Record<string, unknown>;
  const saved = g.DocumentApp;
  g.DocumentApp = docs;
  try {
    return fn();
  } finally {
    g.DocumentApp = saved;
    uninstall();
  }
}

function seedWorkbook(w: FakeWorld, docs: FakeDocumentApp) {
  run(w, docs, () => gasPort().apply(planWorkbook(loadExample('thore-montagne-noire'), { sheets: [] }).plan));
}

describe('Générer la synthèse (add-on server API)', () => {
  it('writes the Google Doc from the spreadsheet, remembers it, and the sidebar state links to it', () => {
    const { w, docs } = world();
    seedWorkbook(w, docs);
    const result = run(w, docs, () => serverApi(gasPort()).generateSummary());
    expect(result).toMatchObject({ documentId: 'doc-1', created: true, unknownPlaceholders: [] });
    const body = docs.files.get('doc-1')!.body;
    expect(body.outline()[0]).toBe('TITLE Synthèse — CTG Thoré Montagne Noire');
    const text = plainSpaces(body.getText());
    expect(text).toContain('725 403,00 €');
    // The link back points at the spreadsheet.
    const footer = body.children[body.children.length - 1] as FakeParagraph;
    expect(footer.text.endsWith(' Ouvrir le classeur')).toBe(true);
    expect(footer.spanAt('LINK_URL', footer.text.length - 'Ouvrir le classeur'.length, footer.text.length - 1)).toBe('https://docs.google.com/spreadsheets/d/fake-spreadsheet-id/edit');
    const state = run(w, docs, () => serverApi(gasPort()).getSidebarState());
    expect(state.summaryUrl).toBe(result.url);
    expect(readSettings(w.globals.PropertiesService.getDocumentProperties())).toMatchObject({ summaryDocumentId: 'doc-1', summaryUrl: result.url });
  });

  it('rewrites the same document on the next click, and a new one after it was deleted', () => {
    const { w, docs } = world();
    seedWorkbook(w, docs);
    run(w, docs, () => serverApi(gasPort()).generateSummary());
    expect(run(w, docs, () => serverApi(gasPort()).generateSummary())).toMatchObject({ documentId: 'doc-1', created: false });
    docs.deleteDocument('doc-1');
    expect(run(w, docs, () => serverApi(gasPort()).generateSummary())).toMatchObject({ documentId: 'doc-2', created: true });
    expect(docs.files.size).toBe(1);
  });

  it('waits for no one: a co-editor holding the lock gets the French "busy" message and no document is created', () => {
    const lock = new DocumentLockState();
    const { w, docs } = world(lock);
    seedWorkbook(w, docs);
    lock.holder = new FakeLock(lock);
    let message = '';
    run(w, docs, () => {
      try {
        serverApi(gasPort()).generateSummary();
      } catch (e) {
        message = userMessage(e);
      }
    });
    expect(message).toBe(frAddon.busy);
    expect(docs.files.size).toBe(0);
  });

  it('refuses a spreadsheet that is not a CTG workbook with the add-on’s French message', () => {
    const { w, docs } = world();
    let message = '';
    run(w, docs, () => {
      try {
        serverApi(gasPort()).generateSummary();
      } catch (e) {
        message = userMessage(e);
      }
    });
    expect(message).toBe(frAddon.notInitialized);
  });
});
