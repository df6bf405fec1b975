// From what the structure reader found to the draft's axes and fiches actions:
// ids, themes, objectives paired with their axis, fiches attached to the axis they
// name (or follow), each with an item saying how sure it is.
import { Axis, Action, ids } from '../domain/schema';
import { fold } from './text';
import { themesIn } from './vocabulary';
import { Notes } from './collect';
import { Structure, AxisDraft, ActionDraft, ActionField } from './structure';
import { frImport } from '../../i18n/fr-import';
import { maxOf } from '../max';

export function buildAxes(s: Structure, notes: Notes): { axes: Axis[]; drafts: Map<AxisDraft, string> } {
  const drafts = new Map<AxisDraft, string>();
  s.axes.forEach((a, k) => drafts.set(a, ids.axis(k + 1)));
  pairLooseObjectives(s, notes);
  // Theme headings are axes for sure when the text announced that many ("Les 4 thématiques retenues").
  const headings = s.axes.filter((a) => a.doubt === 'theme-heading').length;
  const announcedThemes = headings > 0 && s.announced.some((n) => n.what === 'axes' && n.count === headings);
  const axes = s.axes.map((a) => {
    const id = drafts.get(a)!;
    const objectives = unique(a.objectives.map((o) => o.text).filter((t) => t !== ''));
    const themes = unique([...a.themes, ...themesIn(fold([a.title, ...objectives, ...a.body].join(' ')))]);
    const label = a.title === '' ? frImport.axisNoTitle : a.title;
    if (a.doubt === 'composed') notes.uncertain('axis', label, a.line, frImport.axisComposed, id);
    else if (a.doubt === 'theme-heading' && !announcedThemes) notes.uncertain('axis', label, a.line, frImport.axisThemeHeading, id);
    else if (a.title === '') notes.uncertain('axis', label, a.line, frImport.axisNoTitle, id);
    else if (a.doubt === 'inline') notes.uncertain('axis', label, a.line, frImport.axisInline, id);
    else if (a.doubt === 'paragraph') notes.uncertain('axis', label, a.line, frImport.axisFromParagraph, id);
    else notes.recognised('axis', a.title, a.line, { ref: id, ...(a.doubt === 'list' ? { note: frImport.axisFromList } : {}) });
    for (const o of a.objectives) {
      if (o.byPosition) notes.uncertain('objective', o.text, o.line, frImport.objectiveByPosition(id), id);
      else notes.recognised('objective', o.text, o.line, { ref: id });
    }
    return { id, title: a.title, type: a.type, themes, objectives };
  });
  return { axes, drafts };
}

/**
 * Objectives listed apart from the axes ("Les objectifs stratégiques retenus sont :")
 * follow the axes in the same order in such texts; when there are more objectives
 * than axes the extra ones join the last axis. Always flagged as uncertain.
 */
function pairLooseObjectives(s: Structure, notes: Notes): void {
  const targets = s.axes.filter((a) => a.doubt === 'list' && a.objectives.length === 0);
  if (targets.length === 0 || s.looseObjectives.length < targets.length) {
    for (const o of s.looseObjectives) notes.uncertain('objective', o.text, o.line, frImport.objectiveUnattached);
    return;
  }
  s.looseObjectives.forEach((o, k) => {
    const target = targets[Math.min(k, targets.length - 1)];
    target.objectives.push({ ...o, byPosition: true });
  });
}

/**
 * The axis whose themes a fiche shares most ("structures médicales" → the santé axis),
 * when exactly one does: a suggestion, always flagged uncertain.
 */
function axisByThemes(themes: string[], axes: Axis[]): Axis | undefined {
  if (themes.length === 0) return undefined;
  const scored = axes.map((a) => ({ a, n: a.themes.filter((t) => themes.includes(t)).length })).filter((x) => x.n > 0);
  const best = maxOf(
    scored.map((x) => x.n),
    0,
  );
  const top = scored.filter((x) => x.n === best);
  return top.length === 1 ? top[0].a : undefined;
}

