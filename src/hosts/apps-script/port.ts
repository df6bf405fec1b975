// The WorkbookPort on the real Apps Script services. Services are reached only
// inside the calls (never at load time), so loading the script in AuthMode.NONE
// for onOpen touches nothing it may not.
import { applyPlanToSpreadsheet } from '../../adapters/sheets/apply';
import { readSpreadsheet } from '../../adapters/sheets/read';
import type { SpreadsheetAppLike, SpreadsheetLike } from '../../adapters/sheets/sheets-api';
import { docsSummaryDocuments } from '../../adapters/docs/summary-documents';
import type { DocsApp } from '../../adapters/docs/docs-api';
import { withLock } from '../../app/lock';
import type { WorkbookPort } from '../../app/port';

export function gasPort(): WorkbookPort {
  let cached: SpreadsheetLike | undefined;
  const book = () => (cached ??= SpreadsheetApp.getActiveSpreadsheet() as unknown as SpreadsheetLike);
  return {
    snapshot: () => readSpreadsheet(book()),
    apply: (plan) => applyPlanToSpreadsheet(SpreadsheetApp as unknown as SpreadsheetAppLike, book(), plan),
    select: (sheet, cell) => {
      const tab = book().getSheetByName(sheet);
      if (!tab) return false;
      tab.getRange(cell ?? 'A1').activate();
      return true;
    },
    withLock: (fn) => withLock(LockService.getDocumentLock(), fn),
    properties: () => PropertiesService.getDocumentProperties(),
    url: () => book().getUrl(),
    documents: () => docsSummaryDocuments(DocumentApp as unknown as DocsApp),
  };
}
