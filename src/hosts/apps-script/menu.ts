// onOpen / onInstall and the menu handlers. onOpen runs in AuthMode.NONE when the
// add-on is installed but not yet used in this document: it only builds the menu,
// and touches no other service.
import { frAddon, frMenu } from '../../i18n/fr-addon';
import { checkAlertText } from '../../app/check-text';
import { serverApi } from '../../app/server-api';
import { userMessage } from '../../app/errors';
import { gasPort } from './port';

/** Menu caption → name of the global function Apps Script calls. */
export const MENU_ITEMS = [
  { caption: frMenu.openSidebar, functionName: 'ctgOpenSidebar' },
  { caption: frMenu.initialize, functionName: 'ctgInitialize' },
  { caption: frMenu.check, functionName: 'ctgCheck' },
  { caption: frMenu.refresh, functionName: 'ctgRefresh' },
  { caption: frMenu.summary, functionName: 'ctgSummary' },
  { caption: frMenu.bilan, functionName: 'ctgBilan' },
  { caption: frMenu.help, functionName: 'ctgHelp' },
] as const;

export const SIDEBAR_FILE = 'Sidebar';

export function onOpen(_e?: unknown): void {
  const menu = SpreadsheetApp.getUi().createAddonMenu();
  MENU_ITEMS.forEach((item, i) => {
    if (i === MENU_ITEMS.length - 1) menu.addSeparator();
    menu.addItem(item.caption, item.functionName);
  });
  menu.addToUi();
}

export function onInstall(e?: unknown): void {
  onOpen(e);
}

/** Menu handlers report in an alert: no stack trace ever reaches the person. */
function guarded(run: () => void): () => void {
  return () => {
    try {
      run();
    } catch (e) {
      SpreadsheetApp.getUi().alert(userMessage(e));
    }
  };
}

function showSidebar(): void {
  const html = HtmlService.createHtmlOutputFromFile(SIDEBAR_FILE).setTitle(frAddon.sidebarTitle);
  SpreadsheetApp.getUi().showSidebar(html);
}

export const menuHandlers: Record<(typeof MENU_ITEMS)[number]['functionName'], () => void> = {
  ctgOpenSidebar: guarded(showSidebar),
  // The form lives in the sidebar; on a workbook already initialised the sidebar shows its status.
  ctgInitialize: guarded(showSidebar),
  ctgCheck: guarded(() => {
    const result = serverApi(gasPort()).checkEnvelope();
    SpreadsheetApp.getUi().alert(frAddon.checkAlertTitle, checkAlertText(result), SpreadsheetApp.getUi().ButtonSet.OK);
  }),
  ctgRefresh: guarded(() => SpreadsheetApp.getUi().alert(serverApi(gasPort()).refreshAxisTabs().message)),
  ctgSummary: guarded(() => SpreadsheetApp.getUi().alert(frAddon.summaryReady(serverApi(gasPort()).generateSummary().url))),
  // The year is chosen in the sidebar's bilan panel.
  ctgBilan: guarded(showSidebar),
  ctgHelp: guarded(() => SpreadsheetApp.getUi().alert(frAddon.helpTitle, frAddon.helpText, SpreadsheetApp.getUi().ButtonSet.OK)),
};
