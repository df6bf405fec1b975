// plan(desired, snapshot): the pure description of the edits that turn what a
// spreadsheet holds into the CTG workbook for `desired`. On an empty snapshot it
// builds everything; on an existing workbook it adds missing tabs, columns, rows
// and empty cells, regenerates the derived tabs, and never overwrites a cell a
// person typed. Applying the plan, then planning again, gives an empty plan.
import { z } from 'zod';
import { Convention } from '../domain/schema';
import { checkConvention } from '../domain/check';
import { Finding } from '../domain/report';
import { TAB, frControl, frReader } from '../i18n/fr-workbook';
import { Plan, PlanOp, SheetSnapshot, WorkbookSnapshot, CellValue } from './types';
import { HEADER_ROW, CONVENTION_FIELDS, axisTabName, axisTabNumber, a1 } from './layout';
import { AXES_TABLE, ACTIONS_TABLE, budgetTable, FIELDS_TABLE, ENVELOPES_TABLE, SIGNATORIES_TABLE, TableSpec, CONVENTION_TABLE_START, cellKey, findSheet, findYearColumns, colCount, rowCount } from './tables';
import { fieldRows, envelopeRows, signatoryRows, axisRows, actionRows, budgetRows, budgetYears, Row } from './encode';
import { planTable, TableContext, TablePlan, DerivedFormula } from './plan-table';
import { Places, locatorFrom } from './locate';
import { readWorkbook } from './read';
import { axisTab, controlTab, Generated, AxisTab } from './derived';
import { normalizeLabel } from './text';

export const PlanSummary = z.object({
  tabsCreated: z.number().int(),
  axes: z.number().int(), // axis rows added
  actions: z.number().int(), // fiche rows added
  budgetLines: z.number().int(), // budget rows added
  columnsAdded: z.number().int(), // columns added to existing tabs
  cellsFilled: z.number().int(), // empty cells of existing rows completed
  derivedRefreshed: z.number().int(), // existing generated tabs rewritten
});
export type PlanSummary = z.infer<typeof PlanSummary>;

export type PlanResult = { plan: Plan; findings: Finding[]; summary: PlanSummary };

export type PlanOptions = {
  /** Findings to show in the Contrôle tab besides the envelope check (the reader's, on refresh). */
  extraFindings?: Finding[];
};

const TYPED_TABS = [TAB.convention, TAB.axes, TAB.actions, TAB.budget];

