// A small formula engine for the in-memory workbook (the add-on's local preview
// and tests): computes the values of the formulas the plan writes — SUM, SUMIFS,
// COUNTIFS, COUNTIF, IF, ABS, ROUND, N, arithmetic, comparisons, cell, range and
// whole-column references across tabs. Anything else evaluates to #NAME?.
import { CellValue, SheetSnapshot, WorkbookSnapshot } from '../../core/workbook/types';
import { parseRange } from '../../core/workbook/a1';

type Scalar = number | string | boolean;
type Ref = { sheet: string; row1: number; col1: number; row2: number; col2: number };
type Val = Scalar | Ref;
type Node =
  | { t: 'lit'; v: Scalar }
  | { t: 'ref'; ref: Ref }
  | { t: 'call'; name: string; args: Node[] }
  | { t: 'un'; op: string; a: Node }
  | { t: 'bin'; op: string; a: Node; b: Node };

class FormulaError extends Error {
  constructor(readonly code: string) {
    super(code);
  }
}

/** A new snapshot where every formula cell's value is its computed result (errors as their text, e.g. #NAME?). */
export function evaluateFormulas(snapshot: WorkbookSnapshot): WorkbookSnapshot {
  const sheets = new Map(snapshot.sheets.map((s) => [s.name, s]));
  const cache = new Map<string, Scalar>();
  const busy = new Set<string>();
  const cellValue = (sheet: string, row: number, col: number): Scalar => {
    const s = sheets.get(sheet);
    if (!s) throw new FormulaError('#REF!');
    const f = s.formulas[row - 1]?.[col - 1] ?? '';
    if (f === '') return plain(s.values[row - 1]?.[col - 1] ?? '');
    const key = `${sheet}!${row}:${col}`;
    if (cache.has(key)) return cache.get(key)!;
    if (busy.has(key)) throw new FormulaError('#REF!');
    busy.add(key);
    let v: Scalar;
    try {
      v = scalar(evalNode(parse(f.slice(1), sheet), ctx), ctx);
    } catch (e) {
      if (!(e instanceof FormulaError)) throw e;
      v = e.code;
    }
    busy.delete(key);
    cache.set(key, v);
    return v;
  };
  const ctx: Ctx = { cellValue, height: (sheet) => sheets.get(sheet)?.values.length ?? 0, ranges: new Map(), indexes: new Map() };
  return {
    sheets: snapshot.sheets.map((s): SheetSnapshot => ({
      ...s,
      values: s.values.map((r, i) => r.map((v, j) => ((s.formulas[i]?.[j] ?? '') === '' ? v : cellValue(s.name, i + 1, j + 1)))),
    })),
  };
}

type Ctx = {
  cellValue: (sheet: string, row: number, col: number) => Scalar;
  height: (sheet: string) => number;
  /** Range values, read once per evaluation (many SUMIFS share their ranges). */
  ranges: Map<string, Scalar[]>;
  /** SUMIFS/COUNTIFS with equality criteria: per set of ranges, the total for each combination of keys (one pass over the ranges). */
  indexes: Map<string, Map<string, number>>;
};

const plain = (v: CellValue): Scalar => (v instanceof Date ? v.getTime() / 86400000 + 25569 : v === null || v === undefined ? '' : v);

// ---- parsing -------------------------------------------------------------------

const TOKEN =
  /\s*(?:("(?:[^"]|"")*")|('(?:[^']|'')+'!|[A-Za-z_][\w.]*!)?(\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?|\$?[A-Z]{1,3}:\$?[A-Z]{1,3})(?![\w(])|(\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)|([A-Za-z_][\w.]*)(?=\s*\()|(<>|<=|>=|[-+*/&=<>(),]))/y;

type Token = { kind: 'str' | 'ref' | 'num' | 'fn' | 'op'; text: string; sheet?: string };

