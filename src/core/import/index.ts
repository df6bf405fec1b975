// importText: the plain text of a convention → a draft convention to review,
// with what was recognised and what is uncertain, line by line. Pure and
// deterministic; never throws, never invents: what the text does not say stays
// empty, with an uncertain item saying so.
import { Convention } from '../domain/schema';
import { splitLines } from './text';
import { Notes } from './collect';
import { readPeriod } from './period';
import { readSignatureDate, dateWithoutYear } from './signature-date';
import { readSignatories, conventionName } from './signatories';
import { readCoordinator } from './coordinator';
import { readBudget } from './budget';
import { readStructure } from './structure';
import { buildAxes, buildActions } from './assemble';
import { checkCounts, checkFigures } from './consistency';
import { actionBlockLines } from './fiche';
import { ImportResult, ImportCounts } from './result';
import { frImport } from '../../i18n/fr-import';

export type { ImportResult } from './result';

export function importText(text: string): ImportResult {
  const notes = new Notes();
  const lines = splitLines(typeof text === 'string' ? text : '');
  const signed = readSignatureDate(lines, notes);
  const period = readPeriod(lines, notes, signed.date);
  const signatureDate = signed.date ?? (signed.withoutYear ? dateWithoutYear(signed.withoutYear, period, lines, notes) : undefined);
  const ficheLines = actionBlockLines(lines);
  const parties = readSignatories(lines, notes, ficheLines);
  const coordinator = readCoordinator(lines, notes);
  const budget = readBudget(lines, period, notes, ficheLines);
  const structure = readStructure(lines, budget.used);
  const axes = buildAxes(structure, notes);
  const actions = buildActions(structure, axes.drafts, axes.axes, notes);
  const name = conventionName(parties.territory);
  if (parties.territory !== '' && parties.territoryFromParty)
    notes.recognised('territory', parties.territory, parties.territoryLine, { note: frImport.territoryFrom });
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
  const safe = validDraft(draft, notes);
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

/**
 * The draft as the schema accepts it. Should a reading rule ever produce something the
 * schema refuses, the dates go first, then everything but the parties: a reduced draft
 * and a warning, never a broken one.
 */
function validDraft(draft: Convention, notes: Notes): Convention {
  const first = Convention.safeParse(draft);
  if (first.success) return first.data;
  const { signatureDate: _dropped, ...rest } = draft;
  const second = Convention.safeParse({ ...rest, period: {}, envelopes: [] });
  notes.finding('warning', frImport.draftReduced);
  if (second.success) return second.data;
  return { name: '', territory: '', signatories: [], period: {}, coordinator: '', toleranceCents: 0, envelopes: [], axes: [], actions: [], budget: [] };
}