export function planWorkbook(desired: Convention, snapshot: WorkbookSnapshot, options: PlanOptions = {}): PlanResult {
  const scan = readWorkbook(snapshot);
  const fresh = TYPED_TABS.every((t) => !findSheet(snapshot, t));
  // On a fresh build nothing needs reconciling; otherwise report missing tabs and renamed headers.
  const findings = fresh ? [] : scan.findings.filter((f) => f.code === 'unreconciled');
  const ops: PlanOp[] = [];
  const summary: PlanSummary = { tabsCreated: 0, axes: 0, actions: 0, budgetLines: 0, columnsAdded: 0, cellsFilled: 0, derivedRefreshed: 0 };
  let sheetCount = snapshot.sheets.length;
  const addSheet = (name: string, index: number) => {
    ops.push({ kind: 'addSheet', sheet: name, index: Math.min(index, sheetCount) });
    sheetCount++;
    summary.tabsCreated++;
  };
  const nameOf = (tab: string) => findSheet(snapshot, tab)?.name ?? tab;

  // Typed tabs.
  const typed = (tab: string, index: number, tables: [TableSpec, Row[], DerivedFormula?, ((v: CellValue) => string)?][]): TablePlan[] => {
    const sheet = findSheet(snapshot, tab);
    const name = nameOf(tab);
    if (!sheet) addSheet(name, index);
    const shared = { claimed: new Set<number>(), nextCol: { value: colCount(sheet) + 1 } };
    const plans = tables.map(([spec, rows, derived, keyOf]) => {
      const ctx: TableContext = { sheet, sheetName: name, ...shared, startCol: CONVENTION_TABLE_START.get(spec) ?? 1, ownRowsOnly: tables.length > 1 };
      const plan = planTable(ctx, spec, rows, derived, keyOf);
      ops.push(...plan.ops);
      summary.columnsAdded += plan.counts.columnsAdded;
      summary.cellsFilled += plan.counts.cellsFilled;
      return plan;
    });
    if (!sheet) {
      ops.push({ kind: 'freeze', sheet: name, rows: HEADER_ROW, cols: 0 });
      ops.push({ kind: 'protect', sheet: name, range: { row: HEADER_ROW, col: 1, rows: 1, cols: shared.nextCol.value - 1 }, description: frControl.headerProtection });
    }
    return plans;
  };
  const conventionIsNew = !findSheet(snapshot, TAB.convention);
  const [fields, envelopes, signatories] = typed(TAB.convention, 0, [[FIELDS_TABLE, fieldRows(desired), undefined, (v) => normalizeLabel(cellKey(v))], [ENVELOPES_TABLE, envelopeRows(desired)], [SIGNATORIES_TABLE, signatoryRows(desired)]]);
  if (conventionIsNew) ops.push(...yearBoundOps(nameOf(TAB.convention), fields));
  const [axes] = typed(TAB.axes, 1, [[AXES_TABLE, axisRows(desired)]]);
  const [actions] = typed(TAB.actions, 2, [[ACTIONS_TABLE, actionRows(desired)]]);
  const years = budgetYears(desired);
  const existingYears = findYearColumns(findSheet(snapshot, TAB.budget));
  const [budget] = typed(TAB.budget, 3, [[budgetTable(years), budgetRows(desired), budgetTotal(years, existingYears)]]);
  summary.axes = axes.counts.rowsAdded;
  summary.actions = actions.counts.rowsAdded;
  summary.budgetLines = budget.counts.rowsAdded;

  const yearCols = new Map(existingYears);
  for (const y of years) yearCols.set(y, budget.place.cols.get(String(y))!);
  const places: Places = {
    fields: { rows: new Map(fieldRows(desired).map((_, i) => [CONVENTION_FIELDS[i], fields.place.rows[i]])), valueCol: fields.place.cols.get('value') },
    envelopes: {
      rows: new Map(envelopeRows(desired).map((r, i) => [Number(r.year), envelopes.place.rows[i]])),
      yearCol: envelopes.place.cols.get('year'), amountCol: envelopes.place.cols.get('amount'),
    },
    signatories: { rows: signatories.place.rows, cols: signatories.place.cols },
    axes: axes.place, actions: actions.place, budget: { ...budget.place, yearCols },
  };

  // Generated tabs, from the places just resolved.
  const shown = [...(options.extraFindings ?? []), ...checkConvention(desired, locatorFrom(places)).findings];
  // An axis tab is found again by its number ("Axe 2 – …"), whatever title it shows:
  // tabs are never renamed or deleted, but a stale name or a tab left over is reported.
  const axisTabs: AxisTab[] = desired.axes.map((axis, i) => {
    const wanted = axisTabName(i + 1, axis.title);
    const existing = snapshot.sheets.find((s) => s.name === wanted) ?? snapshot.sheets.find((s) => axisTabNumber(s.name) === i + 1);
    if (existing && existing.name !== wanted) findings.push({ severity: 'info', code: 'unreconciled', message: frReader.axisTabRenamed(existing.name, wanted), sheet: existing.name });
    return axisTab(desired, i, existing?.name ?? wanted, places);
  });
  const used = new Set(axisTabs.map((t) => t.name));
  for (const s of snapshot.sheets) {
    const n = axisTabNumber(s.name);
    if (n !== undefined && !used.has(s.name) && n > desired.axes.length) findings.push({ severity: 'warning', code: 'unreconciled', message: frReader.axisTabOrphan(s.name), sheet: s.name });
  }
  const control = controlTab(desired, places, axisTabs, shown);
  const generated: [string, Generated][] = [[nameOf(TAB.control), control], ...axisTabs.map((t) => [t.name, t.generated] as [string, Generated])];
  generated.forEach(([name, gen], i) => {
    const sheet = snapshot.sheets.find((s) => s.name === name) ?? findSheet(snapshot, name);
    if (!sheet) addSheet(name, 4 + i);
    else if (sameContent(sheet, gen)) return;
    else summary.derivedRefreshed++;
    ops.push(...generatedOps(name, sheet, gen));
  });
  return { plan: { ops }, findings, summary };
}

