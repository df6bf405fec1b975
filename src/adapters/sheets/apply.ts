// Plan → SpreadsheetApp, in batches. The number of calls depends on the shape of the plan
// (tabs, properties, distinct validation rules, runs of column widths), never on the number
// of rows:
//  - a tab this plan creates is written with one range and one 2D setter per property
//    (setValues with the formulas included, setFontWeights, setBackgrounds,
//    setHorizontalAlignments, setDataValidations; setNumberFormats and setWraps where their
//    cells fill a rectangle, else one RangeList per value, since these two have no "reset"
//    value to put in the gaps);
//  - tabs with the same structure (the axis tabs) are made as copies of the first one
//    (insertSheet with a template: widths, freeze, validations, conditional colours and
//    formats come with the copy), then only what differs is written;
//  - the empty default tab of a new spreadsheet ("Feuille 1") becomes the first tab created;
//  - a tab that already exists gets one setValues/setFormulas per block of rows and one
//    RangeList per distinct format, so what a person typed around is never touched;
//  - tab handles come from the read of the same server call (SheetHandles);
//  - an empty plan makes no call at all.
import type { CellFormat, CellValue, ConditionalRule, Plan, PlanOp, Range, ValidationRule } from '../../core/workbook/types';
import { a1, parseRange } from '../../core/workbook/a1';
import { DEFAULT_WIDTH } from '../../core/workbook/columns';
import { widest } from '../../core/max';
import type { ConditionalRuleLike, FormatTarget, ProtectionLike, RangeLike, SheetLike, SpreadsheetAppLike, SpreadsheetLike } from './sheets-api';
import type { SheetHandles } from './read';
import { toSheetValue } from './literal';
import { applyEditorProtections, isEditorProtection } from './protect-editors';

/** The grid of a tab created by insertSheet. */
const NEW_TAB_ROWS = 1000;
const NEW_TAB_COLUMNS = 26;

/** The name a new spreadsheet gives its first tab, in the languages of Google Sheets' users here. */
const DEFAULT_TAB = /^(Feuille|Sheet|Hoja|Blatt|Foglio|Folha|Planilha|Blad|Arkusz)\s?\d+$/i;

type CellWrite = { kind: 'setValues' | 'setFormulas'; sheet: string; row: number; col: number; cells: (CellValue | string)[][] };

export function rangeA1(r: Range): string {
  const start = a1(r.row, r.col);
  return r.rows === 1 && r.cols === 1 ? start : `${start}:${a1(r.row + r.rows - 1, r.col + r.cols - 1)}`;
}

/** Ragged blocks are split into rows (a rectangle is what setValues accepts); consecutive blocks of the same width are merged (in place: linear in rows). */
export function coalesceBlocks(ops: PlanOp[]): CellWrite[] {
  const merged: CellWrite[] = [];
  const add = (b: CellWrite) => {
    const last = merged[merged.length - 1];
    if (
      last &&
      last.kind === b.kind &&
      last.sheet === b.sheet &&
      last.col === b.col &&
      last.cells[0].length === b.cells[0].length &&
      last.row + last.cells.length === b.row
    ) {
      for (const r of b.cells) last.cells.push(r);
    } else merged.push({ ...b, cells: [...b.cells] });
  };
  for (const op of ops) {
    if (op.kind !== 'setValues' && op.kind !== 'setFormulas') continue;
    const cells: (CellValue | string)[][] = op.kind === 'setValues' ? op.values : op.formulas;
    if (cells.length === 0 || cells[0].length === 0) continue;
    const rectangular = cells.every((r) => r.length === cells[0].length);
    if (rectangular) add({ kind: op.kind, sheet: op.sheet, row: op.row, col: op.col, cells });
    else cells.forEach((r, i) => r.length > 0 && add({ kind: op.kind, sheet: op.sheet, row: op.row + i, col: op.col, cells: [r] }));
  }
  return merged;
}

type Extent = { sheet: string; lastRow: number; lastCol: number };

/** The cells an op touches, including the source range a dropdown reads from another tab. */
function extentsOf(op: PlanOp): Extent[] {
  const own = extentOf(op);
  if (op.kind === 'validation' && op.rule.kind === 'listFromRange') {
    const end = parseRange(op.rule.range)?.to;
    if (end?.row !== undefined) return [...(own ? [own] : []), { sheet: op.rule.sheet, lastRow: end.row, lastCol: end.col }];
  }
  return own ? [own] : [];
}

