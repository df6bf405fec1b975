// The period of the convention: "2023-2025", "de 2023 à 2026", "du 1er janvier
// 2023 au 31 décembre 2026", "pour une durée de 4 ans à compter de 2023",
// "pour 3 ans", "à l'horizon 2026". Years mentioned elsewhere (a survey "réalisée
// en 2023") are not a period.
import { Period } from '../domain/schema';
import { MAX_PERIOD_YEARS, isPeriodSpan } from '../domain/years';
import { SourceLine, fold, isHeadingLike } from './text';
import { NUMBER_WORD_PATTERN, readCount } from './vocabulary';
import { Notes } from './collect';
import { frImport } from '../../i18n/fr-import';

const YEAR = '((?:19|20)\\d{2})';
const MONTH = '(?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre)';
/** "1er janvier ", "31 décembre ", "janvier ": what may stand between "du"/"au" and the year. */
const DAY_MONTH = `(?:(?:1er|\\d{1,2})\\s+${MONTH}\\s+|${MONTH}\\s+)?`;
const RANGE = new RegExp(`\\b${YEAR}(?:\\s*(?:-|–|—|/)\\s*|\\s+a\\s+)${YEAR}\\b`, 'g');
/** "CTG 2020 2024", "Convention territoriale globale 2021 2025": a title whose dash was lost. */
const TITLE_RANGE = new RegExp(`\\b(?:ctg|convention territoriale globale|convention)\\s+(?:\\(ctg\\)\\s+)?${YEAR}\\s+${YEAR}\\b`, 'g');
const WORDED_RANGE = new RegExp(`\\b(?:du|de|entre|des annees)\\s+${DAY_MONTH}${YEAR}\\s+(?:au|a|et|jusqu'au|jusqu'en|jusqu'a)\\s+${DAY_MONTH}${YEAR}\\b`, 'g');
const DURATION = new RegExp(
  `\\b(?:pour|sur|duree de|periode de|valable|valables|validite de)\\s+(?:une duree de\\s+|une periode de\\s+|les\\s+)?(\\d|${NUMBER_WORD_PATTERN})\\s+(?:ans|annees)\\b`,
);
const START = new RegExp(
  `\\b(?:a compter du|a compter de|a partir du|a partir de|debut(?:e|era|ant)? (?:en|le)|prend effet (?:le|en|au)|des le|des)\\s+${DAY_MONTH}${YEAR}\\b`,
);
const HORIZON = new RegExp(`\\b(?:a l'horizon|horizon|jusqu'en|jusqu'a fin|jusqu'au 31 decembre|d'ici(?: a)?(?: fin)?|a l'echeance de)\\s+${YEAR}\\b`);
/** How contracts state their last day: no other context is needed to take it for the convention's end. */
const CONTRACT_END = new RegExp(
  `\\b(?:jusqu'au|prend fin le|prendra fin le|se termine le|se terminera le|expire le|expirera le|terme,? le|echeance,? le|echeance au)\\s+31 decembre\\s+${YEAR}\\b`,
);
/** Words saying a line speaks about the convention itself. */
const CONTEXT = /\b(?:convention|ctg|conventionnement|periode|duree|sign\w*|pluriannuel\w*|contractualisation|contrat|annees|projet social de territoire)\b/;
const STRONG_CONTEXT = /\b(?:convention|ctg|conventionnement|presente)\b/;
/** Words saying the years are those of an earlier contract ("le précédent contrat enfance jeunesse 2016-2019"). */
const PAST = /\b(?:precedent\w*|ancien\w*|anterieur\w*|cej|contrat enfance)\b/;
/** Other documents a convention cites with their own years: the CAF's COG, departmental schemes, "Vu …" recitals. */
const OTHER_DOCUMENT = /\b(?:objectifs et de gestion|cog|cnaf|schemas?|contrat de ville|sdsf|plan mercredi)\b|^vu\b/;
/** The convention speaking of itself: "la présente convention est conclue …". */
const ITSELF = /\b(?:presente convention|presente ctg|est conclue|est signee|sont signees)\b/;

/**
 * How surely a range is the convention's own period. Context words count on the whole line;
 * an earlier contract only where it is named just before the years ("le précédent contrat
 * 2016-2019", "la précédente, signée de 2020 à 2024"), since a press article often names
 * the old contract and the new convention in one sentence.
 */
function score(folded: string, near: string): number {
  const context = STRONG_CONTEXT.test(folded) ? 2 : CONTEXT.test(folded) ? 1 : 0;
  return 1 + context + (ITSELF.test(folded) ? 1 : 0) - (PAST.test(near) || OTHER_DOCUMENT.test(folded) ? 3 : 0);
}

/** The words just before a range, within its sentence (and clause introduced by a new convention). */
function nearBefore(f: string, at: number, end: number): string {
  let from = Math.max(0, at - 70);
  const stop = Math.max(f.lastIndexOf('. ', at), f.lastIndexOf('nouvelle', at), f.lastIndexOf('presente', at));
  if (stop >= from) from = stop;
  return f.slice(from, end);
}

interface Candidate {
  start: number;
  end: number;
  line: number;
  score: number;
}

const validRange = isPeriodSpan;

