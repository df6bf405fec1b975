// Budget lines, the CAF envelope and the multi-year total. Recognises lines
// written "- 40 513 € pour la coordination …", "Crèche Les Galopins : 25 760 €",
// and tables pasted as text (cells separated by tabs, pipes or wide spaces)
// with one column per year.
import { BudgetLine, BudgetAmount, PartnerRole, Envelope, Period, periodYears, ids } from '../domain/schema';
import { parseMoney, formatMoney, plainSpaces } from '../domain/money';
import { SourceLine, fold, capitalise, stripEnd, isListLine } from './text';
import { AMOUNT_SOURCE, amountsIn } from './amounts';
import { ROLE_HINT } from './vocabulary';
import { Notes } from './collect';
import { frImport } from '../i18n/fr-import';

const LEADING = new RegExp(`^(${AMOUNT_SOURCE})\\s*(?:\\([^)]*\\)\\s*)?(?:par an\\s+|annuels?\\s+|/\\s*an\\s+)?(?:pour|à|au|aux|en faveur d(?:e|u|es)|destinée?s? à|attribuée?s? à|versée?s? à|dédiée?s? à|alloué(?:e|s|es)? à|affectée?s? à)\\s+(.+)$`, 'iu');
const TRAILING = new RegExp(`^(.+?)\\s*(?::|–|—|-|=|\\.{2,}|…)\\s*(${AMOUNT_SOURCE})\\s*(?:par an|/\\s*an|annuels?)?\\s*[.;]?$`, 'iu');
const BUDGET_CONTEXT = /\b(?:financ\w*|budget\w*|enveloppe|bonus territoire|repartis?|repartition|montants?|dotation|subvention\w*|prestations? de service)\b/;
/** What a line says when it states the envelope or a total rather than one beneficiary's amount. */
const NOT_A_LINE = /^(?:l'|la |le |une |un |soit |au )?(?:enveloppe|total|sous-total|soit|montant (?:total|global|annuel)|dotation|budget (?:total|global|annuel))\b/;
const ANNUAL = /\b(?:annuel(?:le)?s?|annuellement|par an|chaque annee|par annee)\b|\/\s?an\b/;
const TOTAL = /\b(?:au total|total\w*|pluriannuel\w*|sur (?:la|toute la) (?:duree|periode)|pour les \d+ annees|sur (?:les )?\d+ ans|sur \w+ ans|l'ensemble de la periode)\b/;
const ENVELOPE = /\b(?:enveloppe|dotation|montant (?:global|total|annuel)|financement (?:annuel|global|total))\b/;
const EQUIPMENT = /\b(EAJE|ALSH|RPE|RAM|LAEP|MAM|EVS|multi-accueil|micro-crèche|crèche|centre social|espace de vie sociale|accueil de loisirs|halte-garderie)\b/iu;

export interface BudgetRead {
  budget: BudgetLine[];
  envelopes: Envelope[];
  envelopeTotalCents?: number;
  /** Lines consumed as budget, so the structure reader does not take them for objectives. */
  used: Set<number>;
}

interface RawLine { n: number; annual?: boolean; year?: number; beneficiary: string; equipment: string; funder: PartnerRole; funderKnown: boolean; cents?: number; perYear?: Record<string, BudgetAmount> }

/** Who pays, when the text says it: "versée par la CAF", "financé par la commune". */
function paidBy(folded: string): PartnerRole | undefined {
  const m = /(?:verse\w*|finance\w*|pris\w* en charge|attribue\w*|allou\w*|apporte\w*|accorde\w*)\s+par\s+(?:la|le|l'|les)?\s*([\w' -]{1,40})/.exec(folded);
  return m ? ROLE_HINT.find((h) => h.re.test(m[1]))?.role : undefined;
}

/** Who pays, as an introduction says it: explicitly, or the one party it names (the CAF when it names several). */
function funderIn(folded: string): PartnerRole | undefined {
  const explicit = paidBy(folded);
  if (explicit) return explicit;
  if (/\bbonus territoire\b|\bprestations? de service\b/.test(folded)) return 'caf';
  const named = ROLE_HINT.filter((h) => h.re.test(folded)).map((h) => h.role);
  if (named.includes('caf')) return 'caf';
  return named.length === 1 ? named[0] : undefined;
}

/** "la coordination et l'animation (une chargée…)" → beneficiary + equipment. */
function splitBeneficiary(text: string): { beneficiary: string; equipment: string } {
  let t = stripEnd(text).replace(/^(?:la|le|les)\s+/u, '').replace(/^l['’]/u, '');
  let equipment = '';
  const paren = /\s*\(([^)]+)\)\s*$/u.exec(t);
  if (paren) {
    equipment = capitalise(paren[1].trim());
    t = t.slice(0, paren.index).trim();
  }
  if (equipment === '') equipment = EQUIPMENT.exec(t)?.[1] ?? '';
  return { beneficiary: capitalise(t), equipment };
}

function readItem(l: SourceLine, inContext: boolean, funder: PartnerRole | undefined): RawLine | undefined {
  let m = LEADING.exec(l.text);
  let amountText: string;
  let rest: string;
  if (m) [amountText, rest] = [m[1], m[2]];
  else {
    m = inContext ? TRAILING.exec(l.text) : null;
    if (!m) return undefined;
    [rest, amountText] = [m[1], m[2]];
  }
  const parsed = parseMoney(amountText);
  if (!parsed.ok || NOT_A_LINE.test(fold(rest))) return undefined;
  const own = paidBy(fold(rest));
  const annual = ANNUAL.test(fold(l.text.replace(rest, ''))); // "12 000 €/an", "12 000 € par an pour …"
  return { n: l.n, annual, ...splitBeneficiary(rest.replace(/\s*(?:par an|\/\s*an)$/iu, '')), funder: own ?? funder ?? 'autre', funderKnown: (own ?? funder) !== undefined, cents: parsed.cents };
}

interface TableColumns { years: number[]; amount: number; name: number; equipment: number; funder: number; annual: boolean }

/** Which column holds what, from the header row: years, or one "Montant (annuel)" column. */
function tableColumns(header: string[]): TableColumns | undefined {
  const folded = header.map(fold);
  const years = header.map((c, i) => (/^(?:19|20)\d{2}$/.test(c.replace(/[^\d]/g, '')) && /\d{4}/.test(c) ? i : -1)).filter((i) => i > 0);
  const amount = years.length > 0 ? -1 : folded.findIndex((c, i) => i > 0 && /^(?:montants?|bonus|financements?|subventions?|sommes?|dotations?)\b/.test(c));
  if (years.length === 0 && amount < 0) return undefined;
  const named = folded.findIndex((c) => /^(?:beneficiaire|gestionnaire|porteur|structure|nom|organisme|partenaire)/.test(c));
  const name = named >= 0 && !years.includes(named) && named !== amount ? named : 0;
  return {
    years, amount, name,
    equipment: folded.findIndex((c, i) => i !== name && i !== amount && /^(?:equipement|type|dispositif|nature|objet)/.test(c)),
    funder: folded.findIndex((c) => /^financeu?r/.test(c)),
    annual: amount >= 0 && ANNUAL.test(folded[amount]),
  };
}

/** A table pasted as text: a header row naming years (or one amount column), then rows. */
function readTable(lines: SourceLine[], start: number, funder: PartnerRole | undefined, notes: Notes): { rows: RawLine[]; end: number } | undefined {
  const header = lines[start].cells;
  const cols = header ? tableColumns(header) : undefined;
  if (!header || !cols) return undefined;
  const rows: RawLine[] = [];
  let i = start + 1;
  for (; i < lines.length; i++) {
    const l = lines[i];
    if (l.kind === 'blank') continue;
    if (!l.cells || l.cells.length < header.length - 1) break;
    const first = l.cells[cols.name] ?? '';
    if (first.trim() === '' || l.cells.some((c) => /^(?:total|sous-total|soit)\b/.test(fold(c)))) continue; // totals are sums, not lines
    const ownFunder = cols.funder >= 0 ? funderIn(fold(l.cells[cols.funder] ?? '')) ?? roleOf(l.cells[cols.funder] ?? '') : undefined;
    const row: RawLine = {
      n: l.n,
      beneficiary: capitalise(first),
      equipment: cols.equipment >= 0 ? l.cells[cols.equipment] ?? '' : EQUIPMENT.exec(first)?.[1] ?? '',
      funder: ownFunder ?? funder ?? 'autre',
      funderKnown: (ownFunder ?? funder) !== undefined,
    };
    if (cols.years.length > 0) row.perYear = yearAmounts(header, cols.years, l, notes);
    else {
      const parsed = parseMoney(l.cells[cols.amount] ?? '');
      if (parsed.ok) Object.assign(row, { cents: parsed.cents, annual: cols.annual });
      else notes.uncertain('budget-line', `${first} — ${l.cells[cols.amount] ?? ''}`, l.n, parsed.message);
    }
    rows.push(row);
  }
  return rows.length > 0 ? { rows, end: i } : undefined;
}

/** One amount per year column; what cannot be read as money is kept verbatim for the check to quote. */
function yearAmounts(header: string[], yearCols: number[], l: SourceLine, notes: Notes): Record<string, BudgetAmount> {
  const perYear: Record<string, BudgetAmount> = {};
  for (const c of yearCols) {
    const cell = (l.cells?.[c] ?? '').trim();
    if (cell === '' || /^[-–—]$/.test(cell)) continue;
    const parsed = parseMoney(cell);
    perYear[header[c].match(/\d{4}/)![0]] = parsed.ok ? parsed.cents : cell;
    if (!parsed.ok) notes.uncertain('budget-line', cell, l.n, parsed.message);
  }
  return perYear;
}

function roleOf(cell: string): PartnerRole | undefined {
  const f = fold(cell);
  return ROLE_HINT.find((h) => h.re.test(f))?.role;
}

/** Statements of the envelope: annual, per year, or over the whole period. */
interface Statement { kind: 'annual' | 'total' | 'year'; cents: number; year?: number; line: number; label: string; caf: boolean }

function readStatements(lines: SourceLine[], used: Set<number>): Statement[] {
  const out: Statement[] = [];
  for (const l of lines) {
    if (l.kind === 'noise' || used.has(l.n)) continue;
    const f = fold(l.text);
    const cafMoney = /\bcaf\b|caisse d'allocations/.test(f) && /financ|engage|consacr|verse|apport|particip|mobilis/.test(f); // "la Caf consacrera 450 000 € sur 4 ans"
    if (!ENVELOPE.test(f) && !cafMoney && !(TOTAL.test(f) && /\bsoit\b|\bau total\b/.test(f))) continue;
    const hits = amountsIn(l.text);
    if (hits.length === 0) continue;
    const caf = /\bcaf\b|caisse d'allocations/.test(f) || !/\b(?:commune|communaute|departement|msa|collectivite)s?\b/.test(f);
    const year = /\b(?:enveloppe|dotation)\s+(?:\w+\s+)?(?:pour\s+)?((?:19|20)\d{2})\b/.exec(f) ?? /^((?:19|20)\d{2})\s*:/.exec(f);
    const hit = hits[0];
    const label = l.text;
    if (year && hits.length === 1) out.push({ kind: 'year', year: Number(year[1]), cents: hit.cents, line: l.n, label, caf });
    else if (TOTAL.test(f) && !ANNUAL.test(f.slice(0, hit.index + 1))) out.push({ kind: 'total', cents: hit.cents, line: l.n, label, caf });
    else if (ANNUAL.test(f)) out.push({ kind: 'annual', cents: hit.cents, line: l.n, label, caf });
    else out.push({ kind: 'total', cents: hit.cents, line: l.n, label, caf: false }); // neither annual nor total: reported, not used
  }
  return out;
}

export function readBudget(lines: SourceLine[], period: Period, notes: Notes, blocked: Set<number> = new Set()): BudgetRead {
  const used = new Set<number>();
  const raws: RawLine[] = [];
  let context = false; // inside a part of the text about money
  let annualContext = false;
  let contextYear: number | undefined;
  let funder: PartnerRole | undefined;
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
    if (item) {
      if (context && contextYear !== undefined && !item.annual) item.year = contextYear;
      raws.push(item);
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
    const amounts = r.perYear ?? (r.year !== undefined && r.cents !== undefined ? { [String(r.year)]: r.cents } : r.cents !== undefined && years.length > 0 ? Object.fromEntries(years.map((y) => [String(y), r.cents!])) : {});
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

function envelopesFrom(statements: Statement[], annual: Statement | undefined, years: number[], notes: Notes): Envelope[] {
  const perYear = statements.filter((s) => s.kind === 'year' && s.caf);
  const out = new Map<number, number>();
  for (const s of perYear) {
    out.set(s.year!, s.cents);
    notes.recognised('envelope', `${s.year} : ${plainSpaces(formatMoney(s.cents, { decimals: false }))}`, s.line);
  }
  if (annual) {
    const label = plainSpaces(formatMoney(annual.cents, { decimals: false }));
    if (years.length === 0) notes.uncertain('envelope', label, annual.line, frImport.annualWithoutYears);
    else {
      for (const y of years) if (!out.has(y)) out.set(y, annual.cents);
      notes.recognised('envelope', label, annual.line, { note: frImport.annualEnvelope(years) });
    }
  }
  return [...out.entries()].sort((a, b) => a[0] - b[0]).map(([year, amountCents]) => ({ year, amountCents }));
}

export { ANNUAL, TOTAL };
