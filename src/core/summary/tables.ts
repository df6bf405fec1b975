// The tables of the summary, shared by the convention summary, the fiches and
// the template blocks: fiches actions, financing, breakdowns, envelope check.
import { Convention, Action, periodYears } from '../domain/schema';
import { Breakdown, CheckReport } from '../domain/report';
import { amountCents, isCafLine } from '../domain/check';
import { formatMoney } from '../domain/money';
import { breakdownLabel } from '../wording/finding-message';
import { ROLE_LABEL, ACTION_STATUS_LABEL } from '../../i18n/fr-workbook';
import { frSummary, SUMMARY_STATUS } from '../../i18n/fr-summary';
import type { Orientation, Table } from './model';
import { table } from './blocks';
import { amountCell, orDash } from './format';

/** The fiches of an axis; Pilote and Échéance are left out when no fiche of the table has one. */
export function actionTable(actions: Action[]): Table {
  const [idH, titleH, leadH, scheduleH, statusH] = frSummary.actionTableHeader;
  const columns: { header: string; width: number; cell: (a: Action) => string }[] = [
    { header: idH, width: 1, cell: (a) => a.id },
    { header: titleH, width: 6, cell: (a) => orDash(a.title) },
    ...(actions.some((a) => a.lead.trim()) ? [{ header: leadH, width: 2.2, cell: (a: Action) => orDash(a.lead) }] : []),
    ...(actions.some((a) => a.schedule.trim()) ? [{ header: scheduleH, width: 1.8, cell: (a: Action) => orDash(a.schedule) }] : []),
    { header: statusH, width: 1.8, cell: (a) => ACTION_STATUS_LABEL[a.status] },
  ];
  return table({ header: columns.map((c) => c.header), rows: actions.map((a) => columns.map((c) => c.cell(a))), widths: columns.map((c) => c.width) });
}

/** The years shown in money tables: the period's, or (period incomplete) every year that holds an amount. */
export function budgetYears(c: Convention): number[] {
  const years = periodYears(c.period);
  if (years.length) return years;
  const typed = new Set(c.budget.flatMap((l) => Object.keys(l.amounts).map(Number)));
  return [...typed].sort((a, b) => a - b);
}

/** Up to 3 years, amounts like `241 801,00 €` fit a portrait page; more need landscape. */
export const MAX_PORTRAIT_YEARS = 3;
export const orientationFor = (c: Convention): Orientation => (budgetYears(c).length > MAX_PORTRAIT_YEARS ? 'landscape' : 'portrait');

/** One row per budget line, then the CAF total and (when other funders appear) the all-funders total. */
export function budgetLinesTable(c: Convention, lines = c.budget): Table {
  const years = budgetYears(c);
  const sum = (ls: typeof lines, y: number) => ls.reduce((s, l) => s + (amountCents(l, y) ?? 0), 0);
  const totalRow = (label: string, ls: typeof lines) => {
    const perYear = years.map((y) => sum(ls, y));
    return [label, '', '', ...perYear.map((v) => formatMoney(v)), formatMoney(perYear.reduce((s, v) => s + v, 0))];
  };
  const caf = lines.filter(isCafLine);
  const totals = [totalRow(frSummary.budgetTotalCaf, caf)];
  if (caf.length !== lines.length) totals.push(totalRow(frSummary.budgetTotalAll, lines));
  return table({
    header: frSummary.budgetHeader(years),
    rows: lines.map((l) => [
      orDash(l.beneficiary),
      orDash(l.equipment),
      ROLE_LABEL[l.funder],
      ...years.map((y) => amountCell(l, y)),
      formatMoney(years.reduce((s, y) => s + (amountCents(l, y) ?? 0), 0)),
    ]),
    totals,
    align: ['left', 'left', 'left', ...years.map(() => 'right' as const), 'right'],
    widths: [3, 3, 1.7, ...years.map(() => 1.9), 2],
  });
}

/** A breakdown of the check (per beneficiary, per funder) as a table with its total row. */
export function breakdownTable(firstColumn: string, groups: Breakdown[], years: number[]): Table {
  const total = (y: number) => groups.reduce((s, g) => s + (g.perYear[String(y)] ?? 0), 0);
  return table({
    header: [firstColumn, ...years.map(String), frSummary.totalColumn],
    rows: groups.map((g) => [orDash(breakdownLabel(g)), ...years.map((y) => formatMoney(g.perYear[String(y)] ?? 0)), formatMoney(g.totalCents)]),
    totals: [[frSummary.budgetTotalAll, ...years.map((y) => formatMoney(total(y))), formatMoney(groups.reduce((s, g) => s + g.totalCents, 0))]],
    align: ['left', ...years.map(() => 'right' as const), 'right'],
    widths: [6, ...years.map(() => 1.9), 2],
  });
}

export function envelopeTable(report: CheckReport): Table {
  const money = (c: number | null) => (c === null ? frSummary.notFilled : formatMoney(c));
  const signed = (c: number) => (c > 0 ? '+' : '') + formatMoney(c);
  const t = report.total;
  return table({
    header: [...frSummary.envelopeHeader],
    rows: report.years.map((y) => [String(y.year), money(y.envelopeCents), money(y.allocatedCents), signed(y.deltaCents), SUMMARY_STATUS[y.status]]),
    totals: [[frSummary.envelopeTotalRow, money(t.envelopeCents), money(t.allocatedCents), signed(t.deltaCents), SUMMARY_STATUS[t.status]]],
    align: ['left', 'right', 'right', 'right', 'left'],
    widths: [1.6, 2, 2, 1.8, 2.4],
  });
}