function extentOf(op: PlanOp): Extent | null {
  switch (op.kind) {
    case 'setValues':
      return { sheet: op.sheet, lastRow: op.row + op.values.length - 1, lastCol: op.col + widest(op.values) - 1 };
    case 'setFormulas':
      return { sheet: op.sheet, lastRow: op.row + op.formulas.length - 1, lastCol: op.col + widest(op.formulas) - 1 };
    case 'clear':
    case 'format':
    case 'validation':
    case 'protect':
    case 'conditionalFormat':
      return { sheet: op.sheet, lastRow: op.range.row + op.range.rows - 1, lastCol: op.range.col + op.range.cols - 1 };
    case 'note':
      return { sheet: op.sheet, lastRow: op.row, lastCol: op.col };
    case 'columnWidths':
      return { sheet: op.sheet, lastRow: 1, lastCol: op.col + op.widths.length - 1 };
    default:
      return null;
  }
}

/**
 * The format properties, each with its 2D setter and whether a value puts a cell back to the
 * default (null, or for the wrap Sheets' default strategy OVERFLOW; a number format has none).
 */
type Property = 'numberFormat' | 'bold' | 'background' | 'fontColor' | 'wrap' | 'horizontalAlignment';
const PROPERTIES: Property[] = ['numberFormat', 'bold', 'background', 'fontColor', 'wrap', 'horizontalAlignment'];
const RESETTABLE: Record<Property, boolean> = { numberFormat: false, wrap: true, bold: true, background: true, fontColor: true, horizontalAlignment: true };

function setOne(target: FormatTarget, p: Property, v: unknown): void {
  switch (p) {
    case 'numberFormat':
      target.setNumberFormat(v as string);
      return;
    case 'bold':
      target.setFontWeight(v ? 'bold' : 'normal');
      return;
    case 'background':
      target.setBackground(v as string);
      return;
    case 'fontColor':
      target.setFontColor(v as string);
      return;
    case 'wrap':
      target.setWrap(v as boolean);
      return;
    case 'horizontalAlignment':
      target.setHorizontalAlignment(v as 'left' | 'center' | 'right');
      return;
  }
}

function setGrid(app: SpreadsheetAppLike, range: RangeLike, p: Property, grid: unknown[][]): void {
  switch (p) {
    case 'numberFormat':
      range.setNumberFormats(grid as string[][]);
      return;
    case 'bold':
      range.setFontWeights(grid.map((r) => r.map((v) => (v === undefined ? null : v ? 'bold' : 'normal'))));
      return;
    case 'background':
      range.setBackgrounds(grid.map((r) => r.map((v) => (v ?? null) as string | null)));
      return;
    case 'fontColor':
      range.setFontColors(grid.map((r) => r.map((v) => (v ?? null) as string | null)));
      return;
    case 'wrap':
      range.setWrapStrategies(grid.map((r) => r.map((v) => (v === true ? app.WrapStrategy.WRAP : app.WrapStrategy.OVERFLOW))));
      return;
    case 'horizontalAlignment':
      range.setHorizontalAlignments(grid.map((r) => r.map((v) => (v ?? null) as string | null)));
      return;
  }
}

type Rect = { row: number; col: number; rows: number; cols: number };
const bounding = (rs: Rect[]): Rect | null => {
  if (rs.length === 0) return null;
  let r1 = Infinity,
    c1 = Infinity,
    r2 = -Infinity,
    c2 = -Infinity;
  for (const r of rs) {
    r1 = Math.min(r1, r.row);
    c1 = Math.min(c1, r.col);
    r2 = Math.max(r2, r.row + r.rows - 1);
    c2 = Math.max(c2, r.col + r.cols - 1);
  }
  return { row: r1, col: c1, rows: r2 - r1 + 1, cols: c2 - c1 + 1 };
};
const rectKey = (r: Rect) => `${r.row}:${r.col}:${r.rows}:${r.cols}`;
const contains = (outer: Rect, inner: Rect) =>
  inner.row >= outer.row && inner.col >= outer.col && inner.row + inner.rows <= outer.row + outer.rows && inner.col + inner.cols <= outer.col + outer.cols;

/** A grid over rect, filled from the ops in order (later ops win, as when applied one by one). */
function gridOf<T>(rect: Rect, fill: (set: (r: Rect, value: T) => void) => void): (T | undefined)[][] {
  const grid: (T | undefined)[][] = Array.from({ length: rect.rows }, () => new Array<T | undefined>(rect.cols).fill(undefined));
  fill((r, value) => {
    for (let i = r.row; i < r.row + r.rows; i++) for (let j = r.col; j < r.col + r.cols; j++) grid[i - rect.row][j - rect.col] = value;
  });
  return grid;
}

type FormatOp = Extract<PlanOp, { kind: 'format' }>;

/** The rectangle of a tab's values and formulas. */
function contentRect(ops: PlanOp[]): Rect | null {
  return bounding(
    ops.flatMap((op) => {
      if (op.kind !== 'setValues' && op.kind !== 'setFormulas') return [];
      const cells: unknown[][] = op.kind === 'setValues' ? op.values : op.formulas;
      return cells.length > 0 && widest(cells) > 0 ? [{ row: op.row, col: op.col, rows: cells.length, cols: widest(cells) }] : [];
    }),
  );
}
type ValidationOp = Extract<PlanOp, { kind: 'validation' }>;

