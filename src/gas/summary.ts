// Apps Script edge of the summary: "Générer la synthèse". Reads the workbook
// (through the injected loader), writes the Google Doc in place — the same
// document on every click, remembered in the document properties — or in a new
// one when it was deleted, optionally from the user's template.
import { Convention } from '../domain/schema';
import { CheckReport } from '../domain/report';
import { buildConventionSummary } from '../summary/convention-summary';
import { DocsApp } from '../summary/docs-api';
import { writeSummaryToDocs } from '../summary/docs';
import { copyTemplateBody, fillTemplate } from '../summary/docs-template';
import { blockTables, inlineValues } from '../summary/template';
import { frSummary, frSummaryCli } from '../i18n/fr-summary';

/** Where the add-on keeps small settings (document properties in Apps Script). */
export interface KeyValueStore {
  get(key: string): string | null;
  set(key: string, value: string): void;
}

export interface SummaryLock {
  tryLock(timeoutMs: number): boolean;
  releaseLock(): void;
}

export const SUMMARY_KEYS = {
  documentId: 'ctg.summaryDocumentId',
  templateId: 'ctg.summaryTemplateId',
} as const;

export type SummaryDeps = {
  docs: DocsApp;
  store: KeyValueStore;
  /** The workbook, read and checked (one snapshot of the spreadsheet). */
  load: () => { convention: Convention; report: CheckReport; spreadsheetUrl?: string };
  lock?: SummaryLock;
  now?: () => Date;
};

export type SummaryDocResult = { url: string; documentId: string; created: boolean; unknownPlaceholders: string[] };

/** A message for the person at the keyboard (French), not a bug. */
export class SummaryUserError extends Error {}

export function generateSummaryDoc(deps: SummaryDeps): SummaryDocResult {
  if (deps.lock && !deps.lock.tryLock(10_000)) throw new SummaryUserError(frSummaryCli.lockBusy);
  try {
    return generate(deps);
  } finally {
    deps.lock?.releaseLock();
  }
}

function generate({ docs, store, load, now = () => new Date() }: SummaryDeps): SummaryDocResult {
  const { convention, report, spreadsheetUrl } = load();
  const meta = { generatedAt: now(), ...(spreadsheetUrl ? { spreadsheetUrl } : {}) };
  const doc = buildConventionSummary(convention, report, meta);
  const templateId = store.get(SUMMARY_KEYS.templateId);
  let unknownPlaceholders: string[] = [];
  const fill = templateId
    ? (body: Parameters<typeof copyTemplateBody>[0]) => {
        copyTemplateBody(body, openTemplate(docs, templateId).getBody(), docs);
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
    throw new SummaryUserError(frSummary.templateMissing(id));
  }
}

/** Wiring for the add-on entry file: the Apps Script services behind the interfaces. */
export function appsScriptSummaryDeps(load: SummaryDeps['load']): SummaryDeps {
  const props = PropertiesService.getDocumentProperties();
  return {
    docs: DocumentApp as unknown as DocsApp,
    store: { get: (k) => props.getProperty(k), set: (k, v) => void props.setProperty(k, v) },
    lock: LockService.getDocumentLock(),
    load,
  };
}
