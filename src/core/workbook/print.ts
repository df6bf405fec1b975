// How each tab prints (a plan concern: which tabs are wide, which rows head every page).
// Set once, when a tab is created, like its frozen rows: a person's own print settings are kept.
import { PlanOp } from './types';

/**
 * The width an A4 portrait page prints at full size, in pixels (19 cm between margins at 96 dpi).
 * Every tab of the workbook is wider today (Convention's three blocks side by side, Actions' 14
 * columns), so all print landscape; a narrower tab would print upright.
 */
const PORTRAIT_WIDTH_PX = 718;

/** exceljs' default column width, in pixels, for a column the plan gives no width. */
const DEFAULT_COLUMN_PX = 64;

/**
 * The print settings of a new tab, from the column widths the plan gives it (`ops`): landscape when
 * wider than a portrait page; its `repeatRows` first rows head each page; `title` heads the page.
 */
export function printOp(sheet: string, ops: readonly PlanOp[], repeatRows: number, title: string): PlanOp {
  const widths: number[] = [];
  for (const op of ops) if (op.kind === 'columnWidths' && op.sheet === sheet) op.widths.forEach((w, i) => (widths[op.col - 1 + i] = w));
  const total = Array.from(widths, (w) => w ?? DEFAULT_COLUMN_PX).reduce((a, b) => a + b, 0);
  return { kind: 'print', sheet, landscape: total > PORTRAIT_WIDTH_PX, repeatRows, title };
}