export function buildActions(s: Structure, axisIds: Map<AxisDraft, string>, axes: Axis[], notes: Notes): Action[] {
  const numbers = s.actions.map((a) => a.number);
  const useNumbers = numbers.every((n) => n !== undefined && n > 0) && new Set(numbers).size === numbers.length;
  if (!useNumbers && s.actions.some((a) => a.number !== undefined)) notes.finding('info', frImport.renumbered);
  const single = s.axes.length === 1 ? s.axes[0] : undefined;
  let unattached = 0;
  const actions = s.actions.map((a, k) => {
    const id = ids.action(useNumbers ? a.number! : k + 1);
    const named = axisFromField(a, s.axes); // what the fiche says beats where it stands
    const axis = named ?? a.axis ?? single;
    if (named) a.axisByPosition = false;
    const title = a.fields.title?.find((v) => v.trim() !== '')?.trim() || a.title; // an intitulé is one line
    const themes = a.fields.themes?.length ? [] : themesIn(fold([title, ...(a.fields.description ?? [])].join(' ')));
    const suggested = axis ? undefined : axisByThemes(themes, axes);
    const axisId = axis ? (axisIds.get(axis) ?? '') : (suggested?.id ?? '');
    if (title === '') notes.uncertain('action', frImport.actionNoTitle, a.line, frImport.actionNoTitle, id);
    else if (suggested) notes.uncertain('action', title, a.line, frImport.actionByThemes(suggested.id), id);
    else if (axis && axis === single && !a.axis) notes.uncertain('action', title, a.line, frImport.actionSingleAxis(axisId), id);
    else if (axis && a.axisByPosition && axis === a.axis) notes.uncertain('action', title, a.line, frImport.actionByPosition(axisId), id);
    else notes.recognised('action', title, a.line, { ref: id });
    if (a.fields.axis && !axis) notes.uncertain('action-field', a.fields.axis.join(' '), a.line, frImport.actionAxisUnknown(a.fields.axis.join(' ')), id);
    if (axisId === '') unattached++;
    return toAction(id, title, axisId, a, themes);
  });
  if (unattached > 0 && s.axes.length > 0) notes.finding('info', frImport.actionsUnattached(unattached));
  return actions;
}

function toAction(id: string, title: string, axisId: string, a: ActionDraft, themesFromTitle: string[]): Action {
  const text = (f: ActionField) => (a.fields[f] ?? []).join(' ').trim();
  const list = (f: ActionField) =>
    unique(
      (a.fields[f] ?? [])
        .flatMap((v) => (f === 'partners' || f === 'themes' ? v.split(/\s*[,;]\s*/) : [v]))
        .map((v) => v.trim())
        .filter((v) => v !== ''),
    );
  return {
    id,
    title,
    axisId,
    themes: a.fields.themes?.length ? list('themes') : themesFromTitle,
    objectives: list('objectives'),
    context: text('context'),
    description: text('description'),
    audience: text('audience'),
    territory: text('territory'),
    lead: text('lead'),
    partners: list('partners'),
    means: text('means'),
    schedule: text('schedule'),
    indicators: list('indicators').map((label) => ({ label })),
    status: 'non-demarree',
  };
}

/** "Axe : 2", "Axe 2 – Soutenir…", or the axis title itself, as written in a fiche. */
function axisFromField(a: ActionDraft, axes: AxisDraft[]): AxisDraft | undefined {
  const value = fold((a.fields.axis ?? []).join(' ')).trim();
  if (value === '') return undefined;
  const num = /(?:^|\D)(\d{1,2})(?:\D|$)/.exec(value);
  if (num) return axes.find((x) => x.number === Number(num[1]));
  return axes.find((x) => x.title !== '' && (value.includes(fold(x.title)) || fold(x.title).includes(value)));
}

function unique(values: string[]): string[] {
  const seen = new Set<string>();
  return values.filter((v) => {
    const k = fold(v);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
