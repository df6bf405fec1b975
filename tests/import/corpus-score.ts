// Scores the importer on the hand-written corpus of tests/import/corpus/: each
// NN-name.txt (a text of our own writing, in the styles real CTG texts use) has
// NN-name.json, the draft a careful reader would type from it. Used by
// `npm run score:import` (scripts/score-import.ts) and tests/import/corpus.test.ts.
import * as fs from 'fs';
import * as path from 'path';
import { importText, ImportResult } from '../../src/core/import';
import { fold } from '../../src/core/import/text';

export const CORPUS_DIR = path.join(__dirname, 'corpus');

export interface Expected {
  signatories: { name: string; role: string }[];
  axes: string[];
  actions: string[];
  period: { startYear?: number; endYear?: number };
  signatureDate?: string;
  /** Counts the text announces, and whether what it lists agrees with them. */
  announced?: { what: 'axes' | 'actions'; count: number; matches: boolean }[];
}

export interface Tally {
  expected: number;
  found: number;
  matched: number;
}

export interface TextScore {
  name: string;
  crashed: boolean;
  signatories: Tally;
  axes: Tally;
  actions: Tally;
  periodStated: boolean;
  periodRight: boolean;
  dateRight: boolean | undefined;
  countsChecked: boolean | undefined;
  misses: string[];
}

export function loadCorpus(dir = CORPUS_DIR): { name: string; text: string; expected: Expected }[] {
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({
      name: f.replace(/\.txt$/, ''),
      text: fs.readFileSync(path.join(dir, f), 'utf8'),
      expected: JSON.parse(fs.readFileSync(path.join(dir, f.replace(/\.txt$/, '.json')), 'utf8')) as Expected,
    }));
}

