// Builds the set of Apps Script globals the add-on uses, all fakes sharing one
// call counter, ready to install on globalThis or in a vm context.
import { CallCounter } from './counter';
import { FakeSpreadsheet, FakeSpreadsheetApp, AuthMode } from './spreadsheet-app';
import { FakeDocumentApp, FakeUtilities } from './document-app';
import { FakeDocsAdvanced } from './docs-advanced';
import { FakeHtmlService, FakeLockService, FakePropertiesService, FakeScriptApp, FakeUi, AuthState, DocumentLockState } from './services';

export type FakeWorld = ReturnType<typeof fakeAppsScript>;

export function fakeAppsScript(
  opts: { sheets?: string[]; htmlFiles?: Record<string, string>; lock?: DocumentLockState; spreadsheet?: FakeSpreadsheet; counter?: CallCounter } = {},
) {
  const counter = opts.counter ?? opts.spreadsheet?.counter ?? new CallCounter();
  const auth: AuthState = { mode: 'FULL' };
  const ui = new FakeUi(counter);
  const spreadsheet = opts.spreadsheet ?? new FakeSpreadsheet(counter, opts.sheets);
  const SpreadsheetApp = new FakeSpreadsheetApp(spreadsheet, ui);
  const LockService = new FakeLockService(counter, auth, opts.lock);
  const PropertiesService = new FakePropertiesService(counter, auth);
  const HtmlService = new FakeHtmlService(counter, opts.htmlFiles ?? {});
  const DocumentApp = new FakeDocumentApp(counter);
  const Docs = new FakeDocsAdvanced(DocumentApp);
  const Utilities = new FakeUtilities(counter);
  return {
    counter,
    ui,
    spreadsheet,
    auth,
    setAuthMode(mode: AuthMode) {
      auth.mode = mode;
      SpreadsheetApp.authMode = mode;
    },
    globals: { SpreadsheetApp, LockService, PropertiesService, HtmlService, DocumentApp, Docs, Utilities, ScriptApp: FakeScriptApp },
  };
}

/** Installs the fakes as the Apps Script globals of this jest module; returns an uninstaller. */
export function installGlobals(world: FakeWorld): () => void {
  const g = globalThis as Record<string, unknown>;
  const saved = Object.fromEntries(Object.keys(world.globals).map((k) => [k, g[k]]));
  Object.assign(g, world.globals);
  return () => Object.assign(g, saved);
}

/** Runs fn with the fakes installed as the Apps Script globals, and uninstalls them after. */
export function withGlobals<T>(world: FakeWorld, fn: () => T): T {
  const uninstall = installGlobals(world);
  try {
    return fn();
  } finally {
    uninstall();
  }
}
