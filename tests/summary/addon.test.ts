// "Générer la synthèse" through the add-on's server API on the Apps Script fakes:
// the spreadsheet holds the seed 001 workbook, DocumentApp is the counting fake.
import { gasPort } from '../../src/hosts/apps-script/port';
import { serverApi } from '../../src/app/server-api';
import { readSettings } from '../../src/app/settings';
import { userMessage } from '../../src/app/errors';
import { callServer } from '../../src/app/server-functions';
import { planWorkbook } from '../../src/core/workbook/plan';
import { frAddon } from '../../src/i18n/fr-addon';
import { frSummary } from '../../src/i18n/fr-summary';
import { plainSpaces } from '../../src/core/domain/money';
import { fakeAppsScript, installGlobals, FakeWorld } from '../fakes/globals';
import { DocumentLockState, FakeLock } from '../fakes/services';
import { FakeDocumentApp, FakeParagraph, FakeTable } from '../fakes/document-app';
import { FakeDocsAdvanced } from '../fakes/docs-advanced';
import { loadExample } from '../helpers/examples';

function world(lock?: DocumentLockState) {
  const w = fakeAppsScript(lock ? { lock } : {});
  const docs = new FakeDocumentApp(w.counter);
  return { w, docs };
}

function run<T>(w: FakeWorld, docs: FakeDocumentApp, fn: () => T): T {
  const uninstall = installGlobals(w);
  const g = globalThis as Record<string, unknown>;
  const saved = [g.DocumentApp, g.Docs];
  g.DocumentApp = docs;
  g.Docs = new FakeDocsAdvanced(docs);
  try {
    return fn();
  } finally {
    [g.DocumentApp, g.Docs] = saved;
    uninstall();
  }
}

function seedWorkbook(w: FakeWorld, docs: FakeDocumentApp) {
  run(w, docs, () => gasPort().apply(planWorkbook(loadExample('thore-montagne-noire'), { sheets: [] }).plan));
}

/** The French message a server function failed with ('' when it did not fail). */
function failure(w: FakeWorld, docs: FakeDocumentApp, fn: () => unknown): string {
  try {
    run(w, docs, fn);
    return '';
  } catch (e) {
    return userMessage(e);
  }
}

