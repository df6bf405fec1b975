// Convention → document model: the summary a coordinator brings to the comité
// de pilotage. Every figure comes from the convention or from the check report.
import { Convention, Action, Axis } from '../domain/schema';
import { CheckReport, YearReport } from '../domain/report';
import { findingPlace } from '../domain/finding-place';
import { findingMessage } from '../wording/finding-message';
import { formatMoney } from '../domain/money';
import { ROLE_LABEL, AXIS_TYPE_LABEL } from '../../i18n/fr-workbook';
import { frSummary } from '../../i18n/fr-summary';
import { YEAR_STATUS_LABEL } from '../../i18n/fr-domain';
import type { Block, SummaryDocument } from './model';
import { bullets, heading, para, text } from './blocks';
import { frenchDate, frenchIsoDate, orDash, periodText } from './format';
import { actionTable, breakdownTable, budgetLinesTable, envelopeTable, orientationFor } from './tables';

export type SummaryMeta = { generatedAt: Date; spreadsheetUrl?: string };

export function buildConventionSummary(convention: Convention, report: CheckReport, meta: SummaryMeta): SummaryDocument {
  return {
    name: frSummary.documentTitle(convention.name),
    orientation: orientationFor(convention),
    footer: frSummary.pageFooter(convention.name, frenchDate(meta.generatedAt)),
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
  // Territory and period once, as facts (a subtitle said them again); an empty territory is left out.
  const facts: [string, string][] = [[frSummary.periodLabel, periodText(c.period)]];
  if (c.territory.trim()) facts.unshift([frSummary.territoryLabel, c.territory.trim()]);
  if (c.signatureDate) facts.push([frSummary.signatureDateLabel, frenchIsoDate(c.signatureDate)]);
  if (c.coordinator.trim()) facts.push([frSummary.coordinatorLabel, c.coordinator.trim()]);
  return [
    { kind: 'title', text: frSummary.documentTitle(c.name) },
    ...facts.map(([label, value]) => para(text(frSummary.label(label), { bold: true }), text(value))),
  ];
}

function signatoryBlocks(c: Convention): Block[] {
  const items = c.signatories.map((s) => [text(frSummary.signatory(orDash(s.name), ROLE_LABEL[s.role]))]);
  return [heading(1, frSummary.signatoriesHeading), items.length ? bullets(items) : para(text(frSummary.noSignatories))];
}

/**
 * The fiches under each axis, and those under none. Each action goes under the first axis
 * bearing its id, so duplicate axis ids never print an action twice; an empty axis id
 * means "not attached", never a match.
 */
export function actionsByAxis(c: Convention): { axes: { axis: Axis; actions: Action[] }[]; orphans: Action[] } {
  const firstIndex = new Map<string, number>();
  c.axes.forEach((a, i) => {
    const id = a.id.trim();
    if (id !== '' && !firstIndex.has(id)) firstIndex.set(id, i);
  });
  return {
    axes: c.axes.map((axis, i) => ({ axis, actions: c.actions.filter((a) => firstIndex.get(a.axisId.trim()) === i) })),
    orphans: c.actions.filter((a) => !firstIndex.has(a.axisId.trim())),
  };
}

function axesBlocks(c: Convention): Block[] {
  const { axes, orphans } = actionsByAxis(c);
  const blocks: Block[] = [heading(1, frSummary.axesHeading)];
  axes.forEach(({ axis, actions }, i) => blocks.push(...axisBlocks(axis, i + 1, actions)));
  if (orphans.length) blocks.push(heading(2, frSummary.actionsWithoutAxisHeading), actionTable(orphans));
  return blocks;
}

function axisBlocks(axis: Axis, index: number, actions: Action[]): Block[] {
  const blocks: Block[] = [heading(2, frSummary.axisHeading(AXIS_TYPE_LABEL[axis.type], index, orDash(axis.title)))];
  if (axis.themes.length) blocks.push(para(text(frSummary.label(frSummary.themesLabel), { bold: true }), text(axis.themes.join(', '))));
  blocks.push(para(text(frSummary.listLabel(frSummary.objectivesLabel), { bold: true })));
  blocks.push(axis.objectives.length ? bullets(axis.objectives.map((o) => [text(o)])) : para(text(frSummary.noObjectives)));
  blocks.push(actions.length ? actionTable(actions) : para(text(frSummary.noActions, { italic: true })));
  return blocks;
}

function budgetBlocks(c: Convention, report: CheckReport): Block[] {
  if (c.budget.length === 0) return [heading(1, frSummary.budgetHeading), para(text(frSummary.noBudget))];
  const blocks: Block[] = [heading(1, frSummary.budgetHeading), para(text(frSummary.budgetIntro)), budgetLinesTable(c)];
  const years = report.years.map((y) => y.year);
  // Totals per beneficiary only say something new when one has several lines; per funder when there are several.
  if (years.length && report.byBeneficiary.length < c.budget.length)
    blocks.push(heading(2, frSummary.byBeneficiaryHeading), breakdownTable(frSummary.beneficiaryColumn, report.byBeneficiary, years));
  if (years.length && report.byFunder.length > 1)
    blocks.push(heading(2, frSummary.byFunderHeading), breakdownTable(frSummary.funderColumn, report.byFunder, years));
  return blocks;
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
    case 'incomplete':
      return frSummary.yearSentence.incomplete(y.year);
  }
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
  const items = findings.map((f) => [text(frSummary.finding(f.severity, findingPlace(f), findingMessage(f)))]);
  return [...blocks, bullets(items)];
}

export function footerBlocks(meta: SummaryMeta): Block[] {
  const runs = [text(frSummary.generatedOn(frenchDate(meta.generatedAt)), { italic: true })];
  if (meta.spreadsheetUrl) runs.push(text(' '), text(frSummary.spreadsheetLink, { link: meta.spreadsheetUrl }));
  return [para(...runs)];
}