/** The start and end years of a new Convention tab accept whole years only (a warning, not a block). */
function yearBoundOps(sheet: string, fields: TablePlan): PlanOp[] {
  const col = fields.place.cols.get('value')!;
  return (['startYear', 'endYear'] as const).map((f) => ({
    kind: 'validation' as const, sheet, range: { row: fields.place.rows[CONVENTION_FIELDS.indexOf(f)], col, rows: 1, cols: 1 },
    rule: { kind: 'wholeNumber' as const, min: 1990, max: 2100 }, strict: false, helpText: frControl.helpYear,
  }));
}

/** Budget total per row: =SUM(G2:I2) over the year columns (or a list when they are not adjacent). */
function budgetTotal(years: number[], existing: Map<number, number>): DerivedFormula {
  return (row, cols) => {
    const yearCols = [...new Set([...years.map((y) => cols.get(String(y))!), ...existing.values()])].sort((a, b) => a - b);
    if (yearCols.length === 0) return undefined;
    const adjacent = yearCols.every((c, i) => i === 0 || c === yearCols[i - 1] + 1);
    return adjacent ? `=SUM(${a1(row, yearCols[0])}:${a1(row, yearCols[yearCols.length - 1])})` : `=SUM(${yearCols.map((c) => a1(row, c)).join(',')})`;
  };
}

/** Does the tab already hold exactly the generated content (formulas compared, not their cached results)? */
function sameContent(sheet: SheetSnapshot, gen: Generated): boolean {
  const rows = Math.max(rowCount(sheet), gen.values.length);
  const cols = Math.max(colCount(sheet), gen.values[0]?.length ?? 0);
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const wantF = gen.formulas[r]?.[c] ?? '';
      const hasF = sheet.formulas[r]?.[c] ?? '';
      if (wantF !== '' || hasF !== '') {
        if (normalizeLabel(wantF) !== normalizeLabel(hasF)) return false;
        continue;
      }
      if (!sameValue(sheet.values[r]?.[c] ?? '', gen.values[r]?.[c] ?? '')) return false;
    }
  }
  return true;
}

function sameValue(a: CellValue, b: CellValue): boolean {
  if (a instanceof Date || b instanceof Date) return a instanceof Date && b instanceof Date && a.getTime() === b.getTime();
  // A spreadsheet may turn the text "2023" into the number 2023.
  return a === b || String(a) === String(b);
}

function generatedOps(name: string, existing: SheetSnapshot | undefined, gen: Generated): PlanOp[] {
  const ops: PlanOp[] = [];
  if (existing && rowCount(existing) > 0) {
    ops.push({ kind: 'clear', sheet: name, range: { row: 1, col: 1, rows: rowCount(existing), cols: Math.max(1, colCount(existing)) } });
  }
  if (gen.values.length > 0) ops.push({ kind: 'setValues', sheet: name, row: 1, col: 1, values: gen.values });
  ops.push(...formulaBlocks(name, gen.formulas));
  // Protection, conditional colours, widths and freeze are set once, when the tab is created.
  const style = gen.styleOps(name).filter((op) => !existing || op.kind === 'format');
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
      const prev = ops.find((op) => op.col === start + 1 && op.formulas[0].length === run.length && op.row + op.formulas.length === r + 1);
      if (prev) prev.formulas.push(run);
      else ops.push({ kind: 'setFormulas', sheet, row: r + 1, col: start + 1, formulas: [run] });
    }
  });
  return ops;
}
