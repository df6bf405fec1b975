// "Générer la synthèse" and "choose the summary's template", written once against the
// WorkbookPort: one snapshot of the spreadsheet, one lock held by the use case, the
// settings (document id, link, template) written once. Where the document is written
// (Google Docs, or Markdown in the preview) is the port's SummaryDocuments.
import type { SummaryResult, TemplateResult } from './contract';
import type { SummaryDocuments, WorkbookPort } from './port';
import { checkSnapshot } from './workbook';
import { isCtgWorkbook } from '../core/workbook/identity';
import { buildConventionSummary, SummaryMeta } from '../core/summary/convention-summary';
import { blockTables, inlineValues } from '../core/summary/template';
import type { Convention } from '../core/domain/schema';
import type { CheckReport } from '../core/domain/report';
import { readSettings, writeSettings, PropertiesLike } from './settings';
import { UserError } from './errors';
import { frSummary } from '../i18n/fr-summary';
import { frAddon } from '../i18n/fr-addon';

/** The checked convention a summary is written from. */
export type SummaryInput = { convention: Convention; report: CheckReport; meta: SummaryMeta };

/** Where the summary goes: the shared document the workbook remembers, or (chosen explicitly) a new one. */
export type SummaryTarget = 'remembered' | 'new';

/**
 * Server function: reads the spreadsheet once, under the document lock, and writes the
 * summary into the remembered document (a UserError when this person cannot open it).
 */
export function generateSummary(port: WorkbookPort, now: () => Date = () => new Date(), target: SummaryTarget = 'remembered'): SummaryResult {
  return port.withLock(() => {
    const snapshot = port.snapshot({ typedOnly: true });
    if (!isCtgWorkbook(snapshot)) throw new UserError(frAddon.notInitialized);
    const url = port.url();
    const meta: SummaryMeta = { generatedAt: now(), ...(url ? { spreadsheetUrl: url } : {}) };
    return writeSummary(port.documents(), port.properties(), { ...checkSnapshot(snapshot), meta }, target);
  });
}

/**
 * Server function "Créer une nouvelle synthèse": the person's explicit choice to write a
 * new document (theirs) and point every co-editor at it, when the shared one does not open for them.
 */
export const createNewSummary = (port: WorkbookPort, now: () => Date = () => new Date()): SummaryResult => generateSummary(port, now, 'new');

/**
 * Writes the summary into the remembered document (a new one when there is none, or
 * when `target` asks for one), following the chosen template if any, and remembers
 * where. A remembered document that does not open is never replaced silently: the
 * documents port throws, and the shared id stays as it was.
 */
export function writeSummary(documents: SummaryDocuments, props: PropertiesLike, input: SummaryInput, target: SummaryTarget = 'remembered'): SummaryResult {
  const settings = readSettings(props);
  const templateId = settings.summaryTemplateId || null;
  const written = documents.write({
    document: buildConventionSummary(input.convention, input.report, input.meta),
    documentId: target === 'new' ? null : (settings.summaryDocumentId ?? null),
    template: templateId ? { id: templateId, inline: inlineValues(input), blocks: blockTables(input) } : null,
  });
  writeSettings(props, { summaryDocumentId: written.documentId, summaryUrl: written.url });
  return written;
}

/** A Google Docs link (…/document/d/<id>/…) or a bare id → the id; null when it is neither. */
export function templateIdFrom(input: string): string | null {
  const text = input.trim();
  const fromUrl = /\/document\/(?:u\/\d+\/)?d\/([A-Za-z0-9_-]{20,})/.exec(text);
  if (fromUrl) return fromUrl[1];
  return /^[A-Za-z0-9_-]{20,}$/.test(text) ? text : null;
}

/** Server function: the settings are shared by every editor, so they are written under the document lock. */
export function setSummaryTemplate(port: WorkbookPort, input: string): TemplateResult {
  return port.withLock(() => chooseSummaryTemplate(port.documents(), port.properties(), input));
}

/**
 * Chooses the template of the summary (a link pasted in the sidebar), after checking
 * the document opens; an empty input goes back to the default layout.
 */
export function chooseSummaryTemplate(documents: SummaryDocuments, props: PropertiesLike, input: string): TemplateResult {
  if (input.trim() === '') {
    writeSettings(props, { summaryTemplateId: undefined });
    return { templateId: null, message: frSummary.templateCleared };
  }
  const id = templateIdFrom(input);
  if (id === null) throw new UserError(frSummary.templateBadLink(input.trim()));
  const name = documents.templateName(id);
  writeSettings(props, { summaryTemplateId: id });
  return { templateId: id, message: frSummary.templateSet(name) };
}
