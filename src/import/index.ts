// importText: the plain text of a convention → a draft convention to review,
// with what was recognised and what is uncertain, line by line. Pure and
// deterministic; never throws, never invents: what the text does not say stays
// empty, with an uncertain item saying so.
import { Convention, Axis, Action, Period, ids, periodYears } from '../domain/schema';
import { formatMoney, plainSpaces } from '../domain/money';
import { splitLines, fold } from './text';
import { themesIn } from './vocabulary';
import { Notes } from './collect';
import { readPeriod, readSignatureDate } from './period';
import { readSignatories, conventionName } from './signatories';
import { readCoordinator } from './coordinator';
import { readBudget, BudgetRead } from './budget';
import { readStructure, Structure, AxisDraft, ActionDraft, ActionField } from './structure';
import { actionBlockLines } from './fiche';
import { ImportResult, ImportCounts } from './result';
import { frImport } from '../i18n/fr-import';

export { ImportResult } from './result';

export function importText(text: string): ImportResult {
  const notes = new Notes();
  const lines = splitLines(typeof text === 'string' ? text : '');
  const signatureDate = readSignatureDate(lines, notes);
  const period = readPeriod(lines, notes, signatureDate);
  const parties = readSignatories(lines, notes);
  const coordinator = readCoordinator(lines, notes);
  const budget = readBudget(lines, period, notes, actionBlockLines(lines));
  const structure = readStructure(lines, budget.used);
  const axes = buildAxes(structure, notes);
  const actions = buildActions(structure, axes.drafts, notes);
  const name = conventionName(parties.territory);
  if (parties.territory !== '' && parties.territoryFromParty) notes.recognised('territory', parties.territory, parties.territoryLine, { note: frImport.territoryFrom });
  else if (parties.territory !== '') notes.uncertain('territory', parties.territory, parties.territoryLine, frImport.territoryFromText);
  else notes.uncertain('territory', '', 0, frImport.noTerritory);
  if (name !== '') notes.recognised('name', name, parties.territoryLine);
  if (parties.signatories.length === 0) notes.uncertain('signatory', '', 0, frImport.noSignatory);

  const draft: Convention = {
    name,
    territory: parties.territory,
    signatories: parties.signatories,
    period,
    ...(signatureDate ? { signatureDate } : {}),
    coordinator,
    toleranceCents: 0,
    envelopes: budget.envelopes,
    ...(budget.envelopeTotalCents !== undefined ? { envelopeTotalCents: budget.envelopeTotalCents } : {}),
    axes: axes.axes,
    actions,
    budget: budget.budget,
  };
  checkCounts(structure, draft, notes);
  checkFigures(draft, budget, notes);
  if (draft.axes.length + draft.actions.length + draft.budget.length === 0 && draft.signatories.length === 0) notes.finding('warning', frImport.nothingFound);
  return finalise(draft, notes);
}

/** The schema is the contract: a draft that would not validate is reduced, never returned broken. */
function finalise(draft: Convention, notes: Notes): ImportResult {
  const checked = Convention.safeParse(draft);
  const safe: Convention = checked.success ? checked.data : { ...draft, period: {} as Period, signatureDate: undefined, envelopes: [] };
  const counts: ImportCounts = {
    signatories: safe.signatories.length,
    axes: safe.axes.length,
    objectives: safe.axes.reduce((s, a) => s + a.objectives.length, 0) + safe.actions.reduce((s, a) => s + a.objectives.length, 0),
    actions: safe.actions.length,
    budgetLines: safe.budget.length,
    envelopes: safe.envelopes.length,
    recognised: notes.items.filter((i) => i.status === 'recognised').length,
    uncertain: notes.items.filter((i) => i.status === 'uncertain').length,
  };
  if (safe.signatureDate === undefined) delete safe.signatureDate;
  return { draft: safe, items: notes.items, counts, consistency: notes.findings };
}