function tokenize(src: string): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = 0;
  let pos = 0;
  while (pos < src.length) {
    if (/^\s*$/.test(src.slice(pos))) break;
    TOKEN.lastIndex = pos;
    const m = TOKEN.exec(src);
    if (!m) throw new FormulaError('#NAME?');
    pos = TOKEN.lastIndex;
    if (m[1] !== undefined) out.push({ kind: 'str', text: m[1].slice(1, -1).replace(/""/g, '"') });
    else if (m[3] !== undefined) out.push({ kind: 'ref', text: m[3], sheet: m[2] ? unquoteSheet(m[2]) : undefined });
    else if (m[4] !== undefined) out.push({ kind: 'num', text: m[4] });
    else if (m[5] !== undefined) out.push({ kind: 'fn', text: m[5].toUpperCase() });
    else out.push({ kind: 'op', text: m[6] });
  }
  return out;
}

const unquoteSheet = (s: string) => (s.startsWith("'") ? s.slice(1, -2).replace(/''/g, "'") : s.slice(0, -1));

function parseRef(text: string, sheet: string): Ref {
  // The tokenizer only lets A1 references through.
  const { from: p1, to: p2 } = parseRange(text)!;
  // Whole columns (G:G): rows 1 to "the end", resolved against the tab's height when read.
  return { sheet, col1: p1.col, col2: p2.col, row1: p1.row ?? 1, row2: p2.row ?? Number.POSITIVE_INFINITY };
}

function parse(src: string, sheet: string): Node {
  const tokens = tokenize(src);
  let i = 0;
  const peek = () => tokens[i];
  const eat = (text: string) => {
    if (peek()?.text !== text || peek()?.kind === 'str') throw new FormulaError('#NAME?');
    i++;
  };
  const levels: string[][] = [['=', '<>', '<', '>', '<=', '>='], ['&'], ['+', '-'], ['*', '/']];
  const binary = (level: number): Node => {
    if (level === levels.length) return unary();
    let a = binary(level + 1);
    while (peek()?.kind === 'op' && levels[level].includes(peek().text)) {
      const op = tokens[i++].text;
      a = { t: 'bin', op, a, b: binary(level + 1) };
    }
    return a;
  };
  const unary = (): Node => {
    if (peek()?.kind === 'op' && (peek().text === '-' || peek().text === '+')) {
      const op = tokens[i++].text;
      return { t: 'un', op, a: unary() };
    }
    return primary();
  };
  const primary = (): Node => {
    const tok = tokens[i++];
    if (!tok) throw new FormulaError('#NAME?');
    if (tok.kind === 'num') return { t: 'lit', v: Number(tok.text) };
    if (tok.kind === 'str') return { t: 'lit', v: tok.text };
    if (tok.kind === 'ref') return { t: 'ref', ref: parseRef(tok.text, tok.sheet ?? sheet) };
    if (tok.kind === 'fn') {
      eat('(');
      const args: Node[] = [];
      if (peek()?.text !== ')') {
        args.push(binary(0));
        while (peek()?.text === ',') {
          i++;
          args.push(binary(0));
        }
      }
      eat(')');
      return { t: 'call', name: tok.text, args };
    }
    if (tok.text === '(') {
      const inner = binary(0);
      eat(')');
      return inner;
    }
    throw new FormulaError('#NAME?');
  };
  const node = binary(0);
  if (i !== tokens.length) throw new FormulaError('#NAME?');
  return node;
}

// ---- evaluation ----------------------------------------------------------------

const refKey = (ref: Ref) => `${ref.sheet}!${ref.row1}:${ref.col1}:${ref.row2}:${ref.col2}`;

function cells(ref: Ref, ctx: Ctx): Scalar[] {
  const key = refKey(ref);
  const known = ctx.ranges.get(key);
  if (known) return known;
  const out = readCells(ref, ctx);
  ctx.ranges.set(key, out);
  return out;
}

function readCells(ref: Ref, ctx: Ctx): Scalar[] {
  const out: Scalar[] = [];
  const last = Math.min(ref.row2, ctx.height(ref.sheet));
  for (let r = ref.row1; r <= last; r++) for (let c = ref.col1; c <= ref.col2; c++) out.push(ctx.cellValue(ref.sheet, r, c));
  return out;
}

