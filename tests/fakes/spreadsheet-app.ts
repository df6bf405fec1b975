// A fake SpreadsheetApp that behaves like Apps Script where it matters to the add-on:
// getValues gives '' for empty cells, numbers as numbers and dates as Date; setValues
// with the wrong dimensions throws Apps Script's message; a string written with
// setValues is interpreted the way Sheets does in a French spreadsheet (leading '=' →
// formula, "2025", "1 234,56 €", "(100)", "15 %", "1e5" → number, "2022-11-30",
// "01/03/2024", "mars 2024" → date, "10:30" → time, "VRAI" → boolean, a leading
// apostrophe → literal text, past 50 000 characters → Sheets' error); ranges outside the sheet's
// grid throw; a new tab has 1 000 rows × 26 columns. Every call is counted.
import { columnLetter } from '../../src/core/workbook/a1';
import { CallCounter, counted, uncounted } from './counter';

type Value = string | number | boolean | Date;
type Cell = {
  value: Value;
  formula: string;
  format: Record<string, unknown>;
  note?: string;
  validation?: FakeDataValidation;
};

export type FakeDataValidation = {
  criteria: 'list' | 'range' | 'numberBetween' | 'numberAtLeast';
  values?: string[];
  range?: string;
  min?: number;
  max?: number;
  allowInvalid: boolean;
  helpText?: string;
};

const emptyCell = (): Cell => ({ value: '', formula: '', format: {} });

function parseA1(a1: string): { row: number; col: number; rows: number; cols: number } {
  const m = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/.exec(a1.replace(/\$/g, '').toUpperCase());
  if (!m) throw new Error(`Range not found`);
  const col = (letters: string) => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  const r1 = Number(m[2]);
  const c1 = col(m[1]);
  const r2 = m[4] ? Number(m[4]) : r1;
  const c2 = m[3] ? col(m[3]) : c1;
  return { row: Math.min(r1, r2), col: Math.min(c1, c2), rows: Math.abs(r2 - r1) + 1, cols: Math.abs(c2 - c1) + 1 };
}

/** What Sheets makes of a value written by setValue(s). */
function interpret(input: unknown): { value: Value; formula: string } {
  if (input === null || input === undefined) return { value: '', formula: '' };
  if (input instanceof Date || typeof input === 'number' || typeof input === 'boolean') return { value: input, formula: '' };
  const text = String(input);
  // Sheets' own message; a quote prefix is not content, so it is not counted.
  if (text.length - (text.startsWith("'") ? 1 : 0) > 50_000) throw new Error('Your input contains more than the maximum of 50000 characters in a single cell.');
  if (text.startsWith("'")) return { value: text.slice(1), formula: '' };
  if (/^[=+]./.test(text) || /^-[^\d\s]/.test(text)) return { value: '', formula: text.startsWith('=') ? text : `=${text}` };
  const typed = typedValue(text);
  return { value: typed ?? text, formula: '' };
}

// What Sheets' typing parser makes of text in a French spreadsheet (fr_FR), at least:
// numbers with French or English separators, scientific notation, percentages, currency,
// parenthesised negatives, mixed fractions, times, dates in numbers (day first) or with
// French or English month names, booleans in both languages. undefined: it stays text.
const FAKE_MONTHS: [RegExp, number][] = [
  [/^(janv(ier)?|jan(uary)?)$/, 1],
  [/^(f[ée]vr?(ier)?|feb(ruary)?)$/, 2],
  [/^(mars|mar(ch)?)$/, 3],
  [/^(avr(il)?|apr(il)?)$/, 4],
  [/^(mai|may)$/, 5],
  [/^(juin|june?)$/, 6],
  [/^(juil(let)?|july?)$/, 7],
  [/^(ao[uû]t?|aug(ust)?)$/, 8],
  [/^(sept?(embre|ember)?)$/, 9],
  [/^(oct(obre|ober)?)$/, 10],
  [/^(nov(embre|ember)?)$/, 11],
  [/^(d[ée]c(embre|ember)?)$/, 12],
];
const fakeMonth = (word: string) => FAKE_MONTHS.find(([re]) => re.test(word.toLowerCase().replace(/\.$/, '')))?.[1];
const fakeYear = (y: string) => (y.length <= 2 ? 2000 + Number(y) : Number(y));
const fakeDate = (y: number, m: number, d: number): Date | undefined => {
  const date = new Date(y, m - 1, d);
  return m >= 1 && m <= 12 && d >= 1 && date.getMonth() === m - 1 ? date : undefined;
};
const fakeTime = (h: number, m: number, s: number) => new Date(1899, 11, 30, h, m, s);

