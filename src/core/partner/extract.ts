// `ctg extract`: the small workbook a coordinator hands to one partner — an explanation tab,
// the partner's lines (prévu for reference, réalisé and comment to fill), and the hidden
// identity marker. Pure: a plan for an empty workbook, plus what only the .xlsx edge can do
// (lock the tab but its fillable cells, hide the marker).
import type { CellValue, Plan, PlanOp, Range, WorkbookSnapshot } from '../workbook/types';
import { readWorkbook } from '../workbook/read';
import { budgetAmount, isoDate } from '../workbook/cells';
import { cellAt } from '../workbook/tables';
import { EURO_FORMAT } from '../workbook/columns';
import { headerFormat } from '../workbook/style';
import { HEADER, ROLE_LABEL, frControl } from '../../i18n/fr-workbook';
import { frPartner } from '../../i18n/fr-partner';
import { PARTNER_HEADER, PARTNER_TAB, README_HEADINGS, frDay, frPartnerFile, partnerReadme } from '../../i18n/fr-partner-file';
import { PartnerLine, RealisedGrid, Refused, isRefused, partnerLines, realisedGrid, rowsOfLines } from './lines';
import { MIRROR_ROW, PartnerLayout, markerRows, partnerLayout } from './partner-file';

/** The colour of the cells a partner fills (the explanation tab calls them yellow). */
export const FILL_COLOUR = '#fff2cc';
/** The explanation tab's column (720 px) holds about this many characters a line, of 15 points each. */
const README_LINE_CHARS = 90;
const LINE_HEIGHT = 15;
/** The reference cells: visibly not to fill. */
const REFERENCE_COLOUR = '#f1f3f4';

export type ExtractRequest = {
  snapshot: WorkbookSnapshot;
  /** The workbook's file name, shown to the partner and kept in the marker. */
  source: string;
  beneficiary: string;
  /** One year only; otherwise every year of Réalisé up to the current one. */
  year?: string;
  today: Date;
};

export type PartnerFile = {
  ok: true;
  plan: Plan;
  /** The tab to lock, and the only ranges of it left unlocked. */
  locked: { sheet: string; unlocked: Range[] };
  /** The marker tab, to hide from the partner (veryHidden in .xlsx). */
  hidden: string;
  /** Row heights (points) of the explanation tab: spreadsheets do not grow a row for wrapped text they read from a file. */
  rowHeights: { sheet: string; heights: number[] };
  beneficiary: string;
  lines: number;
  years: number[];
};

export function extractPartnerFile(req: ExtractRequest): PartnerFile | Refused {
  const { convention, locator } = readWorkbook(req.snapshot);
  const partner = partnerLines(convention, locator, req.beneficiary);
  if (!partner.ok) return partner;
  const grid = realisedGrid(req.snapshot);
  if (isRefused(grid)) return grid;
  if (grid.commentCol === undefined) return { ok: false, problems: [frPartner.noRealisedColumn(grid.sheet.name, HEADER.realised.comment)] };
  const rows = rowsOfLines(
    grid,
    partner.lines.map((l) => l.id),
  );
  if (!rows.ok) return rows;
  const years = yearsToFill(grid, req.year, req.today);
  if (!Array.isArray(years)) return years;

  const layout = partnerLayout(partner.lines.length, years);
  const table = [headerRow(years), ...partner.lines.map((l) => lineRow(l, years, grid, rows.rows.get(l.id)!, grid.commentCol!))];
  const facts = {
    source: req.source.trim(),
    convention: convention.name.trim(),
    beneficiary: partner.name,
    years,
    ids: partner.lines.map((l) => l.id),
    tab: PARTNER_TAB.lines,
    extractedAt: req.today.toISOString(),
  };
  const marker = markerRows(facts, table);
  const readme = partnerReadme({
    beneficiary: partner.name,
    convention: convention.name,
    territory: convention.territory,
    source: facts.source,
    date: frDay(req.today),
    years,
    lines: partner.lines.length,
  });
  const fillable = fillableRanges(layout);
  const ops: PlanOp[] = [
    ...readmeOps(readme),
    ...tableOps(table, layout, fillable),
    { kind: 'addSheet', sheet: PARTNER_TAB.marker, index: 2 },
    { kind: 'setValues', sheet: PARTNER_TAB.marker, row: 1, col: 1, values: marker.facts },
    { kind: 'setValues', sheet: PARTNER_TAB.marker, row: MIRROR_ROW, col: 1, values: marker.mirror },
  ];
  return {
    ok: true,
    plan: { ops },
    locked: { sheet: PARTNER_TAB.lines, unlocked: fillable },
    hidden: PARTNER_TAB.marker,
    rowHeights: { sheet: PARTNER_TAB.readme, heights: readme.map((t) => LINE_HEIGHT * Math.max(1, Math.ceil(t.length / README_LINE_CHARS))) },
    beneficiary: partner.name,
    lines: partner.lines.length,
    years,
  };
}

