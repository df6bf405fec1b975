// The workbooks the preview starts from: empty, seed 001's typed tabs only (as a
// coordinator may have them before installing the add-on: the first-run form then
// turns them into a CTG workbook), or seed 001 fully generated.
import * as fs from 'fs';
import { EXAMPLE_FILE } from '../paths';
import { Convention } from '../../core/domain/schema';
import { planWorkbook } from '../../core/workbook/plan';
import { applyPlan } from '../../core/workbook/snapshot-apply';
import { TAB } from '../../core/workbook/layout';
import type { Plan, WorkbookSnapshot } from '../../core/workbook/types';

export const START_MODES = ['empty', 'typed', 'full'] as const;
export type StartMode = (typeof START_MODES)[number];

export function loadSeedExample(): Convention {
  return Convention.parse(JSON.parse(fs.readFileSync(EXAMPLE_FILE, 'utf8')));
}

/** Only the ops of the tabs people type (Axes, Actions, Budget), tabs renumbered from 0. */
export function typedTabsPlan(c: Convention): Plan {
  const keep = new Set<string>([TAB.axes, TAB.actions, TAB.budget]);
  let index = 0;
  const { plan } = planWorkbook(c, { sheets: [] });
  return { ops: plan.ops.filter((op) => keep.has(op.sheet)).map((op) => (op.kind === 'addSheet' ? { ...op, index: index++ } : op)) };
}

export function startWorkbook(mode: StartMode): WorkbookSnapshot {
  const blank: WorkbookSnapshot = { sheets: [{ name: 'Feuille 1', values: [], formulas: [] }] };
  if (mode === 'empty') return blank;
  const c = loadSeedExample();
  if (mode === 'typed') return applyPlan(blank, typedTabsPlan(c));
  return applyPlan(blank, planWorkbook(c, blank).plan);
}