function fakeNumber(text: string): number | undefined {
  let t = text.replace(/[\s\u00A0\u202F]+/g, ' ').trim();
  let sign = 1;
  const paren = /^\((.*)\)$/.exec(t);
  if (paren) {
    sign = -1;
    t = paren[1].trim();
  }
  let percent = false;
  if (t.endsWith('%')) {
    percent = true;
    t = t.slice(0, -1).trim();
  }
  t = t
    .replace(/^([+\-\u2212]?) ?(€|\$|£|¥|EUR|USD|GBP|CHF) ?/i, '$1')
    .replace(/ ?(€|\$|£|¥|EUR|USD|GBP|CHF)$/i, '')
    .trim();
  const s = /^([+\-\u2212]) ?(.*)$/.exec(t);
  if (s) {
    if (s[1] !== '+') sign = -sign;
    t = s[2];
  }
  const m = /^(.*?)(?:[eE]([+-]?\d+))?$/.exec(t)!;
  const [mantissa, exponent] = [m[1], m[2]];
  let n: number | undefined;
  if (/^\d{1,3}( \d{3})+(,\d+)?$|^\d+(,\d+)?$|^,\d+$/.test(mantissa)) n = Number(mantissa.replace(/ /g, '').replace(',', '.'));
  else if (/^\d{1,3}(,\d{3})+(\.\d+)?$|^\d+\.\d+$|^\.\d+$/.test(mantissa)) n = Number(mantissa.replace(/,/g, ''));
  if (n === undefined || Number.isNaN(n)) return undefined;
  if (exponent !== undefined) n *= 10 ** Number(exponent);
  return sign * (percent ? n / 100 : n);
}

function typedValue(raw: string): Value | undefined {
  const text = raw.replace(/[\s\u00A0\u202F]+/g, ' ').trim();
  if (/^(true|vrai)$/i.test(text)) return true;
  if (/^(false|faux)$/i.test(text)) return false;
  const n = fakeNumber(text);
  if (n !== undefined) return n;
  const mixed = /^(\d+) (\d+)\/(\d+)$/.exec(text);
  if (mixed && Number(mixed[3]) > 0) return Number(mixed[1]) + Number(mixed[2]) / Number(mixed[3]);
  const time = /^(\d+):(\d{1,2})(?::(\d{1,2}))?(?: ?([ap])\.?m\.?)?$/i.exec(text);
  if (time) {
    const h = (Number(time[1]) % 24) + (time[4]?.toLowerCase() === 'p' ? 12 : 0);
    return fakeTime(h, Number(time[2]), Number(time[3] ?? 0));
  }
  const iso = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(text);
  if (iso) return fakeDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const dmy = /^(\d{1,2})[-/.](\d{1,2})(?:[-/.](\d{2}|\d{4}))?$/.exec(text);
  if (dmy) return fakeDate(dmy[3] ? fakeYear(dmy[3]) : new Date().getFullYear(), Number(dmy[2]), Number(dmy[1])); // "1/2" too: 1 February
  const my = /^(\d{1,2})[-/.](\d{4})$/.exec(text);
  if (my) return fakeDate(Number(my[2]), Number(my[1]), 1);
  const named = /^(?:(\d{1,2})(?:er)?[ \-/.]+)?([a-zéû]+\.?)(?:[ \-/.,]+(\d{2}|\d{4}))?$/i.exec(text);
  if (named && (named[1] || named[3]) && fakeMonth(named[2])) {
    return fakeDate(named[3] ? fakeYear(named[3]) : new Date().getFullYear(), fakeMonth(named[2])!, named[1] ? Number(named[1]) : 1);
  }
  const english = /^([a-z]+\.?) (\d{1,2}),? (\d{4})$/i.exec(text);
  if (english && fakeMonth(english[1])) return fakeDate(Number(english[3]), fakeMonth(english[1])!, Number(english[2]));
  return undefined;
}

/** A Google account as Protection.getEditors() gives it. */
export class FakeUser {
  constructor(private readonly email: string) {}
  getEmail() {
    return this.email;
  }
}