/** The rectangle a new tab's 2D setters share: its content and every cell a format or a dropdown sets. */
function blockOf(ops: PlanOp[]): Rect | null {
  const content = contentRect(ops);
  return bounding([...(content ? [content] : []), ...ops.flatMap((op) => (op.kind === 'format' || op.kind === 'validation' ? [op.range] : []))]);
}

/** Where a property without a reset value goes: one grid over its ops' rectangle when they fill it, else null (one target per value). */
function fullGrid(p: Property, ops: FormatOp[]): { rect: Rect; grid: unknown[][] } | null {
  const rect = bounding(ops.map((op) => op.range));
  if (!rect) return null;
  const grid = gridOf<unknown>(rect, (set) => ops.forEach((op) => set(op.range, op.format[p])));
  return grid.every((r) => r.every((v) => v !== undefined)) ? { rect, grid } : null;
}

/** The ops of one property grouped by value. */
function groupsByValue(p: Property, ops: FormatOp[]): { value: unknown; ranges: Range[] }[] {
  const groups = new Map<string, { value: unknown; ranges: Range[] }>();
  for (const op of ops) {
    const key = JSON.stringify(op.format[p]);
    const g = groups.get(key) ?? { value: op.format[p], ranges: [] };
    g.ranges.push(op.range);
    groups.set(key, g);
  }
  return [...groups.values()];
}

/** The rectangle of an A1 range with both rows given ("A2:A1000"), else null. */
function rectOfA1(text: string): Rect | null {
  const r = parseRange(text);
  if (r?.from.row === undefined || r.to.row === undefined) return null;
  return { row: r.from.row, col: r.from.col, rows: r.to.row - r.from.row + 1, cols: r.to.col - r.from.col + 1 };
}

/** What makes two new tabs copies of one another: every op but their content and formats, the tab name aside. */
function structureKey(ops: PlanOp[]): string {
  return JSON.stringify(
    ops.filter((op) => !['setValues', 'setFormulas', 'format', 'addSheet', 'note', 'clear'].includes(op.kind)).map((op) => ({ ...op, sheet: '' })),
  );
}

export class PlanApplier {
  private readonly sheets = new Map<string, SheetLike>();
  private listed = false;
  private readonly protections = new Map<string, Set<string>>();
  /** Tabs inserted by this plan, with their grid (known: nothing needs reading back). */
  private readonly created = new Map<string, { rows: number; cols: number }>();
  /** Tabs made as a copy of another tab of this plan: the name of the template. */
  private readonly copies = new Map<string, string>();
  private readonly rules = new Map<string, unknown>();
  private readonly conditionalRules = new Map<string, ConditionalRuleLike>();
  private readonly ranges = new Map<string, RangeLike>();

  constructor(
    private readonly app: SpreadsheetAppLike,
    private readonly book: SpreadsheetLike,
    private readonly handles?: SheetHandles,
  ) {
    if (handles) {
      for (const [name, s] of handles.byName) this.sheets.set(name, s);
      this.listed = true;
    }
  }

  private list(): void {
    if (this.listed) return;
    this.listed = true;
    for (const s of this.book.getSheets()) this.sheets.set(s.getName(), s);
  }

  private sheet(name: string): SheetLike {
    let s = this.sheets.get(name);
    if (!s) {
      this.list();
      s = this.sheets.get(name);
    }
    if (!s) throw new Error(`Plan refers to a missing tab: ${name}`);
    return s;
  }

  /** One handle per rectangle of a tab, shared by every setter on it. */
  private range(sheet: string, r: Rect): RangeLike {
    const key = `${sheet}\u0000${rectKey(r)}`;
    let range = this.ranges.get(key);
    if (!range) {
      range = this.sheet(sheet).getRange(r.row, r.col, r.rows, r.cols);
      this.ranges.set(key, range);
    }
    return range;
  }

