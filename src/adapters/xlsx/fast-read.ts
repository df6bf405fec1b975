// A lean .xlsx reader for the commands that only read values (check, summary): the zip
// through Node's zlib, the sheet XML scanned directly. It gives exactly the snapshot the
// exceljs reader gives (read.ts), in a fraction of the time and memory (exceljs builds a full
// object model and loads ~1 MB of modules), and returns null on anything outside the plain
// shape spreadsheets write — shared or array formulas, inline rich text, prefixed XML, CDATA,
// a chart sheet… — so that the caller reads the file with exceljs instead.
import * as zlib from 'zlib';
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from '../../core/workbook/types';
import { ReadCell, gridsOf } from './grid';
import { columnNumber } from '../../core/workbook/a1';

/** The built-in number formats exceljs names (ids without a code are locale-specific: none). */
const BUILTIN_FORMATS: Record<number, string> = {
  0: 'General',
  1: '0',
  2: '0.00',
  3: '#,##0',
  4: '#,##0.00',
  9: '0%',
  10: '0.00%',
  11: '0.00E+00',
  12: '# ?/?',
  13: '# ??/??',
  14: 'mm-dd-yy',
  15: 'd-mmm-yy',
  16: 'd-mmm',
  17: 'mmm-yy',
  18: 'h:mm AM/PM',
  19: 'h:mm:ss AM/PM',
  20: 'h:mm',
  21: 'h:mm:ss',
  22: 'm/d/yy "h":mm',
  37: '#,##0 ;(#,##0)',
  38: '#,##0 ;[Red](#,##0)',
  39: '#,##0.00 ;(#,##0.00)',
  40: '#,##0.00 ;[Red](#,##0.00)',
  45: 'mm:ss',
  46: '[h]:mm:ss',
  47: 'mmss.0',
  48: '##0.0E+0',
  49: '@',
};

/** Thrown inside the reader when the file leaves the plain shape: the caller falls back to exceljs. */
class NotPlain extends Error {}
const notPlain = (why: string): never => {
  throw new NotPlain(why);
};

export function readXlsxFast(data: Buffer): WorkbookSnapshot | null {
  try {
    return read(unzip(data));
  } catch (e) {
    if (e instanceof NotPlain) return null;
    return null; // a damaged file: exceljs reads it, or says it cannot
  }
}

// ---- zip -------------------------------------------------------------------

