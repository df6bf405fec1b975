// The envelope check: a pure function from a convention to a report.
// For every year of the period, the CAF lines must add up to that year's CAF
// envelope (within the tolerance); everything else it finds is a finding
// pinned to a cell through the locator it is given. Findings are codes with typed
// parameters (report.ts); their French words are chosen where they are shown.
import { Convention, periodYears, BudgetLine } from './schema';
import { CheckReport, Finding, YearReport, YearStatus, Breakdown, Severity, FindingDetail, ItemName, EmptyField, GapReason, ReadGaps, finding } from './report';
import { parseMoney } from './money';
import { Locator, CellRef } from './locator';
import { amountCents, isCafLine } from './amounts';
import { CheckOptions, cafRealisedByYear, checkFollowUp } from './check-follow-up';

export { amountCents, isCafLine } from './amounts';

export function statusOf(envelopeCents: number | null, deltaCents: number, toleranceCents: number): YearStatus {
  if (envelopeCents === null) return 'missing-envelope';
  if (Math.abs(deltaCents) <= toleranceCents) return 'balanced';
  return deltaCents > 0 ? 'over' : 'under';
}

/**
 * `gaps`: what the reader could not read with certainty (a missing Budget tab or column, a
 * funder it could not read); such a year is `incomplete`, never balanced, over or under.
 */
export function checkConvention(convention: Convention, locate: Locator, gaps: ReadGaps = {}, options: CheckOptions = {}): CheckReport {
  const findings: Finding[] = [];
  const add: Add = (severity, detail, where) => findings.push(finding(severity, detail, where));

  const years = checkPeriod(convention, locate, add);
  const yearReports = checkYears(convention, years, incompleteYears(convention, years, gaps), locate, add);
  const total = checkTotal(convention, yearReports, add);
  checkEnvelopes(convention, years, locate, add);
  checkAmounts(convention, years, locate, add);
  checkReferences(convention, locate, add);
  checkRequiredFields(convention, locate, add);
  checkDuplicateIds(convention, locate, add);
  checkFollowUp(convention, locate, add, options);
  return {
    years: yearReports,
    total,
    byAxis: breakdownByAxis(convention, years),
    byBeneficiary: breakdown(convention, years, (l) => [l.beneficiary.trim(), l.beneficiary.trim()]),
    byFunder: breakdown(convention, years, (l) => [l.funder, undefined]), // named by its role where shown
    findings,
  };
}

/** An item by its id, or without one by its row in the sheet (the reader's findings say the same). */
const byRow = (locate: Locator, kind: 'action' | 'budget', index: number, id: string): ItemName => {
  const row = locate.rowOf?.(kind, index);
  return { by: 'row', id, ...(row !== undefined ? { row } : {}) };
};
/** An item by its id, or without one by its position ("Axe 2", "Fiche 3", "Signataire 1"). */
const byPosition = (item: 'axis' | 'action' | 'signatory', index: number, id: string): ItemName => ({ by: 'position', item, id, position: index + 1 });

type Add = (severity: Severity, detail: FindingDetail, where: CellRef) => void;

function checkPeriod(c: Convention, locate: Locator, add: Add): number[] {
  const { startYear, endYear } = c.period;
  if (startYear === undefined) add('warning', { kind: 'period-incomplete', field: 'startYear' }, locate.conventionField('startYear'));
  if (endYear === undefined) add('warning', { kind: 'period-incomplete', field: 'endYear' }, locate.conventionField('endYear'));
  return periodYears(c.period);
}

function cafAllocatedByYear(c: Convention, years: number[]): Map<number, number> {
  const sums = new Map(years.map((y) => [y, 0]));
  for (const line of c.budget) {
    if (!isCafLine(line)) continue;
    for (const y of years) {
      const cents = amountCents(line, y);
      if (cents !== null) sums.set(y, (sums.get(y) ?? 0) + cents);
    }
  }
  return sums;
}

