// Convention → the detailed fiche of one action, or of all of them (one per
// page): every field, the indicators with baseline and target, the linked budget.
import { Convention, Action } from '../domain/schema';
import { CheckReport } from '../domain/report';
import { ACTION_STATUS_LABEL, AXIS_TYPE_LABEL } from '../../i18n/fr-workbook';
import { frFiche, frSummary } from '../../i18n/fr-summary';
import type { Block, SummaryDocument, Run } from './model';
import { bullets, heading, para, table, text } from './blocks';
import { footerBlocks, SummaryMeta } from './convention-summary';
import { budgetLinesTable, orientationFor } from './tables';
import { orDash, periodText } from './format';

/** The id asked for is not a fiche of the convention; the message is French and lists the known ids. */
export class UnknownActionError extends Error {}

/** `actionId` given: that fiche only; otherwise every fiche, each on its own page. */
export function buildActionFiches(convention: Convention, _report: CheckReport, meta: SummaryMeta, actionId?: string): SummaryDocument {
  const wanted = actionId?.trim().toUpperCase();
  const actions = wanted === undefined ? convention.actions : convention.actions.filter((a) => a.id.trim().toUpperCase() === wanted);
  if (wanted !== undefined && actions.length === 0) {
    throw new UnknownActionError(frFiche.unknownAction(actionId!, convention.actions.map((a) => a.id).join(', ')));
  }
  const single = actions.length === 1 && wanted !== undefined;
  const name = single ? frFiche.ficheTitle(actions[0].id, actions[0].title) : frFiche.fichesTitle(convention.name);
  const blocks: Block[] = [
    // One fiche: its own heading names it, the title names the convention.
    { kind: 'title', text: single ? convention.name : frFiche.fichesTitle(convention.name) },
    { kind: 'subtitle', text: frSummary.subtitle(orDash(convention.territory), periodText(convention.period)) },
  ];
  actions.forEach((action, i) => {
    if (i > 0) blocks.push({ kind: 'pageBreak' });
    blocks.push(...ficheBlocks(convention, action));
  });
  blocks.push(...footerBlocks(meta));
  return { name, orientation: orientationFor(convention), blocks };
}

const labelled = (label: string, value: string): Block => para(text(frSummary.label(label), { bold: true }), text(orDash(value)));

function listField(label: string, values: string[]): Block[] {
  const kept = values.map((v) => v.trim()).filter((v) => v !== '');
  if (kept.length <= 1) return [labelled(label, kept[0] ?? '')];
  return [para(text(frSummary.listLabel(label), { bold: true })), bullets(kept.map((v): Run[] => [text(v)]))];
}

function axisText(c: Convention, action: Action): string {
  const id = action.axisId.trim();
  const index = id === '' ? -1 : c.axes.findIndex((a) => a.id.trim() === id);
  if (index < 0) return action.axisId.trim() ? `${action.axisId} (${frFiche.noAxis})` : frFiche.noAxis;
  const axis = c.axes[index];
  return frSummary.axisHeading(AXIS_TYPE_LABEL[axis.type], index + 1, axis.title);
}

const number = (n: number | undefined) => (n === undefined ? frSummary.notFilled : new Intl.NumberFormat('fr-FR').format(n));

export function ficheBlocks(c: Convention, action: Action): Block[] {
  const f = frFiche.ficheFields;
  const blocks: Block[] = [
    heading(1, frFiche.ficheTitle(action.id, orDash(action.title))),
    labelled(f.axis, axisText(c, action)),
    labelled(f.status, ACTION_STATUS_LABEL[action.status]),
    labelled(f.themes, action.themes.join(', ')),
    ...listField(f.objectives, action.objectives),
    labelled(f.context, action.context),
    labelled(f.description, action.description),
    labelled(f.audience, action.audience),
    labelled(f.territory, action.territory),
    labelled(f.lead, action.lead),
    ...listField(f.partners, action.partners),
    labelled(f.means, action.means),
    labelled(f.schedule, action.schedule),
    heading(2, frFiche.indicatorsHeading),
  ];
  if (action.indicators.length === 0) blocks.push(para(text(frFiche.noIndicators, { italic: true })));
  else
    blocks.push(
      table({
        header: [...frFiche.indicatorHeader],
        rows: action.indicators.map((ind) => [orDash(ind.label), number(ind.baseline), number(ind.target), orDash(ind.unit ?? '')]),
        align: ['left', 'right', 'right', 'left'],
        widths: [5, 2, 2, 2],
      }),
    );
  const lines = c.budget.filter((l) => l.actionId.trim() !== '' && l.actionId.trim() === action.id.trim());
  blocks.push(heading(2, frFiche.ficheBudgetHeading));
  blocks.push(lines.length ? budgetLinesTable(c, lines) : para(text(frFiche.noFicheBudget, { italic: true })));
  return blocks;
}
