// The WorkbookPort on the real Apps Script services. Services are reached only
// inside the calls (never at load time), so loading the script in AuthMode.NONE
// for onOpen touches nothing it may not.
import { applyPlanToSpreadsheet } from './apply';
import { readSpreadsheet } from './read';
import { withLock } from './lock';
import { appsScriptSummaryDeps, generateSummaryDoc, setSummaryTemplate } from './summary';
import type { SpreadsheetAppLike, SpreadsheetLike } from './sheets-api';
import type { WorkbookPort } from './port';

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
    generateSummary: () => generateSummaryDoc(),
    setSummaryTemplate: (link) => setSummaryTemplate(appsScriptSummaryDeps(), link),
  };
}