/** A value where one is expected: a reference must name a single cell (no implicit intersection). */
function scalar(v: Val, ctx: Ctx): Scalar {
  if (typeof v !== 'object') return v;
  if (v.row1 !== v.row2 || v.col1 !== v.col2) throw new FormulaError('#VALUE!');
  return ctx.cellValue(v.sheet, v.row1, v.col1);
}

function num(v: Scalar): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (v === '') return 0;
  if (/^#/.test(v)) throw new FormulaError(v);
  const n = Number(v);
  if (Number.isNaN(n)) throw new FormulaError('#VALUE!');
  return n;
}

const isErr = (v: Scalar) => typeof v === 'string' && /^#(REF!|VALUE!|N\/A|DIV\/0!|NAME\?|NUM!|NULL!)$/.test(v);

function compare(a: Scalar, b: Scalar): number {
  // Spreadsheet order: numbers < text < booleans; text compares case-insensitively; blank is 0 or "".
  const rank = (v: Scalar) => (typeof v === 'number' ? 0 : typeof v === 'string' ? 1 : 2);
  if (a === '' && typeof b === 'number') a = 0;
  if (b === '' && typeof a === 'number') b = 0;
  if (rank(a) !== rank(b)) return rank(a) - rank(b);
  if (typeof a === 'string') return a.toLowerCase().localeCompare(String(b).toLowerCase());
  return Number(a) - Number(b);
}

/** SUMIFS/COUNTIFS criterion: "<>" non-blank, ">=10", "=x", or a plain value (equality, case-insensitive). */
function matcher(criterion: Scalar): (v: Scalar) => boolean {
  if (typeof criterion !== 'string') return (v) => v !== '' && compare(v, criterion) === 0;
  const m = /^(<>|<=|>=|<|>|=)?(.*)$/s.exec(criterion)!;
  const op = m[1] ?? '=';
  const raw = m[2];
  const target: Scalar = raw !== '' && !Number.isNaN(Number(raw)) ? Number(raw) : raw;
  if (raw === '') return op === '<>' ? (v) => v !== '' : (v) => v === '';
  const test = (v: Scalar) => {
    if (v === '') return op === '<>';
    let x: Scalar = v;
    if (typeof target === 'number' && typeof v === 'string' && v.trim() !== '' && !Number.isNaN(Number(v))) x = Number(v);
    if (typeof target === 'number' && typeof x !== 'number') return op === '<>';
    const c = compare(x, target);
    return { '=': c === 0, '<>': c !== 0, '<': c < 0, '>': c > 0, '<=': c <= 0, '>=': c >= 0 }[op]!;
  };
  return test;
}

/**
 * The key under which a plain equality criterion matches a cell (case aside, numeric text as
 * its number), or undefined when the criterion is not a plain equality (then every cell is tested).
 */
function criterionKey(criterion: Scalar): string | undefined {
  if (typeof criterion === 'number') return `N:${criterion}`;
  if (typeof criterion !== 'string' || criterion === '' || /^(<>|<=|>=|<|>|=)/.test(criterion)) return undefined;
  return criterion.trim() !== '' && !Number.isNaN(Number(criterion)) ? `n:${Number(criterion)}` : `s:${criterion.toLowerCase().normalize('NFC')}`;
}

/** The keys a cell answers to under criterionKey (blank and booleans match no plain criterion). */
function cellKey(v: Scalar): string {
  // A number criterion (from a cell) matches numbers only; a numeric text criterion matches numbers and numeric texts.
  if (typeof v === 'number') return `n:${v}|N:${v}`;
  if (typeof v !== 'string' || v === '') return '';
  const n = v.trim() !== '' && !Number.isNaN(Number(v)) ? `n:${Number(v)}|` : '';
  return `${n}s:${v.toLowerCase().normalize('NFC')}`;
}