/**
 * A protection. As in Apps Script, a new one's editors mirror the spreadsheet's (its owner,
 * the person running the script, its editors), and removeEditors cannot take away the owner
 * nor the person running the script. canEdit tells who may edit the protected cells.
 */
export class FakeProtection {
  description = '';
  warningOnly = false;
  domainEdit: boolean;
  editors: string[];
  constructor(
    private readonly sheet: FakeSheet,
    private readonly a1: string,
  ) {
    const book = sheet.book;
    this.editors = [...new Set([book.owner, book.effectiveUser, ...book.editors])];
    this.domainEdit = book.domainEdit;
  }
  getEditors() {
    return this.editors.map((e) => new FakeUser(e));
  }
  addEditors(emails: string[]) {
    for (const e of emails) if (!this.editors.includes(e)) this.editors.push(e);
    return this;
  }
  removeEditors(emails: string[]) {
    const book = this.sheet.book;
    this.editors = this.editors.filter((e) => !emails.includes(e) || e === book.owner || e === book.effectiveUser);
    return this;
  }
  canDomainEdit() {
    return this.domainEdit;
  }
  setDomainEdit(editable: boolean) {
    this.domainEdit = editable;
    return this;
  }
  /** Test helper (not counted): whether this person may edit the protected cells (a warning-only protection lets everyone). */
  canEdit(email: string) {
    return this.warningOnly || this.editors.includes(email) || (this.domainEdit && email.endsWith(`@${this.sheet.book.domain}`));
  }
  get rangeA1() {
    return this.a1;
  }
  setDescription(d: string) {
    this.description = d;
    return this;
  }
  getDescription() {
    return this.description;
  }
  setWarningOnly(w: boolean) {
    this.warningOnly = w;
    return this;
  }
  isWarningOnly() {
    return this.warningOnly;
  }
  getRange() {
    return this.sheet.getRange(this.a1);
  }
  remove() {
    this.sheet.protections = this.sheet.protections.filter((p) => p !== this);
  }
}

export class FakeConditionalFormatRule {
  /** `text` for whenTextEqualTo, `formula` for whenFormulaSatisfied (relative to the top-left cell of the first range). */
  constructor(
    readonly text: string,
    readonly background: string,
    readonly fontColor: string,
    readonly ranges: FakeRange[],
    readonly formula = '',
    private readonly counter?: CallCounter,
  ) {}
  getRanges() {
    return this.ranges;
  }
  /** A builder preset with this rule's condition, colours and ranges. */
  copy() {
    const b = new FakeConditionalFormatRuleBuilder(this.counter);
    if (this.formula) b.whenFormulaSatisfied(this.formula);
    else b.whenTextEqualTo(this.text);
    b.setBackground(this.background).setFontColor(this.fontColor).setRanges(this.ranges);
    return this.counter ? counted(b, 'ConditionalFormatRuleBuilder', this.counter) : b;
  }
  get rangesA1() {
    return this.ranges.map((r) => `${r.sheet.name}!${r.getA1Notation()}`);
  }
}

export class FakeSheet {
  rows: Cell[][] = [];
  maxRows = 1000;
  maxColumns = 26;
  frozenRows = 0;
  frozenColumns = 0;
  columnWidths = new Map<number, number>();
  protections: FakeProtection[] = [];
  conditionalRules: FakeConditionalFormatRule[] = [];
  merges: string[] = [];
  charts: FakeChart[] = [];

  constructor(
    readonly book: FakeSpreadsheet,
    public name: string,
  ) {}

  private wrap<T extends object>(obj: T, label: string): T {
    return counted(obj, label, this.book.counter);
  }

  cell(row: number, col: number): Cell {
    const r = (this.rows[row - 1] ??= []);
    return (r[col - 1] ??= emptyCell());
  }

  peek(row: number, col: number): Cell | undefined {
    return this.rows[row - 1]?.[col - 1];
  }

  getName() {
    return this.name;
  }
  setName(name: string) {
    this.name = name;
    return this;
  }
  getIndex() {
    return this.book.sheets.indexOf(this) + 1;
  }
  getSheetId() {
    return this.book.sheets.indexOf(this);
  }
  getMaxRows() {
    return this.maxRows;
  }
  getMaxColumns() {
    return this.maxColumns;
  }
  insertRowsAfter(after: number, n: number) {
    this.maxRows += n;
    void after;
    return this;
  }
  insertColumnsAfter(after: number, n: number) {
    this.maxColumns += n;
    void after;
    return this;
  }

