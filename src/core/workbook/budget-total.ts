// The total row under Budget's lines: generated, never a line.
//
// Where it lives and how it keeps up with appended lines (the decision):
// - A new Budget tab gets it on the row under its last line: no id, "Total" in the
//   beneficiary column, =SUM over each year's amounts and over the totals column, in bold.
// - A line inserted above it (what people do with a total row) widens the SUM ranges in
//   Sheets, Excel and LibreOffice alike. A line typed or imported below it is not lost
//   either: each plan (refresh, import) rewrites the total's formulas to reach the last
//   line, as SUM(G2:G10,G12:G14), without moving anything. Only the total's own formula
//   cells are rewritten; a value a person typed over one of them is kept.
// - The reader skips it without a finding, and Contrôle's column sums leave it out (SUMIFS
//   on the beneficiary column "<>Total"), so it is never counted twice.
// - A Budget tab without lines gets none (nothing to total) until it has some; a tab where a
//   person keeps a total of their own never gets one.
import { frControl } from '../../i18n/fr-workbook';
import { PlanOp, SheetSnapshot } from './types';
import { TablePlace } from './locate';
import { cellAt, dataRows, formulaAt, isTotalRow, rowCount } from './tables';
import { isBlank } from './cells';
import { columnLetter } from './a1';
import { maxOf } from '../max';

/** The label of the generated total row, in the beneficiary column. */
export const BUDGET_TOTAL_LABEL = frControl.total;

/** A generated total row: no id, the label in the beneficiary column, and a SUM formula in it. */
export function isGeneratedTotalRow(sheet: SheetSnapshot | undefined, row: number, cols: Map<string, number>): boolean {
  const id = cols.get('id');
  const label = cols.get('beneficiary');
  if (id === undefined || label === undefined || !isBlank(cellAt(sheet, row, id))) return false;
  if (String(cellAt(sheet, row, label)).trim() !== BUDGET_TOTAL_LABEL) return false;
  return (sheet?.formulas[row - 1] ?? []).some((f) => /^=SUM\(/i.test(f));
}

/** The row of the generated total in `sheet`, if it has one. */
function findTotalRow(sheet: SheetSnapshot, cols: Map<string, number>, headerRow: number): number | undefined {
  for (let r = headerRow + 1; r <= rowCount(sheet); r++) if (isGeneratedTotalRow(sheet, r, cols)) return r;
  return undefined;
}

/**
 * The ops that write Budget's total row (a new tab) or bring its formulas up to the last line
 * (an existing one); `place` is where the plan put the lines, `sumKeys` the columns to total.
 */
export function budgetTotalOps(sheetName: string, sheet: SheetSnapshot | undefined, place: TablePlace, sumKeys: string[]): PlanOp[] {
  const headerRow = place.headerRow ?? 1;
  const labelCol = place.cols.get('beneficiary');
  const sumCols = [...new Set(sumKeys.map((k) => place.cols.get(k)).filter((c): c is number => c !== undefined))];
  if (labelCol === undefined || !place.cols.has('id') || sumCols.length === 0) return [];
  const existing = sheet ? findTotalRow(sheet, place.cols, headerRow) : undefined;
  const lines = place.rows.filter((r): r is number => r !== undefined);
  if (existing === undefined && (lines.length === 0 || hasTypedTotal(sheet, place.cols, headerRow))) return [];
  const lastLine = maxOf([headerRow, ...lines]);
  // A new total goes under everything the tab holds (a comment under the lines stays where it is).
  const row = existing ?? Math.max(lastLine, rowCount(sheet)) + 1;
  const formula = (c: number) => {
    const L = columnLetter(c);
    const parts = [...(row - 1 > headerRow ? [`${L}${headerRow + 1}:${L}${row - 1}`] : []), ...(lastLine > row ? [`${L}${row + 1}:${L}${lastLine}`] : [])];
    return `=SUM(${parts.join(',')})`;
  };
  if (existing === undefined) {
    const last = maxOf(sumCols);
    return [
      { kind: 'setValues', sheet: sheetName, row, col: labelCol, values: [[BUDGET_TOTAL_LABEL]] },
      ...formulaOps(sheetName, row, sumCols, formula),
      { kind: 'format', sheet: sheetName, range: { row, col: 1, rows: 1, cols: last }, format: { bold: true } },
    ];
  }
  // Its own formula cells only (or empty ones, a year column added since): never a typed value.
  const stale = sumCols.filter((c) => {
    const now = formulaAt(sheet, row, c);
    return normalize(now) !== normalize(formula(c)) && (/^=SUM\(/i.test(now) || (now === '' && isBlank(cellAt(sheet, row, c))));
  });
  return formulaOps(sheetName, row, stale, formula);
}

const normalize = (f: string) => f.replace(/[\s$]/g, '').toUpperCase();

/** A total row a person typed (no id, only "Total" words): theirs stays the only one. */
function hasTypedTotal(sheet: SheetSnapshot | undefined, cols: Map<string, number>, headerRow: number): boolean {
  return dataRows(sheet, cols, headerRow).some((r) => isTotalRow(sheet, r, cols.get('id')));
}

/** One setFormulas per run of adjacent columns (a new tab's years and total: one op). */
function formulaOps(sheet: string, row: number, cols: number[], formula: (c: number) => string): PlanOp[] {
  const ops: (PlanOp & { kind: 'setFormulas' })[] = [];
  for (const c of [...cols].sort((a, b) => a - b)) {
    const last = ops[ops.length - 1];
    if (last && last.col + last.formulas[0].length === c) last.formulas[0].push(formula(c));
    else ops.push({ kind: 'setFormulas', sheet, row, col: c, formulas: [[formula(c)]] });
  }
  return ops;
}
