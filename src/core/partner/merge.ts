// `ctg merge`: brings a partner's figures back into Réalisé. Pure: the partner's file and the
// workbook as snapshots in, a plan (or the refusals) out.
//
// 1. The partner's file is checked whole before anything is planned: its marker's
//    fingerprint, every cell it may not fill against the marker's copy (a changed id, an
//    added or removed line, an edit outside the yellow cells), every amount readable.
//    One problem refuses the whole file, each named at its cell.
// 2. Each fillable cell is compared three ways — the extract's value (base), the partner's,
//    the workbook's now — and only a cell the partner changed and nobody touched since in the
//    workbook is written. A cell typed in the workbook since the extract is a conflict: reported,
//    never overwritten. A cell the partner emptied is not emptied in the workbook.
import type { CellValue, Plan, PlanOp, SheetSnapshot, WorkbookSnapshot } from '../workbook/types';
import { readWorkbook } from '../workbook/read';
import { cellAt, findSheet } from '../workbook/tables';
import { a1 } from '../workbook/a1';
import { HEADER } from '../../i18n/fr-workbook';
import { frPartner } from '../../i18n/fr-partner';
import { PARTNER_TAB, frDay, frPartnerFile } from '../../i18n/fr-partner-file';
import { centsFromEuros, eurosFromCents, formatMoney, parseMoney } from '../domain/money';
import { widest } from '../max';
import { Refused, isRefused, realisedGrid, rowsOfLines } from './lines';
import { Marker, PartnerLayout, cellText, isFillable, readMarker } from './partner-file';

/** How many problems a refusal lists (the rest are counted). */
export const MAX_LISTED = 20;

export type MergeRequest = { main: WorkbookSnapshot; part: WorkbookSnapshot; partName: string; today: Date };

export type MergeResult = {
  ok: true;
  plan: Plan;
  beneficiary: string;
  /** One French line per cell: taken, in conflict, emptied by the partner (not taken). */
  taken: string[];
  conflicts: string[];
  cleared: string[];
  /** Cells the partner changed to the value the workbook already has. */
  same: number;
};

/** A value as the merge compares it (`key`, '' when empty), shows it, and writes it. */
type Value = { key: string; show: string; write: CellValue };

const EMPTY: Value = { key: '', show: frPartnerFile.empty, write: '' };
const money = (cents: number): Value => ({ key: `c:${cents}`, show: formatMoney(cents), write: eurosFromCents(cents) });
const verbatim = (text: string): Value => ({ key: `t:${text}`, show: frPartnerFile.quoted(text), write: text });

export function planMerge(req: MergeRequest): MergeResult | Refused {
  const file = checkPartnerFile(req.part, req.partName);
  if (isRefused(file)) return file;
  const target = findTargets(req.main, file.marker);
  if (isRefused(target)) return target;

  const ops: PlanOp[] = [];
  const out = { taken: [] as string[], conflicts: [] as string[], cleared: [] as string[], same: 0 };
  const { layout, mirror, tab, marker } = file;
  const problems: string[] = [];
  const note = { date: frDay(req.today), part: req.partName, beneficiary: marker.beneficiary };
  marker.ids.forEach((id, i) => {
    const r = layout.lineRow(i);
    const row = target.rows.get(id)!;
    const cells: [number, number, Reader][] = [
      ...layout.years.map((y): [number, number, Reader] => [layout.realisedCol(y), target.yearCols.get(y)!, amountValue]),
      [layout.commentCol, target.commentCol, commentValue],
    ];
    for (const [partCol, mainCol, read] of cells) {
      const partner = read(cellAt(tab, r, partCol), { place: `${tab.name}!${a1(r, partCol)}`, problems });
      if (partner === undefined) continue; // refused at its cell
      const base = read(mirror[r - 1][partCol - 1]) ?? EMPTY;
      const current = read(cellAt(target.sheet, row, mainCol)) ?? EMPTY;
      decide({ partner, base, current, place: `${target.sheet.name}!${a1(row, mainCol)}`, row, col: mainCol }, target.sheet.name, ops, out, note);
    }
  });
  if (problems.length > 0) return refusal(problems);
  return { ok: true, plan: { ops }, beneficiary: marker.beneficiary, ...out };
}

type Decision = { partner: Value; base: Value; current: Value; place: string; row: number; col: number };

function decide(
  d: Decision,
  sheet: string,
  ops: PlanOp[],
  out: Omit<MergeResult, 'ok' | 'plan' | 'beneficiary'>,
  note: { date: string; part: string; beneficiary: string },
) {
  if (d.partner.key === d.base.key) return; // the partner left it as it was
  if (d.partner.key === d.current.key) {
    out.same++;
    return;
  }
  if (d.partner.key === '') {
    out.cleared.push(frPartnerFile.cleared(d.place, d.current.show));
    return;
  }
  if (d.current.key !== d.base.key) {
    out.conflicts.push(frPartnerFile.conflict(d.place, d.current.show, d.base.key === '' ? undefined : d.base.show, d.partner.show));
    return;
  }
  ops.push({ kind: 'setValues', sheet, row: d.row, col: d.col, values: [[d.partner.write]] });
  if (d.current.key !== '') {
    // The value the partner corrected stays readable on the cell: nothing typed disappears without a trace.
    ops.push({ kind: 'note', sheet, row: d.row, col: d.col, note: frPartnerFile.replacedNote(note.date, note.part, note.beneficiary, d.current.show) });
  }
  out.taken.push(frPartnerFile.taken(d.place, d.partner.show, d.current.key === '' ? undefined : d.current.show));
}

