// The generated tabs of a plan: Contrôle and one tab per axis. Each owns only its
// generated block (see generated-block.ts), rewritten only when its content differs;
// a block that would grow over a typed cell is not rewritten and is reported. A tab is
// found again by its name (an axis tab by its number, whatever title it shows); a tab
// someone made under the same name is never taken over. Tabs are never renamed or deleted: stale or left-over ones are reported.
import { Convention } from '../domain/schema';
import { Finding, finding } from '../domain/report';
import { TAB, frControl } from '../../i18n/fr-workbook';
import { CellValue, PlanOp, SheetSnapshot, WorkbookSnapshot } from './types';
import { MAX_TAB_NAME, axisTabName, axisTabNumber } from './layout';
import { TYPED_TABS } from './identity';

/** The generated tabs come after the typed ones. */
const TYPED_TAB_COUNT = TYPED_TABS.length;
import { a1 } from './a1';
import { cellAt, findSheet, formulaAt, rowCount } from './tables';
import { isBlank } from './cells';
import { isControlStart } from './generated-block';
import { Extent, blockOf, firstCollision, previousBlock, uncovered } from './generated-block';
import { Places } from './locate';
import { axisTab, controlTab, Generated, AxisTab } from './generated-tabs';
import { normalizeLabel } from './text';
import type { PlanCounts } from './plan-counts';
import { printOp } from './print';

/** What the plan accumulates, shared by its parts. */
export type PlanOut = { ops: PlanOp[]; findings: Finding[]; counts: PlanCounts; addSheet: (name: string, index: number) => void };

/** What Contrôle shows of the check: its findings, and the years whose CAF total is incomplete. */
/** `checkedAt`: when this check ran, shown in Contrôle's findings title (see sameValue). */
export type Shown = { findings: Finding[]; incomplete: number[]; checkedAt?: Date };

export function planGeneratedTabs(desired: Convention, snapshot: WorkbookSnapshot, places: Places, shown: Shown, out: PlanOut): void {
  const taken = new Set(snapshot.sheets.map((s) => s.name));
  const claim = (wanted: string, kind: GeneratedKind): string => {
    const same = snapshot.sheets.find((s) => s.name === wanted) ?? findSheet(snapshot, wanted);
    if (!same || isGenerated(same, kind)) return same?.name ?? wanted;
    const name = freeName(wanted, (n) => {
      const other = snapshot.sheets.find((x) => x.name === n);
      return taken.has(n) && !(other && isGenerated(other, kind));
    });
    out.findings.push(finding('warning', { kind: 'tab-name-taken', tab: same.name, used: name }, { sheet: same.name }));
    taken.add(name);
    return name;
  };
  const axisTabs: AxisTab[] = desired.axes.map((axis, i) => {
    const wanted = axisTabName(i + 1, axis.title);
    const byNumber = snapshot.sheets.find((s) => s.name !== wanted && axisTabNumber(s.name) === i + 1 && isGenerated(s, 'axis') && rowCount(s) > 0);
    if (byNumber && !snapshot.sheets.some((s) => s.name === wanted)) {
      out.findings.push(finding('info', { kind: 'axis-tab-renamed', tab: byNumber.name, wanted }, { sheet: byNumber.name }));
      return axisTab(desired, i, byNumber.name, places);
    }
    return axisTab(desired, i, claim(wanted, 'axis'), places);
  });
  const used = new Set(axisTabs.map((t) => t.name));
  for (const s of snapshot.sheets) {
    const n = axisTabNumber(s.name);
    if (n !== undefined && !used.has(s.name) && n > desired.axes.length && isGenerated(s, 'axis'))
      out.findings.push(finding('warning', { kind: 'axis-tab-orphan', tab: s.name }, { sheet: s.name }));
  }
  const controlName = claim(TAB.control, 'control');
  const control = controlTab(desired, places, axisTabs, shown);
  const generated: [string, Generated, GeneratedKind][] = [
    [controlName, control, 'control'],
    ...axisTabs.map((t) => [t.name, t.generated, 'axis'] as [string, Generated, GeneratedKind]),
  ];
  generated.forEach(([name, gen, kind], i) => {
    const sheet = snapshot.sheets.find((s) => s.name === name);
    if (!sheet) {
      out.addSheet(name, TYPED_TAB_COUNT + i);
      const ops = generatedOps(name, undefined, gen, blockOf(gen));
      out.ops.push(...ops, printOp(name, ops, 1, desired.name));
      return;
    }
    const next = blockOf(gen);
    const old = previousBlock(sheet, kind) ?? next;
    const differs = firstDifference(sheet, gen, old);
    if (differs === undefined) return;
    // Any change brings the time of this check: the findings title is written again with it.
    const title = gen.values.findIndex((r) => isCheckTitle(r[0]));
    const from = title >= 0 ? Math.min(differs, title + 1) : differs;
    const collision = firstCollision(sheet, old, next);
    if (collision) {
      const cell = a1(collision.row, collision.col);
      // Contrôle left as it was would look current: an error, and its first cell says it is not.
      out.findings.push(finding(kind === 'control' ? 'error' : 'warning', { kind: 'generated-blocked', tab: name }, { sheet: name, cell }));
      const since = sheet.values
        .flat()
        .map((v) => frControl.checkedAtPattern.exec(String(v))?.[1])
        .find((t) => t !== undefined);
      const notice = frControl.staleNotice(cell, since);
      if (kind === 'control' && cellAt(sheet, 1, 1) !== notice) out.ops.push({ kind: 'setValues', sheet: name, row: 1, col: 1, values: [[notice]] });
      return;
    }
    out.counts.generatedRefreshed++;
    // Only when the block keeps its shape: when it grows or shrinks its tables move, and old labels sit where formulas go.
    const sameShape = old.rows === next.rows && old.cols === next.cols;
    for (const t of sameShape ? typedOverFormulas(sheet, gen) : []) {
      out.findings.push(finding('warning', { kind: 'typed-over-formula', tab: name, value: t.value }, { sheet: name, cell: a1(t.row, t.col) }));
    }
    out.ops.push(...generatedOps(name, sheet, gen, old, from, differs));
  });
}