function buildAxes(s: Structure, notes: Notes): { axes: Axis[]; drafts: Map<AxisDraft, string> } {
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

function buildActions(s: Structure, axisIds: Map<AxisDraft, string>, notes: Notes): Action[] {
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
    const axisId = axis ? axisIds.get(axis)! : '';
    const title = a.fields.title?.join(' ').trim() || a.title;
    if (title === '') notes.uncertain('action', frImport.actionNoTitle, a.line, frImport.actionNoTitle, id);
    else if (axis && axis === single && !a.axis) notes.uncertain('action', title, a.line, frImport.actionSingleAxis(axisId), id);
    else if (axis && a.axisByPosition && axis === a.axis) notes.uncertain('action', title, a.line, frImport.actionByPosition(axisId), id);
    else notes.recognised('action', title, a.line, { ref: id });
    if (a.fields.axis && !axis) notes.uncertain('action-field', a.fields.axis.join(' '), a.line, frImport.actionAxisUnknown(a.fields.axis.join(' ')), id);
    if (!axis) unattached++;
    return toAction(id, title, axisId, a);
  });
  if (unattached > 0 && s.axes.length > 0) notes.finding('info', frImport.actionsUnattached(unattached));
  return actions;
}

function toAction(id: string, title: string, axisId: string, a: ActionDraft): Action {
  const text = (f: ActionField) => (a.fields[f] ?? []).join(' ').trim();
  const list = (f: ActionField) => unique((a.fields[f] ?? []).flatMap((v) => (f === 'partners' || f === 'themes' ? v.split(/\s*[,;]\s*/) : [v])).map((v) => v.trim()).filter((v) => v !== ''));
  return {
    id, title, axisId,
    themes: list('themes'),
    objectives: list('objectives'),
    context: text('context'), description: text('description'), audience: text('audience'), territory: text('territory'),
    lead: text('lead'), partners: list('partners'), means: text('means'), schedule: text('schedule'),
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

function checkCounts(s: Structure, draft: Convention, notes: Notes): void {
  for (const a of s.announced) {
    const found = a.what === 'actions' ? draft.actions.length
      : a.what === 'objectives' ? draft.axes.reduce((n, x) => n + x.objectives.length, 0)
      : draft.axes.filter((x) => a.type === undefined || x.type === a.type).length;
    const what = frImport.countWhat(a.what, a.type);
    notes.recognised('announced-count', `${a.count} ${what.word}`, a.line);
    if (found === a.count) notes.finding('info', frImport.countMatches(a.count, what), a.line);
    else notes.finding('warning', frImport.countMismatch(a.count, found, what), a.line);
  }
}

const money = (c: number) => plainSpaces(formatMoney(c, { decimals: c % 100 !== 0 }));

/** The envelope, the CAF lines and the multi-year total, checked against each other. */
function checkFigures(draft: Convention, budget: BudgetRead, notes: Notes): void {
  const years = periodYears(draft.period);
  const cafLines = draft.budget.filter((l) => l.funder === 'caf');
  const envelopes = new Map(draft.envelopes.map((e) => [e.year, e.amountCents]));
  const allocated = (y: number) => cafLines.reduce((s, l) => s + (typeof l.amounts[String(y)] === 'number' ? (l.amounts[String(y)] as number) : 0), 0);
  const compared = years.filter((y) => envelopes.has(y));
  if (cafLines.length > 0 && compared.length > 0) {
    const off = compared.filter((y) => allocated(y) !== envelopes.get(y));
    // Years with the same gap are reported once ("2025 à 2027 : …"), not once per year.
    const groups = new Map<string, number[]>();
    for (const y of off) groups.set(`${allocated(y)}/${envelopes.get(y)}`, [...(groups.get(`${allocated(y)}/${envelopes.get(y)}`) ?? []), y]);
    for (const ys of groups.values()) {
      const [sum, env] = [allocated(ys[0]), envelopes.get(ys[0])!];
      notes.finding(sum > env ? 'error' : 'warning', frImport.linesVsEnvelope(ys, money(sum), money(env)));
    }
    if (off.length === 0) notes.finding('info', frImport.linesMatchEnvelope(compared.length));
  }
  const total = budget.envelopeTotalCents;
  if (total === undefined || years.length === 0) return;
  if (compared.length === years.length) {
    const sum = compared.reduce((s, y) => s + envelopes.get(y)!, 0);
    if (sum === total) notes.finding('info', frImport.envelopesMatchTotal(years.length, money(total)));
    else notes.finding('warning', frImport.envelopesVsTotal(years.length, money(sum), money(total)));
  }
  if (cafLines.length > 0) {
    const all = years.reduce((s, y) => s + allocated(y), 0);
    if (all === total) notes.finding('info', frImport.linesMatchTotal(money(total)));
    else notes.finding(all > total ? 'error' : 'warning', frImport.linesVsTotal(money(all), money(total)));
  }
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