  getLastRow(): number {
    for (let r = this.rows.length; r >= 1; r--) if ((this.rows[r - 1] ?? []).some((c) => c && (c.value !== '' || c.formula !== ''))) return r;
    return 0;
  }

  getLastColumn(): number {
    let last = 0;
    this.rows.forEach((row) =>
      row?.forEach((c, i) => {
        if (c && (c.value !== '' || c.formula !== '')) last = Math.max(last, i + 1);
      }),
    );
    return last;
  }

  getRange(a: number | string, col?: number, rows = 1, cols = 1): FakeRange {
    const r = typeof a === 'string' ? parseA1(a) : { row: a, col: col ?? 1, rows, cols };
    if (r.row < 1 || r.col < 1 || r.rows < 1 || r.cols < 1) throw new Error('The starting row or column of the range is too small.');
    if (r.row + r.rows - 1 > this.maxRows || r.col + r.cols - 1 > this.maxColumns) {
      throw new Error('The coordinates of the range are outside the dimensions of the sheet.');
    }
    return this.wrap(new FakeRange(this, r.row, r.col, r.rows, r.cols), 'Range');
  }

  getRangeList(a1s: string[]): FakeRangeList {
    return this.wrap(new FakeRangeList(a1s.map((a1) => new FakeRange(this, ...(Object.values(parseA1(a1)) as [number, number, number, number])))), 'RangeList');
  }

  newChart(): FakeChartBuilder {
    return this.wrap(new FakeChartBuilder(this), 'EmbeddedChartBuilder');
  }

  insertChart(chart: FakeChart) {
    // Apps Script: a chart built for another tab, or with no data, cannot be inserted.
    if (!(chart instanceof FakeChart) || chart.ranges.some((r) => r.sheet !== this)) throw new Error('Exception: Invalid argument: chart');
    if (chart.ranges.length === 0) throw new Error('Exception: The chart has no data.');
    this.charts.push(chart);
  }

  getCharts(): FakeChart[] {
    return [...this.charts];
  }

  getDataRange(): FakeRange {
    return this.getRange(1, 1, Math.max(1, this.getLastRow()), Math.max(1, this.getLastColumn()));
  }

  setFrozenRows(n: number) {
    this.frozenRows = n;
  }
  setFrozenColumns(n: number) {
    this.frozenColumns = n;
  }
  getFrozenRows() {
    return this.frozenRows;
  }
  getFrozenColumns() {
    return this.frozenColumns;
  }
  setColumnWidth(col: number, w: number) {
    this.columnWidths.set(col, w);
    return this;
  }
  setColumnWidths(start: number, n: number, w: number) {
    for (let i = 0; i < n; i++) this.columnWidths.set(start + i, w);
    return this;
  }
  getColumnWidth(col: number) {
    return this.columnWidths.get(col) ?? 100;
  }
  sheetProtections: FakeProtection[] = [];
  getProtections(type: unknown) {
    return (type === 'SHEET' ? this.sheetProtections : this.protections).map((p) => this.wrap(p, 'Protection'));
  }
  /** Protects the whole tab (ProtectionType.SHEET). */
  protect() {
    const p = new FakeProtection(this, `A1:${columnLetter(this.maxColumns)}${this.maxRows}`);
    this.sheetProtections.push(p);
    return this.wrap(p, 'Protection');
  }
  getConditionalFormatRules() {
    return this.conditionalRules.map((r) => this.wrap(r, 'ConditionalFormatRule'));
  }
  setConditionalFormatRules(rules: FakeConditionalFormatRule[]) {
    this.conditionalRules = rules.map(uncounted);
  }
  activate() {
    this.book.activeSheet = this;
    return this;
  }
}

export class FakeRange {
  constructor(
    readonly sheet: FakeSheet,
    readonly row: number,
    readonly col: number,
    readonly rows: number,
    readonly cols: number,
  ) {}

  private each(fn: (cell: Cell, r: number, c: number) => void): void {
    for (let r = 0; r < this.rows; r++) for (let c = 0; c < this.cols; c++) fn(this.sheet.cell(this.row + r, this.col + c), r, c);
  }

  private grid<T>(fn: (cell: Cell | undefined) => T): T[][] {
    return Array.from({ length: this.rows }, (_, r) => Array.from({ length: this.cols }, (_, c) => fn(this.sheet.peek(this.row + r, this.col + c))));
  }

