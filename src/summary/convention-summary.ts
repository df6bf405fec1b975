// Convention → document model: the summary a coordinator brings to the comité
// de pilotage. Every figure comes from the convention or from the check report.
import { Convention, Action, Axis, periodYears } from '../domain/schema';
import { Breakdown, CheckReport, YearReport } from '../domain/report';
import { amountCents, isCafLine } from '../domain/check';
import { formatMoney } from '../domain/money';
import { ROLE_LABEL, AXIS_TYPE_LABEL, ACTION_STATUS_LABEL } from '../i18n/fr-workbook';
import { frSummary, SUMMARY_STATUS } from '../i18n/fr-summary';
import { YEAR_STATUS_LABEL } from '../i18n/fr-domain';
import type { Block, SummaryDocument, Table } from './model';
import { bullets, heading, para, table, text } from './blocks';
import { amountCell, frenchDate, frenchIsoDate, orDash, periodText } from './format';

export type SummaryMeta = { generatedAt: Date; spreadsheetUrl?: string };

export function buildConventionSummary(convention: Convention, report: CheckReport, meta: SummaryMeta): SummaryDocument {
  return {
    name: frSummary.documentTitle(convention.name),
    orientation: orientationFor(convention),
    blocks: [
      ...titleBlocks(convention),
      ...signatoryBlocks(convention),
      ...axesBlocks(convention),
      ...budgetBlocks(convention, report),
      ...envelopeBlocks(report),
      ...findingBlocks(report),
      ...footerBlocks(meta),
    ],
  };
}

function titleBlocks(c: Convention): Block[] {
  const facts: [string, string][] = [
    [frSummary.territoryLabel, orDash(c.territory)],
    [frSummary.periodLabel, periodText(c.period)],
  ];
  if (c.signatureDate) facts.push([frSummary.signatureDateLabel, frenchIsoDate(c.signatureDate)]);
  if (c.coordinator.trim()) facts.push([frSummary.coordinatorLabel, c.coordinator.trim()]);
  return [
    { kind: 'title', text: frSummary.documentTitle(c.name) },
    { kind: 'subtitle', text: frSummary.subtitle(orDash(c.territory), periodText(c.period)) },
    ...facts.map(([label, value]) => para(text(`${label} : `, { bold: true }), text(value))),
  ];
}

function signatoryBlocks(c: Convention): Block[] {
  const items = c.signatories.map((s) => [text(frSummary.signatory(orDash(s.name), ROLE_LABEL[s.role]))]);
  return [heading(1, frSummary.signatoriesHeading), items.length ? bullets(items) : para(text(frSummary.noSignatories))];
}

function axesBlocks(c: Convention): Block[] {
  // Each action under the first axis bearing its id, so duplicate axis ids never print an action twice;
  // an empty axis id means "not attached", never a match.
  const firstIndex = new Map<string, number>();
  c.axes.forEach((a, i) => {
    const id = a.id.trim();
    if (id !== '' && !firstIndex.has(id)) firstIndex.set(id, i);
  });
  const under = (i: number) => c.actions.filter((a) => firstIndex.get(a.axisId.trim()) === i);
  const blocks: Block[] = [heading(1, frSummary.axesHeading)];
  c.axes.forEach((axis, i) => blocks.push(...axisBlocks(axis, i + 1, under(i))));
  const orphans = c.actions.filter((a) => !firstIndex.has(a.axisId.trim()));
  if (orphans.length) blocks.push(heading(2, frSummary.actionsWithoutAxisHeading), actionTable(orphans));
  return blocks;
}

function axisBlocks(axis: Axis, index: number, actions: Action[]): Block[] {
  const blocks: Block[] = [heading(2, frSummary.axisHeading(AXIS_TYPE_LABEL[axis.type], index, orDash(axis.title)))];
  if (axis.themes.length) blocks.push(para(text(`${frSummary.themesLabel} : `, { bold: true }), text(axis.themes.join(', '))));
  blocks.push(para(text(`${frSummary.objectivesLabel} :`, { bold: true })));
  blocks.push(axis.objectives.length ? bullets(axis.objectives.map((o) => [text(o)])) : para(text(frSummary.noObjectives)));
  blocks.push(actions.length ? actionTable(actions) : para(text(frSummary.noActions, { italic: true })));
  return blocks;
}

