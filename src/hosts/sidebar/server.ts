// The sidebar's view of the server: a promise wrapper around google.script.run,
// typed by the contract. In Apps Script google.script.run is provided by HtmlService;
// in the local preview a shim with the same shape posts to the preview server.
import type { AsyncServerApi, ServerFunction } from '../../app/contract';

type Runner = {
  withSuccessHandler(fn: (value: unknown) => void): Runner;
  withFailureHandler(fn: (error: unknown) => void): Runner;
} & Record<string, (...args: unknown[]) => void>;

declare const google: { script: { run: Runner } };

function call(name: ServerFunction, args: unknown[]): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const runner = google.script.run
      .withSuccessHandler(resolve)
      .withFailureHandler((e) => reject(e instanceof Error ? e : new Error(String((e as { message?: string })?.message ?? e))));
    runner[name](...args);
  });
}

export const server = new Proxy({} as AsyncServerApi, {
  get:
    (_target, name) =>
    (...args: unknown[]) =>
      call(name as ServerFunction, args),
});