type GeneratedKind = 'control' | 'axis';

/** Is this tab empty or one the module generated (so that it may be rewritten)? Judged by its fixed labels. */
function isGenerated(sheet: SheetSnapshot, kind: GeneratedKind): boolean {
  if (rowCount(sheet) === 0) return true;
  if (kind === 'control') return isControlStart(String(sheet.values[0]?.[0] ?? ''));
  return String(sheet.values[4]?.[0] ?? '') === frControl.axisActionsHeader[0];
}

/** "Contrôle (2)": the first suffixed name that is not taken, within the 31 characters .xlsx allows. */
function freeName(wanted: string, isTaken: (name: string) => boolean): string {
  for (let k = 2; ; k++) {
    const suffix = ` (${k})`;
    const name = wanted.slice(0, MAX_TAB_NAME - suffix.length) + suffix;
    if (!isTaken(name)) return name;
  }
}

/**
 * The first row (1-based) where the tab does not hold exactly the generated content (formulas
 * compared, not their cached results) over the new block and the previous one; undefined when
 * it holds it all. Cells outside both blocks are not the generator's.
 */
function firstDifference(sheet: SheetSnapshot, gen: Generated, old: Extent): number | undefined {
  const rows = Math.max(old.rows, gen.values.length);
  const cols = Math.max(old.cols, gen.values[0]?.length ?? 0);
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const wantF = gen.formulas[r]?.[c] ?? '';
      const hasF = sheet.formulas[r]?.[c] ?? '';
      if (wantF !== '' || hasF !== '') {
        if (sameFormulaText(wantF) !== sameFormulaText(hasF)) return r + 1;
        continue;
      }
      if (!sameValue(sheet.values[r]?.[c] ?? '', gen.values[r]?.[c] ?? '')) return r + 1;
    }
  }
  return undefined;
}

/**
 * The line "Dernière vérification : 30/11/2026 à 09:15" is compared without its time: a
 * refresh that changes nothing else writes nothing (a refresh stays idempotent: no write, no
 * new revision in Sheets' history, no edit racing a co-editor's for a clock alone), so the
 * time shown is that of the last refresh that changed Contrôle — its findings are the same
 * ever since, which is what a reader of the tab needs to know.
 */
