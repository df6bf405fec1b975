// The sidebar-callable global functions: each validates its arguments against the
// contract (zod), runs the shared server API on the Apps Script port, and turns any
// failure into an Error whose message is a French sentence (what the sidebar shows).
import { ARGS, ServerApi, ServerFunction } from './contract';
import { frAddon } from '../i18n/fr-addon';
import { frParse } from '../i18n/fr-domain';
import { serverApi } from './server-api';
import { UserError, userMessage } from './errors';
import type { WorkbookPort } from './port';

/** Validates raw arguments and calls the API; errors come out as French messages. */
export function callServer<K extends ServerFunction>(api: ServerApi, name: K, raw: unknown[]): ReturnType<ServerApi[K]> {
  try {
    const parsed = ARGS[name].safeParse(raw, { error: frParse.zodIssue });
    if (!parsed.success) {
      const detail = parsed.error.issues.map((i) => `${i.path.join('.') || name} : ${i.message}`).join(' ; ');
      throw new UserError(frAddon.invalidArgument(detail));
    }
    const fn = api[name] as (...args: unknown[]) => ReturnType<ServerApi[K]>;
    return fn(...(parsed.data as unknown[]));
  } catch (e) {
    throw new Error(userMessage(e));
  }
}

export function serverFunctions(port: () => WorkbookPort): { [K in ServerFunction]: (...raw: unknown[]) => ReturnType<ServerApi[K]> } {
  const call = <K extends ServerFunction>(name: K) => (...raw: unknown[]) => callServer(serverApi(port()), name, raw);
  return {
    getSidebarState: call('getSidebarState'),
    initializeWorkbook: call('initializeWorkbook'),
    checkEnvelope: call('checkEnvelope'),
    refreshAxisTabs: call('refreshAxisTabs'),
    generateSummary: call('generateSummary'),
    setSummaryTemplate: call('setSummaryTemplate'),
    selectCell: call('selectCell'),
    previewImport: call('previewImport'),
    applyImport: call('applyImport'),
  };
}
