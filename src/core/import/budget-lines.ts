// One budget line as texts write it: "- 40 513 € pour la coordination …",
// "Crèche Les Galopins : 25 760 €", "15 000 €/an pour le RPE", or a row of a table
// pasted as text (cells separated by tabs, pipes or wide spaces), with who pays it.
import { BudgetAmount, PartnerRole } from '../domain/schema';
import { parseMoney } from '../domain/money';
import { frMoney } from '../../i18n/fr-domain';
import { SourceLine, fold, capitalise, stripEnd } from './text';
import { AMOUNT_SOURCE, ANNUAL } from './amounts';
import { ROLE_HINT } from './vocabulary';
import { Notes } from './collect';

const LEADING = new RegExp(
  `^(${AMOUNT_SOURCE})\\s*(?:\\([^)]*\\)\\s*)?(?:par an\\s+|annuels?\\s+|/\\s*an\\s+)?(?:pour|à|au|aux|en faveur d(?:e|u|es)|destinée?s? à|attribuée?s? à|versée?s? à|dédiée?s? à|alloué(?:e|s|es)? à|affectée?s? à)\\s+(.+)$`,
  'iu',
);
const TRAILING = new RegExp(`^(.+?)\\s*(?::|–|—|-|=|\\.{2,}|…)\\s*(${AMOUNT_SOURCE})\\s*(?:par an|/\\s*an|annuels?)?\\s*[.;]?$`, 'iu');
/** What a line says when it states the envelope or a total rather than one beneficiary's amount. */
const NOT_A_LINE =
  /^(?:l'|la |le |une |un |soit |au )?(?:enveloppe|total|sous-total|soit|montant (?:total|global|annuel)|dotation|budget (?:total|global|annuel))\b/;
const EQUIPMENT =
  /\b(EAJE|ALSH|RPE|RAM|LAEP|MAM|EVS|multi-accueil|micro-crèche|crèche|centre social|espace de vie sociale|accueil de loisirs|halte-garderie)\b/iu;

/** A line as read, before it gets its id and its years. */
export interface RawLine {
  n: number;
  annual?: boolean;
  year?: number;
  beneficiary: string;
  equipment: string;
  funder: PartnerRole;
  funderKnown: boolean;
  cents?: number;
  perYear?: Record<string, BudgetAmount>;
}

/** Who pays, when the text says it: "versée par la CAF", "financé par la commune". */
function paidBy(folded: string): PartnerRole | undefined {
  const m = /(?:verse\w*|finance\w*|pris\w* en charge|attribue\w*|allou\w*|apporte\w*|accorde\w*)\s+par\s+(?:la|le|l'|les)?\s*([\w' -]{1,40})/.exec(folded);
  return m ? ROLE_HINT.find((h) => h.re.test(m[1]))?.role : undefined;
}

/** Who pays, as an introduction says it: explicitly, or the one party it names (the CAF when it names several). */
export function funderIn(folded: string): PartnerRole | undefined {
  const explicit = paidBy(folded);
  if (explicit) return explicit;
  if (/\bbonus territoire\b|\bprestations? de service\b/.test(folded)) return 'caf';
  const named = ROLE_HINT.filter((h) => h.re.test(folded)).map((h) => h.role);
  if (named.includes('caf')) return 'caf';
  return named.length === 1 ? named[0] : undefined;
}

