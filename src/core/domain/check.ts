// The envelope check: a pure function from a convention to a report.
// For every year of the period, the CAF lines must add up to that year's CAF
// envelope (within the tolerance); everything else it finds is a finding
// pinned to a cell through the locator.
import { Convention, periodYears, BudgetLine } from './schema';
import { CheckReport, Finding, YearReport, YearStatus, Breakdown, Severity, FindingCode } from './report';
import { formatMoney, parseMoney } from './money';
import { frFindings, frBreakdown, FIELD_LABEL, frMoney } from '../../i18n/fr-domain';
import { ROLE_LABEL } from '../../i18n/fr-workbook';
import { Locator, CellRef, canonicalLocator } from '../workbook/layout';

/** Amount of a line for a year, in cents, if it can be read. */
export function amountCents(line: BudgetLine, year: string | number): number | null {
  const v = line.amounts[String(year)];
  if (v === undefined) return null;
  if (typeof v === 'number') return v;
  const parsed = parseMoney(v);
  return parsed.ok ? parsed.cents : null;
}

export const isCafLine = (line: BudgetLine) => line.funder === 'caf';

export function statusOf(envelopeCents: number | null, deltaCents: number, toleranceCents: number): YearStatus {
  if (envelopeCents === null) return 'missing-envelope';
  if (Math.abs(deltaCents) <= toleranceCents) return 'balanced';
  return deltaCents > 0 ? 'over' : 'under';
}

export function checkConvention(convention: Convention, locate: Locator = canonicalLocator(convention)): CheckReport {
  const findings: Finding[] = [];
  const add = (severity: Severity, code: FindingCode, message: string, where: CellRef) =>
    findings.push({ severity, code, message, sheet: where.sheet, ...(where.cell ? { cell: where.cell } : {}) });

  const years = checkPeriod(convention, locate, add);
  const yearReports = checkYears(convention, years, locate, add);
  const total = checkTotal(convention, yearReports, add);
  checkEnvelopes(convention, years, locate, add);
  checkAmounts(convention, years, locate, add);
  checkReferences(convention, locate, add);
  checkRequiredFields(convention, locate, add);
  checkDuplicateIds(convention, locate, add);
  return {
    years: yearReports,
    total,
    byAxis: breakdownByAxis(convention, years),
    byBeneficiary: breakdown(convention, years, (l) => [l.beneficiary.trim(), l.beneficiary.trim()]),
    byFunder: breakdown(convention, years, (l) => [l.funder, ROLE_LABEL[l.funder]]),
    findings,
  };
}

/** An item without an id, named by its row in the sheet (the reader's findings say the same). */
const rowLabel = (locate: Locator, kind: 'action' | 'budget', index: number) => frBreakdown.lineLabel(locate.rowOf?.(kind, index));

type Add = (severity: Severity, code: FindingCode, message: string, where: CellRef) => void;

