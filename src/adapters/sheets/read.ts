// SpreadsheetApp → WorkbookSnapshot: one getDataRange/getValues/getFormulas per tab
// (plus the merged ranges), nothing cell by cell.
import type { SheetSnapshot, WorkbookSnapshot } from '../../core/workbook/types';
import type { SheetLike, SpreadsheetLike } from './sheets-api';

export function readSheet(sheet: SheetLike): SheetSnapshot {
  const name = sheet.getName();
  const range = sheet.getDataRange();
  const values = range.getValues();
  const formulas = range.getFormulas();
  const merges = range.getMergedRanges().map((m) => m.getA1Notation());
  // An empty tab still reports A1: the snapshot says [] for "nothing here".
  const empty = values.length === 1 && values[0].length === 1 && values[0][0] === '' && formulas[0][0] === '';
  return empty ? { name, values: [], formulas: [], merges } : { name, values, formulas, merges };
}

export function readSpreadsheet(spreadsheet: SpreadsheetLike): WorkbookSnapshot {
  return { sheets: spreadsheet.getSheets().map(readSheet) };
}