const isCheckTitle = (v: CellValue | undefined) => typeof v === 'string' && v.startsWith(frControl.findingsTitle);

function sameValue(a: CellValue, b: CellValue): boolean {
  if (isCheckTitle(a) && isCheckTitle(b)) return true;
  return sameCell(a, b);
}

/**
 * Formula text as spreadsheets may write it back: Google Sheets and Excel drop the quotes
 * around simple tab names and may space the arguments differently.
 */
const sameFormulaText = (f: string) => normalizeLabel(f.replace(/'((?:[^']|'')*)'!/g, (_, name: string) => `${name.replace(/''/g, "'")}!`)).replace(/\s+/g, '');

function sameCell(a: CellValue, b: CellValue): boolean {
  if (a instanceof Date || b instanceof Date) return a instanceof Date && b instanceof Date && a.getTime() === b.getTime();
  // A spreadsheet may turn the text "2023" into the number 2023.
  return a === b || String(a) === String(b);
}

/**
 * Values a person typed over the module's formulas inside a generated block: a cell that is to
 * hold a formula but holds a plain value. The rewrite puts the formula back; the finding names
 * what was typed first, so nothing disappears without a word.
 */
function typedOverFormulas(sheet: SheetSnapshot, gen: Generated): { row: number; col: number; value: string }[] {
  const out: { row: number; col: number; value: string }[] = [];
  gen.formulas.forEach((row, r) =>
    row.forEach((f, c) => {
      const has = cellAt(sheet, r + 1, c + 1);
      if (f !== '' && formulaAt(sheet, r + 1, c + 1) === '' && !isBlank(has)) out.push({ row: r + 1, col: c + 1, value: String(has) });
    }),
  );
  return out;
}

/**
 * Writes the new block and clears what is left of the previous one; nothing outside them is
 * touched. On a tab that holds the generated content down to row from - 1, only the rows from
 * there are written, and the formats that reach row formatsFrom, the first that differs (the
 * rows above hold what this very generator wrote there, formats included).
 */
function generatedOps(name: string, existing: SheetSnapshot | undefined, gen: Generated, old: Extent, from = 1, formatsFrom = from): PlanOp[] {
  const ops: PlanOp[] = uncovered(old, blockOf(gen)).map((range) => ({ kind: 'clear' as const, sheet: name, range }));
  if (gen.values.length >= from) ops.push({ kind: 'setValues', sheet: name, row: from, col: 1, values: gen.values.slice(from - 1) });
  ops.push(...formulaBlocks(name, from === 1 ? gen.formulas : gen.formulas.map((r, i) => (i < from - 1 ? r.map(() => '') : r))));
  // Protection, conditional colours, widths and freeze are set once, when the tab is created.
  const style = gen.styleOps(name).filter((op) => !existing || (op.kind === 'format' && op.range.row + op.range.rows - 1 >= formatsFrom));
  ops.push(...style);
  if (!existing) {
    if (gen.widths.length) ops.push({ kind: 'columnWidths', sheet: name, col: 1, widths: gen.widths });
    ops.push({ kind: 'freeze', sheet: name, rows: 1, cols: 0 });
  }
  return ops;
}

/** Formulas as rectangles: runs of formula cells in a row, merged with the next rows when they span the same columns. */
function formulaBlocks(sheet: string, formulas: string[][]): PlanOp[] {
  const ops: (PlanOp & { kind: 'setFormulas' })[] = [];
  // The block still open at each start column and width (the last row it reaches decides whether a run extends it).
  const open = new Map<string, PlanOp & { kind: 'setFormulas' }>();
  formulas.forEach((row, r) => {
    let c = 0;
    while (c < row.length) {
      if (row[c] === '') {
        c++;
        continue;
      }
      const start = c;
      while (c < row.length && row[c] !== '') c++;
      const run = row.slice(start, c);
      const key = `${start}:${run.length}`;
      const prev = open.get(key);
      if (prev && prev.row + prev.formulas.length === r + 1) prev.formulas.push(run);
      else {
        const op = { kind: 'setFormulas' as const, sheet, row: r + 1, col: start + 1, formulas: [run] };
        ops.push(op);
        open.set(key, op);
      }
    }
  });
  return ops;
}