function checkPeriod(c: Convention, locate: Locator, add: Add): number[] {
  const { startYear, endYear } = c.period;
  if (startYear === undefined) add('warning', 'period-incomplete', frFindings.periodIncomplete(FIELD_LABEL.startYear), locate.conventionField('startYear'));
  if (endYear === undefined) add('warning', 'period-incomplete', frFindings.periodIncomplete(FIELD_LABEL.endYear), locate.conventionField('endYear'));
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

function checkYears(c: Convention, years: number[], locate: Locator, add: Add): YearReport[] {
  const allocated = cafAllocatedByYear(c, years);
  const envelopes = new Map(c.envelopes.map((e) => [e.year, e.amountCents]));
  return years.map((year) => {
    const envelopeCents = envelopes.get(year) ?? null;
    const allocatedCents = allocated.get(year) ?? 0;
    const deltaCents = envelopeCents === null ? allocatedCents : allocatedCents - envelopeCents;
    const status = statusOf(envelopeCents, deltaCents, c.toleranceCents);
    const where = locate.envelope(year);
    const [d, a, e] = [formatMoney(Math.abs(deltaCents)), formatMoney(allocatedCents), formatMoney(envelopeCents ?? 0)];
    // Over and under allocation point at the year's column of the budget, where lines are fixed.
    if (status === 'over') add('error', 'over-allocation', frFindings.over(year, d, a, e), locate.budgetYear(year));
    if (status === 'under') add('warning', 'under-allocation', frFindings.under(year, d, a, e), locate.budgetYear(year));
    if (status === 'missing-envelope') add('warning', 'missing-envelope', frFindings.missingEnvelope(year, a), where);
    return { year, envelopeCents, allocatedCents, deltaCents, status };
  });
}

function checkTotal(c: Convention, years: YearReport[], add: Add): CheckReport['total'] {
  const envelopeCents = years.reduce((s, y) => s + (y.envelopeCents ?? 0), 0);
  const allocatedCents = years.reduce((s, y) => s + y.allocatedCents, 0);
  const deltaCents = allocatedCents - envelopeCents;
  const anyMissing = years.length === 0 || years.some((y) => y.envelopeCents === null);
  const status = anyMissing ? 'missing-envelope' : statusOf(envelopeCents, deltaCents, c.toleranceCents * years.length);
  // Per-year findings already say which year is off; the total only speaks when years compensate each other.
  const yearsAllFine = years.every((y) => y.status === 'balanced');
  if (!anyMissing && yearsAllFine && status !== 'balanced') {
    const args = [formatMoney(Math.abs(deltaCents)), formatMoney(allocatedCents), formatMoney(envelopeCents)] as const;
    if (status === 'over') add('error', 'total-over-allocation', frFindings.totalOver(...args), { sheet: 'Budget' });
    else add('warning', 'total-under-allocation', frFindings.totalUnder(...args), { sheet: 'Budget' });
  }
  return { envelopeCents, allocatedCents, deltaCents, status };
}

function checkEnvelopes(c: Convention, years: number[], locate: Locator, add: Add): void {
  const { startYear, endYear } = c.period;
  for (const e of c.envelopes) {
    if (e.amountCents < 0) add('error', 'negative-envelope', frFindings.negativeEnvelope(e.year, formatMoney(e.amountCents)), locate.envelope(e.year));
    if (years.length > 0 && !years.includes(e.year) && startYear !== undefined && endYear !== undefined) {
      add('warning', 'envelope-outside-period', frFindings.envelopeOutsidePeriod(e.year, startYear, endYear), locate.envelope(e.year));
    }
  }
  if (c.envelopeTotalCents !== undefined) {
    const sum = c.envelopes.filter((e) => years.length === 0 || years.includes(e.year)).reduce((s, e) => s + e.amountCents, 0);
    if (sum !== c.envelopeTotalCents) {
      add('error', 'envelope-total-mismatch', frFindings.envelopeTotalMismatch(formatMoney(c.envelopeTotalCents), formatMoney(sum)), locate.conventionField('envelopeTotalCents'));
    }
  }
}

function checkAmounts(c: Convention, years: number[], locate: Locator, add: Add): void {
  c.budget.forEach((line, i) => {
    const label = line.id || rowLabel(locate, 'budget', i);
    for (const [year, value] of Object.entries(line.amounts)) {
      const where = locate.budgetAmount(i, Number(year));
      const cellOrRow = where.cell ? where : locate.budget(i, 'id');
      if (typeof value === 'string') {
        const parsed = parseMoney(value);
        if (!parsed.ok) {
          add('error', 'unreadable-amount', frFindings.unreadableAmount(label, year, frMoney.unreadable(value, parsed.reason)), cellOrRow);
          continue;
        }
      }
      const cents = amountCents(line, year);
      if (cents === null) continue;
      if (years.length > 0 && !years.includes(Number(year)) && cents !== 0) {
        add('error', 'year-outside-period', frFindings.yearOutsidePeriod(label, year, formatMoney(cents)), cellOrRow);
      }
      if (cents < 0) add('error', 'negative-amount', frFindings.negativeAmount(label, year, formatMoney(cents)), cellOrRow);
    }
  });
}

function checkReferences(c: Convention, locate: Locator, add: Add): void {
  const actionIds = new Set(c.actions.map((a) => a.id.trim()));
  const axisIds = new Set(c.axes.map((a) => a.id.trim()));
  c.budget.forEach((line, i) => {
    const ref = line.actionId.trim();
    if (ref !== '' && !actionIds.has(ref)) add('warning', 'unknown-action', frFindings.unknownAction(line.id || rowLabel(locate, 'budget', i), ref), locate.budget(i, 'actionId'));
  });
  c.actions.forEach((action, i) => {
    const ref = action.axisId.trim();
    if (ref !== '' && !axisIds.has(ref)) add('warning', 'unknown-axis', frFindings.unknownAxis(action.id || rowLabel(locate, 'action', i), ref), locate.action(i, 'axisId'));
  });
}

function checkRequiredFields(c: Convention, locate: Locator, add: Add): void {
  const empty = (s: string) => s.trim() === '';
  // A column the locator cannot place (renamed or deleted header) is already reported by the reader: no finding per row.
  const atCell: Add = (severity, code, message, where) => {
    if (where.cell !== undefined) add(severity, code, message, where);
  };
  if (empty(c.territory)) atCell('error', 'empty-field', frFindings.emptyField('Convention', FIELD_LABEL.territory), locate.conventionField('territory'));
  if (!c.signatories.some((s) => s.role === 'caf')) add('warning', 'no-caf-signatory', frFindings.noCafSignatory, { sheet: locate.signatory(0).sheet });
  c.signatories.forEach((s, i) => {
    if (empty(s.name)) atCell('warning', 'empty-field', frFindings.emptyField(`${frBreakdown.signatoryLabel} ${i + 1}`, FIELD_LABEL.signatoryName), locate.signatory(i));
  });
  c.axes.forEach((axis, i) => {
    const label = axis.id || `${frBreakdown.axisLabel} ${i + 1}`;
    if (empty(axis.id)) atCell('error', 'empty-field', frFindings.emptyField(label, FIELD_LABEL.id), locate.axis(i, 'id'));
    if (empty(axis.title)) atCell('error', 'empty-field', frFindings.emptyField(label, FIELD_LABEL.axisTitle), locate.axis(i, 'title'));
  });
  c.actions.forEach((action, i) => {
    const label = action.id || `${frBreakdown.actionLabel} ${i + 1}`;
    if (empty(action.id)) atCell('error', 'empty-field', frFindings.emptyField(label, FIELD_LABEL.id), locate.action(i, 'id'));
    if (empty(action.title)) atCell('error', 'empty-field', frFindings.emptyField(label, FIELD_LABEL.actionTitle), locate.action(i, 'title'));
    if (empty(action.axisId) && c.axes.length > 0) atCell('warning', 'empty-field', frFindings.emptyField(label, FIELD_LABEL.actionAxis), locate.action(i, 'axisId'));
  });
  c.budget.forEach((line, i) => {
    const label = line.id || rowLabel(locate, 'budget', i);
    if (empty(line.id)) atCell('error', 'empty-field', frFindings.emptyField(label, FIELD_LABEL.id), locate.budget(i, 'id'));
    if (empty(line.beneficiary)) atCell('error', 'empty-field', frFindings.emptyField(label, FIELD_LABEL.beneficiary), locate.budget(i, 'beneficiary'));
  });
}

function checkDuplicateIds(c: Convention, locate: Locator, add: Add): void {
  const report = <T extends { id: string }>(items: T[], where: (i: number) => CellRef) => {
    const seen = new Map<string, number[]>();
    items.forEach((item, i) => {
      const id = item.id.trim();
      if (id !== '') seen.set(id, [...(seen.get(id) ?? []), i]);
    });
    for (const [id, indexes] of seen) {
      if (indexes.length < 2) continue;
      for (const i of indexes.slice(1)) add('error', 'duplicate-id', frFindings.duplicateId(id, indexes.length), where(i));
    }
  };
  report(c.axes, (i) => locate.axis(i, 'id'));
  report(c.actions, (i) => locate.action(i, 'id'));
  report(c.budget, (i) => locate.budget(i, 'id'));
}

function breakdown(c: Convention, years: number[], keyOf: (line: BudgetLine) => [string, string]): Breakdown[] {
  const groups = new Map<string, Breakdown>();
  for (const line of c.budget) {
    const [key, label] = keyOf(line);
    const group = groups.get(key) ?? { key, label, perYear: Object.fromEntries(years.map((y) => [String(y), 0])), totalCents: 0 };
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
    return titles.has(axisId) ? [axisId, titles.get(axisId)!] : ['', frBreakdown.noAxis];
  });
  // Axes in the convention's order, "no axis" last; axes without lines still appear with zeros.
  const byKey = new Map(groups.map((g) => [g.key, g]));
  const zero = () => Object.fromEntries(years.map((y) => [String(y), 0]));
  const ordered = c.axes.map((a) => byKey.get(a.id.trim()) ?? { key: a.id.trim(), label: a.title, perYear: zero(), totalCents: 0 });
  const none = byKey.get('');
  const seen = new Set<string>();
  return [...ordered, ...(none ? [none] : [])].filter((g) => (seen.has(g.key) ? false : (seen.add(g.key), true)));
}
