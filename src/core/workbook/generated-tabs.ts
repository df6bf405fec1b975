// The generated tabs: Contrôle (live formulas: enveloppe, alloué CAF, écart,
// statut per year; totals per axis and per financeur; the last findings) and
// one tab per axis. Formulas use English names, comma separators and only
// SUM, SUMIFS, COUNTIFS, COUNTIF, IF, ABS, ROUND and N, which Google Sheets,
// Excel and LibreOffice all compute.
import { Convention, periodYears, PartnerRole } from '../domain/schema';
import { MAX_PERIOD_YEARS } from '../domain/years';
import { IndicatorProgress, indicatorProgress } from '../domain/indicator-progress';
import { Finding } from '../domain/report';
import { findingMessage } from '../wording/finding-message';
import { SEVERITY_WORD, YEAR_STATUS_LABEL } from '../../i18n/fr-domain';
import { findingPlace } from '../domain/finding-place';
import { ROLE_LABEL, ACTION_STATUS_LABEL, frControl } from '../../i18n/fr-workbook';
import { CellFormat, CellValue, PlanOp } from './types';
import { columnLetter, a1 } from './a1';
import { Places } from './locate';
import { EURO_FORMAT, PERCENT_FORMAT } from './columns';
import { BUDGET_TOTAL_LABEL } from './budget-total';
import { headerFormat, titleFormat, STATUS_COLOURS } from './style';
import { widest } from '../max';

type Cell = CellValue | { f: string };
export type Generated = {
  values: CellValue[][];
  formulas: string[][];
  /** Extra ops applied after the content (formats, conditional colours). */
  styleOps: (sheet: string) => PlanOp[];
  widths: number[];
};

/** 'Budget'!$G:$G — every sheet name quoted, quotes doubled. */
export const sheetRef = (sheet: string) => `'${sheet.replace(/'/g, "''")}'!`;
const str = (text: string) => `"${text.replace(/"/g, '""')}"`;
const col$ = (sheet: string, col: number) => `${sheetRef(sheet)}$${columnLetter(col)}:$${columnLetter(col)}`;

class GridBuilder {
  values: CellValue[][] = [];
  formulas: string[][] = [];
  formats: { row: number; col: number; rows: number; cols: number; format: CellFormat }[] = [];
  get nextRow() {
    return this.values.length + 1;
  }
  add(cells: Cell[], format?: CellFormat): number {
    this.values.push(cells.map((c) => (typeof c === 'object' && c !== null && 'f' in c ? '' : c)));
    this.formulas.push(cells.map((c) => (typeof c === 'object' && c !== null && 'f' in c ? c.f : '')));
    if (format && cells.length > 0) this.format(this.nextRow - 1, 1, 1, cells.length, format);
    return this.nextRow - 1;
  }
  format(row: number, col: number, rows: number, cols: number, format: CellFormat) {
    if (rows > 0 && cols > 0) this.formats.push({ row, col, rows, cols, format });
  }
  /** Pads every row to the same width (a snapshot is rectangular). */
  done(styleOps: (sheet: string) => PlanOp[] = () => [], widths: number[] = []): Generated {
    const width = widest(this.values);
    const pad = <T>(rows: T[][], fill: T) => rows.map((r) => [...r, ...Array(width - r.length).fill(fill)]);
    const formats = this.formats;
    return {
      values: pad(this.values, ''),
      formulas: pad(this.formulas, ''),
      widths,
      styleOps: (sheet) => [
        ...formats.map((f) => ({ kind: 'format' as const, sheet, range: { row: f.row, col: f.col, rows: f.rows, cols: f.cols }, format: f.format })),
        ...styleOps(sheet),
      ],
    };
  }
}

const money = { numberFormat: EURO_FORMAT };

/**
 * The sum of a budget column over every row but the generated total's (see budget-total.ts), the
 * header included (callers take it off when it reads as a number, a year).
 */
function budgetLines(p: Places, col: number): string {
  const labelCol = p.budget.cols.get('beneficiary');
  const range = col$(p.names.budget, col);
  return labelCol === undefined ? `SUM(${range})` : `SUMIFS(${range},${col$(p.names.budget, labelCol)},${str(`<>${BUDGET_TOTAL_LABEL}`)})`;
}

