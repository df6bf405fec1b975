// Plan → SpreadsheetApp, in batches: one setValues/setFormulas per block of
// contiguous rows (consecutive row-by-row ops are merged), one RangeList per
// distinct cell format, one call per validation range, protections that only warn,
// conditional rules written once per tab. The number of calls depends on the shape
// of the plan (tabs, columns, formats), not on the number of data rows.
import type { CellFormat, CellValue, Plan, PlanOp, Range, ValidationRule } from '../../core/workbook/types';
import { a1, parseRange } from '../../core/workbook/a1';
import type { FormatTarget, ProtectionLike, SheetLike, SpreadsheetAppLike, SpreadsheetLike } from './sheets-api';
import { toSheetValue } from './literal';

/** The grid of a tab created by insertSheet. */
const NEW_TAB_ROWS = 1000;
const NEW_TAB_COLUMNS = 26;

type CellWrite = { kind: 'setValues' | 'setFormulas'; sheet: string; row: number; col: number; cells: (CellValue | string)[][] };

export function rangeA1(r: Range): string {
  const start = a1(r.row, r.col);
  return r.rows === 1 && r.cols === 1 ? start : `${start}:${a1(r.row + r.rows - 1, r.col + r.cols - 1)}`;
}

/** Ragged blocks are split into rows (a rectangle is what setValues accepts); consecutive blocks of the same width are merged. */
export function coalesceBlocks(ops: PlanOp[]): CellWrite[] {
  const rows: CellWrite[] = [];
  for (const op of ops) {
    if (op.kind !== 'setValues' && op.kind !== 'setFormulas') continue;
    const cells: (CellValue | string)[][] = op.kind === 'setValues' ? op.values : op.formulas;
    if (cells.length === 0 || cells[0].length === 0) continue;
    const rectangular = cells.every((r) => r.length === cells[0].length);
    if (rectangular) rows.push({ kind: op.kind, sheet: op.sheet, row: op.row, col: op.col, cells });
    else cells.forEach((r, i) => r.length > 0 && rows.push({ kind: op.kind, sheet: op.sheet, row: op.row + i, col: op.col, cells: [r] }));
  }
  const merged: CellWrite[] = [];
  for (const b of rows) {
    const last = merged[merged.length - 1];
    if (last && last.kind === b.kind && last.sheet === b.sheet && last.col === b.col && last.cells[0].length === b.cells[0].length && last.row + last.cells.length === b.row) {
      last.cells = [...last.cells, ...b.cells];
    } else merged.push({ ...b, cells: [...b.cells] });
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
    case 'setValues': return { sheet: op.sheet, lastRow: op.row + op.values.length - 1, lastCol: op.col + Math.max(0, ...op.values.map((r) => r.length)) - 1 };
    case 'setFormulas': return { sheet: op.sheet, lastRow: op.row + op.formulas.length - 1, lastCol: op.col + Math.max(0, ...op.formulas.map((r) => r.length)) - 1 };
    case 'clear': case 'format': case 'validation': case 'protect': case 'conditionalFormat':
      return { sheet: op.sheet, lastRow: op.range.row + op.range.rows - 1, lastCol: op.range.col + op.range.cols - 1 };
    case 'note': return { sheet: op.sheet, lastRow: op.row, lastCol: op.col };
    case 'columnWidths': return { sheet: op.sheet, lastRow: 1, lastCol: op.col + op.widths.length - 1 };
    default: return null;
  }
}

function applyFormat(target: FormatTarget, f: CellFormat): void {
  if (f.numberFormat !== undefined) target.setNumberFormat(f.numberFormat);
  if (f.bold !== undefined) target.setFontWeight(f.bold ? 'bold' : 'normal');
  if (f.background !== undefined) target.setBackground(f.background);
  if (f.fontColor !== undefined) target.setFontColor(f.fontColor);
  if (f.wrap !== undefined) target.setWrap(f.wrap);
  if (f.horizontalAlignment !== undefined) target.setHorizontalAlignment(f.horizontalAlignment);
}

