// How French administrative texts phrase structure, as patterns on folded text
// (see fold()), and the small readers built on them.
import { AxisType } from '../domain/schema';
import { SourceLine, fold, capitalise, stripEnd, firstSentence, isHeadingLike } from './text';
import { AXIS_WORDS, ORDINAL_PATTERN, NUMBER_WORD_PATTERN, readCount, themeHeading } from './vocabulary';

/** A line that starts with a verb in the infinitive, as objectives are written ("Favoriser…", "Mettre en place…"). */
export const INFINITIVE = /^(?:\p{Lu}\p{Ll}+(?:er|ir|re|oir)|Mettre|Faire|Rendre|Prendre|Promouvoir)\s+\S/u;

/** "Le deuxième axe d'amélioration vise à …", "Le dernier enjeu consiste à …", "Premier axe : …". */
export const ORDINAL_AXIS = new RegExp(
  `^(?:(?:le|la|l')\\s*)?(${ORDINAL_PATTERN}|dernier|derniere)\\s+(axe|enjeu|ambition|orientation|volet|defi|priorite|chantier)\\b([^.:]*?)(?:\\s*:\\s*|\\s+(?:vise|visera)\\s+a\\s+|\\s+consiste(?:ra)?\\s+a\\s+|\\s+porte(?:ra)?\\s+sur\\s+|\\s+concerne(?:ra)?\\s+|\\s+a pour (?:objectif|ambition|but) de\\s+|\\s+(?:est|sera) (?:de|consacre a)\\s+|\\s+s'attache(?:ra)? a\\s+)(.+)$`,
);
/** "L'axe autour de l'accès aux droits comporte …", "L'enjeu consacré à la jeunesse vise …". */
export const AXIS_ABOUT =
  /^(?:l'|le |la )?(axe|enjeu|volet|orientation|ambition|priorite)\s+(?:autour de|consacre a|consacree a|dedie a|dediee a|relatif a|relative a|portant sur|centre sur|centree sur)\s+(?:la |le |l'|les |des |du )?(.{3,60}?)\s+(?:comporte|regroupe|compte|prevoit|vise|comprend|se decline|rassemble|porte|contient|s'articule)\b/;
/** "Orientation 1.1 : …", "Objectif stratégique 2.3 –": a sub-item of the axis being read. */
export const SUB_HEADING =
  /^(?:axe|enjeu|ambition|orientation|objectif|priorite|thematique|action)s?(?:\s+(?:strategique|operationnel|prioritaire|specifique)s?)?\s*(?:n\s*°|no\.?)?\s*\d{1,2}\.\d{1,2}\b\s*[:.)\-–—]?\s*(.+)$/;
/** "Objectifs :", "Objectif stratégique : …", "Objectif 1.2 – …". */
export const OBJECTIVE_LINE =
  /^objectifs?(?:\s+(?:strategiques?|operationnels?|generaux|general|specifiques?|prioritaires?))?(?:\s*(?:n\s*°|no\.?)?\s*[\d.]+)?\s*(?:[:–—-]\s*(.*))?$/;