const LINK_1 = 'https://docs.google.com/document/d/doc-1/edit';
const settingsOf = (w: FakeWorld) => readSettings(w.globals.PropertiesService.getDocumentProperties());

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
    // Styled through the Docs advanced service the host passes in (the global Docs): header shaded, amounts right-aligned.
    const budget = body.children.filter((c): c is FakeTable => c instanceof FakeTable)[6];
    expect(budget.rows[0].cells[0].backgroundColor).toBe('#dce3ea');
    expect(budget.rows[3].cells[3].children[0].paragraphStyle).toEqual({ alignment: 'END' });
    expect(w.counter.counts.get('Docs.Documents.batchUpdate')).toBe(1);
    // The link back points at the spreadsheet.
    const footer = body.children[body.children.length - 1] as FakeParagraph;
    expect(footer.text.endsWith(' Ouvrir le classeur')).toBe(true);
    expect(footer.spanAt('LINK_URL', footer.text.length - 'Ouvrir le classeur'.length, footer.text.length - 1)).toBe(
      'https://docs.google.com/spreadsheets/d/fake-spreadsheet-id/edit',
    );
    const state = run(w, docs, () => serverApi(gasPort()).getSidebarState());
    expect(state.summaryUrl).toBe(result.url);
    expect(readSettings(w.globals.PropertiesService.getDocumentProperties())).toMatchObject({ summaryDocumentId: 'doc-1', summaryUrl: result.url });
  });

  it('rewrites the same document on the next click; once it is deleted, a new one only when asked for', () => {
    const { w, docs } = world();
    seedWorkbook(w, docs);
    run(w, docs, () => serverApi(gasPort()).generateSummary());
    expect(run(w, docs, () => serverApi(gasPort()).generateSummary())).toMatchObject({ documentId: 'doc-1', created: false });
    docs.deleteDocument('doc-1');
    expect(failure(w, docs, () => serverApi(gasPort()).generateSummary())).toBe(frSummary.documentUnavailable(LINK_1));
    expect(docs.files.size).toBe(0);
    expect(run(w, docs, () => serverApi(gasPort()).createNewSummary())).toMatchObject({ documentId: 'doc-2', created: true });
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

describe('shared documents stay shared (a co-editor without access)', () => {
  it('a summary document not shared with this co-editor is never replaced: a French message, nothing written, the shared id kept', () => {
    const { w, docs } = world();
    seedWorkbook(w, docs);
    const first = run(w, docs, () => serverApi(gasPort()).generateSummary());
    const before = docs.files.get('doc-1')!.body.outline();
    const settingsBefore = settingsOf(w);
    docs.setSharedWithCurrentUser('doc-1', false); // another co-editor created it and did not share it
    w.counter.reset();
    const message = failure(w, docs, () => serverApi(gasPort()).generateSummary());
    expect(message).toBe(frSummary.documentUnavailable(LINK_1));
    expect(plainSpaces(message)).toContain(
      'La synthèse de ce classeur (https://docs.google.com/document/d/doc-1/edit) ne s’ouvre pas avec votre compte Google',
    );
    expect(plainSpaces(message)).toContain(
      'Demandez-lui de vous la partager en modification, puis recommencez ; ou cliquez « Créer une nouvelle synthèse » dans le panneau CTG',
    );
    expect(w.counter.counts.get('DocumentApp.create') ?? 0).toBe(0);
    expect([...docs.files.keys()]).toEqual(['doc-1']);
    expect(docs.files.get('doc-1')!.body.outline()).toEqual(before);
    expect(settingsOf(w)).toEqual(settingsBefore);
    expect(run(w, docs, () => serverApi(gasPort()).getSidebarState()).summaryUrl).toBe(first.url);

    // Once its owner shares it, the same document is rewritten in place.
    docs.setSharedWithCurrentUser('doc-1', true);
    expect(run(w, docs, () => serverApi(gasPort()).generateSummary())).toMatchObject({ documentId: 'doc-1', created: false });
  });

  it('"Créer une nouvelle synthèse" is the explicit way to a new document, which becomes the shared one', () => {
    const { w, docs } = world();
    seedWorkbook(w, docs);
    run(w, docs, () => serverApi(gasPort()).generateSummary());
    docs.setSharedWithCurrentUser('doc-1', false);
    const fresh = run(w, docs, () => callServer(serverApi(gasPort()), 'createNewSummary', []));
    expect(fresh).toMatchObject({ documentId: 'doc-2', created: true });
    expect(settingsOf(w)).toMatchObject({ summaryDocumentId: 'doc-2', summaryUrl: fresh.url });
    expect(docs.files.has('doc-1')).toBe(true); // the old one is left alone
    expect(run(w, docs, () => serverApi(gasPort()).generateSummary())).toMatchObject({ documentId: 'doc-2', created: false });
  });

  it('a template not shared with this co-editor: a French message saying who can share it and how to choose another; nothing created, settings kept', () => {
    const { w, docs } = world();
    seedWorkbook(w, docs);
    const templateId = docs.seedWithId('1AbCdEfGhIjKlMnOpQrStUvWxYz_template', 'Modèle du comité', (body) => body.appendParagraph('{{territoire}}'));
    run(w, docs, () => serverApi(gasPort()).setSummaryTemplate(`https://docs.google.com/document/d/${templateId}/edit`));
    run(w, docs, () => serverApi(gasPort()).generateSummary());
    const settingsBefore = settingsOf(w);
    const before = docs.files.get('doc-1')!.body.outline();
    docs.setSharedWithCurrentUser(templateId, false);
    const expected = frSummary.templateUnavailable(`https://docs.google.com/document/d/${templateId}/edit`);
    expect(failure(w, docs, () => serverApi(gasPort()).generateSummary())).toBe(expected);
    expect(failure(w, docs, () => serverApi(gasPort()).createNewSummary())).toBe(expected);
    expect(plainSpaces(expected)).toContain(
      'ou la personne à qui il appartient ne l’a pas partagé avec vous. Demandez-lui de vous le partager (la lecture suffit), ou collez le lien d’un autre modèle dans « Modèle de synthèse (facultatif) » du panneau CTG, ou videz ce lien',
    );
    expect([...docs.files.keys()].sort()).toEqual([templateId, 'doc-1'].sort());
    expect(docs.files.get('doc-1')!.body.outline()).toEqual(before);
    expect(settingsOf(w)).toEqual(settingsBefore);
    // Choosing it again says the same; clearing it goes back to the default layout.
    expect(failure(w, docs, () => serverApi(gasPort()).setSummaryTemplate(templateId))).toBe(expected);
    expect(settingsOf(w)).toEqual(settingsBefore);
    run(w, docs, () => serverApi(gasPort()).setSummaryTemplate(''));
    expect(run(w, docs, () => serverApi(gasPort()).generateSummary())).toMatchObject({ documentId: 'doc-1', created: false });
  });
});