/** SUMIFS/COUNTIFS over equality criteria: the ranges are indexed once, so each call is a lookup. */
function indexedIfs(sumRef: Ref | undefined, critRefs: Ref[], keys: string[], ctx: Ctx): number | undefined {
  const id = `${sumRef ? refKey(sumRef) : '#count'}|${critRefs.map(refKey).join('|')}`;
  let index = ctx.indexes.get(id);
  if (!index) {
    index = new Map();
    const sum = sumRef ? cells(sumRef, ctx) : undefined;
    const crit = critRefs.map((r) => cells(r, ctx));
    if (crit.some((c) => c.length !== (sum?.length ?? crit[0].length))) return undefined;
    const size = sum?.length ?? crit[0]?.length ?? 0;
    for (let k = 0; k < size; k++) {
      const add = !sum ? 1 : typeof sum[k] === 'number' ? (sum[k] as number) : 0;
      // A numeric text answers to its number and to its text: one entry per combination.
      let combos = [''];
      for (const c of crit) {
        const alternatives = cellKey(c[k]).split('|');
        if (alternatives[0] === '') {
          combos = [];
          break;
        }
        combos = combos.flatMap((prefix) => alternatives.map((a) => `${prefix}\u0000${a}`));
      }
      for (const combo of combos) index.set(combo, (index.get(combo) ?? 0) + add);
    }
    ctx.indexes.set(id, index);
  }
  return index.get(keys.map((k) => `\u0000${k}`).join('')) ?? 0;
}

function evalNode(n: Node, ctx: Ctx): Val {
  switch (n.t) {
    case 'lit':
      return n.v;
    case 'ref':
      return n.ref;
    case 'un': {
      const v = num(scalar(evalNode(n.a, ctx), ctx));
      return n.op === '-' ? -v : v;
    }
    case 'bin': {
      const a = scalar(evalNode(n.a, ctx), ctx);
      const b = scalar(evalNode(n.b, ctx), ctx);
      if (isErr(a)) throw new FormulaError(a as string);
      if (isErr(b)) throw new FormulaError(b as string);
      switch (n.op) {
        case '+':
          return num(a) + num(b);
        case '-':
          return num(a) - num(b);
        case '*':
          return num(a) * num(b);
        case '/': {
          if (num(b) === 0) throw new FormulaError('#DIV/0!');
          return num(a) / num(b);
        }
        case '&':
          return `${a}${b}`;
        case '=':
          return compare(a, b) === 0;
        case '<>':
          return compare(a, b) !== 0;
        case '<':
          return compare(a, b) < 0;
        case '>':
          return compare(a, b) > 0;
        case '<=':
          return compare(a, b) <= 0;
        default:
          return compare(a, b) >= 0;
      }
    }
    case 'call':
      return call(n.name, n.args, ctx);
  }
}