  apply(plan: Plan): void {
    if (plan.ops.length === 0) return;
    const bySheet = new Map<string, PlanOp[]>();
    for (const op of plan.ops) {
      const list = bySheet.get(op.sheet);
      if (list) list.push(op);
      else bySheet.set(op.sheet, [op]);
    }
    this.createTabs(plan.ops, bySheet);
    const [originals, copies] = [false, true].map((copy) => plan.ops.filter((op) => this.copies.has(op.sheet) === copy));
    this.growGrids(originals);
    for (const [name, ops] of bySheet) if (this.created.has(name) && !this.copies.has(name)) this.prefetch(name, ops, plan.ops);
    for (const op of originals) if (op.kind === 'clear') this.range(op.sheet, op.range).clearContent();
    for (const [name, ops] of bySheet) {
      if (this.copies.has(name)) continue;
      if (this.created.has(name)) this.writeNew(name, ops);
      else this.writeExisting(name, ops);
    }
    for (const op of originals) this.applyOther(op);
    const editorProtections = plan.ops.filter(isEditorProtection);
    if (editorProtections.length > 0)
      applyEditorProtections(
        this.app,
        (name) => this.sheet(name),
        (name, r) => this.range(name, r),
        editorProtections,
      );
    this.applyConditionalFormats(originals);
    if (copies.length > 0) {
      // The templates are complete (widths, freeze, conditional colours): each copy takes them.
      this.insertCopies(plan.ops);
      this.growGrids(copies);
      for (const op of copies) if (op.kind === 'clear') this.range(op.sheet, op.range).clearContent();
      for (const [name, ops] of bySheet) if (this.copies.has(name)) this.writeCopy(name, ops, bySheet.get(this.copies.get(name)!) ?? []);
      for (const op of copies) this.applyOther(op);
    }
    this.app.flush();
  }

  /**
   * Tabs this plan adds, but for the copies (inserted once their template is written): each at
   * its index less the copies that will come before it, so that every tab ends where the plan
   * puts it.
   */
  private createTabs(ops: PlanOp[], bySheet: Map<string, PlanOp[]>): void {
    if (!ops.some((op) => op.kind === 'addSheet')) return;
    this.list();
    let reusable = this.reusableDefaultTab(ops);
    for (const [copy, template] of this.chooseCopies(ops, bySheet, reusable)) this.copies.set(copy, template);
    const copyIndices = ops.filter((op) => op.kind === 'addSheet' && this.copies.has(op.sheet)).map((op) => (op as { index: number }).index);
    for (const op of ops) {
      if (op.kind !== 'addSheet' || this.sheets.has(op.sheet) || this.copies.has(op.sheet)) continue;
      if (reusable && this.handles && this.handles.order.indexOf(reusable) === op.index) {
        // The empty "Feuille 1" of a new spreadsheet becomes this tab rather than staying behind.
        const s = this.sheets.get(reusable)!;
        s.setName(op.sheet);
        this.sheets.delete(reusable);
        this.sheets.set(op.sheet, s);
        this.created.set(op.sheet, { rows: s.getMaxRows(), cols: s.getMaxColumns() });
        reusable = undefined;
        continue;
      }
      const before = copyIndices.filter((i) => i < op.index).length;
      this.sheets.set(op.sheet, this.book.insertSheet(op.sheet, op.index - before));
      this.created.set(op.sheet, { rows: NEW_TAB_ROWS, cols: NEW_TAB_COLUMNS });
    }
  }

  /** The copies, in the order of their indices, once their templates are written: a copy takes what its template has then. */
  private insertCopies(ops: PlanOp[]): void {
    for (const op of ops) {
      if (op.kind !== 'addSheet' || !this.copies.has(op.sheet)) continue;
      const template = this.copies.get(op.sheet)!;
      this.sheets.set(op.sheet, this.book.insertSheet(op.sheet, op.index, { template: this.sheets.get(template)! }));
      this.created.set(op.sheet, { ...this.created.get(template)! });
    }
  }

  /**
   * For each group of new tabs with the same structure (the axis tabs), the one with the most
   * rows is the template and the others, where canCopy allows, its copies: a shorter copy
   * already has the formats its rows need. None when the tabs are not added in the order of
   * their indices or the default tab is reused (the copies could not be put in place afterwards).
   */
  private chooseCopies(ops: PlanOp[], bySheet: Map<string, PlanOp[]>, reusable: string | undefined): Map<string, string> {
    const adds = ops.filter((op): op is Extract<PlanOp, { kind: 'addSheet' }> => op.kind === 'addSheet' && !this.sheets.has(op.sheet));
    const copies = new Map<string, string>();
    const reusedAt = reusable !== undefined && this.handles ? this.handles.order.indexOf(reusable) : -1;
    if (adds.some((op, i) => i > 0 && op.index <= adds[i - 1].index)) return copies;
    const groups = new Map<string, { sheet: string; rows: number }[]>();
    for (const op of adds) {
      if (op.index === reusedAt) continue;
      const own = bySheet.get(op.sheet) ?? [];
      const key = structureKey(own);
      const list = groups.get(key) ?? [];
      list.push({ sheet: op.sheet, rows: contentRect(own)?.rows ?? 0 });
      groups.set(key, list);
    }
    for (const list of groups.values()) {
      if (list.length < 2) continue;
      const template = list.reduce((a, b) => (b.rows > a.rows ? b : a)).sheet;
      const theirs = bySheet.get(template) ?? [];
      for (const { sheet } of list) if (sheet !== template && this.canCopy(bySheet.get(sheet) ?? [], theirs)) copies.set(sheet, template);
    }
    return copies;
  }