/** "la coordination et l'animation (une chargée…)" → beneficiary + equipment. */
function splitBeneficiary(text: string): { beneficiary: string; equipment: string } {
  let t = stripEnd(text)
    .replace(/^(?:la|le|les)\s+/u, '')
    .replace(/^l['’]/u, '');
  let equipment = '';
  const paren = /\s*\(([^)]+)\)\s*$/u.exec(t);
  if (paren) {
    equipment = capitalise(paren[1].trim());
    t = t.slice(0, paren.index).trim();
  }
  if (equipment === '') equipment = EQUIPMENT.exec(t)?.[1] ?? '';
  return { beneficiary: capitalise(t), equipment };
}

/** "La Petite Loco : 40 800 € (2023), 41 000 € (2024)", "RPE – 2023 : 9 000 € ; 2024 : 9 500 €". */
const YEAR_AMOUNT = new RegExp(`(?:((?:19|20)\\d{2})\\s*:\\s*(${AMOUNT_SOURCE})|(${AMOUNT_SOURCE})\\s*(?:\\(|en\\s+|pour\\s+)((?:19|20)\\d{2})\\)?)`, 'giu');

/** A line giving one amount per year, in a part of the text about money. */
function readYearly(l: SourceLine, funder: PartnerRole | undefined): RawLine | undefined {
  const pairs = [...l.text.matchAll(YEAR_AMOUNT)];
  if (pairs.length < 2) return undefined;
  const label = l.text.slice(0, pairs[0].index).replace(/[\s:–—-]+$/u, '');
  if (label.trim() === '' || NOT_A_LINE.test(fold(label))) return undefined;
  const perYear: Record<string, BudgetAmount> = {};
  for (const p of pairs) {
    const parsed = parseMoney(p[2] ?? p[3]);
    if (!parsed.ok) return undefined;
    perYear[p[1] ?? p[4]] = parsed.cents;
  }
  const own = paidBy(fold(label));
  return { n: l.n, ...splitBeneficiary(label), funder: own ?? funder ?? 'autre', funderKnown: (own ?? funder) !== undefined, perYear };
}

export function readItem(l: SourceLine, inContext: boolean, funder: PartnerRole | undefined): RawLine | undefined {
  const yearly = inContext ? readYearly(l, funder) : undefined;
  if (yearly) return yearly;
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
  return {
    n: l.n,
    annual,
    ...splitBeneficiary(rest.replace(/\s*(?:par an|\/\s*an)$/iu, '')),
    funder: own ?? funder ?? 'autre',
    funderKnown: (own ?? funder) !== undefined,
    cents: parsed.cents,
  };
}

interface TableColumns {
  years: number[];
  amount: number;
  name: number;
  equipment: number;
  funder: number;
  annual: boolean;
}

/** Which column holds what, from the header row: years, or one "Montant (annuel)" column. */
function tableColumns(header: string[]): TableColumns | undefined {
  const folded = header.map(fold);
  const years = header.map((c, i) => (/^(?:19|20)\d{2}$/.test(c.replace(/[^\d]/g, '')) && /\d{4}/.test(c) ? i : -1)).filter((i) => i > 0);
  const amount = years.length > 0 ? -1 : folded.findIndex((c, i) => i > 0 && /^(?:montants?|bonus|financements?|subventions?|sommes?|dotations?)\b/.test(c));
  if (years.length === 0 && amount < 0) return undefined;
  const named = folded.findIndex((c) => /^(?:beneficiaire|gestionnaire|porteur|structure|nom|organisme|partenaire)/.test(c));
  const name = named >= 0 && !years.includes(named) && named !== amount ? named : 0;
  return {
    years,
    amount,
    name,
    equipment: folded.findIndex((c, i) => i !== name && i !== amount && /^(?:equipement|type|dispositif|nature|objet)/.test(c)),
    funder: folded.findIndex((c) => /^financeu?r/.test(c)),
    annual: amount >= 0 && ANNUAL.test(folded[amount]),
  };
}

/** A table pasted as text: a header row naming years (or one amount column), then rows. */
export function readTable(lines: SourceLine[], start: number, funder: PartnerRole | undefined, notes: Notes): { rows: RawLine[]; end: number } | undefined {
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
    const ownFunder = cols.funder >= 0 ? (funderIn(fold(l.cells[cols.funder] ?? '')) ?? roleOf(l.cells[cols.funder] ?? '')) : undefined;
    const row: RawLine = {
      n: l.n,
      beneficiary: capitalise(first),
      equipment: cols.equipment >= 0 ? (l.cells[cols.equipment] ?? '') : (EQUIPMENT.exec(first)?.[1] ?? ''),
      funder: ownFunder ?? funder ?? 'autre',
      funderKnown: (ownFunder ?? funder) !== undefined,
    };
    if (cols.years.length > 0) row.perYear = yearAmounts(header, cols.years, l, notes);
    else {
      const parsed = parseMoney(l.cells[cols.amount] ?? '');
      if (parsed.ok) Object.assign(row, { cents: parsed.cents, annual: cols.annual });
      else notes.uncertain('budget-line', `${first} — ${l.cells[cols.amount] ?? ''}`, l.n, frMoney.unreadable(l.cells[cols.amount] ?? '', parsed.reason));
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
    if (!parsed.ok) notes.uncertain('budget-line', cell, l.n, frMoney.unreadable(cell, parsed.reason));
  }
  return perYear;
}

function roleOf(cell: string): PartnerRole | undefined {
  const f = fold(cell);
  return ROLE_HINT.find((h) => h.re.test(f))?.role;
}
