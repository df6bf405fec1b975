// The local preview: an HTTP server on 127.0.0.1 serving the built sidebar with a
// google.script.run shim, next to an HTML view of an in-memory workbook. The shim's
// calls run the same server functions as Apps Script (serverApi + callServer),
// on a MemoryWorkbook instead of SpreadsheetApp.
import * as fs from 'fs';
import * as http from 'http';
import * as path from 'path';
import { serverApi } from '../../app/server-api';
import { callServer, isServerFunction } from '../../app/server-functions';
import { applyPlan } from '../../core/workbook/snapshot-apply';
import { parsePoint } from '../../core/workbook/a1';
import { evaluateFormulas } from '../../adapters/memory/evaluate';
import type { CellValue } from '../../core/workbook/types';
import { frPreview } from '../../i18n/fr-addon';
import { MemoryWorkbook, PREVIEW_SUMMARY_PATH } from '../../adapters/memory/port';
import { StartMode, START_MODES, startWorkbook } from './example';
import { pageHtml, workbookHtml } from './html';
import { SHIM } from './shim';

export type PreviewOptions = { buildDir: string; mode: StartMode };

function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let data = '';
    req.setEncoding('utf8');
    req.on('data', (chunk) => {
      data += chunk;
      if (data.length > 1e6) req.destroy();
    });
    req.on('end', () => resolve(data));
    req.on('error', reject);
  });
}

const send = (res: http.ServerResponse, status: number, type: string, body: string) => {
  res.writeHead(status, { 'content-type': `${type}; charset=utf-8`, 'cache-control': 'no-store' });
  res.end(body);
};

/** What a person types in a cell, as Sheets would store it: plain numbers become numbers. */
const typed = (text: string): CellValue => (/^-?\d+(\.\d+)?$/.test(text.trim()) ? Number(text.trim()) : text);

export function createPreviewServer(options: PreviewOptions): http.Server {
  let book = new MemoryWorkbook(startWorkbook(options.mode));
  const sidebarFile = path.join(options.buildDir, 'Sidebar.html');

  const editCell = (form: URLSearchParams): string | null => {
    const sheet = form.get('sheet') ?? '';
    const cell = (form.get('cell') ?? '').trim().toUpperCase();
    const at = parsePoint(cell);
    if (!at || at.row === undefined || cell.includes('$')) return frPreview.badCell(cell);
    if (!book.snapshot.sheets.some((s) => s.name === sheet)) return frPreview.unknownTab(sheet);
    book.snapshot = applyPlan(book.snapshot, { ops: [{ kind: 'setValues', sheet, row: at.row, col: at.col, values: [[typed(form.get('value') ?? '')]] }] });
    return null;
  };

  return http.createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    try {
      if (req.method === 'GET' && url.pathname === '/') return send(res, 200, 'text/html', pageHtml());
      if (req.method === 'GET' && url.pathname === '/sidebar') {
        const html = fs.readFileSync(sidebarFile, 'utf8');
        return send(
          res,
          200,
          'text/html',
          html.replace('<head>', () => `<head>${SHIM}`),
        );
      }
      // Formulas are computed for display only, as Sheets would show them to co-editors (Contrôle updates live).
      if (req.method === 'GET' && url.pathname === PREVIEW_SUMMARY_PATH) {
        return book.summaryMarkdown === null ? send(res, 404, 'text/plain', frPreview.noSummaryYet) : send(res, 200, 'text/plain', book.summaryMarkdown);
      }
      if (req.method === 'GET' && url.pathname === '/workbook')
        return send(res, 200, 'text/html', workbookHtml(evaluateFormulas(book.snapshot), book.selection));
      if (req.method === 'POST' && url.pathname.startsWith('/api/')) {
        const name = decodeURIComponent(url.pathname.slice(5));
        if (!isServerFunction(name)) return send(res, 404, 'application/json', JSON.stringify({ ok: false, message: `${name} ?` }));
        let args: unknown;
        try {
          args = JSON.parse(await readBody(req));
        } catch {
          args = null;
        }
        try {
          const value = callServer(serverApi(book.port()), name, Array.isArray(args) ? args : [args]);
          return send(res, 200, 'application/json', JSON.stringify({ ok: true, value: value ?? null }));
        } catch (e) {
          return send(res, 200, 'application/json', JSON.stringify({ ok: false, message: (e as Error).message }));
        }
      }
      if (req.method === 'POST' && url.pathname === '/workbook/edit') {
        const problem = editCell(new URLSearchParams(await readBody(req)));
        if (problem) return send(res, 400, 'text/plain', problem);
        res.writeHead(303, { location: '/workbook' });
        return res.end();
      }
      if (req.method === 'POST' && url.pathname === '/reset') {
        const mode = new URLSearchParams(await readBody(req)).get('mode') as StartMode;
        book = new MemoryWorkbook(startWorkbook(START_MODES.includes(mode) ? mode : options.mode));
        res.writeHead(303, { location: '/' });
        return res.end();
      }
      return send(res, 404, 'text/plain', '404');
    } catch (e) {
      return send(res, 500, 'text/plain', (e as Error).message);
    }
  });
}
