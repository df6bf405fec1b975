// Google Sheets' hard limits, checked on a whole plan before its first write: Apps
// Script has no transactions, so a plan that would fail half-way (setValues throws on
// a cell past 50 000 characters, insertSheet on an invalid name) must be refused whole.
// Pure: each violation is a finding at the cell or tab it concerns.
import { widest } from '../max';
import { finding, Finding, FindingParams } from '../domain/report';
import { a1 } from './a1';
import type { Plan, PlanOp, WorkbookSnapshot } from './types';

export const SHEETS_LIMITS = {
  /** Characters in one cell (setValues throws past it). */
  cellChars: 50_000,
  /** Cells in one spreadsheet, every tab's grid counted. */
  cells: 10_000_000,
  /** Columns of one tab (ZZZ). */
  columns: 18_278,
  /** Characters of a tab name. */
  tabNameChars: 100,
} as const;

/** A new tab's grid in Sheets: 1 000 rows × 26 columns. */
const NEW_TAB = { rows: 1000, cols: 26 };

/** Characters Sheets refuses in a tab name. */
const FORBIDDEN_IN_TAB_NAME = /[[\]*?/\\:]/;

export type TabNameProblem = FindingParams['bad-tab-name']['problem'];

/** Why Sheets would refuse this tab name, or null when it accepts it. */
export function tabNameProblem(name: string): TabNameProblem | null {
  if (name.trim() === '') return 'empty';
  if (name.length > SHEETS_LIMITS.tabNameChars) return 'too-long';
  if (FORBIDDEN_IN_TAB_NAME.test(name)) return 'forbidden-character';
  if (name.startsWith("'") || name.endsWith("'")) return 'apostrophe';
  return null;
}

/** The rows and columns an op reaches (its bottom-right corner), or null when it writes no cell. */
function extent(op: PlanOp): { rows: number; cols: number } | null {
  switch (op.kind) {
    case 'setValues':
      return { rows: op.row + op.values.length - 1, cols: op.col + widest(op.values) - 1 };
    case 'setFormulas':
      return { rows: op.row + op.formulas.length - 1, cols: op.col + widest(op.formulas) - 1 };
    case 'clear':
    case 'format':
    case 'validation':
    case 'protect':
    case 'conditionalFormat':
      return { rows: op.range.row + op.range.rows - 1, cols: op.range.col + op.range.cols - 1 };
    case 'columnWidths':
      return { rows: 1, cols: op.col + op.widths.length - 1 };
    case 'note':
      return { rows: op.row, cols: op.col };
    case 'freeze':
      return { rows: op.rows, cols: op.cols };
    case 'chart':
      return { rows: op.row, cols: op.col }; // its anchor cell
    case 'addSheet':
    case 'print':
      return null;
  }
}

/**
 * Every way the plan would break a Sheets limit, as error findings: a cell too long (at
 * that cell), an invalid new tab name, a tab wider than Sheets allows, a spreadsheet
 * with too many cells. The cell count is a lower bound of Sheets' own (the snapshot
 * knows the used range of each tab, not its whole grid): a refusal is always right.
 */
export function planLimitFindings(plan: Plan, snapshot: WorkbookSnapshot): Finding[] {
  const findings: Finding[] = [];
  const grids = new Map<string, { rows: number; cols: number }>();
  for (const s of snapshot.sheets) grids.set(s.name, { rows: s.values.length, cols: widest(s.values) });

  const tooLong = (sheet: string, row: number, col: number, text: string) => {
    if (text.length > SHEETS_LIMITS.cellChars) {
      findings.push(finding('error', { kind: 'cell-too-long', length: text.length, max: SHEETS_LIMITS.cellChars }, { sheet, cell: a1(row, col) }));
    }
  };

  for (const op of plan.ops) {
    if (op.kind === 'addSheet') {
      const problem = tabNameProblem(op.sheet);
      if (problem) findings.push(finding('error', { kind: 'bad-tab-name', tab: op.sheet, problem, max: SHEETS_LIMITS.tabNameChars }, { sheet: op.sheet }));
      if (!grids.has(op.sheet)) grids.set(op.sheet, { ...NEW_TAB });
      continue;
    }
    if (op.kind === 'setValues') {
      op.values.forEach((r, i) =>
        r.forEach((v, j) => {
          if (typeof v === 'string') tooLong(op.sheet, op.row + i, op.col + j, v);
        }),
      );
    }
    if (op.kind === 'setFormulas') op.formulas.forEach((r, i) => r.forEach((f, j) => tooLong(op.sheet, op.row + i, op.col + j, f)));
    if (op.kind === 'note') tooLong(op.sheet, op.row, op.col, op.note);
    const reach = extent(op);
    if (!reach) continue;
    const grid = grids.get(op.sheet) ?? { rows: 0, cols: 0 };
    grids.set(op.sheet, { rows: Math.max(grid.rows, reach.rows), cols: Math.max(grid.cols, reach.cols) });
  }

  let cells = 0;
  let largest = { sheet: '', cells: -1 };
  for (const [sheet, grid] of grids) {
    if (grid.cols > SHEETS_LIMITS.columns)
      findings.push(finding('error', { kind: 'too-many-columns', tab: sheet, columns: grid.cols, max: SHEETS_LIMITS.columns }, { sheet }));
    cells += grid.rows * grid.cols;
    if (grid.rows * grid.cols > largest.cells) largest = { sheet, cells: grid.rows * grid.cols };
  }
  // Pinned to the largest tab: the one to make smaller.
  if (cells > SHEETS_LIMITS.cells) findings.push(finding('error', { kind: 'too-many-cells', cells, max: SHEETS_LIMITS.cells }, { sheet: largest.sheet }));
  return findings;
}