  private checkDimensions(data: unknown[][]): void {
    if (data.length !== this.rows)
      throw new Error(
        `The number of rows in the data does not match the number of rows in the range. The data has ${data.length} but the range has ${this.rows}.`,
      );
    for (const row of data) {
      if (row.length !== this.cols)
        throw new Error(
          `The number of columns in the data does not match the number of columns in the range. The data has ${row.length} but the range has ${this.cols}.`,
        );
    }
  }

  getRow() {
    return this.row;
  }
  getColumn() {
    return this.col;
  }
  getNumRows() {
    return this.rows;
  }
  getNumColumns() {
    return this.cols;
  }
  getSheet() {
    return this.sheet;
  }
  getA1Notation(): string {
    const start = `${columnLetter(this.col)}${this.row}`;
    return this.rows === 1 && this.cols === 1 ? start : `${start}:${columnLetter(this.col + this.cols - 1)}${this.row + this.rows - 1}`;
  }

  getValues(): Value[][] {
    return this.grid((c) => (c === undefined ? '' : c.value instanceof Date ? new Date(c.value.getTime()) : c.value));
  }
  getFormulas(): string[][] {
    return this.grid((c) => c?.formula ?? '');
  }
  getNotes(): string[][] {
    return this.grid((c) => c?.note ?? '');
  }
  getNumberFormats(): string[][] {
    return this.grid((c) => String(c?.format.numberFormat ?? 'General'));
  }
  getValue(): Value {
    return this.getValues()[0][0];
  }

  setValues(data: unknown[][]) {
    this.checkDimensions(data);
    this.each((cell, r, c) => {
      Object.assign(cell, interpret(data[r][c]));
      // Like Sheets, a percentage typed as text is stored as a number shown with a percent format.
      const raw = data[r][c];
      if (typeof raw === 'string' && !raw.startsWith("'") && /%\s*\)?\s*$/.test(raw) && typeof cell.value === 'number') cell.format.numberFormat = '0.00%';
    });
    return this;
  }
  setValue(v: unknown) {
    return this.setValues(Array.from({ length: this.rows }, () => Array(this.cols).fill(v)));
  }
  setFormulas(data: string[][]) {
    this.checkDimensions(data);
    this.each((cell, r, c) => {
      const f = data[r][c];
      if (f !== '' && !f.startsWith('=')) throw new Error(`Formula parse error: ${f}`);
      Object.assign(cell, { formula: f, value: '' });
    });
    return this;
  }
  clearContent() {
    this.each((cell) => Object.assign(cell, { value: '', formula: '' }));
    return this;
  }
  setNote(note: string) {
    this.sheet.cell(this.row, this.col).note = note;
    return this;
  }
  setNumberFormat(f: string) {
    this.each((cell) => (cell.format.numberFormat = f));
    return this;
  }
  setFontWeight(w: string | null) {
    this.each((cell) => (cell.format.fontWeight = w));
    return this;
  }
  setBackground(c: string | null) {
    this.each((cell) => (cell.format.background = c));
    return this;
  }
  setFontColor(c: string | null) {
    this.each((cell) => (cell.format.fontColor = c));
    return this;
  }
  setWrap(w: boolean) {
    this.each((cell) => (cell.format.wrap = w));
    return this;
  }
  setHorizontalAlignment(a: string | null) {
    this.each((cell) => (cell.format.horizontalAlignment = a));
    return this;
  }
  /** The 2D setters: one value per cell, the grid the size of the range (Apps Script's message otherwise); null resets where Apps Script allows it. */
  private eachOf<T>(data: T[][], fn: (cell: Cell, v: T) => void) {
    this.checkDimensions(data);
    this.each((cell, r, c) => fn(cell, data[r][c]));
    return this;
  }
  setNumberFormats(f: string[][]) {
    return this.eachOf(f, (cell, v) => {
      if (typeof v !== 'string')
        throw new Error("Exception: The parameters (number[][]) don't match the method signature for SpreadsheetApp.Range.setNumberFormats.");
      cell.format.numberFormat = v;
    });
  }
  setFontWeights(w: (string | null)[][]) {
    return this.eachOf(w, (cell, v) => (cell.format.fontWeight = v));
  }
  setBackgrounds(c: (string | null)[][]) {
    return this.eachOf(c, (cell, v) => (cell.format.background = v));
  }
  setFontColors(c: (string | null)[][]) {
    return this.eachOf(c, (cell, v) => (cell.format.fontColor = v));
  }
  setWraps(w: boolean[][]) {
    return this.eachOf(w, (cell, v) => {
      if (typeof v !== 'boolean') throw new Error("Exception: The parameters don't match the method signature for SpreadsheetApp.Range.setWraps.");
      cell.format.wrap = v;
    });
  }
  /** WRAP wraps; OVERFLOW is the default (a cell that never had a wrap set); CLIP is kept as wrap false. */
  setWrapStrategies(w: string[][]) {
    return this.eachOf(w, (cell, v) => {
      if (v === 'WRAP') cell.format.wrap = true;
      else if (v === 'OVERFLOW') delete cell.format.wrap;
      else if (v === 'CLIP') cell.format.wrap = false;
      else throw new Error("Exception: The parameters don't match the method signature for SpreadsheetApp.Range.setWrapStrategies.");
    });
  }
  setHorizontalAlignments(a: (string | null)[][]) {
    return this.eachOf(a, (cell, v) => (cell.format.horizontalAlignment = v));
  }
  setDataValidations(rules: (FakeDataValidation | null)[][]) {
    return this.eachOf(rules, (cell, v) => (cell.validation = v ?? undefined));
  }
  setDataValidation(rule: FakeDataValidation | null) {
    this.each((cell) => (cell.validation = rule ?? undefined));
    return this;
  }
  getDataValidation() {
    return this.sheet.peek(this.row, this.col)?.validation ?? null;
  }
  merge() {
    this.sheet.merges.push(this.getA1Notation());
    return this;
  }
  getMergedRanges() {
    return this.sheet.merges
      .map((a1) => this.sheet.getRange(a1))
      .filter((m) => m.row < this.row + this.rows && this.row < m.row + m.rows && m.col < this.col + this.cols && this.col < m.col + m.cols);
  }
  protect() {
    const p = new FakeProtection(this.sheet, this.getA1Notation());
    this.sheet.protections.push(p);
    return counted(p, 'Protection', this.sheet.book.counter);
  }
  activate() {
    this.sheet.book.activeSheet = this.sheet;
    this.sheet.book.activeRange = this;
    return this;
  }
}

