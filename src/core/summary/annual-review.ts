// Convention + check report + a year → the bilan annuel (document model): what the comité
// de pilotage reads about one year. Planned figures come from the check report (CAF lines,
// per beneficiary, per funder), the CAF réalisé from the report too (cafRealisedByYear);
// the réalisé per beneficiary and per funder is summed here the same way, row by row of
// the Réalisé tab, each row counted under its budget line (see realisedByGroup).
import { indicatorProgress } from '../domain/indicator-progress';
import { Convention, Action, BudgetLine, Indicator, FollowUp, periodYears } from '../domain/schema';
import { CheckReport, Breakdown, Finding, YearReport } from '../domain/report';
import { centsIn } from '../domain/amounts';
import { linesById } from '../domain/check-follow-up';
import { formatMoney } from '../domain/money';
import { findingPlace } from '../domain/finding-place';
import { breakdownLabel, findingMessage } from '../wording/finding-message';
import { ACTION_STATUS_LABEL, AXIS_TYPE_LABEL } from '../../i18n/fr-workbook';
import { frSummary } from '../../i18n/fr-summary';
import { frBilan, frChart, frNumber } from '../../i18n/fr-bilan';
import type { Block, Chart, SummaryDocument, Table } from './model';
import { bullets, heading, para, table, text } from './blocks';
import { orDash, periodText, frenchDate } from './format';
import { actionsByAxis, footerBlocks, SummaryMeta } from './convention-summary';

/** The years a bilan can be written for: those of the period. */
export const reviewYears = (c: Convention) => periodYears(c.period);

/** Why a bilan cannot be written for `year` (a French sentence), or null when it can. */
export function reviewYearProblem(c: Convention, year: number): string | null {
  const { startYear, endYear } = c.period;
  if (startYear === undefined || endYear === undefined || reviewYears(c).length === 0) return frBilan.noPeriod;
  return year < startYear || year > endYear ? frBilan.outsidePeriod(year, startYear, endYear) : null;
}

/** The bilan people want by default: the last year of the period already over, else the first one. */
export function defaultReviewYear(c: Convention, today: Date): number | null {
  const years = reviewYears(c);
  const done = years.filter((y) => y < today.getFullYear());
  return done.length ? done[done.length - 1] : (years[0] ?? null);
}

/**
 * The réalisé of a year per group of budget lines (a beneficiary, a funder): every row of
 * the Réalisé tab whose line is known adds its readable amount to that line's group, as
 * cafRealisedByYear does for the CAF lines. A group absent from the map has nothing entered.
 */
export function realisedByGroup(c: Convention, year: number, keyOf: (line: BudgetLine) => string): Map<string, number> {
  const lines = linesById(c);
  const out = new Map<string, number>();
  for (const r of c.realised ?? []) {
    const line = lines.get(r.lineId.trim());
    const cents = line ? centsIn(r.amounts, year) : null;
    if (line && cents !== null) out.set(keyOf(line), (out.get(keyOf(line)) ?? 0) + cents);
  }
  return out;
}

/** The figures of the bilan's first table: CAF lines (from the check) and all funders. */
export type ReviewFigures = {
  year: number;
  envelopeCents: number | null;
  caf: { plannedCents: number; realisedCents: number | null };
  all: { plannedCents: number; realisedCents: number | null };
};

export function reviewFigures(c: Convention, report: CheckReport, year: number): ReviewFigures {
  const y = yearReport(report, year);
  const byFunder = realisedByGroup(c, year, (l) => l.funder);
  const realisedAll = [...byFunder.values()];
  return {
    year,
    envelopeCents: y.envelopeCents,
    caf: { plannedCents: y.allocatedCents, realisedCents: y.realisedCents },
    all: {
      plannedCents: report.byFunder.reduce((s, g) => s + (g.perYear[String(year)] ?? 0), 0),
      realisedCents: realisedAll.length ? realisedAll.reduce((s, v) => s + v, 0) : null,
    },
  };
}

function yearReport(report: CheckReport, year: number): YearReport {
  const y = report.years.find((r) => r.year === year);
  if (!y) throw new Error(`No year ${year} in the check report: validate the year with reviewYearProblem first.`);
  return y;
}

