// plan(desired, snapshot): the pure description of the edits that turn what a
// spreadsheet holds into the CTG workbook for `desired`. On an empty snapshot it
// builds everything; on an existing workbook it adds missing tabs, columns, rows
// and empty cells, regenerates the generated tabs, and never overwrites a cell a
// person typed. Applying the plan, then planning again, gives an empty plan.
import { Convention } from '../domain/schema';
import { checkConvention } from '../domain/check';
import { Finding, finding } from '../domain/report';
import { TAB, frControl } from '../../i18n/fr-workbook';
import { Plan, PlanOp, WorkbookSnapshot, CellValue, SheetSnapshot } from './types';
import { HEADER_ROW, CONVENTION_FIELDS } from './layout';
import { a1, columnLetter } from './a1';
import { sheetRef } from './generated-tabs';
import {
  AXES_TABLE,
  ACTIONS_TABLE,
  budgetTableSpec,
  FIELDS_TABLE,
  ENVELOPES_TABLE,
  SIGNATORIES_TABLE,
  realisedTableSpec,
  indicatorsTableSpec,
  FOLLOW_UP_TABLE,
  TableSpec,
  CONVENTION_TABLE_START,
  cellKey,
  findTypedSheet,
  findYearColumns,
  headerRowOf,
  colCount,
} from './tables';
import { EURO_FORMAT, DATE_FORMAT } from './columns';
import {
  fieldRows,
  fieldLabelKey,
  envelopeRows,
  signatoryRows,
  axisRows,
  actionRows,
  budgetRows,
  budgetYears,
  followUpYears,
  realisedRows,
  indicatorRows,
  followUpRows,
  Row,
} from './encode';
import { planTable, TableContext, TablePlan, ComputedFormula, OwnedOnly } from './plan-table';
import { Places, locatorFrom, tabNames } from './locate';
import { readWorkbook, ReadResult } from './read';
import type { ReadGaps } from '../domain/report';
import { PlanCounts, noCounts } from './plan-counts';
import { planGeneratedTabs } from './plan-generated';
import { printOp } from './print';
import { budgetTotalOps } from './budget-total';
import { normalizeLabel } from './text';
import { workbookKind } from './identity';
import { YEAR_MAX, YEAR_MIN } from '../domain/years';
import { maxOf } from '../max';

export type PlanResult = { plan: Plan; findings: Finding[]; counts: PlanCounts };

export type PlanOptions = {
  /** Findings to show in the Contrôle tab besides the envelope check (the reader's, on refresh). */
  extraFindings?: Finding[];
  /**
   * Report typed cells kept although `desired` gives another value (info findings), e.g. when
   * an imported text meets a workbook people already filled. Off for a refresh, where the
   * desired convention is what was read.
   */
  reportKept?: boolean;
  /** Plan the typed tabs only (a refresh repairs them first, then builds the generated tabs from the result). */
  typedOnly?: boolean;
  /** What the reader made of `snapshot`, when the caller has it already (read once). */
  read?: ReadResult;
  /** What the reader could not read (a refresh): the years it touches are shown incomplete in Contrôle. */
  gaps?: ReadGaps;
  /**
   * A refresh: `desired` is what was read, so in the typed tabs it writes only what the product
   * owns — the amount column of a year added at the end of the period, the totals — and never
   * a missing tab, a column it could not find, or a guessed value in an empty cell.
   */
  refresh?: boolean;
  /** When this plan is made: Contrôle's findings title says so (the plan is pure, so the caller gives the time). */
  checkedAt?: Date;
};

