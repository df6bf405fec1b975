// The follow-up part of the check: what partners entered in Réalisé, Indicateurs and Suivi,
// compared with the plan. Nothing here changes a year's envelope status: these are warnings
// pinned to the cell to look at.
import { Convention, BudgetLine, periodYears } from './schema';
import { FindingDetail, ImplausibleMeasure, ItemName, Severity } from './report';
import { parseMoney } from './money';
import { Locator, CellRef } from './locator';
import { amountCents, centsIn as realisedCentsOf, isCafLine } from './amounts';

type Add = (severity: Severity, detail: FindingDetail, where: CellRef) => void;

/** What the check needs to know of "now": réalisé for a year that has not begun is suspect. */
export type CheckOptions = { currentYear?: number };

/** The first budget line of each id. */
export function linesById(c: Convention): Map<string, BudgetLine> {
  const out = new Map<string, BudgetLine>();
  for (const line of c.budget) if (line.id.trim() !== '' && !out.has(line.id.trim())) out.set(line.id.trim(), line);
  return out;
}

/** What the CAF lines actually cost each year; null for a year without any CAF réalisé entered. */
export function cafRealisedByYear(c: Convention, years: number[]): Map<number, number | null> {
  const lines = linesById(c);
  const out = new Map<number, number | null>(years.map((y) => [y, null]));
  for (const r of c.realised ?? []) {
    const line = lines.get(r.lineId.trim());
    if (!line || !isCafLine(line)) continue;
    for (const y of years) {
      const cents = realisedCentsOf(r.amounts, y);
      if (cents !== null) out.set(y, (out.get(y) ?? 0) + cents);
    }
  }
  return out;
}

export function checkFollowUp(c: Convention, locate: Locator, add: Add, options: CheckOptions): void {
  checkRealised(c, locate, add, options);
  checkDoneActions(c, locate, add);
  checkIndicators(c, locate, add);
  checkSuivi(c, locate, add);
}

const lineName = (locate: Locator, index: number, id: string): ItemName => ({ by: 'row', id, ...rowOf(locate.realised(index)) });
const rowOf = (ref: CellRef): { row?: number } => {
  const m = /(\d+)$/.exec(ref.cell ?? '');
  return m ? { row: Number(m[1]) } : {};
};

function checkRealised(c: Convention, locate: Locator, add: Add, { currentYear }: CheckOptions): void {
  const lines = linesById(c);
  (c.realised ?? []).forEach((r, i) => {
    const id = r.lineId.trim();
    const line = lines.get(id);
    if (!line) add('warning', { kind: 'realised-unknown-line', lineId: id }, locate.realised(i, 'lineId'));
    const name = lineName(locate, i, id);
    for (const [year, value] of Object.entries(r.amounts)) {
      const where = locate.realisedAmount(i, Number(year));
      if (typeof value === 'string' && !parseMoney(value).ok) {
        const parsed = parseMoney(value);
        if (!parsed.ok) add('warning', { kind: 'unreadable-realised', line: name, year, text: value, reason: parsed.reason }, where);
        continue;
      }
      const cents = realisedCentsOf(r.amounts, year);
      if (cents === null) continue;
      if (cents < 0) add('warning', { kind: 'negative-realised', line: name, year, amountCents: cents }, where);
      if (currentYear !== undefined && Number(year) > currentYear && cents !== 0)
        add('warning', { kind: 'realised-future-year', line: name, year, currentYear }, where);
      const planned = line ? (amountCents(line, year) ?? 0) : 0;
      if (line && isCafLine(line) && cents > planned)
        add('warning', { kind: 'realised-over-planned', line: name, year, realisedCents: cents, plannedCents: planned }, where);
    }
  });
}