/** The years whose CAF total cannot be computed with certainty, and why (the first reason found). */
function incompleteYears(c: Convention, years: number[], gaps: ReadGaps): Map<number, GapReason> {
  const out = new Map<number, GapReason>();
  const mark = (year: number, reason: GapReason) => {
    if (years.includes(year) && !out.has(year)) out.set(year, reason);
  };
  if (gaps.all) for (const y of years) mark(y, gaps.all);
  for (const [y, reason] of gaps.years ?? []) mark(y, reason);
  for (const line of c.budget) {
    if (!isCafLine(line)) continue;
    for (const [y, v] of Object.entries(line.amounts)) if (typeof v === 'string' && v.trim() !== '' && !parseMoney(v).ok) mark(Number(y), 'amount-unreadable');
  }
  const seen = new Set<number>();
  for (const e of c.envelopes) {
    if (seen.has(e.year)) mark(e.year, 'envelope-repeated');
    seen.add(e.year);
  }
  return out;
}

function checkYears(c: Convention, years: number[], incomplete: Map<number, GapReason>, locate: Locator, add: Add): YearReport[] {
  const allocated = cafAllocatedByYear(c, years);
  const envelopes = new Map(c.envelopes.map((e) => [e.year, e.amountCents]));
  const realised = cafRealisedByYear(c, years);
  return years.map((year) => {
    const realisedCents = realised.get(year) ?? null;
    const envelopeCents = envelopes.get(year) ?? null;
    const allocatedCents = allocated.get(year) ?? 0;
    const deltaCents = envelopeCents === null ? allocatedCents : allocatedCents - envelopeCents;
    const where = locate.envelope(year);
    const reason = incomplete.get(year);
    if (reason) {
      add('error', { kind: 'incomplete-year', year, reason }, reason === 'envelope-repeated' ? where : locate.budgetYear(year));
      return { year, envelopeCents, allocatedCents, deltaCents, status: 'incomplete' as const, realisedCents };
    }
    const status = statusOf(envelopeCents, deltaCents, c.toleranceCents);
    const amounts = { year, deltaCents, allocatedCents, envelopeCents: envelopeCents ?? 0 };
    // Over and under allocation point at the year's column of the budget, where lines are fixed.
    if (status === 'over') add('error', { kind: 'over-allocation', ...amounts }, locate.budgetYear(year));
    if (status === 'under') add('warning', { kind: 'under-allocation', ...amounts }, locate.budgetYear(year));
    if (status === 'missing-envelope') add('warning', { kind: 'missing-envelope', year, allocatedCents }, where);
    return { year, envelopeCents, allocatedCents, deltaCents, status, realisedCents };
  });
}

function checkTotal(c: Convention, years: YearReport[], add: Add): CheckReport['total'] {
  const envelopeCents = years.reduce((s, y) => s + (y.envelopeCents ?? 0), 0);
  const allocatedCents = years.reduce((s, y) => s + y.allocatedCents, 0);
  const deltaCents = allocatedCents - envelopeCents;
  const anyMissing = years.length === 0 || years.some((y) => y.envelopeCents === null);
  const anyIncomplete = years.some((y) => y.status === 'incomplete');
  const status = anyIncomplete ? 'incomplete' : anyMissing ? 'missing-envelope' : statusOf(envelopeCents, deltaCents, c.toleranceCents * years.length);
  // Per-year findings already say which year is off; the total only speaks when years compensate each other.
  const yearsAllFine = years.every((y) => y.status === 'balanced');
  if (!anyMissing && !anyIncomplete && yearsAllFine && status !== 'balanced') {
    const amounts = { deltaCents, allocatedCents, envelopeCents };
    if (status === 'over') add('error', { kind: 'total-over-allocation', ...amounts }, { sheet: 'Budget' });
    else add('warning', { kind: 'total-under-allocation', ...amounts }, { sheet: 'Budget' });
  }
  return { envelopeCents, allocatedCents, deltaCents, status };
}

/**
 * 100 000 000 € in cents: no CTG line or annual CAF envelope comes near it (a whole
 * department's envelope is a few tens of millions), so more is taken for a typo (a year, a
 * phone number or a few zeros too many typed in an amount cell) and reported as a warning.
 */
export const IMPLAUSIBLE_CENTS = 100_000_000 * 100;

