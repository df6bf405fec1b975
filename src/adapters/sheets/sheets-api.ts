// The slice of SpreadsheetApp the add-on uses, as structural types. The real
// Apps Script objects satisfy them, and so do the fakes in tests/fakes/ — which
// keeps the edge code testable without Google.
import type { CellValue } from '../../core/workbook/types';

export interface FormatTarget {
  setNumberFormat(format: string): unknown;
  setFontWeight(weight: 'bold' | 'normal' | null): unknown;
  setBackground(color: string | null): unknown;
  setFontColor(color: string | null): unknown;
  setWrap(wrap: boolean): unknown;
  setHorizontalAlignment(alignment: 'left' | 'center' | 'right' | null): unknown;
}

export interface ProtectionLike {
  setDescription(description: string): ProtectionLike;
  getDescription(): string;
  setWarningOnly(warningOnly: boolean): ProtectionLike;
  getRange(): RangeLike;
  // A blocking protection's editors (a partner's rows). The owner and the person running the
  // script stay editors whatever is removed: Sheets does not let a script take their rights.
  getEditors(): UserLike[];
  addEditors(emailAddresses: string[]): ProtectionLike;
  removeEditors(emailAddresses: string[]): ProtectionLike;
  canDomainEdit(): boolean;
  setDomainEdit(editable: boolean): ProtectionLike;
  remove(): void;
}

export interface UserLike {
  getEmail(): string;
}

export interface RangeLike extends FormatTarget {
  getValues(): CellValue[][];
  getNumberFormats(): string[][];
  getFormulas(): string[][];
  setValues(values: unknown[][]): unknown;
  setFormulas(formulas: string[][]): unknown;
  clearContent(): unknown;
  getA1Notation(): string;
  getMergedRanges(): RangeLike[];
  setDataValidation(rule: unknown): unknown;
  protect(): ProtectionLike;
  setNote(note: string): unknown;
  activate(): unknown;
  setNumberFormats(formats: string[][]): unknown;
  setFontWeights(weights: ('bold' | 'normal' | null)[][]): unknown;
  setBackgrounds(colors: (string | null)[][]): unknown;
  setFontColors(colors: (string | null)[][]): unknown;
  setWraps(wraps: boolean[][]): unknown;
  setWrapStrategies(strategies: unknown[][]): unknown;
  setHorizontalAlignments(alignments: (string | null)[][]): unknown;
  setDataValidations(rules: unknown[][]): unknown;
}

export interface RangeListLike extends FormatTarget {
  getRanges(): RangeLike[];
}

export interface SheetLike {
  getName(): string;
  setName(name: string): unknown;
  getDataRange(): RangeLike;
  getRange(row: number, column: number, numRows: number, numColumns: number): RangeLike;
  getRange(a1Notation: string): RangeLike;
  getRangeList(a1Notations: string[]): RangeListLike;
  getMaxRows(): number;
  getMaxColumns(): number;
  insertRowsAfter(afterPosition: number, howMany: number): unknown;
  insertColumnsAfter(afterPosition: number, howMany: number): unknown;
  setFrozenRows(rows: number): unknown;
  setFrozenColumns(columns: number): unknown;
  setColumnWidth(column: number, width: number): unknown;
  setColumnWidths(startColumn: number, numColumns: number, width: number): unknown;
  getProtections(type: unknown): ProtectionLike[];
  /** Protects the whole tab. */
  protect(): ProtectionLike;
  getConditionalFormatRules(): ConditionalRuleLike[];
  setConditionalFormatRules(rules: unknown[]): unknown;
  newChart(): ChartBuilder;
  insertChart(chart: unknown): unknown;
}

/** EmbeddedChartBuilder, as far as a column chart needs it. */
export interface ChartBuilder {
  asColumnChart(): ChartBuilder;
  addRange(range: RangeLike): ChartBuilder;
  setPosition(anchorRow: number, anchorColumn: number, offsetX: number, offsetY: number): ChartBuilder;
  setOption(option: string, value: unknown): ChartBuilder;
  build(): unknown;
}

export interface ConditionalRuleLike {
  getRanges(): unknown[];
  /** A builder preset with this rule's condition and colours. */
  copy(): ConditionalRuleBuilder;
}

export interface SpreadsheetLike {
  getSheets(): SheetLike[];
  getSheetByName(name: string): SheetLike | null;
  insertSheet(name: string, index: number, options?: { template?: SheetLike }): SheetLike;
  getUrl(): string;
}

interface ValidationBuilder {
  requireValueInList(values: string[], showDropdown: boolean): ValidationBuilder;
  requireValueInRange(range: RangeLike, showDropdown: boolean): ValidationBuilder;
  requireNumberBetween(start: number, end: number): ValidationBuilder;
  requireNumberGreaterThanOrEqualTo(number: number): ValidationBuilder;
  setAllowInvalid(allowInvalid: boolean): ValidationBuilder;
  setHelpText(text: string): ValidationBuilder;
  build(): unknown;
}

export interface ConditionalRuleBuilder {
  whenTextEqualTo(text: string): ConditionalRuleBuilder;
  /** A custom formula, relative to the top-left cell of the rule's range. */
  whenFormulaSatisfied(formula: string): ConditionalRuleBuilder;
  setBackground(color: string): ConditionalRuleBuilder;
  setFontColor(color: string): ConditionalRuleBuilder;
  setRanges(ranges: RangeLike[]): ConditionalRuleBuilder;
  build(): ConditionalRuleLike;
}

/** The SpreadsheetApp global: builders, enums and flush. */
export interface SpreadsheetAppLike {
  newDataValidation(): ValidationBuilder;
  newConditionalFormatRule(): ConditionalRuleBuilder;
  ProtectionType: { RANGE: unknown };
  WrapStrategy: { WRAP: unknown; OVERFLOW: unknown };
  flush(): void;
}