function call(name: string, args: Node[], ctx: Ctx): Scalar {
  const val = (i: number) => evalNode(args[i], ctx);
  const range = (i: number) => {
    const v = val(i);
    if (typeof v !== 'object') throw new FormulaError('#VALUE!');
    return cells(v, ctx);
  };
  switch (name) {
    case 'SUM': {
      let total = 0;
      for (let i = 0; i < args.length; i++) {
        const v = val(i);
        if (typeof v === 'object')
          for (const x of cells(v, ctx)) {
            if (isErr(x)) throw new FormulaError(x as string);
            if (typeof x === 'number') total += x;
          }
        else total += num(v);
      }
      return total;
    }
    case 'SUMIFS':
    case 'COUNTIFS':
    case 'COUNTIF': {
      const first = name === 'SUMIFS' ? 1 : 0;
      const refs: Ref[] = [];
      const keys: (string | undefined)[] = [];
      for (let i = first; i + 1 < args.length; i += 2) {
        const r = val(i);
        if (typeof r !== 'object') throw new FormulaError('#VALUE!');
        refs.push(r);
        keys.push(criterionKey(scalar(val(i + 1), ctx)));
      }
      const sumRef = name === 'SUMIFS' ? val(0) : undefined;
      if (refs.length > 0 && keys.every((k) => k !== undefined) && (sumRef === undefined || typeof sumRef === 'object')) {
        const hit = indexedIfs(sumRef, refs, keys as string[], ctx);
        if (hit !== undefined) return hit;
      }
      const sum = name === 'SUMIFS' ? range(0) : undefined;
      const pairs: [Scalar[], (v: Scalar) => boolean][] = [];
      for (let i = name === 'SUMIFS' ? 1 : 0; i + 1 < args.length; i += 2) pairs.push([range(i), matcher(scalar(val(i + 1), ctx))]);
      const size = sum?.length ?? pairs[0]?.[0].length ?? 0;
      let out = 0;
      for (let k = 0; k < size; k++) {
        if (!pairs.every(([r, ok]) => ok(r[k] ?? ''))) continue;
        if (!sum) out++;
        else if (typeof sum[k] === 'number') out += sum[k] as number;
      }
      return out;
    }
    case 'IF': {
      const cond = scalar(val(0), ctx);
      if (isErr(cond)) throw new FormulaError(cond as string);
      const yes = typeof cond === 'string' ? cond !== '' : num(cond) !== 0;
      const branch = yes ? 1 : 2;
      return branch < args.length ? scalar(val(branch), ctx) : !yes ? false : true;
    }
    case 'ABS':
      return Math.abs(num(scalar(val(0), ctx)));
    case 'ROUND': {
      const digits = args.length > 1 ? num(scalar(val(1), ctx)) : 0;
      const x = num(scalar(val(0), ctx));
      return Math.sign(x) * Number(`${Math.round(Number(`${Math.abs(x)}e${digits}`))}e-${digits}`);
    }
    case 'N': {
      const v = scalar(val(0), ctx);
      return typeof v === 'number' ? v : typeof v === 'boolean' ? (v ? 1 : 0) : 0;
    }
    case 'IFERROR': {
      try {
        const v = scalar(val(0), ctx);
        if (isErr(v)) throw new FormulaError(v as string);
        return v;
      } catch (e) {
        if (!(e instanceof FormulaError)) throw e;
        return args.length > 1 ? scalar(val(1), ctx) : '';
      }
    }
    case 'COUNT': {
      let n = 0;
      for (let i = 0; i < args.length; i++) {
        const v = val(i);
        if (typeof v === 'object') for (const x of cells(v, ctx)) n += typeof x === 'number' ? 1 : 0;
        else n += typeof v === 'number' ? 1 : 0;
      }
      return n;
    }
    case 'OR': {
      for (let i = 0; i < args.length; i++) {
        const v = scalar(val(i), ctx);
        if (isErr(v)) throw new FormulaError(v as string);
        if (typeof v === 'string' ? v !== '' && v.toUpperCase() !== 'FALSE' : num(v) !== 0) return true;
      }
      return false;
    }
    case 'ISNUMBER':
      return typeof scalar(val(0), ctx) === 'number';
    case 'MATCH': {
      // Exact match only (the third argument 0): the position of the first equal cell, through an index built once per range.
      const wanted = criterionKey(scalar(val(0), ctx));
      const r = val(1);
      if (typeof r !== 'object' || wanted === undefined) throw new FormulaError('#N/A');
      const position = firstPositions(r, ctx).get(wanted);
      if (position === undefined) throw new FormulaError('#N/A');
      return position;
    }
    case 'INDEX': {
      const list = range(0);
      const k = num(scalar(val(1), ctx));
      if (k < 1 || k > list.length) throw new FormulaError('#REF!');
      const v = list[k - 1] ?? '';
      if (isErr(v)) throw new FormulaError(v as string);
      return v;
    }
    default:
      throw new FormulaError('#NAME?');
  }
}

/** For MATCH(…, range, 0): the 1-based position of the first cell answering to each key. */
function firstPositions(ref: Ref, ctx: Ctx): Map<string, number> {
  const id = `#match|${refKey(ref)}`;
  let index = ctx.indexes.get(id);
  if (!index) {
    index = new Map();
    cells(ref, ctx).forEach((v, k) => {
      for (const key of cellKey(v).split('|')) if (key !== '' && !index!.has(key)) index!.set(key, k + 1);
    });
    ctx.indexes.set(id, index);
  }
  return index;
}