export function planWorkbook(desired: Convention, snapshot: WorkbookSnapshot, options: PlanOptions = {}): PlanResult {
  const scan = options.read ?? readWorkbook(snapshot);
  const fresh = workbookKind(snapshot) === 'other';
  // On a fresh build nothing needs reconciling; otherwise report missing tabs and renamed headers.
  const findings = fresh ? [] : scan.findings.filter((f) => f.code === 'unreconciled');
  const ops: PlanOp[] = [];
  const counts = noCounts();
  let sheetCount = snapshot.sheets.length;
  const addSheet = (name: string, index: number) => {
    ops.push({ kind: 'addSheet', sheet: name, index: Math.min(index, sheetCount) });
    sheetCount++;
    counts.tabsCreated++;
  };
  const nameOf = (tab: string) => findTypedSheet(snapshot, tab)?.name ?? tab;

  // Typed tabs.
  const typed = (tab: string, index: number, tables: [TableSpec, Row[], ComputedFormula?, ((v: CellValue) => string)?][]): TablePlan[] => {
    const sheet = findTypedSheet(snapshot, tab);
    const name = nameOf(tab);
    const followUp = FOLLOW_UP_TABS.includes(tab);
    // A refresh never recreates a tab people type, but for the follow-up tabs: laid out from the
    // others, they are how a workbook made before them gains them.
    if (!sheet && options.refresh && !followUp) return tables.map(() => untouched());
    if (!sheet) addSheet(name, index);
    const shared = {
      claimed: new Set<number>(),
      nextCol: { value: colCount(sheet) + 1 },
      headerRow: headerRowOf(
        sheet,
        tables.map(([spec]) => spec),
      ),
    };
    const plans = tables.map(([spec, rows, computed, keyOf]) => {
      const ctx: TableContext = {
        sheet,
        sheetName: name,
        ...shared,
        startCol: CONVENTION_TABLE_START.get(spec) ?? 1,
        ownRowsOnly: tables.length > 1,
        ...(options.refresh && sheet ? { owned: ownedOnRefresh(tab, followUp, sheet) } : {}),
      };
      const plan = planTable(ctx, spec, rows, computed, keyOf);
      ops.push(...plan.ops);
      counts.columnsAdded += plan.counts.columnsAdded;
      counts.cellsFilled += plan.counts.cellsFilled;
      if (options.reportKept) {
        for (const k of plan.kept)
          findings.push(
            finding('info', { kind: 'kept-value', typed: cellText(k.typed), proposed: cellText(k.proposed) }, { sheet: name, cell: a1(k.row, k.col) }),
          );
      }
      return plan;
    });
    if (!sheet) {
      ops.push({ kind: 'freeze', sheet: name, rows: HEADER_ROW, cols: 0 });
      ops.push(printOp(name, ops, HEADER_ROW, desired.name));
      ops.push({
        kind: 'protect',
        sheet: name,
        range: { row: HEADER_ROW, col: 1, rows: 1, cols: shared.nextCol.value - 1 },
        description: frControl.headerProtection,
      });
    }
    return plans;
  };
  const budgetSheet = findTypedSheet(snapshot, TAB.budget);
  const existingYears = findYearColumns(budgetSheet, headerRowOf(budgetSheet, [budgetTableSpec([])]));
  const conventionIsNew = !findTypedSheet(snapshot, TAB.convention);
  const [fields, envelopes, signatories] = typed(TAB.convention, 0, [
    [FIELDS_TABLE, fieldRows(desired), undefined, (v) => fieldLabelKey(cellKey(v))],
    [ENVELOPES_TABLE, envelopeRows(desired)],
    [SIGNATORIES_TABLE, signatoryRows(desired)],
  ]);
  if (conventionIsNew) ops.push(...yearBoundOps(nameOf(TAB.convention), fields), ...fieldFormatOps(nameOf(TAB.convention), fields));
  const [axes] = typed(TAB.axes, 1, [[AXES_TABLE, axisRows(desired)]]);
  const [actions] = typed(TAB.actions, 2, [[ACTIONS_TABLE, actionRows(desired)]]);
  const years = budgetYears(desired);
  const [budget] = typed(TAB.budget, 3, [[budgetTableSpec(years), budgetRows(desired), budgetTotal(years, existingYears)]]);
  ops.push(...budgetTotalOps(nameOf(TAB.budget), budgetSheet, budget.place, [...years.map(String), ...[...existingYears.keys()].map(String), 'total']));
  const followYears = followUpYears(desired);
  const budgetPlace = { ...budget.place, sheet: nameOf(TAB.budget) };
  const [realised] = typed(TAB.realised, 4, [[realisedTableSpec(followYears), realisedRows(desired), budgetLookup(budgetPlace)]]);
  const [indicators] = typed(TAB.indicators, 5, [[indicatorsTableSpec(followYears), indicatorRows(desired), undefined, normalizedKey]]);
  const [followUp] = typed(TAB.followUp, 6, [[FOLLOW_UP_TABLE, followUpRows(desired)]]);
  counts.axes = axes.counts.rowsAdded;
  counts.actions = actions.counts.rowsAdded;
  counts.budgetLines = budget.counts.rowsAdded;

  const yearCols = new Map(existingYears);
  for (const y of years) if (budget.place.cols.has(String(y))) yearCols.set(y, budget.place.cols.get(String(y))!);
  const places: Places = {
    names: tabNames(nameOf),
    fields: { rows: new Map(fieldRows(desired).map((_, i) => [CONVENTION_FIELDS[i], fields.place.rows[i]])), valueCol: fields.place.cols.get('value') },
    envelopes: {
      rows: new Map(envelopeRows(desired).map((r, i) => [Number(r.year), envelopes.place.rows[i]])),
      yearCol: envelopes.place.cols.get('year'),
      amountCol: envelopes.place.cols.get('amount'),
    },
    signatories: { rows: signatories.place.rows, cols: signatories.place.cols },
    axes: axes.place,
    actions: actions.place,
    budget: { ...budget.place, yearCols },
    ...followUpPlaces(desired, { realised, indicators, followUp }),
  };

  if (options.typedOnly) return { plan: { ops }, findings, counts };
  // Generated tabs, from the places just resolved.
  const check = checkConvention(desired, locatorFrom(places), options.gaps, options.checkedAt ? { currentYear: options.checkedAt.getFullYear() } : {});
  const shown = [...(options.extraFindings ?? []), ...check.findings];
  const incomplete = check.years.filter((y) => y.status === 'incomplete').map((y) => y.year);
  planGeneratedTabs(
    desired,
    snapshot,
    places,
    { findings: shown, incomplete, ...(options.checkedAt ? { checkedAt: options.checkedAt } : {}) },
    { ops, findings, counts, addSheet },
  );
  return { plan: { ops }, findings, counts };
}