function checkEnvelopes(c: Convention, years: number[], locate: Locator, add: Add): void {
  const { startYear, endYear } = c.period;
  for (const e of c.envelopes) {
    if (e.amountCents < 0) add('error', { kind: 'negative-envelope', year: e.year, amountCents: e.amountCents }, locate.envelope(e.year));
    if (e.amountCents === 0) add('warning', { kind: 'zero-envelope', year: e.year }, locate.envelope(e.year));
    if (e.amountCents > IMPLAUSIBLE_CENTS)
      add('warning', { kind: 'implausible-envelope', year: e.year, amountCents: e.amountCents, limitCents: IMPLAUSIBLE_CENTS }, locate.envelope(e.year));
    if (years.length > 0 && !years.includes(e.year) && startYear !== undefined && endYear !== undefined) {
      add('warning', { kind: 'envelope-outside-period', year: e.year, startYear, endYear }, locate.envelope(e.year));
    }
  }
  if (c.envelopeTotalCents !== undefined) {
    const sum = c.envelopes.filter((e) => years.length === 0 || years.includes(e.year)).reduce((s, e) => s + e.amountCents, 0);
    if (sum !== c.envelopeTotalCents) {
      add('error', { kind: 'envelope-total-mismatch', statedCents: c.envelopeTotalCents, sumCents: sum }, locate.conventionField('envelopeTotalCents'));
    }
  }
}

function checkAmounts(c: Convention, years: number[], locate: Locator, add: Add): void {
  c.budget.forEach((line, i) => {
    const label = byRow(locate, 'budget', i, line.id);
    for (const [year, value] of Object.entries(line.amounts)) {
      const where = locate.budgetAmount(i, Number(year));
      const cellOrRow = where.cell ? where : locate.budget(i, 'id');
      if (typeof value === 'string') {
        const parsed = parseMoney(value);
        if (!parsed.ok) {
          add('error', { kind: 'unreadable-amount', line: label, year, text: value, reason: parsed.reason }, cellOrRow);
          continue;
        }
      }
      const cents = amountCents(line, year);
      if (cents === null) continue;
      if (years.length > 0 && !years.includes(Number(year)) && cents !== 0) {
        add('error', { kind: 'year-outside-period', line: label, year, amountCents: cents }, cellOrRow);
      }
      if (cents < 0) add('error', { kind: 'negative-amount', line: label, year, amountCents: cents }, cellOrRow);
      if (cents > IMPLAUSIBLE_CENTS)
        add('warning', { kind: 'implausible-amount', line: label, year, amountCents: cents, limitCents: IMPLAUSIBLE_CENTS }, cellOrRow);
    }
  });
}

function checkReferences(c: Convention, locate: Locator, add: Add): void {
  const actionIds = new Set(c.actions.map((a) => a.id.trim()));
  const axisIds = new Set(c.axes.map((a) => a.id.trim()));
  c.budget.forEach((line, i) => {
    const ref = line.actionId.trim();
    if (ref !== '' && !actionIds.has(ref))
      add('warning', { kind: 'unknown-action', line: byRow(locate, 'budget', i, line.id), actionId: ref }, locate.budget(i, 'actionId'));
  });
  c.actions.forEach((action, i) => {
    const ref = action.axisId.trim();
    if (ref !== '' && !axisIds.has(ref))
      add('warning', { kind: 'unknown-axis', action: byRow(locate, 'action', i, action.id), axisId: ref }, locate.action(i, 'axisId'));
  });
}

