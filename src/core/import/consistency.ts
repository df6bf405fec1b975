// Cross-checks of what the text states: announced counts ("16 fiches actions")
// against what was found; the CAF lines against the envelope of each year; the
// envelopes and the lines against the multi-year total.
import { Convention, periodYears } from '../domain/schema';
import { formatMoney, plainSpaces } from '../domain/money';
import { Notes } from './collect';
import { Structure } from './structure';
import { BudgetRead } from './budget';
import { frImport } from '../../i18n/fr-import';

export function checkCounts(s: Structure, draft: Convention, notes: Notes): void {
  for (const a of s.announced) {
    const found =
      a.what === 'actions' ? draft.actions.length : a.what === 'objectives' ? draft.axes.reduce((n, x) => n + x.objectives.length, 0) : axesOf(draft, a.type);
    const what = frImport.countWhat(a.what, a.type);
    // "une quinzaine": about that many, give or take a fifth.
    const agrees = a.approx ? Math.abs(found - a.count) <= Math.round(a.count / 5) : found === a.count;
    const label = `${a.count} ${what.word}`;
    if (agrees) {
      notes.recognised('announced-count', label, a.line);
      notes.finding('info', frImport.countMatches(a.count, what), a.line);
    } else {
      notes.uncertain('announced-count', label, a.line, frImport.countDiffers(a.count, found, what, a.approx === true));
      notes.finding('warning', frImport.countMismatch(a.count, found, what), a.line);
    }
  }
}

/** The axes of the announced kind ("3 enjeux"), or all of them when the text names them otherwise. */
function axesOf(draft: Convention, type: Convention['axes'][number]['type'] | undefined): number {
  const same = draft.axes.filter((x) => x.type === type).length;
  return type === undefined || same === 0 ? draft.axes.length : same;
}

const money = (c: number) => plainSpaces(formatMoney(c, { decimals: c % 100 !== 0 }));

/** The envelope, the CAF lines and the multi-year total, checked against each other. */
export function checkFigures(draft: Convention, budget: BudgetRead, notes: Notes): void {
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
