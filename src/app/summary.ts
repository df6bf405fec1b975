// Apps Script edge of the summary: "Générer la synthèse". Reads the workbook
// (through the injected loader), writes the Google Doc in place — the same
// document on every click, remembered in the document properties — or in a new
// one when it was deleted, optionally from the user's template.
import type { Convention } from '../core/domain/schema';
import type { CheckReport } from '../core/domain/report';
import type { SummaryResult } from './contract';
import { buildConventionSummary } from '../core/summary/convention-summary';
import type { DocsApp, DocsBody } from '../adapters/docs/docs-api';
import { writeSummaryToDocs } from '../adapters/docs/write';
import { copyTemplateBody, fillTemplate } from '../adapters/docs/template';
import { blockTables, inlineValues } from '../core/summary/template';
import { frSummary } from '../i18n/fr-summary';
import { frAddon } from '../i18n/fr-addon';
import { UserError } from './errors';
import { withLock, LockLike } from './lock';
import { readSettings, writeSettings, PropertiesLike } from './settings';
import { readSpreadsheet } from '../adapters/sheets/read';
import { checkSnapshot } from './workbook';
import { isCtgWorkbook } from './server-api';
import type { SpreadsheetLike } from '../adapters/sheets/sheets-api';

/** Where the summary's document ids are remembered (the workbook settings in Apps Script). */
export interface KeyValueStore {
  get(key: string): string | null;
  set(key: string, value: string): void;
}

/** Keys are the names of the workbook settings fields (src/gas/settings.ts). */
export const SUMMARY_KEYS = {
  documentId: 'summaryDocumentId',
  templateId: 'summaryTemplateId',
} as const;

export type SummaryDeps = {
  docs: DocsApp;
  store: KeyValueStore;
  /** The workbook, read and checked (one snapshot of the spreadsheet). */
  load: () => { convention: Convention; report: CheckReport; spreadsheetUrl?: string };
  lock?: LockLike;
  now?: () => Date;
};

/** Server function of the add-on; tests pass fakes, Apps Script gets its services. */
export function generateSummaryDoc(deps: SummaryDeps = appsScriptSummaryDeps()): SummaryResult {
  return deps.lock ? withLock(deps.lock, () => generate(deps)) : generate(deps);
}

function generate({ docs, store, load, now = () => new Date() }: SummaryDeps): SummaryResult {
  const { convention, report, spreadsheetUrl } = load();
  const meta = { generatedAt: now(), ...(spreadsheetUrl ? { spreadsheetUrl } : {}) };
  const doc = buildConventionSummary(convention, report, meta);
  const templateId = store.get(SUMMARY_KEYS.templateId);
  // Open the template before touching the summary document: if it is gone, nothing is cleared or created.
  const template = templateId ? openTemplate(docs, templateId).getBody() : null;
  let unknownPlaceholders: string[] = [];
  const fill = template
    ? (body: DocsBody) => {
        copyTemplateBody(body, template, docs);
        unknownPlaceholders = fillTemplate(body, inlineValues({ convention, report, meta }), blockTables({ convention, report, meta }), docs);
      }
    : undefined;
  const target = writeSummaryToDocs(docs, store.get(SUMMARY_KEYS.documentId), doc, fill);
  store.set(SUMMARY_KEYS.documentId, target.documentId);
  return { url: target.url, documentId: target.documentId, created: target.created, unknownPlaceholders };
}

function openTemplate(docs: DocsApp, id: string) {
  try {
    return docs.openById(id);
  } catch {
    throw new UserError(frSummary.templateMissing(id));
  }
}

/** A Google Docs link (…/document/d/<id>/…) or a bare id → the id; null when it is neither. */
export function templateIdFrom(input: string): string | null {
  const text = input.trim();
  const fromUrl = /\/document\/(?:u\/\d+\/)?d\/([A-Za-z0-9_-]{20,})/.exec(text);
  if (fromUrl) return fromUrl[1];
  return /^[A-Za-z0-9_-]{20,}$/.test(text) ? text : null;
}

/**
 * Chooses the template of the summary (a link pasted in the sidebar), after
 * checking the document opens; an empty input goes back to the default layout.
 * Returns the French sentence to show.
 */
export function setSummaryTemplate(deps: Pick<SummaryDeps, 'docs' | 'store'>, input: string): { templateId: string | null; message: string } {
  if (input.trim() === '') {
    deps.store.set(SUMMARY_KEYS.templateId, '');
    return { templateId: null, message: frSummary.templateCleared };
  }
  const id = templateIdFrom(input);
  if (id === null) throw new UserError(frSummary.templateBadLink(input.trim()));
  const name = openTemplate(deps.docs, id).getName();
  deps.store.set(SUMMARY_KEYS.templateId, id);
  return { templateId: id, message: frSummary.templateSet(name) };
}

/** The workbook settings (one JSON document property) seen as a key-value store. */
export function settingsStore(props: PropertiesLike): KeyValueStore {
  return {
    get: (key) => {
      const value = (readSettings(props) as Record<string, unknown>)[key];
      return typeof value === 'string' ? value : null;
    },
    set: (key, value) => void writeSettings(props, { [key]: value }),
  };
}

/** Reads the active spreadsheet once and checks it; refuses a spreadsheet that is not a CTG workbook. */
export function loadActiveWorkbook(spreadsheet: SpreadsheetLike & { getUrl(): string }): ReturnType<SummaryDeps['load']> {
  const snapshot = readSpreadsheet(spreadsheet);
  if (!isCtgWorkbook(snapshot)) throw new UserError(frAddon.notInitialized);
  return { ...checkSnapshot(snapshot), spreadsheetUrl: spreadsheet.getUrl() };
}

/** The Apps Script services behind the interfaces; reached only when the function runs. */
export function appsScriptSummaryDeps(): SummaryDeps {
  return {
    docs: DocumentApp as unknown as DocsApp,
    store: settingsStore(PropertiesService.getDocumentProperties()),
    lock: LockService.getDocumentLock(),
    load: () => loadActiveWorkbook(SpreadsheetApp.getActiveSpreadsheet() as unknown as SpreadsheetLike & { getUrl(): string }),
  };
}