/**
 * The years of Réalisé to fill: the one asked for, or those begun by today (a réalisé for a
 * year not begun is a finding of the check); all of them when none has begun.
 */
function yearsToFill(grid: RealisedGrid, asked: string | undefined, today: Date): number[] | Refused {
  const all = [...grid.yearCols.keys()].sort((a, b) => a - b);
  if (all.length === 0) return { ok: false, problems: [frPartnerFile.noYears(grid.sheet.name)] };
  if (asked !== undefined) {
    const year = Number(asked.trim());
    return all.includes(year) ? [year] : { ok: false, problems: [frPartnerFile.unknownYear(asked.trim(), all)] };
  }
  const begun = all.filter((y) => y <= today.getFullYear());
  return begun.length > 0 ? begun : all;
}

function headerRow(years: number[]): CellValue[] {
  const h = HEADER.budget;
  return [
    h.id,
    h.equipment,
    h.nature,
    h.funder,
    h.actionId,
    ...years.map(PARTNER_HEADER.planned),
    ...years.map(PARTNER_HEADER.realised),
    PARTNER_HEADER.comment,
  ];
}

/** A cell of the workbook as the partner's file shows it: numbers stay numbers, a date its day, anything else its text. */
const copied = (v: CellValue): CellValue => (v instanceof Date ? isoDate(v) : typeof v === 'boolean' ? String(v) : v);

function lineRow(l: PartnerLine, years: number[], grid: RealisedGrid, row: number, commentCol: number): CellValue[] {
  const { line } = l;
  return [
    l.id,
    line.equipment,
    line.nature,
    ROLE_LABEL[line.funder],
    line.actionId,
    ...years.map((y) => budgetAmount.write(line.amounts[String(y)])),
    ...years.map((y) => copied(cellAt(grid.sheet, row, grid.yearCols.get(y)!))),
    copied(cellAt(grid.sheet, row, commentCol)),
  ];
}

function fillableRanges(layout: PartnerLayout): Range[] {
  if (layout.lineCount === 0) return [];
  const first = layout.realisedCol(layout.years[0]);
  return [
    { row: 2, col: first, rows: layout.lineCount, cols: layout.years.length },
    { row: 2, col: layout.commentCol, rows: layout.lineCount, cols: 1 },
  ];
}

function readmeOps(readme: string[]): PlanOp[] {
  const sheet = PARTNER_TAB.readme;
  const bold = readme.map((t, i) => (i === 0 || README_HEADINGS.includes(t) ? i + 1 : 0)).filter((r) => r > 0);
  return [
    { kind: 'addSheet', sheet, index: 0 },
    { kind: 'setValues', sheet, row: 1, col: 1, values: readme.map((t) => [t]) },
    { kind: 'format', sheet, range: { row: 1, col: 1, rows: readme.length, cols: 1 }, format: { wrap: true } },
    ...bold.map((row): PlanOp => ({ kind: 'format', sheet, range: { row, col: 1, rows: 1, cols: 1 }, format: { bold: true } })),
    { kind: 'columnWidths', sheet, col: 1, widths: [720] },
  ];
}

function tableOps(table: CellValue[][], layout: PartnerLayout, fillable: Range[]): PlanOp[] {
  const sheet = PARTNER_TAB.lines;
  const n = layout.lineCount;
  const y = layout.years.length;
  const amounts: Range = { row: 2, col: layout.plannedCol(layout.years[0]), rows: n, cols: 2 * y };
  const ops: PlanOp[] = [
    { kind: 'addSheet', sheet, index: 1 },
    { kind: 'setValues', sheet, row: 1, col: 1, values: table },
    { kind: 'format', sheet, range: { row: 1, col: 1, rows: 1, cols: layout.lastCol }, format: headerFormat },
    { kind: 'freeze', sheet, rows: 1, cols: 1 },
    { kind: 'columnWidths', sheet, col: 1, widths: [90, 200, 200, 110, 90, ...Array(2 * y).fill(120), 320] },
  ];
  if (n === 0) return ops;
  ops.push(
    {
      kind: 'format',
      sheet,
      range: { row: 2, col: 1, rows: n, cols: layout.plannedCol(layout.years[y - 1]) },
      format: { background: REFERENCE_COLOUR, wrap: true },
    },
    { kind: 'format', sheet, range: amounts, format: { numberFormat: EURO_FORMAT } },
    ...fillable.map((range): PlanOp => ({ kind: 'format', sheet, range, format: { background: FILL_COLOUR } })),
    { kind: 'format', sheet, range: fillable[1], format: { wrap: true } },
    { kind: 'validation', sheet, range: fillable[0], rule: { kind: 'number', min: 0 }, strict: false, helpText: frControl.helpAmount },
  );
  return ops;
}