/** A year's column of the budget as a SUMIFS sum range, or undefined when the budget has no such column. */
const yearRange = (p: Places, year: number) => (p.budget.yearCols.has(year) ? col$(p.names.budget, p.budget.yearCols.get(year)!) : undefined);

/** The rows of a tab Sheets creates. */
const NEW_TAB_ROWS = 1000;

export type AxisTab = { name: string; totalRow: number; generated: Generated };

export function axisTab(c: Convention, index: number, name: string, p: Places): AxisTab {
  const axis = c.axes[index];
  const years = periodYears(c.period);
  const g = new GridBuilder();
  g.add([`${axis.id} – ${axis.title}`], titleFormat);
  g.add([frControl.axisThemes, axis.themes.join(', ')]);
  g.add([frControl.axisObjectives, axis.objectives.join('\n')]);
  g.add([]);
  g.add([...frControl.axisActionsHeader, ...years.map(String), frControl.total], headerFormat);
  const id = axis.id.trim();
  const actions = id === '' ? [] : c.actions.filter((a) => a.axisId.trim() === id);
  const first = g.nextRow;
  const firstYearCol = frControl.axisActionsHeader.length + 1;
  const actionCol = p.budget.cols.get('actionId');
  for (const action of actions) {
    const r = g.nextRow;
    const perYear = years.map((y) => {
      const range = yearRange(p, y);
      return range && actionCol ? { f: `=SUMIFS(${range},${col$(p.names.budget, actionCol)},$A${r})` } : 0;
    });
    g.add([action.id, action.title, ACTION_STATUS_LABEL[action.status], ...perYear, { f: rowSum(r, firstYearCol, years.length) }]);
  }
  if (actions.length === 0) g.add([frControl.noActions]);
  const last = g.nextRow - 1;
  const totalRow = g.add(
    [
      frControl.total,
      '',
      '',
      ...years.map((_, i) => (actions.length ? { f: `=SUM(${columnLetter(firstYearCol + i)}${first}:${columnLetter(firstYearCol + i)}${last})` } : 0)),
      { f: rowSum(g.nextRow, firstYearCol, years.length) },
    ],
    { bold: true },
  );
  g.format(first, firstYearCol, totalRow - first + 1, years.length + 1, money);
  // Themes, objectives and the fiches' titles are long: wrapped, they show whole on screen and on
  // paper. Column B of the whole new tab, the same range on every axis tab: in Sheets each one
  // is still a copy of the longest, for no call more.
  g.format(2, 2, NEW_TAB_ROWS - 1, 1, { wrap: true });
  return { name, totalRow, generated: g.done(protectAll, [160, 420, 130, ...years.map(() => 130), 130]) };
}

/** =SUM(D7:F7) over n amount columns from firstCol; 0 when there are none. */
function rowSum(row: number, firstCol: number, n: number): string {
  return n === 0 ? '=0' : `=SUM(${a1(row, firstCol)}:${a1(row, firstCol + n - 1)})`;
}

/** The whole tab warns before an edit: it is rewritten at each refresh. */
const protectAll = (sheet: string): PlanOp[] => [{ kind: 'protect', sheet, range: { row: 1, col: 1, rows: 1000, cols: 26 } }];