  /** The one empty default tab of the workbook, when no op names it and the plan adds tabs. */
  private reusableDefaultTab(ops: PlanOp[]): string | undefined {
    if (!this.handles || !ops.some((op) => op.kind === 'addSheet')) return undefined;
    const candidates = this.handles.order.filter((n) => this.handles!.empty.has(n) && DEFAULT_TAB.test(n));
    if (candidates.length !== 1) return undefined;
    return ops.some((op) => op.sheet === candidates[0] || (op.kind === 'validation' && op.rule.kind === 'listFromRange' && op.rule.sheet === candidates[0]))
      ? undefined
      : candidates[0];
  }

  /**
   * A copy of the template gets the template's formats: it may be one when, for the properties
   * that cannot be put back to the default (number format, wrap), every cell the template sets
   * is either set to the same value by the copy's own ops or lies outside the copy's content
   * (an empty cell below a shorter generated block keeps the template's number format).
   */
  private canCopy(own: PlanOp[], template: PlanOp[]): boolean {
    const formats = (ops: PlanOp[]) => ops.filter((op): op is FormatOp => op.kind === 'format');
    const mine = formats(own);
    const content = contentRect(own);
    const inside = (row: number, col: number) =>
      content !== null && row >= content.row && row < content.row + content.rows && col >= content.col && col < content.col + content.cols;
    for (const t of formats(template)) {
      for (const p of PROPERTIES) {
        if (RESETTABLE[p] || t.format[p] === undefined) continue;
        if (mine.some((m) => m.format[p] === t.format[p] && contains(m.range, t.range))) continue;
        const same = mine.filter((m) => m.format[p] === t.format[p]);
        for (let r = t.range.row; r < t.range.row + t.range.rows; r++) {
          for (let c = t.range.col; c < t.range.col + t.range.cols; c++) {
            if (inside(r, c) && !same.some((m) => contains(m.range, { row: r, col: c, rows: 1, cols: 1 }))) return false;
          }
        }
      }
    }
    return true;
  }

  /** A new tab has 1 000 rows × 26 columns and writing beyond that throws: grow each tab once. */
  private growGrids(ops: PlanOp[]): void {
    const need = new Map<string, { rows: number; cols: number }>();
    for (const op of ops) {
      for (const e of extentsOf(op)) {
        const n = need.get(e.sheet) ?? { rows: 0, cols: 0 };
        need.set(e.sheet, { rows: Math.max(n.rows, e.lastRow), cols: Math.max(n.cols, e.lastCol) });
      }
    }
    for (const [name, n] of need) {
      const s = this.sheet(name);
      const known = this.created.get(name);
      // A tab read by this call has a grid at least as large as its data range: no need to ask within it.
      const used = this.handles?.used.get(name);
      if (known || !used || n.rows > used.rows) {
        const maxRows = known ? known.rows : s.getMaxRows();
        if (n.rows > maxRows) s.insertRowsAfter(maxRows, n.rows - maxRows);
      }
      if (known || !used || n.cols > used.cols) {
        const maxCols = known ? known.cols : s.getMaxColumns();
        if (n.cols > maxCols) s.insertColumnsAfter(maxCols, n.cols - maxCols);
      }
      if (known) this.created.set(name, { rows: Math.max(known.rows, n.rows), cols: Math.max(known.cols, n.cols) });
    }
  }

  /** Values and formulas of a new tab: one setValues over their bounding rectangle (formulas included). */
  private writeContent(name: string, ops: PlanOp[], atLeast: Rect | null): Rect | null {
    const writes = ops.filter((op): op is Extract<PlanOp, { kind: 'setValues' | 'setFormulas' }> => op.kind === 'setValues' || op.kind === 'setFormulas');
    const rects = writes
      .map((op) => {
        const cells = op.kind === 'setValues' ? op.values : op.formulas;
        return { row: op.row, col: op.col, rows: cells.length, cols: widest(cells) };
      })
      .filter((r) => r.rows > 0 && r.cols > 0);
    const rect = bounding(atLeast ? [...rects, atLeast] : rects);
    if (!rect) return null;
    const grid: unknown[][] = Array.from({ length: rect.rows }, () => new Array<unknown>(rect.cols).fill(''));
    for (const op of writes) {
      const cells = op.kind === 'setValues' ? op.values : op.formulas;
      cells.forEach((row, i) =>
        row.forEach((v, j) => {
          grid[op.row - rect.row + i][op.col - rect.col + j] = op.kind === 'setValues' ? toSheetValue(v as CellValue) : v;
        }),
      );
    }
    this.range(name, rect).setValues(grid);
    return rect;
  }