/** The entries of a zip, inflated on demand. */
function unzip(data: Buffer): (name: string) => string | undefined {
  let eocd = -1;
  for (let i = data.length - 22; i >= Math.max(0, data.length - 22 - 0xffff); i--) {
    if (data.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) notPlain('no zip directory');
  const count = data.readUInt16LE(eocd + 10);
  let at = data.readUInt32LE(eocd + 16);
  if (count === 0xffff || at === 0xffffffff) notPlain('zip64');
  const entries = new Map<string, { method: number; size: number; offset: number }>();
  for (let k = 0; k < count; k++) {
    if (data.readUInt32LE(at) !== 0x02014b50) notPlain('bad zip entry');
    const method = data.readUInt16LE(at + 10);
    const size = data.readUInt32LE(at + 20);
    const nameLength = data.readUInt16LE(at + 28);
    const extra = data.readUInt16LE(at + 30);
    const comment = data.readUInt16LE(at + 32);
    const offset = data.readUInt32LE(at + 42);
    entries.set(data.toString('utf8', at + 46, at + 46 + nameLength), { method, size, offset });
    at += 46 + nameLength + extra + comment;
  }
  return (name) => {
    const e = entries.get(name);
    if (!e) return undefined;
    if (data.readUInt32LE(e.offset) !== 0x04034b50) notPlain('bad local header');
    const start = e.offset + 30 + data.readUInt16LE(e.offset + 26) + data.readUInt16LE(e.offset + 28);
    const raw = data.subarray(start, start + e.size);
    if (e.method === 0) return raw.toString('utf8');
    if (e.method !== 8) notPlain('compression');
    return zlib.inflateRawSync(raw).toString('utf8');
  };
}

// ---- XML -------------------------------------------------------------------

const ENTITY = /&(#x[0-9a-fA-F]+|#[0-9]+|lt|gt|amp|quot|apos);/g;

/** Text as an XML parser gives it: line ends normalised to \n, then entities and character references decoded. */
function xmlText(raw: string): string {
  const s = raw.indexOf('\r') < 0 ? raw : raw.replace(/\r\n?/g, '\n');
  if (s.indexOf('&') < 0) return s;
  return s.replace(ENTITY, (_, e: string) => {
    if (e[0] === '#') return String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
    return { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" }[e] as string;
  });
}

/** exceljs decodes a formula's text result a second time (utils.xmlDecode): the same here. */
const xmlDecodeAgain = (s: string) => s.replace(/&([a-z]*);/g, (c) => ({ '&lt;': '<', '&gt;': '>', '&amp;': '&', '&apos;': "'", '&quot;': '"' })[c] ?? c);

/** _x000D_ escapes of a text run, as exceljs reads them. */
const unescapeX = (s: string) => s.replace(/_x([0-9A-F]{4})_/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));

function attributes(tag: string): Map<string, string> {
  const out = new Map<string, string>();
  // An attribute's tabs and line ends are spaces to an XML parser.
  for (const m of tag.matchAll(/([\w:]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) out.set(m[1], xmlText((m[2] ?? m[3]).replace(/\r\n|[\t\n\r]/g, ' ')));
  return out;
}

/** The text of every <t> directly in a string item or in its runs (not the phonetic runs). */
function itemText(xml: string): string {
  const body = xml.replace(/<rPh\b[\s\S]*?<\/rPh>/g, '');
  let out = '';
  for (const m of body.matchAll(/<t(?:\s[^>]*)?(?:\/>|>([\s\S]*?)<\/t>)/g)) out += unescapeX(xmlText(m[1] ?? ''));
  return out;
}

// ---- workbook --------------------------------------------------------------

function read(entry: (name: string) => string | undefined): WorkbookSnapshot {
  const workbook = entry('xl/workbook.xml') ?? notPlain('no workbook');
  if (/<!\[CDATA\[|<\w+:(workbook|sheets|sheet)\b/.test(workbook)) notPlain('workbook shape');
  const date1904 = attributes(/<workbookPr\b[^>]*>/.exec(workbook)?.[0] ?? '').get('date1904') === '1';
  const rels = new Map<string, { target: string; type: string }>();
  for (const m of (entry('xl/_rels/workbook.xml.rels') ?? notPlain('no rels')).matchAll(/<Relationship\b[^>]*>/g)) {
    const a = attributes(m[0]);
    rels.set(a.get('Id') ?? '', { target: a.get('Target') ?? '', type: a.get('Type') ?? '' });
  }
  const strings = sharedStrings(entry('xl/sharedStrings.xml'));
  const formats = cellFormats(entry('xl/styles.xml'));
  const sheets: SheetSnapshot[] = [];
  for (const m of workbook.matchAll(/<sheet\b[^>]*>/g)) {
    const a = attributes(m[0]);
    const rel = rels.get(a.get('r:id') ?? '');
    if (!rel || !/\/worksheet$/.test(rel.type)) notPlain('not a worksheet');
    const path = rel!.target.startsWith('/') ? rel!.target.slice(1) : `xl/${rel!.target.replace(/^\.\//, '')}`;
    sheets.push(sheet(a.get('name') ?? '', entry(path) ?? notPlain('missing sheet'), strings, formats, date1904));
  }
  return { sheets };
}

function sharedStrings(xml: string | undefined): string[] {
  if (xml === undefined) return [];
  if (/<!\[CDATA\[|<\w+:si\b/.test(xml)) notPlain('strings shape');
  return [...xml.matchAll(/<si\b[^>]*?(?:\/>|>([\s\S]*?)<\/si>)/g)].map((m) => itemText(m[1] ?? ''));
}

/** The number format of each cell style (cellXfs), undefined where exceljs gives none. */
function cellFormats(xml: string | undefined): (string | undefined)[] {
  if (xml === undefined) return [];
  const custom = new Map<number, string>();
  for (const m of xml.matchAll(/<numFmt\b[^>]*>/g)) {
    const a = attributes(m[0]);
    custom.set(Number(a.get('numFmtId')), a.get('formatCode') ?? '');
  }
  const xfs = /<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/.exec(xml)?.[1] ?? '';
  return [...xfs.matchAll(/<xf\b[^>]*>/g)].map((m) => {
    const id = parseInt(attributes(m[0]).get('numFmtId') ?? '', 10);
    return id ? custom.get(id) || BUILTIN_FORMATS[id] : undefined;
  });
}

/** exceljs's test for a date format: a date or time letter outside quotes and brackets. */
const isDateFormat = (f: string | undefined) => !!f && /[ymdhMsb]+/.test(f.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, ''));
const excelToDate = (v: number, date1904: boolean) => new Date(Math.round((v - 25569 + (date1904 ? 1462 : 0)) * 24 * 3600 * 1000));

function sheet(name: string, xml: string, strings: string[], formats: (string | undefined)[], date1904: boolean): SheetSnapshot {
  if (/<!\[CDATA\[|<\w+:(sheetData|c|row)\b/.test(xml)) notPlain('sheet shape');
  const data = /<sheetData\b[^>]*?(?:\/>|>([\s\S]*)<\/sheetData>)/.exec(xml) ?? notPlain('no sheetData');
  const merges = [...xml.matchAll(/<mergeCell\b[^>]*>/g)].map((m) => attributes(m[0]).get('ref') ?? '');
  const merged = mergeSlaves(merges);
  const cells: ReadCell[] = [];
  let rows = 0;
  let cols = 0;
  for (const m of (data[1] ?? '').matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
    const a = cellAttributes(m[1]);
    const c = columnNumber(a.col);
    const r = a.row;
    if (merged.size > 0 && merged.has(`${r}:${c}`)) continue; // exceljs: only the master cell of a merge holds the value
    const numFmt = a.style ? formats[a.style] : undefined;
    const read = cell(a.t, m[2] ?? '', strings, numFmt, date1904);
    if (read.value === '' && read.formula === '') continue;
    cells.push({ r, c, value: read.value, formula: read.formula, numFmt: numFmt ?? '' });
    if (r > rows) rows = r;
    if (c > cols) cols = c;
  }
  // exceljs goes row by row, cell by cell: the same order for equal snapshots whatever the XML's.
  return { name, ...gridsOf(cells, rows, cols), ...(merges.length ? { merges } : {}) };
}

/** A cell's address, style and type: the three attributes read, in any order; anything else about them is not plain. */
function cellAttributes(text: string): { col: string; row: number; style: number; t: string | undefined } {
  let col = '';
  let row = 0;
  let style = 0;
  let t: string | undefined;
  for (const m of text.matchAll(/\s([\w:]+)="([^"]*)"/g)) {
    if (m[1] === 'r') {
      const ref = /^([A-Z]{1,3})(\d+)$/.exec(m[2]) ?? notPlain('cell address');
      col = ref[1];
      row = Number(ref[2]);
    } else if (m[1] === 's') style = parseInt(m[2], 10);
    else if (m[1] === 't') t = m[2];
  }
  if (row === 0) notPlain('cell without address');
  return { col, row, style, t };
}

/** The cells of merged ranges other than their top-left one, as "row:col". */
function mergeSlaves(merges: string[]): Set<string> {
  const out = new Set<string>();
  for (const ref of merges) {
    const m = /^([A-Z]{1,3})(\d+):([A-Z]{1,3})(\d+)$/.exec(ref) ?? notPlain('merge shape');
    const [c1, r1, c2, r2] = [columnNumber(m[1]), Number(m[2]), columnNumber(m[3]), Number(m[4])];
    for (let r = r1; r <= r2; r++)
      for (let c = c1; c <= c2; c++) {
        if (r === r1 && c === c1) continue;
        if (out.has(`${r}:${c}`)) notPlain('overlapping merges');
        out.add(`${r}:${c}`);
      }
  }
  return out;
}

/** One cell's value and formula, as read.ts makes them of exceljs's cell. */
function cell(t: string | undefined, inner: string, strings: string[], numFmt: string | undefined, date1904: boolean): { value: CellValue; formula: string } {
  // Most cells are a lone <v>: read without a regular expression.
  const lone = inner.startsWith('<v>') && inner.endsWith('</v>') && inner.indexOf('<', 3) === inner.length - 4;
  const f = lone || inner.indexOf('<f') < 0 ? null : /<f\b([^>]*?)(?:\/>|>([\s\S]*?)<\/f>)/.exec(inner);
  const v = lone ? [inner, inner.slice(3, -4)] : /<v\b[^>]*?(?:\/>|>([\s\S]*?)<\/v>)/.exec(inner);
  const text = v ? xmlText(v[1] ?? '') : undefined;
  if (f) {
    const fa = attributes(f[1]);
    const share = fa.get('t');
    if (share && share !== 'normal') notPlain('shared or array formula');
    const formula = xmlText(f[2] ?? '');
    if (formula === '') notPlain('empty formula');
    let result: CellValue | undefined;
    if (text) {
      if (t === 'str') result = xmlDecodeAgain(text);
      else if (t === 'b') result = parseInt(text, 10) !== 0;
      else if (t === 'e') result = text;
      else if (t === undefined || t === 'n') result = parseFloat(text);
      else notPlain('formula result type');
    }
    if (result !== undefined && isDateFormat(numFmt)) result = excelToDate(result as number, date1904);
    // exceljs's formula value keeps a result only when it is truthy: 0, false or '' read as no result.
    return { value: result || '', formula: `=${formula}` };
  }
  if (t === 'inlineStr') {
    if (/<r\b/.test(inner)) notPlain('inline rich text');
    const is = /<is\b[^>]*>([\s\S]*?)<\/is>/.exec(inner);
    const tm = is && /<t(?:\s[^>]*)?(?:\/>|>([\s\S]*?)<\/t>)/.exec(is[1]);
    return { value: tm ? xmlText(tm[1] ?? '') : '', formula: '' };
  }
  if (!text) return { value: '', formula: '' }; // no value (exceljs: an empty cell)
  switch (t) {
    case 's': {
      const i = parseInt(text, 10);
      if (!(i >= 0 && i < strings.length)) notPlain('string index');
      return { value: strings[i], formula: '' };
    }
    case 'str':
      return { value: xmlDecodeAgain(text), formula: '' };
    case 'b':
      return { value: parseInt(text, 10) !== 0, formula: '' };
    case 'e':
      return { value: text, formula: '' };
    case undefined:
    case 'n': {
      const n = parseFloat(text);
      return { value: isDateFormat(numFmt) ? excelToDate(n, date1904) : n, formula: '' };
    }
    default:
      return notPlain('cell type');
  }
}