export function controlTab(
  c: Convention,
  p: Places,
  axisTabs: AxisTab[],
  { findings, incomplete, checkedAt }: { findings: Finding[]; incomplete: number[]; checkedAt?: Date },
): Generated {
  const years = periodYears(c.period);
  const g = new GridBuilder();
  if (years.length === 0) g.add([frControl.noYears]);
  else {
    yearTable(g, p, years, incomplete);
    g.add([]);
    breakdownTables(g, c, p, years, axisTabs);
    g.add([]);
    followUpTables(g, c, p, years);
  }
  g.add([]);
  g.add([checkedAt ? frControl.checkedAt(checkedAt) : frControl.findingsTitle], titleFormat);
  g.add(frControl.findingsHeader, headerFormat);
  if (findings.length === 0) g.add([frControl.noFindings]);
  // The message goes in the wide column B, so it can be read without resizing anything.
  const firstFinding = g.nextRow;
  for (const f of findings) g.add([findingPlace(f), findingMessage(f), SEVERITY_WORD[f.severity]]);
  g.format(firstFinding, 2, findings.length, 1, { wrap: true });
  // Set once, when the tab is created: it covers the year table of any period (up to 6 years
  // and the total), so it stays right when the period changes. Other cells of column E never
  // hold a status word.
  const conditional = (sheet: string): PlanOp[] => [
    {
      kind: 'conditionalFormat',
      sheet,
      range: { row: 2, col: 5, rows: MAX_PERIOD_YEARS + 1, cols: 1 },
      rules: (Object.keys(STATUS_COLOURS) as (keyof typeof STATUS_COLOURS)[]).map((s) => ({ textEquals: YEAR_STATUS_LABEL[s], ...STATUS_COLOURS[s] })),
    },
  ];
  // Enveloppe, alloué and réalisé CAF per year, drawn from the year table (whose place never moves),
  // right of the widest table so that it hides no figure.
  const chart = (sheet: string): PlanOp[] =>
    years.length === 0
      ? []
      : [
          {
            kind: 'chart',
            sheet,
            ranges: [
              { row: 1, col: 1, rows: years.length + 1, cols: 3 },
              { row: 1, col: 6, rows: years.length + 1, cols: 1 },
            ],
            row: 1,
            col: Math.max(9, years.length + 4),
            title: frControl.chartTitle,
          },
        ];
  return g.done(
    (sheet) => [...conditional(sheet), ...chart(sheet), ...protectAll(sheet)],
    [150, 320, ...Array<number>(Math.max(5, years.length + 1)).fill(130)],
  );
}

/**
 * Per year: enveloppe (from the Convention tab), alloué CAF (SUMIFS on the budget), écart, statut.
 * The status is *incomplet* when a CAF amount of the year is not a number (counted live: every
 * non-empty cell minus the numeric ones) or when the check found the year incomplete for a reason
 * a formula cannot see (a missing column, an unreadable funder): then until the next refresh.
 */
function yearTable(g: GridBuilder, p: Places, years: number[], incomplete: number[]) {
  g.add(frControl.yearHeader, headerFormat);
  const { yearCol, amountCol } = p.envelopes;
  const funderCol = p.budget.cols.get('funder');
  const tolRow = p.fields.rows.get('toleranceCents');
  const tol = tolRow !== undefined && p.fields.valueCol !== undefined ? `N(${sheetRef(p.names.convention)}$${columnLetter(p.fields.valueCol)}$${tolRow})` : '0';
  const status = (r: number, tolerance: string, missing: string, unsure: string) =>
    `=IF(${unsure},${str(YEAR_STATUS_LABEL.incomplete)},IF(${missing},${str(YEAR_STATUS_LABEL['missing-envelope'])},IF(ABS(D${r})<=${tolerance},${str(YEAR_STATUS_LABEL.balanced)},IF(D${r}>0,${str(YEAR_STATUS_LABEL.over)},${str(YEAR_STATUS_LABEL.under)}))))`;
  const caf = funderCol ? `${col$(p.names.budget, funderCol)},${str(ROLE_LABEL.caf)}` : '';
  const unsureOf = (y: number, range: string | undefined) => {
    if (incomplete.includes(y) || !range || !caf) return 'TRUE';
    return `COUNTIFS(${caf},${range},"<>")-COUNTIFS(${caf},${range},">-1E+300")>0`;
  };
  const first = g.nextRow;
  for (const y of years) {
    const r = g.nextRow;
    const envelope =
      yearCol && amountCol
        ? `=IF(COUNTIFS(${col$(p.names.convention, yearCol)},$A${r},${col$(p.names.convention, amountCol)},"<>")=0,"",SUMIFS(${col$(p.names.convention, amountCol)},${col$(p.names.convention, yearCol)},$A${r}))`
        : '=""';
    const range = yearRange(p, y);
    const allocated = range && funderCol ? `=SUMIFS(${range},${col$(p.names.budget, funderCol)},${str(ROLE_LABEL.caf)})` : '=0';
    g.add([
      y,
      { f: envelope },
      { f: allocated },
      { f: `=IF(B${r}="",C${r},ROUND(C${r}-B${r},2))` },
      { f: status(r, tol, `B${r}=""`, unsureOf(y, range)) },
      { f: realisedCaf(p, y) },
      { f: rate(`F${r}`, `C${r}`) },
    ]);
  }
  const last = g.nextRow - 1;
  const t = g.nextRow;
  g.add(
    [
      frControl.total,
      { f: `=SUM(B${first}:B${last})` },
      { f: `=SUM(C${first}:C${last})` },
      { f: `=ROUND(C${t}-B${t},2)` },
      {
        f: status(
          t,
          `${years.length}*${tol}`,
          `COUNTIF(E${first}:E${last},${str(YEAR_STATUS_LABEL['missing-envelope'])})>0`,
          `COUNTIF(E${first}:E${last},${str(YEAR_STATUS_LABEL.incomplete)})>0`,
        ),
      },
      { f: `=IF(COUNT(F${first}:F${last})=0,"",SUM(F${first}:F${last}))` },
      { f: rate(`F${t}`, `C${t}`) },
    ],
    { bold: true },
  );
  g.format(first, 2, t - first + 1, 3, money);
  g.format(first, 6, t - first + 1, 1, money);
  g.format(first, 7, t - first + 1, 1, { numberFormat: PERCENT_FORMAT });
  return { row: first, rows: t - first + 1 };
}