export function buildAnnualReview(c: Convention, report: CheckReport, year: number, meta: SummaryMeta): SummaryDocument {
  const figures = reviewFigures(c, report, year);
  return {
    name: frBilan.documentName(year, c.name),
    orientation: 'portrait',
    footer: frBilan.pageFooter(c.name, year, frenchDate(meta.generatedAt)),
    blocks: [
      { kind: 'title', text: frBilan.title(year) },
      { kind: 'subtitle', text: frBilan.subtitle(orDash(c.name), orDash(c.territory), periodText(c.period)) },
      ...(year >= Number(meta.generatedAt.getFullYear()) ? [para(text(frBilan.provisional(year), { italic: true }))] : []),
      ...keyFigureBlocks(report, figures),
      ...missingBlocks(c, figures),
      ...ficheBlocks(c, year),
      ...budgetBlocks(c, report, year),
      ...indicatorBlocks(c, year),
      ...decisionBlocks(c, year),
      ...findingBlocks(report, year),
      ...footerBlocks(meta),
    ],
  };
}

const money = (cents: number | null) => (cents === null ? frBilan.notEntered : formatMoney(cents));
const signed = (cents: number) => (cents > 0 ? '+' : '') + formatMoney(cents);
const rateOf = (realised: number | null, planned: number) => (realised === null || planned === 0 ? null : (realised / planned) * 100);
const rateText = (realised: number | null, planned: number) => {
  const r = rateOf(realised, planned);
  return r === null ? frSummary.notFilled : frBilan.rate(r);
};
const gapText = (realised: number | null, planned: number) => (realised === null ? frSummary.notFilled : signed(realised - planned));

function keyFigureBlocks(report: CheckReport, f: ReviewFigures): Block[] {
  const { caf, all } = f;
  const figures = table({
    header: frBilan.keyFiguresHeader(f.year),
    rows: [
      [frBilan.envelopeRow, money(f.envelopeCents), frBilan.notApplicable],
      [frBilan.plannedRow, formatMoney(caf.plannedCents), formatMoney(all.plannedCents)],
      [frBilan.realisedRow, money(caf.realisedCents), money(all.realisedCents)],
      [frBilan.rateRow, rateText(caf.realisedCents, caf.plannedCents), rateText(all.realisedCents, all.plannedCents)],
      [frBilan.gapRow, gapText(caf.realisedCents, caf.plannedCents), gapText(all.realisedCents, all.plannedCents)],
    ],
    align: ['left', 'right', 'right'],
    widths: [3, 2, 2],
  });
  const rate = rateOf(caf.realisedCents, caf.plannedCents);
  const sentence =
    rate === null || caf.realisedCents === null
      ? frBilan.cafNothing(f.year)
      : frBilan.cafSentence(f.year, frBilan.rate(rate), formatMoney(caf.realisedCents), formatMoney(caf.plannedCents));
  const chart: Chart = {
    kind: 'chart',
    title: frBilan.chartTitle,
    categories: report.years.map((y) => String(y.year)),
    series: [
      { name: frChart.plannedCaf, values: report.years.map((y) => y.allocatedCents) },
      { name: frChart.realisedCaf, values: report.years.map((y) => y.realisedCents) },
    ],
  };
  return [heading(1, frBilan.keyFiguresHeading), para(text(sentence)), figures, chart, para(text(frBilan.chartCaption, { italic: true }))];
}

/** The Suivi row of a fiche for the year (the first one, if typed twice). */
function followUpOf(c: Convention, year: number): Map<string, FollowUp> {
  const out = new Map<string, FollowUp>();
  for (const f of c.followUp ?? []) if (f.year === year && !out.has(f.actionId.trim())) out.set(f.actionId.trim(), f);
  return out;
}

const indicatorsOf = (c: Convention) => c.actions.flatMap((a) => a.indicators.map((ind) => ({ action: a, ind })));