export function actionTable(actions: Action[]): Table {
  return table({
    header: [...frSummary.actionTableHeader],
    rows: actions.map((a) => [a.id, orDash(a.title), orDash(a.lead), orDash(a.schedule), ACTION_STATUS_LABEL[a.status]]),
    widths: [1, 6, 2.2, 1.8, 1.8],
  });
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
export const orientationFor = (c: Convention) => (budgetYears(c).length > MAX_PORTRAIT_YEARS ? 'landscape' : 'portrait');

/** One row per budget line, then the CAF total and (when other funders appear) the all-funders total. */
export function budgetTable(c: Convention, lines = c.budget): Table {
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

function budgetBlocks(c: Convention, report: CheckReport): Block[] {
  if (c.budget.length === 0) return [heading(1, frSummary.budgetHeading), para(text(frSummary.noBudget))];
  const blocks: Block[] = [heading(1, frSummary.budgetHeading), para(text(frSummary.budgetIntro)), budgetTable(c)];
  const years = report.years.map((y) => y.year);
  // Totals per beneficiary only say something new when one has several lines; per funder when there are several.
  if (years.length && report.byBeneficiary.length < c.budget.length) blocks.push(heading(2, frSummary.byBeneficiaryHeading), breakdownTable(frSummary.beneficiaryColumn, report.byBeneficiary, years));
  if (years.length && report.byFunder.length > 1) blocks.push(heading(2, frSummary.byFunderHeading), breakdownTable(frSummary.funderColumn, report.byFunder, years));
  return blocks;
}

/** A breakdown of the check (per beneficiary, per funder) as a table with its total row. */
export function breakdownTable(firstColumn: string, groups: Breakdown[], years: number[]): Table {
  const total = (y: number) => groups.reduce((s, g) => s + (g.perYear[String(y)] ?? 0), 0);
  return table({
    header: [firstColumn, ...years.map(String), frSummary.totalColumn],
    rows: groups.map((g) => [orDash(g.label), ...years.map((y) => formatMoney(g.perYear[String(y)] ?? 0)), formatMoney(g.totalCents)]),
    totals: [[frSummary.budgetTotalAll, ...years.map((y) => formatMoney(total(y))), formatMoney(groups.reduce((s, g) => s + g.totalCents, 0))]],
    align: ['left', ...years.map(() => 'right' as const), 'right'],
    widths: [6, ...years.map(() => 1.9), 2],
  });
}

export function yearSentence(y: YearReport): string {
  const [allocated, envelope, delta] = [formatMoney(y.allocatedCents), formatMoney(y.envelopeCents ?? 0), formatMoney(Math.abs(y.deltaCents))];
  switch (y.status) {
    case 'balanced':
      return frSummary.yearSentence.balanced(y.year, allocated, envelope);
    case 'over':
      return frSummary.yearSentence.over(y.year, allocated, envelope, delta);
    case 'under':
      return frSummary.yearSentence.under(y.year, allocated, envelope, delta);
    case 'missing-envelope':
      return frSummary.yearSentence.missing(y.year, allocated);
  }
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

function envelopeBlocks(report: CheckReport): Block[] {
  const blocks: Block[] = [heading(1, frSummary.envelopeHeading)];
  if (report.years.length === 0) return [...blocks, para(text(frSummary.noYears))];
  const t = report.total;
  blocks.push(bullets(report.years.map((y) => [text(yearSentence(y))])));
  blocks.push(para(text(frSummary.totalSentence(YEAR_STATUS_LABEL[t.status], formatMoney(t.allocatedCents), formatMoney(t.envelopeCents)), { bold: true })));
  blocks.push(envelopeTable(report));
  return blocks;
}

function findingBlocks(report: CheckReport): Block[] {
  const blocks: Block[] = [heading(1, frSummary.findingsHeading)];
  if (report.findings.length === 0) return [...blocks, para(text(frSummary.noFindings))];
  // Errors first, then warnings, then the rest, each group in the check's order.
  const rank = { error: 0, warning: 1, info: 2 } as const;
  const findings = [...report.findings].sort((a, b) => rank[a.severity] - rank[b.severity]);
  const items = findings.map((f) => [text(frSummary.finding(frSummary.severity[f.severity], f.cell ? `${f.sheet}!${f.cell}` : f.sheet, f.message))]);
  return [...blocks, bullets(items)];
}

export function footerBlocks(meta: SummaryMeta): Block[] {
  const runs = [text(frSummary.generatedOn(frenchDate(meta.generatedAt)), { italic: true })];
  if (meta.spreadsheetUrl) runs.push(text(' '), text(frSummary.spreadsheetLink, { link: meta.spreadsheetUrl }));
  return [para(...runs)];
}
