// The block a generated tab owns: the rectangle from A1 to the last column and row the
// generator writes. What lies outside it (notes typed to the right or below) is never
// touched. The block a previous refresh wrote is found again from its fixed labels
// (header rows, the Total row of an axis tab, the end of the findings list of Contrôle).
import { frControl } from '../../i18n/fr-workbook';
import { SEVERITY_WORD } from '../../i18n/fr-domain';
import { SheetSnapshot } from './types';
import { cellAt, formulaAt, rowCount } from './tables';
import { isBlank } from './cells';
import { normalizeLabel } from './text';
import { Generated } from './generated-tabs';

export type Extent = { rows: number; cols: number };

export const blockOf = (gen: Generated): Extent => ({ rows: gen.values.length, cols: gen.values[0]?.length ?? 0 });

const text = (sheet: SheetSnapshot, row: number, col: number) => String(cellAt(sheet, row, col) ?? '').trim();

/** Does this row start with these labels ('' in a label accepts anything)? */
const startsWith = (sheet: SheetSnapshot, row: number, labels: readonly string[]) => labels.every((l, i) => l === '' || text(sheet, row, i + 1) === l);

/** Width of a generated header row: its labels, then the year columns, then Total. */
function headerWidth(sheet: SheetSnapshot, row: number, labels: readonly string[]): number {
  let col = labels.length + 1;
  while (/^\d{4}$/.test(text(sheet, row, col))) col++;
  return text(sheet, row, col) === frControl.total ? col : col - 1;
}

/** What Contrôle's first cell holds: its year table's first header, its "no years" line, or the notice that it is not up to date. */
export const isControlStart = (a1Text: string) =>
  a1Text === frControl.yearHeader[0] || normalizeLabel(a1Text) === normalizeLabel(frControl.noYears) || a1Text.startsWith(frControl.stalePrefix);

const rowsWith = (sheet: SheetSnapshot, labels: readonly string[]) =>
  Array.from({ length: rowCount(sheet) }, (_, i) => i + 1).filter((r) => startsWith(sheet, r, labels));

/**
 * The block a previous refresh left in a generated tab, or undefined when its labels
 * cannot be found (then only the new block's cells are rewritten, nothing is cleared).
 */
export function previousBlock(sheet: SheetSnapshot, kind: 'control' | 'axis'): Extent | undefined {
  if (rowCount(sheet) === 0) return { rows: 0, cols: 0 };
  return kind === 'axis' ? previousAxisBlock(sheet) : previousControlBlock(sheet);
}

function previousAxisBlock(sheet: SheetSnapshot): Extent | undefined {
  const header = 5;
  if (!startsWith(sheet, header, frControl.axisActionsHeader)) return undefined;
  const total = rowsWith(sheet, [frControl.total]).find((r) => r > header);
  return total === undefined ? undefined : { rows: total, cols: headerWidth(sheet, header, frControl.axisActionsHeader) };
}

function previousControlBlock(sheet: SheetSnapshot): Extent | undefined {
  const findings = rowsWith(sheet, frControl.findingsHeader)[0];
  if (findings === undefined) return undefined;
  const severities: string[] = Object.values(SEVERITY_WORD);
  let last = findings;
  if (text(sheet, findings + 1, 1) === frControl.noFindings) last = findings + 1;
  else while (severities.includes(text(sheet, last + 1, 3))) last++;
  // The year table's first header cell may hold the stale notice instead of its label: matched without it.
  const headers = [
    ['', ...frControl.yearHeader.slice(1)],
    frControl.axisHeader,
    frControl.funderHeader,
    frControl.followUpHeader,
    frControl.statusHeader,
    frControl.findingsHeader,
  ];
  const cols = Math.max(
    1,
    ...headers.flatMap((labels) =>
      rowsWith(sheet, labels)
        .filter((r) => r <= findings)
        .map((r) => headerWidth(sheet, r, labels)),
    ),
  );
  return { rows: last, cols };
}

/** The first cell of `next` outside `old` that holds something: typed there, it would be overwritten. */
export function firstCollision(sheet: SheetSnapshot, old: Extent, next: Extent): { row: number; col: number } | undefined {
  for (let r = 1; r <= next.rows; r++) {
    for (let c = 1; c <= next.cols; c++) {
      if (r <= old.rows && c <= old.cols) continue;
      if (!isBlank(cellAt(sheet, r, c)) || formulaAt(sheet, r, c) !== '') return { row: r, col: c };
    }
  }
  return undefined;
}

/** The parts of `old` that `next` no longer covers, as at most two rectangles to clear. */
export function uncovered(old: Extent, next: Extent): { row: number; col: number; rows: number; cols: number }[] {
  const out = [];
  if (old.rows > next.rows && old.cols > 0) out.push({ row: next.rows + 1, col: 1, rows: old.rows - next.rows, cols: old.cols });
  const rows = Math.min(old.rows, next.rows);
  if (old.cols > next.cols && rows > 0) out.push({ row: 1, col: next.cols + 1, rows, cols: old.cols - next.cols });
  return out;
}