/** The tabs of the follow-up, laid out from the others. */
const FOLLOW_UP_TABS: string[] = [TAB.realised, TAB.indicators, TAB.followUp];

/** Ids compared as the reader compares labels (an indicator typed "Taux d'occupation " is the same). */
const normalizedKey = (v: CellValue) => normalizeLabel(cellKey(v));

/**
 * Réalisé's beneficiary and funder, looked up from Budget by the line's id: people see which line
 * they fill, and Contrôle sums the CAF réalisé with SUMIFS on the funder, live.
 */
function budgetLookup(budget: { sheet: string; cols: Map<string, number> }): ComputedFormula {
  return (row, cols, key) => {
    const from = budget.cols.get(key);
    const idCol = budget.cols.get('id');
    const own = cols.get('lineId');
    if (from === undefined || idCol === undefined || own === undefined) return undefined;
    const column = (c: number) => `${sheetRef(budget.sheet)}$${columnLetter(c)}:$${columnLetter(c)}`;
    return `=IFERROR(INDEX(${column(from)},MATCH($${columnLetter(own)}${row},${column(idCol)},0)),"")`;
  };
}

/** Where the check finds each follow-up item of `desired` (rows by the item's index in the model). */
function followUpPlaces(
  desired: Convention,
  plans: { realised: TablePlan; indicators: TablePlan; followUp: TablePlan },
): Pick<Places, 'realised' | 'indicators' | 'followUp'> {
  const yearColsOf = (p: TablePlan) => new Map([...p.place.cols].filter(([k]) => /^\d{4}$/.test(k)).map(([k, c]) => [Number(k), c]));
  const realisedRowOf = new Map(realisedRows(desired).map((r, i) => [String(r.lineId).trim(), plans.realised.place.rows[i]]));
  const suiviKey = (actionId: string, year: unknown) => `${actionId.trim()}\u0000${String(year)}`;
  const suiviRowOf = new Map(followUpRows(desired).map((r, i) => [suiviKey(String(r.actionId), r.year), plans.followUp.place.rows[i]]));
  return {
    realised: { ...plans.realised.place, rows: (desired.realised ?? []).map((r) => realisedRowOf.get(r.lineId.trim())), yearCols: yearColsOf(plans.realised) },
    indicators: { ...plans.indicators.place, yearCols: yearColsOf(plans.indicators) },
    followUp: { ...plans.followUp.place, rows: (desired.followUp ?? []).map((f) => suiviRowOf.get(suiviKey(f.actionId, f.year))) },
  };
}