/** A fiche said *Réalisée* (in Actions, or in Suivi for a year) whose budget lines have no réalisé at all (that year). */
function checkDoneActions(c: Convention, locate: Locator, add: Add): void {
  const linesOf = new Map<string, string[]>();
  for (const line of c.budget) {
    const a = line.actionId.trim();
    if (a !== '' && line.id.trim() !== '') linesOf.set(a, [...(linesOf.get(a) ?? []), line.id.trim()]);
  }
  const realised = new Map((c.realised ?? []).map((r) => [r.lineId.trim(), r.amounts]));
  const hasRealised = (actionId: string, year?: number) =>
    (linesOf.get(actionId) ?? []).some((id) => {
      const amounts = realised.get(id) ?? {};
      return Object.keys(amounts).some((y) => (year === undefined || Number(y) === year) && realisedCentsOf(amounts, y) !== null);
    });
  c.actions.forEach((a, i) => {
    const id = a.id.trim();
    if (a.status === 'realisee' && linesOf.has(id) && !hasRealised(id))
      add('warning', { kind: 'action-done-without-realised', action: { by: 'position', item: 'action', id, position: i + 1 } }, locate.action(i, 'status'));
  });
  (c.followUp ?? []).forEach((f, i) => {
    const id = f.actionId.trim();
    if (f.status === 'realisee' && linesOf.has(id) && !hasRealised(id, f.year))
      add('warning', { kind: 'action-done-without-realised', action: { by: 'row', id }, year: f.year }, locate.followUp(i, 'status'));
  });
}

/** A percentage unit: "%", "pourcentage", "taux (%)". */
const PERCENT_UNIT = /%|pour\s?cent/i;

/** Why a measured value looks wrong, if it does (see ImplausibleMeasure). */
export function implausibleMeasure(value: number, ind: { baseline?: number; target?: number; unit?: string }): ImplausibleMeasure | undefined {
  const { baseline, target } = ind;
  if (value < 0 && (baseline ?? 0) >= 0 && (target ?? 0) >= 0) return 'negative';
  if (ind.unit && PERCENT_UNIT.test(ind.unit) && value > 100) return 'over-percent';
  if (baseline !== undefined && target !== undefined) {
    const span = Math.max(Math.abs(target - baseline), Math.abs(target), Math.abs(baseline), 1);
    if (Math.abs(value - target) > 100 * span) return 'far-from-range';
  }
  return undefined;
}

function checkIndicators(c: Convention, locate: Locator, add: Add): void {
  let k = 0;
  for (const a of c.actions) {
    for (const ind of a.indicators) {
      const index = k++;
      const values = Object.entries(ind.values ?? {});
      const actionId = a.id.trim();
      if (values.some(([, v]) => typeof v === 'number') && !ind.unit?.trim())
        add('warning', { kind: 'indicator-without-unit', actionId, label: ind.label }, locate.indicator(index, 'unit'));
      for (const [year, v] of values) {
        const where = locate.indicatorValue(index, Number(year));
        if (typeof v === 'string') {
          add('warning', { kind: 'unreadable-measure', what: 'indicator', actionId, year, text: v }, where);
          continue;
        }
        const reason = implausibleMeasure(v, ind);
        if (reason) add('warning', { kind: 'implausible-indicator', actionId, label: ind.label, year, value: v, reason }, where);
      }
    }
  }
}

function checkSuivi(c: Convention, locate: Locator, add: Add): void {
  const actions = new Set(c.actions.map((a) => a.id.trim()));
  const years = periodYears(c.period);
  const { startYear, endYear } = c.period;
  (c.followUp ?? []).forEach((f, i) => {
    const actionId = f.actionId.trim();
    if (!actions.has(actionId)) add('warning', { kind: 'follow-up-unknown-action', actionId, year: f.year }, locate.followUp(i, 'actionId'));
    if (years.length > 0 && !years.includes(f.year) && startYear !== undefined && endYear !== undefined)
      add('warning', { kind: 'follow-up-outside-period', actionId, year: f.year, startYear, endYear }, locate.followUp(i, 'year'));
    const p = f.progress;
    if (typeof p === 'string')
      add('warning', { kind: 'unreadable-measure', what: 'progress', actionId, year: String(f.year), text: p }, locate.followUp(i, 'progress'));
    else if (p !== undefined && (p < 0 || p > 100))
      add('warning', { kind: 'implausible-progress', actionId, year: f.year, value: p }, locate.followUp(i, 'progress'));
  });
}