/** RangeList: the same formatting calls, applied to every range at once (one service call). */
export class FakeRangeList {
  constructor(readonly ranges: FakeRange[]) {}
  /** The ranges, as the script gets them (their calls are counted). */
  getRanges() {
    return this.ranges.map((r) => counted(r, 'Range', r.sheet.book.counter));
  }
  private all(fn: (r: FakeRange) => void) {
    this.ranges.forEach(fn);
    return this;
  }
  setNumberFormat(f: string) {
    return this.all((r) => r.setNumberFormat(f));
  }
  setFontWeight(w: string | null) {
    return this.all((r) => r.setFontWeight(w));
  }
  setBackground(c: string | null) {
    return this.all((r) => r.setBackground(c));
  }
  setFontColor(c: string | null) {
    return this.all((r) => r.setFontColor(c));
  }
  setWrap(w: boolean) {
    return this.all((r) => r.setWrap(w));
  }
  setHorizontalAlignment(a: string | null) {
    return this.all((r) => r.setHorizontalAlignment(a));
  }
  clearContent() {
    return this.all((r) => r.clearContent());
  }
}

export class FakeSpreadsheet {
  sheets: FakeSheet[] = [];
  activeSheet: FakeSheet | undefined;
  activeRange: FakeRange | undefined;
  /** Who owns the spreadsheet, who runs the script (the coordinator), who else may edit it, and its domain's sharing. */
  owner = 'mairie@exemple.fr';
  effectiveUser = 'coordination@exemple.fr';
  editors: string[] = ['partenaire@petiteloco.fr', 'autre-partenaire@exemple.fr', 'collegue@exemple.fr'];
  domain = 'exemple.fr';
  domainEdit = true;

  constructor(
    readonly counter: CallCounter,
    sheetNames: string[] = ['Feuille 1'],
  ) {
    for (const name of sheetNames) this.sheets.push(new FakeSheet(this, name));
    this.activeSheet = this.sheets[0];
  }

  private wrapSheet(s: FakeSheet) {
    return counted(s, 'Sheet', this.counter);
  }

