// The two data shapes every edge shares:
//  - a Snapshot is what a reader sees of a spreadsheet (one batched read per tab);
//  - a Plan is a pure description of edits, applied in batches by the Apps Script
//    applier (src/gas), the .xlsx applier (src/cli) and the in-memory workbook (tests, preview).
// Coordinates are 1-based, like SpreadsheetApp and A1 notation.

/** What getValues() gives: '' for an empty cell, numbers as numbers, dates as Date. Errors (#REF!) come as their text. */
export type CellValue = string | number | boolean | Date;

export type SheetSnapshot = {
  name: string;
  /** Rectangular: the data range from A1 to the last used row and column ([] when the tab is empty). */
  values: CellValue[][];
  /** Same shape as values: '' or the formula with its leading '=' (English function names, comma separators). */
  formulas: string[][];
  /** Merged ranges, in A1 notation ("B3:D3"), when the reader knows them. */
  merges?: string[];
  /**
   * Number formats, same shape as values, when the reader has them (the budget tab): a number
   * shown as a percentage or a time is not an amount, whatever its value.
   */
  numberFormats?: string[][];
};

export type WorkbookSnapshot = { sheets: SheetSnapshot[] };

export type Range = { row: number; col: number; rows: number; cols: number };

export type ValidationRule =
  | { kind: 'list'; values: string[] } // dropdown of fixed values
  | { kind: 'listFromRange'; sheet: string; range: string } // dropdown of the values in another tab's range ("A2:A1000")
  | { kind: 'wholeNumber'; min: number; max: number }
  | { kind: 'number'; min: number }; // any number ≥ min (an amount in euros)

/**
 * A conditional colour: when the cell's text equals a value (Contrôle statut), or when a
 * custom formula is true. The formula starts with '=' and is written for the range's
 * top-left cell: its relative references follow each cell, as in Sheets' "La formule
 * personnalisée est" and in .xlsx 'expression' rules (English names, comma separators).
 */
export type ConditionalRule = ({ textEquals: string } | { formula: string }) & { background: string; fontColor?: string };

export type CellFormat = {
  numberFormat?: string; // e.g. '#,##0.00 "€"'
  bold?: boolean;
  background?: string; // '#rrggbb'
  fontColor?: string;
  wrap?: boolean;
  horizontalAlignment?: 'left' | 'center' | 'right';
};

export type PlanOp =
  | { kind: 'addSheet'; sheet: string; index: number }
  /**
   * Literal values: a string is always written as text, even when it starts with
   * = + - @, a tab or CR (appliers must guard it: see isFormulaLike).
   */
  | { kind: 'setValues'; sheet: string; row: number; col: number; values: CellValue[][] }
  /** Live formulas, each starting with '=' (English names, comma separators). */
  | { kind: 'setFormulas'; sheet: string; row: number; col: number; formulas: string[][] }
  /** Empties a range of a generated tab (values and formulas, keeps formats). Never used on typed data. */
  | { kind: 'clear'; sheet: string; range: Range }
  | { kind: 'format'; sheet: string; range: Range; format: CellFormat }
  | { kind: 'freeze'; sheet: string; rows: number; cols: number }
  | { kind: 'columnWidths'; sheet: string; col: number; widths: number[] } // pixels
  | { kind: 'validation'; sheet: string; range: Range; rule: ValidationRule; strict: boolean; helpText?: string }
  /**
   * Without editors: a protection that warns rather than blocks (setWarningOnly(true)): the headers,
   * the generated tabs. The description names it in Sheets' list of protected ranges; a whole
   * generated tab goes without (the list names the tab, and Sheets' warning when someone edits it
   * does not show a description). With editors: one that blocks everyone but them — and those
   * Sheets always lets edit, the owner and the person running the add-on (a partner's rows of
   * Réalisé); applied again, the plan's ranges replace the tab's protections of that description.
   * .xlsx has neither (see the .xlsx applier).
   */
  | { kind: 'protect'; sheet: string; range: Range; description?: string; editors?: string[] }
  /** Background/font colours by condition (Contrôle statut, amounts that are not numbers, duplicate ids). */
  | { kind: 'conditionalFormat'; sheet: string; range: Range; rules: ConditionalRule[] }
  | { kind: 'note'; sheet: string; row: number; col: number; note: string }
  // A column chart over ranges of the tab (their first column the categories), anchored at (row, col).
  // Sheets only: exceljs cannot write a chart into an .xlsx, so the .xlsx edge leaves it out.
  | { kind: 'chart'; sheet: string; ranges: Range[]; row: number; col: number; title: string }
  /**
   * How a tab prints: landscape or portrait, fit to the page's width (as many pages down as it
   * takes), its first `repeatRows` rows on every page, `title` (the convention) in the page header.
   * .xlsx only: SpreadsheetApp has no print settings (Sheets asks them in its print dialog).
   */
  | { kind: 'print'; sheet: string; landscape: boolean; repeatRows: number; title: string };

export type Plan = { ops: PlanOp[] };

/** Text that a spreadsheet would take for a formula if written as is. */
export function isFormulaLike(text: string): boolean {
  return /^[=+\-@\t\r]/.test(text);
}