  /** A new tab: its values (blank around them), formats and dropdowns over one block, a setter per property. */
  private writeNew(name: string, ops: PlanOp[]): void {
    const block = blockOf(ops);
    if (contentRect(ops)) this.writeContent(name, ops, block);
    const formats = ops.filter((op): op is FormatOp => op.kind === 'format');
    for (const p of PROPERTIES)
      this.writeProperty(
        name,
        p,
        formats.filter((op) => op.format[p] !== undefined),
        block,
      );
    this.writeValidations(
      name,
      ops.filter((op): op is ValidationOp => op.kind === 'validation'),
      block,
    );
  }

  /**
   * The ranges a new tab's writes will ask for (its block, its number formats, protected header,
   * conditional colours, notes, and the cells other tabs' dropdowns list), fetched at once
   * (getRangeList, then getRanges) when there are three or more.
   */
  private prefetch(name: string, ops: PlanOp[], all: PlanOp[]): void {
    const wanted = new Map<string, Rect>();
    const want = (r: Rect | null) => {
      if (r && !this.ranges.has(`${name}\u0000${rectKey(r)}`)) wanted.set(rectKey(r), r);
    };
    want(blockOf(ops));
    const numberFormats = ops.filter((op): op is FormatOp => op.kind === 'format' && op.format.numberFormat !== undefined);
    const full = fullGrid('numberFormat', numberFormats);
    if (full) want(full.rect);
    else for (const g of groupsByValue('numberFormat', numberFormats)) if (g.ranges.length === 1) want(g.ranges[0]);
    for (const op of ops) {
      if (op.kind === 'conditionalFormat' || (op.kind === 'protect' && !this.isWholeTab(name, op.range))) want(op.range);
      if (op.kind === 'note') want({ row: op.row, col: op.col, rows: 1, cols: 1 });
    }
    for (const op of all) if (op.kind === 'validation' && op.rule.kind === 'listFromRange' && op.rule.sheet === name) want(rectOfA1(op.rule.range));
    const rects = [...wanted.values()];
    if (rects.length < 3) return;
    const got = this.sheet(name).getRangeList(rects.map(rangeA1)).getRanges();
    rects.forEach((r, i) => this.ranges.set(`${name}\u0000${rectKey(r)}`, got[i]));
  }

  /**
   * One property of a new tab: one 2D setter over the rectangle of the ops that set it (the
   * content's range when it holds them, so the handle is shared); where the property has no
   * reset value and its ops leave holes, one RangeList per value.
   */
  private writeProperty(name: string, p: Property, ops: FormatOp[], content: Rect | null): void {
    const rect = bounding(ops.map((op) => op.range));
    if (!rect) return;
    if (RESETTABLE[p]) {
      const target = content && contains(content, rect) ? content : rect;
      setGrid(
        this.app,
        this.range(name, target),
        p,
        gridOf<unknown>(target, (set) => ops.forEach((op) => set(op.range, op.format[p]))),
      );
      return;
    }
    const full = fullGrid(p, ops);
    if (full) setGrid(this.app, this.range(name, full.rect), p, full.grid);
    else this.byValue(name, p, ops);
  }

  /** The ops of one property grouped by value: one RangeList (or range) and one setter each. */
  private byValue(name: string, p: Property, ops: FormatOp[]): void {
    for (const g of groupsByValue(p, ops)) setOne(this.targetOf(name, g.ranges), p, g.value);
  }

  private targetOf(name: string, ranges: Range[]): FormatTarget {
    return ranges.length === 1 ? this.range(name, ranges[0]) : this.sheet(name).getRangeList(ranges.map(rangeA1));
  }

  /** Dropdowns of a new tab: each distinct rule built once, set with one setDataValidations (null elsewhere). */
  private writeValidations(name: string, ops: ValidationOp[], content: Rect | null): void {
    const rect = bounding(ops.map((op) => op.range));
    if (!rect) return;
    const target = content && contains(content, rect) ? content : rect;
    const grid = gridOf<unknown>(target, (set) => ops.forEach((op) => set(op.range, this.validation(op.rule, op.strict, op.helpText))));
    this.range(name, target).setDataValidations(grid.map((r) => r.map((v) => v ?? null)));
  }

  /** A copy of a template tab: its content over the template's, and the formats that differ. */
  private writeCopy(name: string, ops: PlanOp[], template: PlanOp[]): void {
    const content = this.writeContent(name, ops, contentRect(template));
    const mine = ops.filter((op): op is FormatOp => op.kind === 'format');
    const theirs = template.filter((op): op is FormatOp => op.kind === 'format');
    for (const p of PROPERTIES) {
      const own = mine.filter((op) => op.format[p] !== undefined);
      const other = theirs.filter((op) => op.format[p] !== undefined);
      const same = own.length === other.length && own.every((op, i) => rectKey(op.range) === rectKey(other[i].range) && op.format[p] === other[i].format[p]);
      if (same) continue;
      if (RESETTABLE[p]) {
        // Over the cells either tab sets: the copy's values, null where only the template had one.
        const rect = bounding([...own, ...other].map((op) => op.range))!;
        const target = content && contains(content, rect) ? content : rect;
        setGrid(
          this.app,
          this.range(name, target),
          p,
          gridOf<unknown>(target, (set) => own.forEach((op) => set(op.range, op.format[p]))),
        );
      } else {
        // canCopy made sure the template's cells are kept: only the copy's other ops are written.
        const extra = own.filter((op) => !other.some((t) => contains(t.range, op.range) && t.format[p] === op.format[p]));
        if (extra.length) this.byValue(name, p, extra);
      }
    }
  }