export class PlanApplier {
  private readonly sheets = new Map<string, SheetLike>();
  private readonly protections = new Map<string, Set<string>>();
  /** Tabs inserted by this plan: known to be 1 000 × 26, unfrozen and unprotected, so nothing needs reading back. */
  private readonly created = new Set<string>();

  constructor(private readonly app: SpreadsheetAppLike, private readonly book: SpreadsheetLike) {
    for (const s of book.getSheets()) this.sheets.set(s.getName(), s);
  }

  private sheet(name: string): SheetLike {
    const s = this.sheets.get(name);
    if (!s) throw new Error(`Plan refers to a missing tab: ${name}`);
    return s;
  }

  apply(plan: Plan): void {
    for (const op of plan.ops) {
      if (op.kind !== 'addSheet' || this.sheets.has(op.sheet)) continue;
      this.sheets.set(op.sheet, this.book.insertSheet(op.sheet, op.index));
      this.created.add(op.sheet);
    }
    this.growGrids(plan.ops);
    for (const op of plan.ops) if (op.kind === 'clear') this.sheet(op.sheet).getRange(op.range.row, op.range.col, op.range.rows, op.range.cols).clearContent();
    for (const b of coalesceBlocks(plan.ops)) {
      const range = this.sheet(b.sheet).getRange(b.row, b.col, b.cells.length, b.cells[0].length);
      if (b.kind === 'setValues') range.setValues(b.cells.map((r) => r.map(toSheetValue)));
      else range.setFormulas(b.cells as string[][]);
    }
    this.applyFormats(plan.ops);
    for (const op of plan.ops) this.applyOther(op);
    this.applyConditionalFormats(plan.ops);
    this.app.flush();
  }

  /** A new tab has 1 000 rows × 26 columns and writing beyond that throws: grow each tab once. */
  private growGrids(ops: PlanOp[]): void {
    const need = new Map<string, { rows: number; cols: number }>();
    for (const e of ops.flatMap(extentsOf)) {
      const n = need.get(e.sheet) ?? { rows: 0, cols: 0 };
      need.set(e.sheet, { rows: Math.max(n.rows, e.lastRow), cols: Math.max(n.cols, e.lastCol) });
    }
    for (const [name, n] of need) {
      const s = this.sheet(name);
      const fresh = this.created.has(name);
      const maxRows = fresh ? NEW_TAB_ROWS : s.getMaxRows();
      if (n.rows > maxRows) s.insertRowsAfter(maxRows, n.rows - maxRows);
      const maxCols = fresh ? NEW_TAB_COLUMNS : s.getMaxColumns();
      if (n.cols > maxCols) s.insertColumnsAfter(maxCols, n.cols - maxCols);
    }
  }

  /** Same format on many ranges of a tab → one RangeList. */
  private applyFormats(ops: PlanOp[]): void {
    const groups = new Map<string, { sheet: string; format: CellFormat; ranges: Range[] }>();
    for (const op of ops) {
      if (op.kind !== 'format') continue;
      const key = `${op.sheet}\u0000${JSON.stringify(op.format)}`;
      const g = groups.get(key) ?? { sheet: op.sheet, format: op.format, ranges: [] };
      g.ranges.push(op.range);
      groups.set(key, g);
    }
    for (const g of groups.values()) {
      const s = this.sheet(g.sheet);
      const target = g.ranges.length === 1 ? s.getRange(g.ranges[0].row, g.ranges[0].col, g.ranges[0].rows, g.ranges[0].cols) : s.getRangeList(g.ranges.map(rangeA1));
      applyFormat(target, g.format);
    }
  }