  getId() {
    return 'fake-spreadsheet-id';
  }
  getName() {
    return 'Classeur de test';
  }
  getUrl() {
    return 'https://docs.google.com/spreadsheets/d/fake-spreadsheet-id/edit';
  }
  getSheets() {
    return this.sheets.map((s) => this.wrapSheet(s));
  }
  getSheetByName(name: string) {
    const s = this.sheets.find((x) => x.name === name);
    return s ? this.wrapSheet(s) : null;
  }
  insertSheet(name: string, index?: number, options?: { template?: FakeSheet }) {
    if (this.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase())) {
      throw new Error(`A sheet with the name "${name}" already exists. Please enter another name.`);
    }
    const sheet = new FakeSheet(this, name);
    if (options?.template) copySheet(options.template, sheet);
    const at = index === undefined ? this.sheets.length : Math.max(0, Math.min(index, this.sheets.length));
    this.sheets.splice(at, 0, sheet);
    this.activeSheet = sheet;
    return this.wrapSheet(sheet);
  }
  deleteSheet(sheet: FakeSheet) {
    const i = this.sheets.findIndex((s) => s === sheet || s.name === sheet.name);
    if (i < 0) throw new Error('Sheet not found');
    if (this.sheets.length === 1) throw new Error("You can't remove all the sheets in a document.");
    this.sheets.splice(i, 1);
  }
  getActiveSheet() {
    return this.activeSheet ? this.wrapSheet(this.activeSheet) : null;
  }
  getActiveRange() {
    return this.activeRange ?? null;
  }
  toast(_msg: string) {
    /* shown to the user; nothing to keep */
  }

  /** Test helper (not counted): the tab by name, unwrapped. */
  tab(name: string): FakeSheet {
    const s = this.sheets.find((x) => x.name === name);
    if (!s) throw new Error(`no tab ${name}`);
    return s;
  }
}

/**
 * What insertSheet(name, index, { template }) copies: the template's cells (values, formulas,
 * formats, validations), grid size, frozen rows and columns, column widths and conditional
 * rules (re-targeted to the copy); not its protections, which stay with the template.
 */
function copySheet(from: FakeSheet, to: FakeSheet): void {
  to.rows = from.rows.map((r) => (r ?? []).map((c) => (c ? { ...c, format: { ...c.format }, validation: c.validation ? { ...c.validation } : undefined } : c)));
  to.maxRows = from.maxRows;
  to.maxColumns = from.maxColumns;
  to.frozenRows = from.frozenRows;
  to.frozenColumns = from.frozenColumns;
  to.columnWidths = new Map(from.columnWidths);
  to.conditionalRules = from.conditionalRules.map(
    (r) =>
      new FakeConditionalFormatRule(
        r.text,
        r.background,
        r.fontColor,
        r.ranges.map((x) => new FakeRange(to, x.row, x.col, x.rows, x.cols)),
        r.formula,
        to.book.counter,
      ),
  );
  to.merges = [...from.merges];
}

class FakeDataValidationBuilder {
  private rule: FakeDataValidation = { criteria: 'list', allowInvalid: true };
  requireValueInList(values: string[], _dropdown?: boolean) {
    Object.assign(this.rule, { criteria: 'list', values: [...values] });
    return this;
  }
  requireValueInRange(range: FakeRange, _dropdown?: boolean) {
    // Read through FakeRange's own fields: Google reads the range itself, the script makes no getA1Notation call.
    Object.assign(this.rule, { criteria: 'range', range: `${range.sheet.name}!${FakeRange.prototype.getA1Notation.call(range)}` });
    return this;
  }
  requireNumberBetween(min: number, max: number) {
    Object.assign(this.rule, { criteria: 'numberBetween', min, max });
    return this;
  }
  requireNumberGreaterThanOrEqualTo(min: number) {
    Object.assign(this.rule, { criteria: 'numberAtLeast', min });
    return this;
  }
  setAllowInvalid(allow: boolean) {
    this.rule.allowInvalid = allow;
    return this;
  }
  setHelpText(t: string) {
    this.rule.helpText = t;
    return this;
  }
  build(): FakeDataValidation {
    return { ...this.rule };
  }
}

