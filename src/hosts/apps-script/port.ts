// The WorkbookPort on the real Apps Script services. Services are reached only
// inside the calls (never at load time), so loading the script in AuthMode.NONE
// for onOpen touches nothing it may not. The tab handles met by a server call's read
// are handed to its apply (one execution: nothing is kept between calls).
import { applyPlanToSpreadsheet } from '../../adapters/sheets/apply';
import { emptyHandles, readSpreadsheet, SheetHandles } from '../../adapters/sheets/read';
import type { SpreadsheetAppLike, SpreadsheetLike } from '../../adapters/sheets/sheets-api';
import { docsSummaryDocuments } from '../../adapters/docs/summary-documents';
import type { DocsAdvanced, DocsApp, DocsBlobs } from '../../adapters/docs/docs-api';
import { withLock } from '../../app/lock';
import type { WorkbookPort } from '../../app/port';

export function gasPort(): WorkbookPort {
  let cached: SpreadsheetLike | undefined;
  let handles: SheetHandles | undefined;
  const book = () => (cached ??= SpreadsheetApp.getActiveSpreadsheet() as unknown as SpreadsheetLike);
  return {
    snapshot: (options = {}) => {
      const seen = emptyHandles();
      const snapshot = readSpreadsheet(book(), options, seen);
      // Only a read of every tab knows them all.
      handles = options.typedOnly ? undefined : seen;
      return snapshot;
    },
    apply: (plan) => {
      applyPlanToSpreadsheet(SpreadsheetApp as unknown as SpreadsheetAppLike, book(), plan, handles);
      handles = undefined;
    },
    select: (sheet, cell) => {
      const tab = book().getSheetByName(sheet);
      if (!tab) return false;
      tab.getRange(cell ?? 'A1').activate();
      return true;
    },
    withLock: (fn) => withLock(LockService.getDocumentLock(), fn),
    properties: () => PropertiesService.getDocumentProperties(),
    url: () => book().getUrl(),
    // Docs: the advanced service enabled in appsscript.json (dependencies.enabledAdvancedServices).
    // Utilities makes the chart images of the bilan into blobs.
    documents: () => docsSummaryDocuments(DocumentApp as unknown as DocsApp, Docs as unknown as DocsAdvanced, Utilities as unknown as DocsBlobs),
  };
}
