// "Générer le bilan annuel": the bilan of one year of the period, written into the Google
// Doc the workbook remembers for that year (each year has its own document, rewritten in
// place when the bilan is generated again), from one snapshot read under the lock.
import type { BilanResult } from './contract';
import type { SummaryDocuments, WorkbookPort } from './port';
import type { Convention } from '../core/domain/schema';
import type { CheckReport } from '../core/domain/report';
import { checkSnapshot } from './workbook';
import { isCtgWorkbook } from '../core/workbook/identity';
import { buildAnnualReview, reviewYearProblem } from '../core/summary/annual-review';
import type { SummaryMeta } from '../core/summary/convention-summary';
import { readSettings, writeSettings, PropertiesLike } from './settings';
import { UserError } from './errors';
import { frAddon } from '../i18n/fr-addon';

/** Server function: reads the spreadsheet once, under the document lock, and writes the bilan of `year`. */
export function generateBilan(port: WorkbookPort, year: number, now: () => Date = () => new Date()): BilanResult {
  return port.withLock(() => {
    const snapshot = port.snapshot({ typedOnly: true });
    if (!isCtgWorkbook(snapshot)) throw new UserError(frAddon.notInitialized);
    const url = port.url();
    const meta: SummaryMeta = { generatedAt: now(), ...(url ? { spreadsheetUrl: url } : {}) };
    return writeBilan(port.documents(), port.properties(), { ...checkSnapshot(snapshot), meta }, year);
  });
}

/**
 * Writes the bilan of `year` into the document remembered for that year (a new one the first
 * time) and remembers it. A remembered document that does not open is never replaced
 * silently: the documents port throws, and the settings stay as they were.
 */
export function writeBilan(
  documents: SummaryDocuments,
  props: PropertiesLike,
  input: { convention: Convention; report: CheckReport; meta: SummaryMeta },
  year: number,
): BilanResult {
  const problem = reviewYearProblem(input.convention, year);
  if (problem) throw new UserError(problem);
  const key = String(year);
  const written = documents.write({
    document: buildAnnualReview(input.convention, input.report, year, input.meta),
    documentId: readSettings(props).bilanDocuments?.[key]?.id ?? null,
    template: null,
  });
  // Read again: another year's bilan written meanwhile by a co-editor is kept.
  const bilans = readSettings(props).bilanDocuments ?? {};
  writeSettings(props, { bilanDocuments: { ...bilans, [key]: { id: written.documentId, url: written.url } } });
  return { year, url: written.url, documentId: written.documentId, created: written.created };
}
