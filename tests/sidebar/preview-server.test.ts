// The preview server's HTTP side: the shim's calls go through the contract's
// validation, the workbook view escapes cell text, edits are checked.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { AddressInfo } from 'net';
import type { Server } from 'http';
import { createPreviewServer } from '../../src/hosts/preview/server';
import { frAddon, frPreview } from '../../src/i18n/fr-addon';
import { plainSpaces } from '../../src/core/domain/money';
import { loadExample } from '../helpers/examples';

let server: Server;
let base: string;
let buildDir: string;

beforeAll(async () => {
  buildDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ctg-preview-'));
  fs.writeFileSync(path.join(buildDir, 'Sidebar.html'), '<!DOCTYPE html><html><head><title>x</title></head><body></body></html>');
  server = createPreviewServer({ buildDir, mode: 'empty' });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  fs.rmSync(buildDir, { recursive: true, force: true });
});

const call = async (name: string, body: string) => {
  const res = await fetch(`${base}/api/${name}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  return { status: res.status, json: (await res.json()) as { ok: boolean; value?: unknown; message?: string } };
};

test('the sidebar is served with the google.script.run shim before its own script', async () => {
  const html = await (await fetch(`${base}/sidebar`)).text();
  expect(html.indexOf('window.google = { script: { run:')).toBeGreaterThan(html.indexOf('<head>'));
});

test('shim calls run the server functions with the contract validation', async () => {
  expect(await call('getSidebarState', '[]')).toEqual({ status: 200, json: { ok: true, value: expect.objectContaining({ initialized: false }) } });
  expect((await call('selectCell', '[{"sheet": 3}]')).json).toEqual({ ok: false, message: expect.stringMatching(/^Demande invalide\u00A0: /) });
  expect((await call('checkEnvelope', '[]')).json).toEqual({ ok: false, message: frAddon.notInitialized });
  expect((await call('generateSummary', '[]')).json).toEqual({ ok: false, message: frAddon.notInitialized });
  expect((await call('constructor', '[]')).status).toBe(404);
  expect((await call('toString', '[]')).status).toBe(404);
});

test('cell edits are checked, stored as typed, and shown escaped', async () => {
  const edit = (fields: Record<string, string>) => fetch(`${base}/workbook/edit`, { method: 'POST', body: new URLSearchParams(fields), redirect: 'manual' });
  const bad = await edit({ sheet: 'Feuille 1', cell: 'B', value: 'x' });
  expect(bad.status).toBe(400);
  expect(await bad.text()).toBe(frPreview.badCell('B'));
  expect((await edit({ sheet: 'Nulle part', cell: 'A1', value: 'x' })).status).toBe(400);
  expect((await edit({ sheet: 'Feuille 1', cell: 'b2', value: '<img src=x onerror=alert(1)>' })).status).toBe(303);
  const view = await (await fetch(`${base}/workbook`)).text();
  expect(view).toContain('<td data-cell="Feuille 1!B2">&lt;img src=x onerror=alert(1)&gt;</td>');
  expect(view).not.toContain('<img');
});

test('the summary is written as Markdown in place of a Google Doc, rewritten in place on the next click', async () => {
  expect((await fetch(`${base}/synthese`)).status).toBe(404);
  await fetch(`${base}/reset`, { method: 'POST', body: new URLSearchParams({ mode: 'full' }), redirect: 'manual' });
  const first = (await call('generateSummary', '[]')).json;
  expect(first).toEqual({ ok: true, value: expect.objectContaining({ url: '/synthese', created: true, unknownPlaceholders: [] }) });
  const text = plainSpaces(await (await fetch(`${base}/synthese`)).text());
  const example = loadExample('thore-montagne-noire');
  expect(text).toContain(example.territory);
  expect(text).toContain('241 801,00 €');
  for (const action of example.actions) expect(text).toContain(action.title);
  expect((await call('generateSummary', '[]')).json).toEqual({ ok: true, value: expect.objectContaining({ created: false }) });
  expect((await call('getSidebarState', '[]')).json).toEqual({ ok: true, value: expect.objectContaining({ summaryUrl: '/synthese' }) });
  // Templates are Google Docs: the preview says so in French rather than pretending.
  expect((await call('setSummaryTemplate', '["https://docs.google.com/document/d/1AbCdEfGhIjKlMnOpQrStUvWx/edit"]')).json).toEqual({
    ok: false,
    message: frPreview.templateUnavailable,
  });
});