  /** A tab that exists: blocks of rows, one RangeList per distinct format, validations range by range. */
  private writeExisting(name: string, ops: PlanOp[]): void {
    for (const b of coalesceBlocks(ops)) {
      const range = this.range(name, { row: b.row, col: b.col, rows: b.cells.length, cols: b.cells[0].length });
      if (b.kind === 'setValues') range.setValues(b.cells.map((r) => r.map(toSheetValue)));
      else range.setFormulas(b.cells as string[][]);
    }
    const groups = new Map<string, { format: CellFormat; ranges: Range[] }>();
    for (const op of ops) {
      if (op.kind !== 'format') continue;
      const key = JSON.stringify(op.format);
      const g = groups.get(key) ?? { format: op.format, ranges: [] };
      g.ranges.push(op.range);
      groups.set(key, g);
    }
    for (const g of groups.values()) {
      const target = this.targetOf(name, g.ranges);
      for (const p of PROPERTIES) if (g.format[p] !== undefined) setOne(target, p, g.format[p]);
    }
    for (const op of ops) {
      if (op.kind === 'validation') this.range(name, op.range).setDataValidation(this.validation(op.rule, op.strict, op.helpText));
    }
  }

  private applyOther(op: PlanOp): void {
    const copy = this.copies.has(op.sheet);
    switch (op.kind) {
      case 'freeze': {
        if (copy) return;
        const s = this.sheet(op.sheet);
        const fresh = this.created.has(op.sheet);
        if (!fresh || op.rows > 0) s.setFrozenRows(op.rows);
        if (!fresh || op.cols > 0) s.setFrozenColumns(op.cols);
        return;
      }
      case 'columnWidths':
        return copy ? undefined : this.columnWidths(op.sheet, op.col, op.widths);
      case 'protect':
        return op.editors ? undefined : this.protect(op.sheet, op.range, op.description); // editors: applyEditorProtections
      case 'note': {
        this.range(op.sheet, { row: op.row, col: op.col, rows: 1, cols: 1 }).setNote(op.note);
        return;
      }
      case 'chart': {
        const s = this.sheet(op.sheet);
        let b = s.newChart().asColumnChart();
        for (const r of op.ranges) b = b.addRange(this.range(op.sheet, r));
        // The first column (the years, numbers) is the categories, not a series of its own.
        s.insertChart(b.setPosition(op.row, op.col, 0, 0).setOption('useFirstColumnAsDomain', true).setOption('title', op.title).build());
        return;
      }
      case 'print':
        return; // SpreadsheetApp has no print settings: Sheets asks them in its print dialog
      default:
        return;
    }
  }

  /** Runs of equal widths → one setColumnWidths each; none for a run a tab inserted by this plan already has (Sheets' default). */
  private columnWidths(sheet: string, col: number, widths: number[]): void {
    const s = this.sheet(sheet);
    const fresh = this.created.has(sheet);
    let start = 0;
    for (let i = 1; i <= widths.length; i++) {
      if (i === widths.length || widths[i] !== widths[start]) {
        if (!fresh || widths[start] !== DEFAULT_WIDTH) s.setColumnWidths(col + start, i - start, widths[start]);
        start = i;
      }
    }
  }

  /** Each distinct rule is built once per plan (a builder costs one call per step). */
  private validation(rule: ValidationRule, strict: boolean, helpText?: string): unknown {
    const key = JSON.stringify([rule, strict, helpText ?? '']);
    const known = this.rules.get(key);
    if (known) return known;
    let b = this.app.newDataValidation();
    if (rule.kind === 'list') b = b.requireValueInList(rule.values, true);
    else if (rule.kind === 'listFromRange') {
      const rect = rectOfA1(rule.range);
      b = b.requireValueInRange(rect ? this.range(rule.sheet, rect) : this.sheet(rule.sheet).getRange(rule.range), true);
    } else if (rule.kind === 'number') b = b.requireNumberGreaterThanOrEqualTo(rule.min);
    else b = b.requireNumberBetween(rule.min, rule.max);
    // A new rule allows invalid input (a warning only): set only when it must reject.
    if (strict) b = b.setAllowInvalid(false);
    if (helpText) b = b.setHelpText(helpText);
    const built = b.build();
    this.rules.set(key, built);
    return built;
  }