function checkRequiredFields(c: Convention, locate: Locator, add: Add): void {
  const empty = (s: string) => s.trim() === '';
  // A column the locator cannot place (renamed or deleted header) is already reported by the reader: no finding per row.
  const emptyAt = (severity: Severity, item: ItemName, field: EmptyField, where: CellRef) => {
    if (where.cell !== undefined) add(severity, { kind: 'empty-field', item, field }, where);
  };
  if (empty(c.territory)) emptyAt('error', { by: 'convention' }, 'territory', locate.conventionField('territory'));
  if (!c.signatories.some((s) => s.role === 'caf')) add('warning', { kind: 'no-caf-signatory' }, { sheet: locate.signatory(0).sheet });
  c.signatories.forEach((s, i) => {
    if (empty(s.name)) emptyAt('warning', byPosition('signatory', i, ''), 'signatoryName', locate.signatory(i));
  });
  c.axes.forEach((axis, i) => {
    const label = byPosition('axis', i, axis.id);
    if (empty(axis.id)) emptyAt('error', label, 'id', locate.axis(i, 'id'));
    if (empty(axis.title)) emptyAt('error', label, 'axisTitle', locate.axis(i, 'title'));
  });
  c.actions.forEach((action, i) => {
    const label = byPosition('action', i, action.id);
    if (empty(action.id)) emptyAt('error', label, 'id', locate.action(i, 'id'));
    if (empty(action.title)) emptyAt('error', label, 'actionTitle', locate.action(i, 'title'));
    if (empty(action.axisId) && c.axes.length > 0) emptyAt('warning', label, 'actionAxis', locate.action(i, 'axisId'));
  });
  c.budget.forEach((line, i) => {
    const label = byRow(locate, 'budget', i, line.id);
    if (empty(line.id)) emptyAt('error', label, 'id', locate.budget(i, 'id'));
    if (empty(line.beneficiary)) emptyAt('error', label, 'beneficiary', locate.budget(i, 'beneficiary'));
  });
}

function checkDuplicateIds(c: Convention, locate: Locator, add: Add): void {
  const report = <T extends { id: string }>(items: T[], where: (i: number) => CellRef) => {
    const seen = new Map<string, number[]>();
    items.forEach((item, i) => {
      const id = item.id.trim();
      if (id === '') return;
      const list = seen.get(id);
      if (list) list.push(i);
      else seen.set(id, [i]);
    });
    for (const [id, indexes] of seen) {
      if (indexes.length < 2) continue;
      for (const i of indexes.slice(1)) add('error', { kind: 'duplicate-id', id, count: indexes.length }, where(i));
    }
  };
  report(c.axes, (i) => locate.axis(i, 'id'));
  report(c.actions, (i) => locate.action(i, 'id'));
  report(c.budget, (i) => locate.budget(i, 'id'));
}

/** Lines grouped by key; a group's label is the convention's own name for it, if it has one. */
function breakdown(c: Convention, years: number[], keyOf: (line: BudgetLine) => [string, string | undefined]): Breakdown[] {
  const groups = new Map<string, Breakdown>();
  for (const line of c.budget) {
    const [key, label] = keyOf(line);
    const group = groups.get(key) ?? {
      key,
      ...(label !== undefined ? { label } : {}),
      perYear: Object.fromEntries(years.map((y) => [String(y), 0])),
      totalCents: 0,
    };
    for (const y of years) {
      const cents = amountCents(line, y) ?? 0;
      group.perYear[String(y)] += cents;
      group.totalCents += cents;
    }
    groups.set(key, group);
  }
  return [...groups.values()];
}

/** CAF and other funders alike, grouped by the axis of each line's fiche action. */
function breakdownByAxis(c: Convention, years: number[]): Breakdown[] {
  const axisOfAction = new Map(c.actions.map((a) => [a.id.trim(), a.axisId.trim()]));
  const titles = new Map(c.axes.map((a) => [a.id.trim(), a.title]));
  const groups = breakdown(c, years, (line) => {
    const axisId = axisOfAction.get(line.actionId.trim()) ?? '';
    return titles.has(axisId) ? [axisId, titles.get(axisId)!] : ['', undefined]; // "no axis", worded where shown
  });
  // Axes in the convention's order, "no axis" last; axes without lines still appear with zeros.
  const byKey = new Map(groups.map((g) => [g.key, g]));
  const zero = () => Object.fromEntries(years.map((y) => [String(y), 0]));
  const ordered = c.axes.map((a) => byKey.get(a.id.trim()) ?? { key: a.id.trim(), label: a.title, perYear: zero(), totalCents: 0 });
  const none = byKey.get('');
  const seen = new Set<string>();
  return [...ordered, ...(none ? [none] : [])].filter((g) => (seen.has(g.key) ? false : (seen.add(g.key), true)));
}