/** Words that name the kind of body, not which one: "Caf de la", "Communauté de communes du". */
const GENERIC =
  /\b(?:caf|caisse d'allocations? familiales?|communaute de communes|communaute d'agglomeration|communaute urbaine|commune|communes|mairie|ville|la|le|les|l'|de|du|des|d'|et|conseil departemental|departement|msa|mutualite sociale agricole|association|syndicat|centre communal d'action sociale|caisse primaire d'assurance maladie|caisse d'assurance retraite et de la sante au travail)\b/g;

const words = (s: string) =>
  fold(s)
    .replace(/[«»"“”().,;:!?]/g, ' ')
    .split(/[\s'’-]+/)
    .filter((w) => w.length > 1);

/** The words that tell one body from another of the same kind. */
const core = (s: string) => words(fold(s).replace(GENERIC, ' ')).join(' ');

function sameTitle(a: string, b: string): boolean {
  const x = words(a).join(' ');
  const y = words(b).join(' ');
  if (x === '' || y === '') return false;
  if (x === y || x.includes(y) || y.includes(x)) return true;
  const wx = new Set(x.split(' '));
  const wy = new Set(y.split(' '));
  const common = [...wx].filter((w) => wy.has(w)).length;
  return common / Math.max(wx.size, wy.size) >= 0.7;
}

function sameParty(found: { name: string; role: string }, want: { name: string; role: string }): boolean {
  if (found.role !== want.role) return false;
  const x = core(found.name);
  const y = core(want.name);
  return x === y || (x !== '' && y !== '' && (x.includes(y) || y.includes(x)));
}

/** One-to-one matches, first come first served. */
function tally<F, W>(found: F[], wanted: W[], same: (f: F, w: W) => boolean, label: (x: F | W) => string, misses: string[], what: string): Tally {
  const used = new Set<number>();
  let matched = 0;
  for (const f of found) {
    const k = wanted.findIndex((w, i) => !used.has(i) && same(f, w));
    if (k >= 0) {
      used.add(k);
      matched++;
    } else misses.push(`${what} en trop : ${label(f)}`);
  }
  wanted.forEach((w, i) => {
    if (!used.has(i)) misses.push(`${what} manqué : ${label(w)}`);
  });
  return { expected: wanted.length, found: found.length, matched };
}

export function scoreText(name: string, text: string, expected: Expected): TextScore {
  const misses: string[] = [];
  let r: ImportResult;
  try {
    r = importText(text);
  } catch (e) {
    const zero = (n: number) => ({ expected: n, found: 0, matched: 0 });
    return {
      name,
      crashed: true,
      signatories: zero(expected.signatories.length),
      axes: zero(expected.axes.length),
      actions: zero(expected.actions.length),
      periodStated: Object.keys(expected.period).length > 0,
      periodRight: false,
      dateRight: expected.signatureDate === undefined ? undefined : false,
      countsChecked: expected.announced === undefined ? undefined : false,
      misses: [`plantage : ${String(e)}`],
    };
  }
  const d = r.draft;
  const party = (p: { name: string; role: string }) => `${p.name} (${p.role})`;
  const signatories = tally(d.signatories, expected.signatories, sameParty, party, misses, 'signataire');
  const axes = tally(
    d.axes.map((a) => a.title),
    expected.axes,
    sameTitle,
    (t) => t,
    misses,
    'axe',
  );
  const actions = tally(
    d.actions.map((a) => a.title),
    expected.actions,
    sameTitle,
    (t) => t,
    misses,
    'action',
  );
  const periodRight = JSON.stringify(d.period) === JSON.stringify(expected.period);
  if (!periodRight) misses.push(`période ${JSON.stringify(d.period)} au lieu de ${JSON.stringify(expected.period)}`);
  const dateRight = expected.signatureDate === undefined ? undefined : d.signatureDate === expected.signatureDate;
  if (dateRight === false) misses.push(`date de signature ${d.signatureDate ?? '—'} au lieu de ${expected.signatureDate}`);
  const countsChecked = expected.announced === undefined ? undefined : expected.announced.every((a) => countChecked(r, a, misses));
  return {
    name,
    crashed: false,
    signatories,
    axes,
    actions,
    periodStated: Object.keys(expected.period).length > 0,
    periodRight,
    dateRight,
    countsChecked,
    misses,
  };
}

/** The announced count was read, and flagged uncertain exactly when the text's list disagrees with it. */
function countChecked(r: ImportResult, a: { what: 'axes' | 'actions'; count: number; matches: boolean }, misses: string[]): boolean {
  const item = r.items.find(
    (i) => i.kind === 'announced-count' && i.label.startsWith(`${a.count} `) && (a.what === 'actions') === /fiche|action/.test(i.label),
  );
  const ok = item !== undefined && (item.status === 'uncertain') === !a.matches;
  if (!ok) misses.push(`nombre annoncé ${a.count} ${a.what} : ${item ? `lu, ${item.status}` : 'non lu'}`);
  return ok;
}

export interface CorpusScore {
  texts: TextScore[];
  crashes: number;
  signatories: { precision: number; recall: number };
  axes: { precision: number; recall: number };
  actions: { precision: number; recall: number };
  period: { right: number; stated: number; emptyRight: number; unstated: number };
  dates: { right: number; total: number };
  counts: { right: number; total: number };
}

const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);

function sum(scores: TextScore[], key: 'signatories' | 'axes' | 'actions'): { precision: number; recall: number } {
  const t = scores.reduce((s, x) => ({ expected: s.expected + x[key].expected, found: s.found + x[key].found, matched: s.matched + x[key].matched }), {
    expected: 0,
    found: 0,
    matched: 0,
  });
  return { precision: ratio(t.matched, t.found), recall: ratio(t.matched, t.expected) };
}

export function scoreCorpus(corpus = loadCorpus()): CorpusScore {
  const texts = corpus.map((c) => scoreText(c.name, c.text, c.expected));
  const stated = texts.filter((t) => t.periodStated);
  const unstated = texts.filter((t) => !t.periodStated);
  const dated = texts.filter((t) => t.dateRight !== undefined);
  const counted = texts.filter((t) => t.countsChecked !== undefined);
  return {
    texts,
    crashes: texts.filter((t) => t.crashed).length,
    signatories: sum(texts, 'signatories'),
    axes: sum(texts, 'axes'),
    actions: sum(texts, 'actions'),
    period: {
      right: stated.filter((t) => t.periodRight).length,
      stated: stated.length,
      emptyRight: unstated.filter((t) => t.periodRight).length,
      unstated: unstated.length,
    },
    dates: { right: dated.filter((t) => t.dateRight).length, total: dated.length },
    counts: { right: counted.filter((t) => t.countsChecked).length, total: counted.length },
  };
}