function rangeCandidates(lines: SourceLine[]): Candidate[] {
  const found: Candidate[] = [];
  let previous = ''; // a title line "CONVENTION TERRITORIALE GLOBALE" gives its context to "2022 – 2025" below it
  for (const l of lines) {
    if (l.kind === 'noise' || l.kind === 'blank') continue;
    const f = fold(l.text);
    const context = l.text.length <= 40 && STRONG_CONTEXT.test(previous) ? `${previous} ${f}` : f;
    previous = f;
    for (const re of [RANGE, WORDED_RANGE, TITLE_RANGE]) {
      for (const m of f.matchAll(re)) {
        const start = Number(m[1]);
        const end = Number(m[2]);
        const near = nearBefore(f, m.index!, m.index! + m[0].length);
        if (validRange(start, end) && !found.some((c) => c.line === l.n && c.start === start && c.end === end))
          found.push({ start, end, line: l.n, score: score(context, near) });
      }
    }
  }
  return found;
}

function firstMatch(lines: SourceLine[], re: RegExp, needsContext = false): { m: RegExpExecArray; line: number } | undefined {
  for (const [i, l] of lines.entries()) {
    if (l.kind === 'noise') continue;
    const f = fold(l.text);
    const m = re.exec(f);
    if (m && (!needsContext || CONTEXT.test(f) || (isHeadingLike(l) && CONTEXT.test(subtitle(lines, i))))) return { m, line: l.n };
  }
  return undefined;
}

/** The line under a title ("PROJET À L'HORIZON 2029" / "Convention territoriale globale signée…"), which says what the title is about. */
function subtitle(lines: SourceLine[], i: number): string {
  const next = lines.slice(i + 1).find((l) => l.kind !== 'blank' && l.kind !== 'noise');
  return next ? fold(next.text) : '';
}

/** "à compter de sa signature": the period starts the year the convention was signed. */
const FROM_SIGNATURE = /\b(?:a compter de (?:sa|la) signature|des (?:sa|la) signature|a la date de (?:sa|la) signature)\b/;

export function readPeriod(lines: SourceLine[], notes: Notes, signatureDate?: string): Period {
  const ranges = rangeCandidates(lines);
  const duration = firstMatch(lines, DURATION);
  const years = duration ? readCount(duration.m[1]) : undefined;
  // A range only cited by other documents (score below 1) is no period; a weak one gives way
  // to "pour une durée de 4 ans à compter de 2024" when the text says that.
  const sorted = ranges.filter((r) => r.score >= 1).sort((a, b) => b.score - a.score || a.line - b.line);
  const strongStart = years !== undefined && firstMatch(lines, START) !== undefined;
  const best = sorted[0] && !(sorted[0].score <= 1 && strongStart) ? sorted[0] : undefined;
  if (best) {
    const label = `${best.start}-${best.end}`;
    if (best.score > 1) notes.recognised('period', label, best.line);
    else notes.uncertain('period', label, best.line, frImport.periodWithoutContext);
    const others = ranges.filter((r) => r.start !== best.start || r.end !== best.end);
    if (others.length > 0)
      notes.finding(
        'warning',
        frImport.otherRanges(
          label,
          others.map((r) => frImport.rangeAt(r.start, r.end, r.line)),
        ),
        best.line,
      );
    if (years !== undefined && duration && years !== best.end - best.start + 1) {
      notes.finding('warning', frImport.durationMismatch(years, label), duration.line);
    }
    return { startYear: best.start, endYear: best.end };
  }
  const start = firstMatch(lines, START);
  // "une crèche à l'horizon 2027" is not the convention's end; "jusqu'au 31 décembre 2027" beside a duration is.
  const horizon = firstMatch(lines, HORIZON, true) ?? (years !== undefined ? firstMatch(lines, CONTRACT_END) : undefined);
  if (years !== undefined && duration && years >= 1 && years <= MAX_PERIOD_YEARS) {
    if (start) {
      const s = Number(start.m[1]);
      notes.recognised('period', `${s}-${s + years - 1}`, duration.line, { note: frImport.periodFromDuration(years, s) });
      return { startYear: s, endYear: s + years - 1 };
    }
    if (horizon) {
      const e = Number(horizon.m[1]);
      notes.uncertain('period', `${e - years + 1}-${e}`, duration.line, frImport.periodFromDurationAndEnd(years, e));
      return { startYear: e - years + 1, endYear: e };
    }
    const fromSignature = firstMatch(lines, FROM_SIGNATURE);
    if (fromSignature && signatureDate) {
      const s = Number(signatureDate.slice(0, 4));
      notes.uncertain('period', `${s}-${s + years - 1}`, fromSignature.line, frImport.periodFromSignature(years, signatureDate));
      return { startYear: s, endYear: s + years - 1 };
    }
    notes.uncertain('period', frImport.durationOnly(years), duration.line, frImport.noStartYear);
  }
  if (horizon) {
    const e = Number(horizon.m[1]);
    notes.uncertain('period', frImport.horizonLabel(e), horizon.line, frImport.endOnly);
    return { endYear: e };
  }
  if (!duration) notes.uncertain('period', frImport.noPeriodLabel, 0, frImport.noPeriod);
  return {};
}