  /**
   * Warning-only protections; re-applying a plan does not stack duplicates. On a tab this plan
   * creates, a range covering its whole grid is the tab itself: one sheet protection.
   */
  private protect(sheet: string, range: Range, description = ''): void {
    const s = this.sheet(sheet);
    const grid = this.created.get(sheet);
    const warnOnly = (p: ProtectionLike) => (description ? p.setDescription(description) : p).setWarningOnly(true);
    if (this.isWholeTab(sheet, range)) {
      warnOnly(s.protect());
      return;
    }
    let existing = this.protections.get(sheet);
    if (!existing) {
      existing = grid
        ? new Set<string>()
        : new Set(s.getProtections(this.app.ProtectionType.RANGE).map((p: ProtectionLike) => `${p.getDescription()}\u0000${p.getRange().getA1Notation()}`));
      this.protections.set(sheet, existing);
    }
    const key = `${description}\u0000${rangeA1(range)}`;
    if (existing.has(key)) return;
    warnOnly(this.range(sheet, range).protect());
    existing.add(key);
  }

  /**
   * A rule over one range. The same rule on another range (the duplicate-id colour of each
   * table: its formula is relative, so the same text means the same test) is a copy of the
   * first with its own range, three calls instead of six.
   */
  private conditionalRule(r: ConditionalRule, range: RangeLike): ConditionalRuleLike {
    const key = JSON.stringify(r);
    const known = this.conditionalRules.get(key);
    if (known) return known.copy().setRanges([range]).build();
    const b = this.app.newConditionalFormatRule();
    const when = ('textEquals' in r ? b.whenTextEqualTo(r.textEquals) : b.whenFormulaSatisfied(r.formula)).setBackground(r.background);
    const built = (r.fontColor ? when.setFontColor(r.fontColor) : when).setRanges([range]).build();
    this.conditionalRules.set(key, built);
    return built;
  }

  /** A range covering the whole grid of a tab this plan creates. */
  private isWholeTab(sheet: string, range: Range): boolean {
    const grid = this.created.get(sheet);
    return (
      grid !== undefined &&
      range.row === 1 &&
      range.col === 1 &&
      range.rows >= NEW_TAB_ROWS &&
      range.cols >= NEW_TAB_COLUMNS &&
      range.rows >= grid.rows &&
      range.cols >= grid.cols
    );
  }

  /** Conditional rules are replaced as a whole per tab: one read, one write (a copy has its template's already). */
  private applyConditionalFormats(ops: PlanOp[]): void {
    const bySheet = new Map<string, Extract<PlanOp, { kind: 'conditionalFormat' }>[]>();
    for (const op of ops) {
      if (op.kind !== 'conditionalFormat' || this.copies.has(op.sheet)) continue;
      const list = bySheet.get(op.sheet);
      if (list) list.push(op);
      else bySheet.set(op.sheet, [op]);
    }
    for (const [name, list] of bySheet) {
      const s = this.sheet(name);
      const targets = new Set(list.map((op) => rangeA1(op.range)));
      // Keep the rules people added elsewhere; drop ours (same target ranges) before writing them again. A new tab has none.
      const kept = this.created.has(name)
        ? []
        : s.getConditionalFormatRules().filter((rule) => {
            const ranges = rule.getRanges();
            return ranges.length === 0 || !ranges.every((r) => targets.has((r as { getA1Notation(): string }).getA1Notation()));
          });
      const ours = list.flatMap((op) => {
        const range = this.range(name, op.range);
        return byColour(op.rules, a1(op.range.row, op.range.col)).map((r) => this.conditionalRule(r, range));
      });
      s.setConditionalFormatRules([...kept, ...ours]);
    }
  }
}

/**
 * The rules of one range that give the same colours, as one rule (a rule costs six builder
 * calls): a formula true when any of theirs is (`top` is the range's top-left cell, which
 * relative references follow).
 */
export function byColour(rules: ConditionalRule[], top: string): ConditionalRule[] {
  const groups = new Map<string, ConditionalRule[]>();
  for (const r of rules) {
    const key = `${r.background}\u0000${r.fontColor ?? ''}`;
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  const condition = (r: ConditionalRule) => ('textEquals' in r ? `${top}="${r.textEquals.replace(/"/g, '""')}"` : r.formula.slice(1));
  return [...groups.values()].map((g) =>
    g.length === 1
      ? g[0]
      : { formula: `=OR(${g.map(condition).join(',')})`, background: g[0].background, ...(g[0].fontColor ? { fontColor: g[0].fontColor } : {}) },
  );
}

export function applyPlanToSpreadsheet(app: SpreadsheetAppLike, book: SpreadsheetLike, plan: Plan, handles?: SheetHandles): void {
  new PlanApplier(app, book, handles).apply(plan);
}