function missingBlocks(c: Convention, f: ReviewFigures): Block[] {
  const { year } = f;
  const items: string[] = [];
  if (f.envelopeCents === null) items.push(frBilan.noEnvelope(year));
  const realised = realisedByGroup(c, year, (l) => l.id.trim());
  if (realised.size === 0 && c.budget.length > 0) items.push(frBilan.noRealisedAtAll(year));
  else {
    const without = c.budget.filter((l) => (centsOf(l, year) ?? 0) !== 0 && !realised.has(l.id.trim()));
    if (without.length)
      items.push(
        frBilan.linesWithoutRealised(
          year,
          without.map((l) => frBilan.lineName(l.id.trim(), l.beneficiary.trim())),
        ),
      );
  }
  const followed = followUpOf(c, year);
  const unfollowed = c.actions.filter((a) => !followed.has(a.id.trim())).map((a) => a.id.trim() || frSummary.notFilled);
  if (unfollowed.length) items.push(frBilan.fichesWithoutFollowUp(year, unfollowed));
  const indicators = indicatorsOf(c);
  if (indicators.length === 0) items.push(frBilan.noIndicators);
  const unmeasured = indicators.filter(({ ind }) => ind.values?.[String(year)] === undefined).map(({ action, ind }) => `${action.id} ${ind.label}`);
  if (unmeasured.length) items.push(frBilan.indicatorsWithoutValue(year, unmeasured));
  return [heading(1, frBilan.missingHeading), items.length ? bullets(items.map((i) => [text(i)])) : para(text(frBilan.nothingMissing(year)))];
}

/** A line's planned amount of the year, if readable. */
const centsOf = (line: BudgetLine, year: number) => centsIn(line.amounts, year);

function ficheTable(actions: Action[], followed: Map<string, FollowUp>): Table {
  return table({
    header: [...frBilan.ficheHeader],
    rows: actions.map((a) => {
      const f = followed.get(a.id.trim());
      const status = f?.status ? ACTION_STATUS_LABEL[f.status] : frBilan.statusFromActions(ACTION_STATUS_LABEL[a.status]);
      const p = f?.progress;
      const progress = p === undefined ? frSummary.notFilled : typeof p === 'number' ? frBilan.progress(p) : frBilan.unreadable(p);
      return [orDash(a.id), orDash(a.title), status, progress, orDash(f?.comment ?? ''), orDash(f?.watchPoints ?? '')];
    }),
    align: ['left', 'left', 'left', 'right', 'left', 'left'],
    widths: [0.9, 3.1, 1.8, 1.7, 3.1, 2.7],
  });
}

function ficheBlocks(c: Convention, year: number): Block[] {
  const followed = followUpOf(c, year);
  const { axes, orphans } = actionsByAxis(c);
  const blocks: Block[] = [heading(1, frBilan.fichesHeading)];
  axes.forEach(({ axis, actions }, i) => {
    blocks.push(heading(2, frSummary.axisHeading(AXIS_TYPE_LABEL[axis.type], i + 1, orDash(axis.title))));
    blocks.push(actions.length ? ficheTable(actions, followed) : para(text(frSummary.noActions, { italic: true })));
  });
  if (orphans.length) blocks.push(heading(2, frSummary.actionsWithoutAxisHeading), ficheTable(orphans, followed));
  return blocks;
}

/** Prévu (from the check's breakdown) and réalisé of each group, with the comments of the group's Réalisé rows. */
function groupTable(c: Convention, groups: Breakdown[], year: number, first: string, keyOf: (l: BudgetLine) => string, withComments: boolean): Table {
  const realised = realisedByGroup(c, year, keyOf);
  const comments = new Map<string, string[]>();
  const lines = linesById(c);
  for (const r of c.realised ?? []) {
    const line = lines.get(r.lineId.trim());
    if (line && r.comment.trim()) comments.set(keyOf(line), [...(comments.get(keyOf(line)) ?? []), r.comment.trim()]);
  }
  const row = (label: string, planned: number, done: number | null, comment: string | null) => [
    label,
    formatMoney(planned),
    money(done),
    rateText(done, planned),
    gapText(done, planned),
    ...(comment === null ? [] : [comment]),
  ];
  const planned = (g: Breakdown) => g.perYear[String(year)] ?? 0;
  const totalPlanned = groups.reduce((s, g) => s + planned(g), 0);
  const entered = groups.filter((g) => realised.has(g.key));
  const totalDone = entered.length ? entered.reduce((s, g) => s + (realised.get(g.key) ?? 0), 0) : null;
  return table({
    header: [...frBilan.groupHeader(first, year), ...(withComments ? [frBilan.commentColumn] : [])],
    rows: groups.map((g) =>
      row(orDash(breakdownLabel(g)), planned(g), realised.get(g.key) ?? null, withComments ? orDash((comments.get(g.key) ?? []).join(' ; ')) : null),
    ),
    totals: [row(frBilan.totalRow, totalPlanned, totalDone, withComments ? '' : null)],
    align: ['left', 'right', 'right', 'right', 'right', ...(withComments ? ['left' as const] : [])],
    widths: withComments ? [2.6, 1.9, 1.9, 1.1, 1.7, 2.8] : [3, 2, 2, 1.2, 2],
  });
}