/** réalisé ÷ prévu, empty while nothing is réalisé or nothing was planned. */
const rate = (realised: string, planned: string) => `=IF(OR(${realised}="",N(${planned})=0),"",${realised}/${planned})`;

/** A column of the Réalisé tab as a SUMIFS range (undefined when the tab or the column is not there). */
const realisedRange = (p: Places, year: number) => {
  const col = p.realised?.yearCols.get(year);
  return col === undefined ? undefined : col$(p.names.realised, col);
};

/** The CAF réalisé of a year: SUMIFS on Réalisé's funder (looked up from Budget); empty while no CAF réalisé is entered. */
function realisedCaf(p: Places, year: number): string {
  const range = realisedRange(p, year);
  const funder = p.realised?.cols.get('funder');
  if (!range || funder === undefined) return '=""';
  const caf = `${col$(p.names.realised, funder)},${str(ROLE_LABEL.caf)}`;
  return `=IF(COUNTIFS(${caf},${range},">-1E+300")=0,"",SUMIFS(${range},${caf}))`;
}

/**
 * Prévu and réalisé of all funders per year, the fiches by status as the Suivi tab gives them
 * for each year, and how many indicators have a value for the year.
 */
function followUpTables(g: GridBuilder, c: Convention, p: Places, years: number[]) {
  g.add([frControl.followUpTitle], titleFormat);
  g.add(frControl.followUpHeader, headerFormat);
  const first = g.nextRow;
  // A whole column's sum, less its header when the header is read as a number (a year).
  const columnSum = (sheet: string, col: number, headerRow: number) =>
    `ROUND(SUM(${col$(sheet, col)})-N(${sheetRef(sheet)}$${columnLetter(col)}$${headerRow}),2)`;
  const budgetSum = (col: number) => `ROUND(${budgetLines(p, col)}-N(${sheetRef(p.names.budget)}$${columnLetter(col)}$${p.budget.headerRow ?? 1}),2)`;
  for (const y of years) {
    const r = g.nextRow;
    const planned = p.budget.yearCols.has(y) ? `=${budgetSum(p.budget.yearCols.get(y)!)}` : '=0';
    const realisedCol = p.realised?.yearCols.get(y);
    const realisedCount =
      realisedCol === undefined
        ? ''
        : `COUNT(${col$(p.names.realised, realisedCol)})-ISNUMBER(${sheetRef(p.names.realised)}$${columnLetter(realisedCol)}$${p.realised?.headerRow ?? 1})`;
    const realised = realisedCol === undefined ? '=""' : `=IF(${realisedCount}=0,"",${columnSum(p.names.realised, realisedCol, p.realised?.headerRow ?? 1)})`;
    g.add([y, { f: planned }, { f: realised }, { f: rate(`C${r}`, `B${r}`) }]);
  }
  g.format(first, 2, years.length, 2, money);
  g.format(first, 4, years.length, 1, { numberFormat: PERCENT_FORMAT });
  g.add([]);
  g.add([frControl.statusTitle], titleFormat);
  g.add([...frControl.statusHeader, ...years.map(String)], headerFormat);
  const actionCol = p.followUp?.cols.get('actionId');
  const yearCol = p.followUp?.cols.get('year');
  const statusCol = p.followUp?.cols.get('status');
  for (const s of Object.values(ACTION_STATUS_LABEL)) {
    g.add([
      s,
      '',
      ...years.map((y) =>
        actionCol !== undefined && yearCol !== undefined && statusCol !== undefined
          ? { f: `=COUNTIFS(${col$(p.names.followUp, yearCol)},${y},${col$(p.names.followUp, statusCol)},${str(s)})` }
          : 0,
      ),
    ]);
  }
  const indicatorCols = years.map((y) => p.indicators?.yearCols.get(y));
  g.add([
    frControl.indicatorsFilled,
    '',
    ...indicatorCols.map((col) =>
      col === undefined
        ? 0
        : { f: `=COUNT(${col$(p.names.indicators, col)})-ISNUMBER(${sheetRef(p.names.indicators)}$${columnLetter(col)}$${p.indicators?.headerRow ?? 1})` },
    ),
  ]);
  // On track or not needs each indicator's baseline and target beside its value: counted by the
  // engine at each check (the label says so), not by a formula every spreadsheet would compute alike.
  const counted = (wanted: IndicatorProgress) =>
    years.map((y) =>
      c.actions.reduce(
        (n, a) =>
          n +
          a.indicators.filter((ind) => typeof ind.values?.[String(y)] === 'number' && indicatorProgress(ind, ind.values[String(y)] as number) === wanted)
            .length,
        0,
      ),
    );
  g.add([frControl.indicatorsReached, '', ...counted('reached')]);
  g.add([frControl.indicatorsProgressing, '', ...counted('progressing')]);
}

