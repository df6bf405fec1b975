// Budget lines, the CAF envelope and the multi-year total, read together: a line's
// amount goes on every year when the text says it is annual (or when the stated
// total is their sum over the years), on one year when its list names that year.
import { BudgetLine, PartnerRole, Envelope, Period, periodYears, ids } from '../domain/schema';
import { formatMoney, plainSpaces } from '../domain/money';
import { SourceLine, fold, isListLine } from './text';
import { ANNUAL, amountsIn } from './amounts';
import { RawLine, readItem, readTable, funderIn } from './budget-lines';
import { readStatements, envelopesFrom } from './envelope';
import { Notes } from './collect';
import { frImport } from '../../i18n/fr-import';

const BUDGET_CONTEXT = /\b(?:financ\w*|budget\w*|enveloppe|bonus territoire|repartis?|repartition|montants?|dotation|subvention\w*|prestations? de service)\b/;

export interface BudgetRead {
  budget: BudgetLine[];
  envelopes: Envelope[];
  envelopeTotalCents?: number;
  /** Lines consumed as budget, so the structure reader does not take them for objectives. */
  used: Set<number>;
}

export function readBudget(lines: SourceLine[], period: Period, notes: Notes, blocked: Set<number> = new Set()): BudgetRead {
  const used = new Set<number>();
  const raws: RawLine[] = [];
  let context = false; // inside a part of the text about money
  let annualContext = false;
  let contextYear: number | undefined;
  let funder: PartnerRole | undefined;
  const seen = new Map<string, number>(); // folded text of the lines read, with their number
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    if (l.kind === 'noise' || l.kind === 'blank' || blocked.has(l.n)) continue;
    const f = fold(l.text);
    const table = readTable(lines, i, funder, notes);
    if (table) {
      table.rows.forEach((r) => used.add(r.n));
      used.add(l.n);
      raws.push(...table.rows);
      i = table.end - 1;
      continue;
    }
    const item = isListLine(l) || l.text.length < 160 ? readItem(l, context, funder) : undefined;
    const twin = item ? seen.get(f) : undefined;
    if (item && twin !== undefined) {
      // The same line again (a page that repeats its budget): counted once, and said.
      notes.uncertain('budget-line', l.text, l.n, frImport.repeatedLine(twin));
      used.add(l.n);
      continue;
    }
    if (item) {
      seen.set(f, l.n);
      if (context && contextYear !== undefined && !item.annual) item.year = contextYear;
      raws.push(item);
      used.add(l.n);
      continue;
    }
    if (isListLine(l) && context && /€|\beuros?\b/.test(f) && amountsIn(l.text).length === 0) {
      // An item about money whose amount cannot be read ("12.000 €"): said, not guessed.
      notes.uncertain('budget-line', l.text, l.n, frImport.amountNotRead);
      used.add(l.n);
      continue;
    }
    if (!isListLine(l)) {
      // A sentence or heading opens (or closes) a money part of the text; "La Caf apportera chaque année :" opens one too.
      const opens = BUDGET_CONTEXT.test(f) || /€|\beuros?\b/.test(f) || (/:$/.test(l.text) && (ANNUAL.test(f) || funderIn(f) !== undefined));
      if (opens) {
        // "Financement prévisionnel Caf 2023 :" — the amounts below are that year's.
        const yearsNamed = [...new Set(f.match(/\b(?:19|20)\d{2}\b/g) ?? [])];
        contextYear = yearsNamed.length === 1 ? Number(yearsNamed[0]) : context ? contextYear : undefined;
        annualContext = (context && annualContext) || ANNUAL.test(f);
        funder = funderIn(f) ?? (context ? funder : undefined);
      }
      context = opens;
    }
  }
  return finish(lines, raws, period, notes, used, { annualContext });
}

function finish(lines: SourceLine[], raws: RawLine[], period: Period, notes: Notes, used: Set<number>, ctx: { annualContext: boolean }): BudgetRead {
  const years = periodYears(period);
  const statements = readStatements(lines, used);
  const annual = statements.find((s) => s.kind === 'annual' && s.caf);
  const total = statements.find((s) => s.kind === 'total' && s.caf && s !== annual);
  const sumCents = raws.reduce((s, r) => s + (r.cents ?? 0), 0);
  // Amounts given once (not per year): annual if the text says so, or if the stated total is their sum over the years.
  const spreadAnnually = ctx.annualContext || (total !== undefined && years.length > 0 && sumCents * years.length === total.cents);
  const budget: BudgetLine[] = raws.map((r, k) => {
    const id = ids.budgetLine(k + 1);
    const amounts =
      r.perYear ??
      (r.year !== undefined && r.cents !== undefined
        ? { [String(r.year)]: r.cents }
        : r.cents !== undefined && years.length > 0
          ? Object.fromEntries(years.map((y) => [String(y), r.cents!]))
          : {});
    const label = r.cents !== undefined ? `${plainSpaces(formatMoney(r.cents, { decimals: false }))} — ${r.beneficiary}` : r.beneficiary;
    if (r.year !== undefined) notes.recognised('budget-line', label, r.n, { ref: id, note: frImport.oneYear(r.year) });
    else if (r.cents !== undefined && years.length === 0) notes.uncertain('budget-line', label, r.n, frImport.amountWithoutYears, id);
    else if (r.cents !== undefined && !spreadAnnually && !r.annual) notes.uncertain('budget-line', label, r.n, frImport.assumedAnnual, id);
    else if (!r.funderKnown) notes.uncertain('budget-line', label, r.n, frImport.funderUnknown, id);
    else notes.recognised('budget-line', label, r.n, { ref: id, ...(r.cents !== undefined ? { note: frImport.eachYear(years) } : {}) });
    return { id, beneficiary: r.beneficiary, equipment: r.equipment, nature: '', funder: r.funder, actionId: '', amounts };
  });
  const envelopes = envelopesFrom(statements, annual, years, notes);
  if (total) notes.recognised('envelope-total', plainSpaces(formatMoney(total.cents, { decimals: false })), total.line);
  for (const s of statements) {
    if (s === annual || s === total || (s.kind === 'year' && s.caf)) continue;
    const note = s.kind === 'annual' ? frImport.otherAnnualAmount : s.kind === 'total' && s.caf ? frImport.otherTotal : frImport.envelopeUnclear;
    notes.uncertain('envelope', s.label, s.line, note);
  }
  return { budget, envelopes, ...(total ? { envelopeTotalCents: total.cents } : {}), used };
}
