// The sidebar-callable functions: each validates its arguments against the contract
// (zod), runs the use case on a port, and turns any failure into an Error whose
// message is a French sentence (what the sidebar shows). Apps Script's globals and
// the preview's shim are both made from this, so both check arguments the same way.
import { SERVER_FUNCTIONS, SERVER_FUNCTION_NAMES, ServerApi, ServerFunction } from './contract';
import { frAddon } from '../i18n/fr-addon';
import { frParse } from '../i18n/fr-domain';
import { serverApi } from './server-api';
import { UserError, userMessage } from './errors';
import type { WorkbookPort } from './port';

export const isServerFunction = (name: string): name is ServerFunction => Object.prototype.hasOwnProperty.call(SERVER_FUNCTIONS, name);

/** Validates raw arguments and calls the API; errors come out as French messages. */
export function callServer<K extends ServerFunction>(api: ServerApi, name: K, raw: unknown[]): ReturnType<ServerApi[K]> {
  try {
    const parsed = SERVER_FUNCTIONS[name].args.safeParse(raw, { error: frParse.zodIssue });
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

/** One entry per server function, each taking raw (unchecked) arguments. */
export function serverFunctions(port: () => WorkbookPort): Record<ServerFunction, (...raw: unknown[]) => unknown> {
  return Object.fromEntries(SERVER_FUNCTION_NAMES.map((name) => [name, (...raw: unknown[]) => callServer(serverApi(port()), name, raw)])) as Record<
    ServerFunction,
    (...raw: unknown[]) => unknown
  >;
}