class FakeConditionalFormatRuleBuilder {
  constructor(private readonly counter?: CallCounter) {}
  private text = '';
  private background = '';
  private fontColor = '';
  private ranges: FakeRange[] = [];
  private formula = '';
  whenTextEqualTo(t: string) {
    this.text = t;
    this.formula = '';
    return this;
  }
  whenFormulaSatisfied(f: string) {
    // Apps Script: "Invalid formula" unless it starts with '='.
    if (!f.startsWith('=')) throw new Error('Exception: Invalid argument: formula');
    this.formula = f;
    this.text = '';
    return this;
  }
  setBackground(c: string) {
    this.background = c;
    return this;
  }
  setFontColor(c: string) {
    this.fontColor = c;
    return this;
  }
  setRanges(ranges: FakeRange[]) {
    this.ranges = [...ranges];
    return this;
  }
  build() {
    const rule = new FakeConditionalFormatRule(this.text, this.background, this.fontColor, this.ranges, this.formula, this.counter);
    return this.counter ? counted(rule, 'ConditionalFormatRule', this.counter) : rule;
  }
}

export type AuthMode = 'NONE' | 'LIMITED' | 'FULL';

/** The SpreadsheetApp global. In AuthMode.NONE only getUi() works, as in Apps Script's onOpen. */
export class FakeSpreadsheetApp {
  readonly ProtectionType = { RANGE: 'RANGE', SHEET: 'SHEET' };
  readonly WrapStrategy = { WRAP: 'WRAP', OVERFLOW: 'OVERFLOW', CLIP: 'CLIP' };
  authMode: AuthMode = 'FULL';
  flushes = 0;

  constructor(
    readonly spreadsheet: FakeSpreadsheet,
    private readonly ui: object,
  ) {}

  private authorized(what: string) {
    if (this.authMode === 'NONE')
      throw new Error(
        `You do not have permission to call SpreadsheetApp.${what}. Required permissions: https://www.googleapis.com/auth/spreadsheets.currentonly`,
      );
  }

  getUi() {
    return this.ui;
  }
  getActiveSpreadsheet() {
    this.authorized('getActiveSpreadsheet');
    this.spreadsheet.counter.hit('SpreadsheetApp.getActiveSpreadsheet');
    return counted(this.spreadsheet, 'Spreadsheet', this.spreadsheet.counter);
  }
  getActive() {
    return this.getActiveSpreadsheet();
  }
  flush() {
    this.authorized('flush');
    this.spreadsheet.counter.hit('SpreadsheetApp.flush');
    this.flushes++;
  }
  newDataValidation() {
    this.spreadsheet.counter.hit('SpreadsheetApp.newDataValidation');
    return counted(new FakeDataValidationBuilder(), 'DataValidationBuilder', this.spreadsheet.counter);
  }
  newConditionalFormatRule() {
    this.spreadsheet.counter.hit('SpreadsheetApp.newConditionalFormatRule');
    return counted(new FakeConditionalFormatRuleBuilder(this.spreadsheet.counter), 'ConditionalFormatRuleBuilder', this.spreadsheet.counter);
  }
}

/** An embedded chart as built: its type, data ranges, anchor cell and options. */
export class FakeChart {
  constructor(
    readonly type: string,
    readonly ranges: FakeRange[],
    readonly anchor: { row: number; col: number },
    readonly options: Record<string, unknown>,
  ) {}
}

/** EmbeddedChartBuilder: each step a call (counted by the sheet's wrapper), build() checks what Apps Script checks. */
export class FakeChartBuilder {
  private type = 'AREA';
  private ranges: FakeRange[] = [];
  private anchor = { row: 1, col: 1 };
  private options: Record<string, unknown> = {};
  constructor(private readonly sheet: FakeSheet) {}
  asColumnChart() {
    this.type = 'COLUMN';
    return this;
  }
  addRange(range: FakeRange) {
    if (!(range instanceof FakeRange)) throw new Error('Exception: Invalid argument: range');
    this.ranges.push(range);
    return this;
  }
  setPosition(row: number, col: number, offsetX: number, offsetY: number) {
    if (row < 1 || col < 1 || row > this.sheet.maxRows || col > this.sheet.maxColumns)
      throw new Error('Exception: The coordinates or dimensions of the range are invalid.');
    if (offsetX < 0 || offsetY < 0) throw new Error('Exception: Invalid argument: offset');
    this.anchor = { row, col };
    return this;
  }
  setOption(option: string, value: unknown) {
    this.options[option] = value;
    return this;
  }
  build() {
    return new FakeChart(this.type, [...this.ranges], { ...this.anchor }, { ...this.options });
  }
}