function budgetBlocks(c: Convention, report: CheckReport, year: number): Block[] {
  if (c.budget.length === 0) return [heading(1, frBilan.budgetHeading), para(text(frSummary.noBudget))];
  return [
    heading(1, frBilan.budgetHeading),
    para(text(frBilan.budgetIntro(year))),
    heading(2, frBilan.byBeneficiaryHeading),
    groupTable(c, report.byBeneficiary, year, frBilan.beneficiaryColumn, (l) => l.beneficiary.trim(), true),
    heading(2, frBilan.byFunderHeading),
    groupTable(c, report.byFunder, year, frBilan.funderColumn, (l) => l.funder, false),
  ];
}

/** How far the value of the year stands from the target, in words. */
export function distanceToTarget(ind: Indicator, value: number): string {
  const { baseline, target, unit } = ind;
  const progress = indicatorProgress(ind, value);
  if (target === undefined || progress === 'no-target') return frBilan.noTarget;
  if (progress === 'reached') return frBilan.targetReached;
  const share = baseline !== undefined && target !== baseline ? Math.round(((value - baseline) / (target - baseline)) * 100) : null;
  return frBilan.remaining(Math.abs(target - value), unit, share);
}

function indicatorBlocks(c: Convention, year: number): Block[] {
  const indicators = indicatorsOf(c);
  if (indicators.length === 0) return [];
  const figure = (n: number | undefined) => (n === undefined ? frSummary.notFilled : frNumber(n));
  const rows = indicators.map(({ action, ind }) => {
    const v = ind.values?.[String(year)];
    const value = v === undefined ? frBilan.notMeasured : typeof v === 'number' ? frNumber(v) : frBilan.unreadable(v);
    const distance = typeof v === 'number' ? distanceToTarget(ind, v) : frSummary.notFilled;
    return [orDash(action.id), orDash(ind.label), orDash(ind.unit ?? ''), figure(ind.baseline), value, figure(ind.target), distance];
  });
  return [
    heading(1, frBilan.indicatorsHeading),
    table({
      header: frBilan.indicatorHeader(year),
      rows,
      align: ['left', 'left', 'left', 'right', 'right', 'right', 'left'],
      widths: [0.9, 3, 1.9, 1.4, 1.4, 1.1, 2.6],
    }),
  ];
}

function decisionBlocks(c: Convention, year: number): Block[] {
  const decisions = (c.followUp ?? []).filter((f) => f.year === year && f.decisions.trim() !== '');
  return [
    heading(1, frBilan.decisionsHeading),
    decisions.length ? bullets(decisions.map((f) => [text(frBilan.decision(f.actionId.trim(), f.decisions.trim()))])) : para(text(frBilan.noDecisions(year))),
  ];
}

/** The follow-up kinds a bilan reports: what was entered in Réalisé, Indicateurs and Suivi. */
const FOLLOW_UP_KINDS = new Set<Finding['detail']['kind']>([
  'realised-over-planned',
  'realised-unknown-line',
  'realised-future-year',
  'unreadable-realised',
  'negative-realised',
  'action-done-without-realised',
  'indicator-unknown-action',
  'indicator-without-unit',
  'implausible-indicator',
  'unreadable-measure',
  'follow-up-unknown-action',
  'implausible-progress',
]);

/** The check's follow-up findings about this year (or about no year in particular). */
function findingBlocks(report: CheckReport, year: number): Block[] {
  const ofYear = report.findings.filter((f) => {
    if (!FOLLOW_UP_KINDS.has(f.detail.kind)) return false;
    const y = (f.detail as { year?: string | number }).year;
    return y === undefined || Number(y) === year;
  });
  if (ofYear.length === 0) return [];
  return [heading(1, frBilan.findingsHeading), bullets(ofYear.map((f) => [text(frSummary.finding(f.severity, findingPlace(f), findingMessage(f)))]))];
}