const OBJECTIVE_PHRASE =
  /(?:l'objectif (?:est|sera|principal est) d[e']|l'ambition (?:est|sera) d[e']|a pour (?:objectif|ambition|but|finalite) d[e']|prevoi(?:t|ent) d[e']|s'agit d[e']|(?:l'un des )?(?:premiers? |principaux )?moyens? (?:est|sera) d[e']|ambitionnent? d[e'])\s*/g;
const ENJEU_SENTENCE =
  /^(.{10,200}?)\s+(?:est|sont|constitue|constituent|reste|demeure)\s+(?:aussi\s+|egalement\s+|donc\s+)?(?:un|une|l'un des)\s+(?:enjeux?|objectifs?|priorites?|axes?)\b/;
/** "En matière de petite enfance : développer …", "Dans le domaine de la jeunesse : …". */
export const THEMATIC_PAIR =
  /^(?:en matiere d(?:e |'|u |es )|dans le domaine d(?:e |'|u |es )|concernant (?:la |le |l'|les )?|s'agissant d(?:e |'|u |es )|au titre d(?:e |'|u |es )|volet\s+)(.{2,70}?)\s*:\s*(.+)$/;
/** Words a count may announce; "fiches d'actions", "fiches-actions", "sept thèmes", "domaines d'intervention". */
const COUNTED =
  "(fiches?(?:[- ]actions?|\\s+d'actions?|\\s+actions?)?|actions|axes|enjeux|ambitions|orientations|objectifs|thematiques|themes|priorites|domaines d'intervention|champs d'intervention|volets|defis|chantiers)";
/** "une quinzaine d'actions": a count given roughly, and the number it stands for. */
const ROUGHLY: Record<string, number> = { dizaine: 10, douzaine: 12, quinzaine: 15, vingtaine: 20, trentaine: 30 };
const COUNT = new RegExp(
  `\\b(\\d{1,2}|${NUMBER_WORD_PATTERN}|une (?:${Object.keys(ROUGHLY).join('|')}))\\s+(?:d'|de\\s+)?(?:(?:grand|grande|principa|premier|nouvel|nouvelle|prochain|petit)\\w*\\s+)?${COUNTED}\\b`,
  'g',
);
/** Before the count, in its sentence: it counts the items of one axis, or a part of the whole ("dont 3 actions"). */
const COUNT_OF_A_PART =
  /(?:\b(?:l'|le |la |cet |cette |chaque |premier |second |dernier )(?:axe|enjeu|ambition|orientation|thematique|priorite|volet)\b|\baxe \d|\b(?:dont|parmi|sur les|chacun\w*)\b)[^.]*$/;
/** After the count: "4 actions par axe", "3 objectifs chacun". */
const COUNT_PER = /^\s*(?:par (?:axe|enjeu|thematique|orientation|ambition|an|annee|fiche)|chacun\w*|pour chaque|ont ete (?:realisees|menees|achevees))\b/;
/** "… autour de 4 axes : a, b, c et d." — an announced count and its items on one line. */
export const INLINE_LIST = new RegExp(
  `\\b(\\d{1,2}|${NUMBER_WORD_PATTERN})\\s+(?:grand(?:e)?s\\s+|principa\\w+\\s+)?(axes|enjeux|ambitions|orientations|thematiques|themes|priorites|domaines d'intervention|volets|defis|chantiers)\\b[^:]{0,60}:\\s*(.{3,})$`,
);

export type ListRole = { kind: 'actions' } | { kind: 'objectives' } | { kind: 'axes'; type: AxisType } | { kind: 'none' };

export interface Announced {
  what: 'axes' | 'actions' | 'objectives';
  type?: AxisType;
  count: number;
  /** "une quinzaine": about that many. */
  approx?: boolean;
  line: number;
}

/** Where a matched part of folded text starts in the original (fold keeps NFC lengths). */
export const tail = (original: string, folded: string, groupText: string) => original.slice(folded.length - groupText.length).trim();

/** The original text of a group of a match on the folded line (fold keeps NFC lengths; matches here are anchored at 0). */
export const group = (original: string, m: RegExpExecArray, k: number) => original.substr(m[0].indexOf(m[k]), m[k].length);

/** Titles as people want to read them: no trailing punctuation, no SHOUTING, first letter capital. */
export function tidyTitle(text: string): string {
  let t = stripEnd(text.replace(/^[\s:–—-]+/, ''));
  if (t.length > 3 && t === t.toLocaleUpperCase('fr-FR') && /\p{Lu}{3}/u.test(t)) t = t.toLocaleLowerCase('fr-FR');
  return capitalise(t);
}

/** What the list after an introduction holds: the first structure word of the line decides. */
export function listRoleOf(line: string): ListRole {
  // "Pour chaque thématique, des actions …": the axis word is distributive, the list is of actions.
  const folded = line.replace(/\b(?:pour|dans|de) chaque \w+|\bpar (?:axe|enjeu|thematique|orientation|ambition)\b/g, '');
  const candidates: { at: number; role: ListRole }[] = [];
  const action = /fiches?[- ]actions?|\bactions?\b|plan d'actions?/.exec(folded);
  if (action) candidates.push({ at: action.index, role: { kind: 'actions' } });
  const objective = /\bobjectifs?\b/.exec(folded);
  if (objective) candidates.push({ at: objective.index, role: { kind: 'objectives' } });
  for (const w of AXIS_WORDS) {
    const m = w.re.exec(folded);
    if (m) candidates.push({ at: m.index, role: { kind: 'axes', type: w.type } });
  }
  candidates.sort((a, b) => a.at - b.at);
  return candidates[0]?.role ?? { kind: 'none' };
}

/**
 * "16 fiches actions", "trois grands enjeux", "compte 7 actions", "une quinzaine d'actions":
 * the counts a line announces for the whole text (not those of one axis or a part of it).
 */
export function announcedIn(l: SourceLine): Announced[] {
  const f = fold(l.text);
  const out: Announced[] = [];
  for (const m of f.matchAll(COUNT)) {
    const rough = /^une (\w+)$/.exec(m[1]);
    const count = rough ? ROUGHLY[rough[1]] : readCount(m[1]);
    if (count === undefined || count < 2) continue;
    const before = f.slice(Math.max(0, f.lastIndexOf('. ', m.index!)), m.index!);
    if (COUNT_OF_A_PART.test(before) || COUNT_PER.test(f.slice(m.index! + m[0].length))) continue;
    const word = m[2];
    const base = { count, line: l.n, ...(rough ? { approx: true } : {}) };
    if (/action|fiche/.test(word)) out.push({ what: 'actions', ...base });
    // Objectives are counted per axis as often as for the whole text: only a heading or an introduction counts them.
    else if (/objectif/.test(word)) {
      if (l.text.includes(':') || isHeadingLike(l)) out.push({ what: 'objectives', ...base });
    } else out.push({ what: 'axes', type: AXIS_WORDS.find((w) => w.re.test(word))?.type, ...base });
  }
  return out;
}

/** Objectives stated in a running sentence: "L'objectif est de développer …". */
export function objectivePhrases(text: string): string[] {
  const f = fold(text);
  const out: string[] = [];
  for (const m of f.matchAll(OBJECTIVE_PHRASE)) {
    const start = m.index! + m[0].length;
    const rest = firstSentence(text.slice(start));
    if (rest.split(' ').length >= 3) out.push(tidyTitle(rest.replace(/\s*cela passera par\b.*$/iu, '')));
  }
  const enjeu = ENJEU_SENTENCE.exec(f);
  if (enjeu && /^[a-z]+er\b/.test(enjeu[1]) && !/^(?:le|la|les|l'|il|elle|ce|cette)\b/.test(enjeu[1])) {
    out.push(tidyTitle(text.slice(0, enjeu[1].length)));
  }
  return out;
}

/** "Petite enfance : développer …" — a list item led by a theme name. */
export function themedPair(f: string): RegExpExecArray | null {
  const m = /^([^:]{2,50}?)\s*:\s*(.+)$/.exec(f);
  if (!m || !themeHeading(m[1])) return null;
  return m;
}

/** "Les thématiques : petite enfance ; jeunesse ; parentalité." — named items, no count. */
const NAMED_LIST =
  /^(?:les |nos |ses )?(axes|enjeux|ambitions|orientations|thematiques|priorites)(?: (?:retenu|prioritaire|strategique|identifie|de travail)\w*)?\s*:\s*(.{3,})$/;

/** The pieces of a short enumeration: two or more, each a few words ("…, et enfin …" included). */
function enumeration(after: string): string[] | undefined {
  const pieces = stripEnd(after)
    .split(/\s*;\s*|\s*,\s*(?:et\s+)?|\s+et\s+(?=\S+\s*$|l['’]|la |le |les |du |de la |des |enfin )/u)
    .map((p) => p.trim().replace(/^(?:et\s+)?enfin\s+/u, ''))
    .filter((p) => p !== '');
  return pieces.length >= 2 && pieces.every((p) => p.split(/\s+/).length <= 8) ? pieces : undefined;
}

/** The first sentence of what follows the colon, a full stop inside « » aside. */
function listSentence(text: string): string {
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '«') quoted = true;
    else if (text[i] === '»') quoted = false;
    else if (!quoted && /[.!?]/.test(text[i]) && (i + 1 === text.length || /\s/.test(text[i + 1]))) return text.slice(0, i);
  }
  return text;
}

/** "autour de six thèmes : « a », « b » et enfin « c »": the quoted names, when all the list is quoted. */
function quotedPieces(sentence: string): string[] | undefined {
  const quoted = [...sentence.matchAll(/«\s*([^«»]{2,120}?)\s*»/gu)].map((m) => m[1]);
  const rest = sentence.replace(/«[^«»]*»/gu, '').replace(/[\s,;.]|\bet\b|\benfin\b/gu, '');
  return quoted.length >= 2 && rest === '' ? quoted : undefined;
}

/**
 * "Elle s'articule autour de 4 axes : a, b, c et d" → the pieces, only when as many as announced;
 * quoted names are taken whatever their number (the count is checked against them afterwards).
 */
export function inlinePieces(text: string, f: string): { type: AxisType; pieces: string[]; counted: boolean } | undefined {
  const m = INLINE_LIST.exec(f);
  const count = m ? readCount(m[1]) : undefined;
  if (m && count !== undefined && count >= 2) {
    const sentence = listSentence(text.slice(f.length - m[3].length));
    const type = AXIS_WORDS.find((w) => w.re.test(m[2]))?.type ?? 'axe';
    const quoted = quotedPieces(sentence);
    if (quoted) return { type, pieces: quoted, counted: quoted.length === count };
    const pieces = enumeration(sentence);
    if (pieces?.length !== count) return undefined;
    return { type, pieces, counted: true };
  }
  const named = NAMED_LIST.exec(f);
  const sentence = named ? listSentence(text.slice(f.length - named[2].length)) : '';
  const pieces = named ? (quotedPieces(sentence) ?? enumeration(sentence)) : undefined;
  if (!named || !pieces) return undefined;
  return { type: AXIS_WORDS.find((w) => w.re.test(named[1]))?.type ?? 'axe', pieces, counted: false };
}