/** What a refresh plans for a typed tab that is not there: nothing (the reader reported it). */
const untouched = (): TablePlan => ({
  ops: [],
  place: { rows: [], cols: new Map(), headerRow: HEADER_ROW },
  counts: { rowsAdded: 0, columnsAdded: 0, cellsFilled: 0 },
  kept: [],
});

/** What a refresh may write in a typed tab that exists: later years (Budget, and the follow-up's year columns), and the follow-up's new rows. */
function ownedOnRefresh(tab: string, followUp: boolean, sheet: SheetSnapshot): OwnedOnly {
  const years = findYearColumns(sheet, headerRowOf(sheet, [budgetTableSpec([])]));
  return {
    mayAdd: (key: string) => (tab === TAB.budget || (followUp && tab !== TAB.followUp)) && isLaterYear(key, years),
    ...(followUp ? { mayAppend: true } : {}),
  };
}

/** A year column a refresh may add: after every year column the budget already has (the period was extended). */
function isLaterYear(key: string, existing: Map<number, number>): boolean {
  return /^\d{4}$/.test(key) && existing.size > 0 && Number(key) > maxOf([...existing.keys()]);
}

/** A cell as a person reads it (a date as 30/11/2022). */
function cellText(v: CellValue): string {
  if (!(v instanceof Date)) return String(v);
  const [y, m, d] = v.toISOString().slice(0, 10).split('-');
  return `${d}/${m}/${y}`;
}

/** A new Convention tab shows its date as a date and its amounts in euros. */
function fieldFormatOps(sheet: string, fields: TablePlan): PlanOp[] {
  const col = fields.place.cols.get('value')!;
  // A new tab: every field has its row.
  const at = (f: (typeof CONVENTION_FIELDS)[number]) => ({ row: fields.place.rows[CONVENTION_FIELDS.indexOf(f)]!, col, rows: 1, cols: 1 });
  return [
    { kind: 'format', sheet, range: at('signatureDate'), format: { numberFormat: DATE_FORMAT, horizontalAlignment: 'left' } },
    { kind: 'format', sheet, range: at('toleranceCents'), format: { numberFormat: EURO_FORMAT, horizontalAlignment: 'left' } },
    { kind: 'format', sheet, range: at('envelopeTotalCents'), format: { numberFormat: EURO_FORMAT, horizontalAlignment: 'left' } },
    { kind: 'format', sheet, range: at('startYear'), format: { horizontalAlignment: 'left' } },
    { kind: 'format', sheet, range: at('endYear'), format: { horizontalAlignment: 'left' } },
  ];
}

/** The start and end years of a new Convention tab accept whole years only (a warning, not a block). */
function yearBoundOps(sheet: string, fields: TablePlan): PlanOp[] {
  const col = fields.place.cols.get('value')!;
  return (['startYear', 'endYear'] as const).map((f) => ({
    kind: 'validation' as const,
    sheet,
    range: { row: fields.place.rows[CONVENTION_FIELDS.indexOf(f)]!, col, rows: 1, cols: 1 },
    rule: { kind: 'wholeNumber' as const, min: YEAR_MIN, max: YEAR_MAX },
    strict: false,
    helpText: frControl.helpYear(YEAR_MIN, YEAR_MAX),
  }));
}

/** Budget total per row: =SUM(G2:I2) over the year columns (or a list when they are not adjacent). */
function budgetTotal(years: number[], existing: Map<number, number>): ComputedFormula {
  return (row, cols) => {
    // A year of the period without its column (renamed beyond recognition): the totals are left as they are.
    if (years.some((y) => !cols.has(String(y)))) return undefined;
    const yearCols = [...new Set([...years.map((y) => cols.get(String(y))!), ...existing.values()])].sort((a, b) => a - b);
    if (yearCols.length === 0) return undefined;
    const adjacent = yearCols.every((c, i) => i === 0 || c === yearCols[i - 1] + 1);
    return adjacent ? `=SUM(${a1(row, yearCols[0])}:${a1(row, yearCols[yearCols.length - 1])})` : `=SUM(${yearCols.map((c) => a1(row, c)).join(',')})`;
  };
}