// ---- reading values ------------------------------------------------------------

/** Where a strict reader reports what it refuses: the partner's cell. */
type Sink = { place: string; problems: string[] };
type Reader = (v: CellValue, sink?: Sink) => Value | undefined;

/**
 * An amount. With a sink (the partner's cell), what is not a readable, non-negative amount
 * is refused at that cell (undefined); without one (the extract's copy, the workbook's cell),
 * it is kept verbatim, as the reader keeps it.
 */
function amountValue(v: CellValue, sink?: Sink): Value | undefined {
  const t = cellText(v);
  if (t === '') return EMPTY;
  const refuse = (message: string) => void sink!.problems.push(message);
  let cents: number | null = null;
  if (typeof v === 'number') {
    cents = centsFromEuros(v);
    if (cents === null && sink) return refuse(frPartnerFile.subCentAmount(sink.place, v));
  } else if (typeof v === 'string') {
    const parsed = parseMoney(v);
    if (parsed.ok) cents = parsed.cents;
    else if (sink) return refuse(frPartnerFile.unreadableAmount(sink.place, t, parsed.reason));
  } else if (sink) return refuse(frPartnerFile.unreadableAmount(sink.place, t, 'characters'));
  if (cents === null) return verbatim(t);
  if (cents < 0 && sink) return refuse(frPartnerFile.negativeAmount(sink.place, formatMoney(cents)));
  return money(cents);
}

const commentValue = (v: CellValue): Value => {
  const t = cellText(v);
  return t === '' ? EMPTY : { key: t, show: frPartnerFile.quoted(t), write: t };
};

const refusal = (problems: string[]): Refused => ({ ok: false, problems });

// ---- the partner's file ---------------------------------------------------------

type PartnerFile = { marker: Marker; layout: PartnerLayout; mirror: CellValue[][]; tab: SheetSnapshot };

/** The partner's file, if it is one and nothing but its fillable cells was edited. */
function checkPartnerFile(part: WorkbookSnapshot, partName: string): PartnerFile | Refused {
  const markerSheet = findSheet(part, PARTNER_TAB.marker);
  if (!markerSheet) return refusal([frPartnerFile.notPartnerFile(partName)]);
  const read = readMarker(markerSheet);
  if (!read.ok) return refusal([frPartnerFile.markerAltered(partName)]);
  const tab = findSheet(part, read.marker.tab);
  if (!tab) return refusal([frPartnerFile.tabMissing(read.marker.tab)]);
  const problems = readOnlyProblems(tab, read.layout, read.mirror);
  return problems.length > 0 ? refusal(problems) : { marker: read.marker, layout: read.layout, mirror: read.mirror, tab };
}

/** Every cell of the partner's tab that is not a fillable one and differs from what the extract wrote. */
function readOnlyProblems(tab: SheetSnapshot, layout: PartnerLayout, mirror: CellValue[][]): string[] {
  const problems: string[] = [];
  const rows = Math.max(layout.lastRow, tab.values.length);
  const cols = Math.max(layout.lastCol, widest(tab.values));
  for (let r = 1; r <= rows; r++) {
    for (let c = 1; c <= cols; c++) {
      const place = `${tab.name}!${a1(r, c)}`;
      const found = cellText(cellAt(tab, r, c));
      if (r > layout.lastRow || c > layout.lastCol) {
        if (found !== '') problems.push(frPartnerFile.outsideCell(place, found));
        continue;
      }
      if (isFillable(layout, r, c)) continue;
      const expected = cellText(mirror[r - 1][c - 1]);
      if (found === expected) continue;
      problems.push(c === 1 && r > 1 ? frPartnerFile.idChanged(place, expected, found) : frPartnerFile.readOnlyChanged(place, expected, found));
    }
  }
  return problems;
}

// ---- the workbook ----------------------------------------------------------------

type Targets = { sheet: SheetSnapshot; rows: Map<string, number>; yearCols: Map<number, number>; commentCol: number };

/** The Réalisé cells of the extracted lines in the workbook: refused when the convention, a line or a column is not there. */
function findTargets(main: WorkbookSnapshot, marker: Marker): Targets | Refused {
  const name = readWorkbook(main).convention.name.trim();
  if (name !== marker.convention) return refusal([frPartnerFile.otherConvention(marker.convention, name)]);
  const grid = realisedGrid(main);
  if (isRefused(grid)) return grid;
  const found = rowsOfLines(grid, marker.ids, frPartnerFile.lineGone);
  const problems: string[] = isRefused(found) ? [...found.problems] : [];
  const rows = isRefused(found) ? new Map<string, number>() : found.rows;
  for (const y of marker.years) if (!grid.yearCols.has(y)) problems.push(frPartnerFile.yearGone(y, grid.sheet.name));
  if (grid.commentCol === undefined) problems.push(frPartner.noRealisedColumn(grid.sheet.name, HEADER.realised.comment));
  return problems.length > 0 ? refusal(problems) : { sheet: grid.sheet, rows, yearCols: grid.yearCols, commentCol: grid.commentCol! };
}
