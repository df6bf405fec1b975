// The CAF envelope as texts state it: "l'enveloppe annuelle … sera de 241 801 €",
// "Enveloppe 2024 : 57 500 €", "Soit au total une enveloppe de 725 403 € …",
// "la Caf consacrera 450 000 € sur la durée de la convention".
import { Envelope } from '../domain/schema';
import { formatMoney, plainSpaces } from '../domain/money';
import { SourceLine, fold } from './text';
import { amountsIn, ANNUAL } from './amounts';
import { Notes } from './collect';
import { frImport } from '../../i18n/fr-import';

const TOTAL =
  /\b(?:au total|total\w*|pluriannuel\w*|sur (?:la|toute la) (?:duree|periode)|pour les \d+ annees|sur (?:les )?\d+ ans|sur \w+ ans|l'ensemble de la periode)\b/;
const ENVELOPE = /\b(?:enveloppe|dotation|montant (?:global|total|annuel)|financement (?:annuel|global|total))\b/;

/** Statements of the envelope: annual, per year, or over the whole period. */
export interface Statement {
  kind: 'annual' | 'total' | 'year';
  cents: number;
  year?: number;
  line: number;
  label: string;
  caf: boolean;
}

export function readStatements(lines: SourceLine[], used: Set<number>): Statement[] {
  const out: Statement[] = [];
  for (const l of lines) {
    if (l.kind === 'noise' || used.has(l.n)) continue;
    const f = fold(l.text);
    // "la Caf consacrera 450 000 € sur 4 ans", "le bonus territoire représente 120 000 € par an"
    const cafMoney =
      (/\bcaf\b|caisse d'allocations/.test(f) && /financ|engage|consacr|verse|apport|particip|mobilis|s'eleve/.test(f)) || /\bbonus territoire\b/.test(f);
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

export function envelopesFrom(statements: Statement[], annual: Statement | undefined, years: number[], notes: Notes): Envelope[] {
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