  private applyOther(op: PlanOp): void {
    switch (op.kind) {
      case 'freeze': {
        const s = this.sheet(op.sheet);
        const fresh = this.created.has(op.sheet);
        if (!fresh || op.rows > 0) s.setFrozenRows(op.rows);
        if (!fresh || op.cols > 0) s.setFrozenColumns(op.cols);
        return;
      }
      case 'columnWidths': return this.columnWidths(op.sheet, op.col, op.widths);
      case 'validation': {
        const r = op.range;
        this.sheet(op.sheet).getRange(r.row, r.col, r.rows, r.cols).setDataValidation(this.validation(op.rule, op.strict, op.helpText));
        return;
      }
      case 'protect': return this.protect(op.sheet, op.range, op.description);
      case 'note': {
        this.sheet(op.sheet).getRange(op.row, op.col, 1, 1).setNote(op.note);
        return;
      }
      default: return;
    }
  }

  /** Runs of equal widths → one setColumnWidths each. */
  private columnWidths(sheet: string, col: number, widths: number[]): void {
    const s = this.sheet(sheet);
    let start = 0;
    for (let i = 1; i <= widths.length; i++) {
      if (i === widths.length || widths[i] !== widths[start]) {
        s.setColumnWidths(col + start, i - start, widths[start]);
        start = i;
      }
    }
  }

  private validation(rule: ValidationRule, strict: boolean, helpText?: string): unknown {
    let b = this.app.newDataValidation();
    if (rule.kind === 'list') b = b.requireValueInList(rule.values, true);
    else if (rule.kind === 'listFromRange') b = b.requireValueInRange(this.sheet(rule.sheet).getRange(rule.range), true);
    else b = b.requireNumberBetween(rule.min, rule.max);
    b = b.setAllowInvalid(!strict);
    if (helpText) b = b.setHelpText(helpText);
    return b.build();
  }

  /** Warning-only protections; re-applying a plan does not stack duplicates. */
  private protect(sheet: string, range: Range, description: string): void {
    const s = this.sheet(sheet);
    let existing = this.protections.get(sheet);
    if (!existing) {
      existing = this.created.has(sheet) ? new Set<string>() : new Set(s.getProtections(this.app.ProtectionType.RANGE).map((p: ProtectionLike) => `${p.getDescription()}\u0000${p.getRange().getA1Notation()}`));
      this.protections.set(sheet, existing);
    }
    const key = `${description}\u0000${rangeA1(range)}`;
    if (existing.has(key)) return;
    s.getRange(range.row, range.col, range.rows, range.cols).protect().setDescription(description).setWarningOnly(true);
    existing.add(key);
  }

  /** Conditional rules are replaced as a whole per tab: one read, one write. */
  private applyConditionalFormats(ops: PlanOp[]): void {
    const bySheet = new Map<string, Extract<PlanOp, { kind: 'conditionalFormat' }>[]>();
    for (const op of ops) if (op.kind === 'conditionalFormat') bySheet.set(op.sheet, [...(bySheet.get(op.sheet) ?? []), op]);
    for (const [name, list] of bySheet) {
      const s = this.sheet(name);
      const targets = new Set(list.map((op) => rangeA1(op.range)));
      // Keep the rules people added elsewhere; drop ours (same target ranges) before writing them again.
      const kept = s.getConditionalFormatRules().filter((rule) => rule.getRanges().length === 0 || !rule.getRanges().every((r) => targets.has((r as { getA1Notation(): string }).getA1Notation())));
      const ours = list.flatMap((op) => {
        const range = s.getRange(op.range.row, op.range.col, op.range.rows, op.range.cols);
        return op.rules.map((r) => this.app.newConditionalFormatRule().whenTextEqualTo(r.textEquals).setBackground(r.background).setFontColor(r.fontColor).setRanges([range]).build());
      });
      s.setConditionalFormatRules([...kept, ...ours]);
    }
  }
}

export function applyPlanToSpreadsheet(app: SpreadsheetAppLike, book: SpreadsheetLike, plan: Plan): void {
  new PlanApplier(app, book).apply(plan);
}