/** Totals per axis (all funders, through the axis tabs) and per funder, per year. */
function breakdownTables(g: GridBuilder, c: Convention, p: Places, years: number[], axisTabs: AxisTab[]) {
  const firstYearCol = 3;
  const header = (labels: readonly string[]) => g.add([...labels, ...years.map(String), frControl.total], headerFormat);
  g.add([frControl.byAxisTitle], titleFormat);
  header(frControl.axisHeader);
  const first = g.nextRow;
  c.axes.forEach((axis, i) => {
    const tab = axisTabs[i];
    const r = g.nextRow;
    g.add([
      axis.id,
      axis.title,
      ...years.map((_, k) => ({ f: `=${sheetRef(tab.name)}${a1(tab.totalRow, 4 + k)}` })),
      { f: rowSum(r, firstYearCol, years.length) },
    ]);
  });
  const lastAxis = g.nextRow - 1;
  if (c.axes.length) g.format(first, 2, c.axes.length, 1, { wrap: true });
  const noAxisRow = g.nextRow;
  g.add([
    '',
    frControl.noAxis,
    ...years.map((y, k) => {
      const range = yearRange(p, y);
      if (!range) return 0;
      const col = columnLetter(p.budget.yearCols.get(y)!);
      const axes = c.axes.length ? `-SUM(${a1(first, firstYearCol + k)}:${a1(lastAxis, firstYearCol + k)})` : '';
      return { f: `=ROUND(${budgetLines(p, p.budget.yearCols.get(y)!)}-N(${sheetRef(p.names.budget)}$${col}$${p.budget.headerRow ?? 1})${axes},2)` };
    }),
    { f: rowSum(noAxisRow, firstYearCol, years.length) },
  ]);
  g.format(first, firstYearCol, noAxisRow - first + 1, years.length + 1, money);
  g.add([]);
  g.add([frControl.byFunderTitle], titleFormat);
  header(frControl.funderHeader);
  const funderCol = p.budget.cols.get('funder');
  const roles = (Object.keys(ROLE_LABEL) as PartnerRole[]).filter((r) => c.budget.some((l) => l.funder === r));
  const firstFunder = g.nextRow;
  for (const role of roles) {
    const r = g.nextRow;
    g.add([
      ROLE_LABEL[role],
      '',
      ...years.map((y) => {
        const range = yearRange(p, y);
        return range && funderCol ? { f: `=SUMIFS(${range},${col$(p.names.budget, funderCol)},${str(ROLE_LABEL[role])})` } : 0;
      }),
      { f: rowSum(r, firstYearCol, years.length) },
    ]);
  }
  g.format(firstFunder, firstYearCol, roles.length, years.length + 1, money);
}
