// Signatories and territory. Names are taken as written in the text ("CAF du
// Tarn", "Caisse d'allocations familiales de Tarn-et-Garonne", "Communauté de
// communes Thoré Montagne Noire", "Mairie de St-Amans-Soult"); a party the text
// names without saying which one (a bare "la CAF") stays uncertain.
import { Signatory, PartnerRole } from '../domain/schema';
import { SourceLine, fold, capitalise } from './text';
import { NUMBER_WORD_PATTERN } from './vocabulary';
import { Notes } from './collect';
import { frImport } from '../../i18n/fr-import';

const CAP = "[A-ZÀ-ÖØ-Þ][\\p{L}'’]*(?:-[\\p{L}'’]+)*";
/** A proper name: capitalised words, possibly joined by de/du/la/sur/en/et… ("Pays de Lunel", "Val de Garonne"). */
const NAME = `${CAP}(?:\\s+(?:(?:et|de|du|des|la|le|les|sur|en|l['’]|d['’])\\s*)?${CAP})*`;
const OF = "(?:du|de\\s+la|de\\s+l['’]|des|de|d['’])\\s*";

interface Pattern {
  role: PartnerRole;
  re: RegExp;
  name: (m: RegExpExecArray) => string;
  accept?: (m: RegExpExecArray) => boolean;
}

const PATTERNS: Pattern[] = [
  {
    role: 'caf',
    re: new RegExp(`\\b(?:CAF|Caf|[Cc]aisse\\s+(?:d['’]|des\\s+)[Aa]llocations?\\s+[Ff]amiliales?(?:\\s*\\((?:CAF|Caf)\\))?)\\s+${OF}${NAME}`, 'gu'),
    name: (m) => m[0].replace(/\s*\((?:CAF|Caf)\)/u, ''),
  },
  { role: 'msa', re: new RegExp(`\\b(?:MSA|[Mm]utualité\\s+[Ss]ociale\\s+[Aa]gricole)(?:\\s+(?:${OF})?${NAME})?`, 'gu'), name: (m) => m[0] },
  {
    role: 'conseil-departemental',
    re: new RegExp(`\\b(?:[Cc]onseil\\s+(?:[Dd]épartemental|[Gg]énéral)(?:\\s+${OF}${NAME})?|Département\\s+${OF}${NAME})`, 'gu'),
    name: (m) => capitalise(m[0]),
  },
  { role: 'conseil-departemental', re: /(?<=\b[Ll]e\s)Département\b(?!\s+(?:du|de|des|d['’]))/gu, name: (m) => m[0] },
  {
    role: 'commune',
    re: new RegExp(
      `(?:[Ll]['’]ensemble\\s+des|[Tt]outes\\s+les|[Ll]es)\\s+communes\\s+(?:membres\\s+)?${OF}[Cc]ommunauté\\s+(?:de\\s+communes|d['’]agglomération|urbaine)\\s+(?:${OF})?${NAME}`,
      'gu',
    ),
    name: (m) => capitalise(m[0].replace(/^(?:l['’]ensemble\s+des|toutes\s+les|les)\s+/iu, '')),
  },
  {
    role: 'commune',
    re: new RegExp(
      `\\b(?:les|l['’]ensemble\\s+des)\\s+(?:\\d+|${NUMBER_WORD_PATTERN})\\s+communes(?:\\s+membres|\\s+la\\s+composant|\\s+qui\\s+la\\s+composent)?`,
      'giu',
    ),
    name: (m) => capitalise(m[0]),
  },
  {
    role: 'epci',
    re: new RegExp(`\\b[Cc]ommunauté\\s+(?:de\\s+[Cc]ommunes|d['’][Aa]gglomération|[Uu]rbaine)\\s+(?:${OF})?${NAME}`, 'gu'),
    name: (m) => capitalise(m[0]),
  },
  {
    role: 'epci',
    re: new RegExp(`\\b(?:Métropole|CC|CA)\\s+(?:${OF})?${NAME}`, 'gu'),
    name: (m) => m[0],
    accept: (m) => !/\b(?:CAF|Caf|CNAF|Cnaf)\b/u.test(m[0]),
  }, // "le CA de la Caf" is its board
  { role: 'caf', re: /\b(?:CAF|Caf)\s+\d{2,3}\b/gu, name: (m) => m[0] }, // "la Caf 33"
  {
    role: 'epci',
    re: new RegExp(`\\b(${NAME})\\s+(?:[Cc]ommunauté|[Aa]gglo|[Aa]gglomération|Métropole)(?![\\p{L}])(?!\\s+(?:de|d['’]|urbaine))`, 'gu'),
    name: (m) => m[0],
    accept: (m) => !NOT_A_NAME.test(m[1]) && !/\b(?:Convention|Territoriale|Globale|CAF|Caf)\b/u.test(m[1]),
  },
  { role: 'commune', re: new RegExp(`\\b(?:[Mm]airie|[Cc]ommune|[Vv]ille)\\s+(?:${OF})${NAME}`, 'gu'), name: (m) => capitalise(m[0]) },
];

/** "les communes de Brassac, Anglès et Lacaune", "les mairies de A et de B". */
const COMMUNE_LIST = new RegExp(`\\b(?:[Cc]ommunes|[Mm]airies)\\s+(?:de|d['’])\\s*(${NAME}(?:\\s*,\\s*${NAME})*\\s+et\\s+(?:de\\s+|d['’])?${NAME})`, 'gu');

/** Capitalised words that start sentences or titles, not names of a territory. */
const NOT_A_NAME =
  /^(?:la|le|les|l['’]|une?|cette|ce|cet|son|sa|ses|leur|notre|votre|en|et|de|du|des|au|aux|convention|territoriale|globale|ctg|caf|projet|signature|dans|pour|par|avec|sur|elle|il|ils|elles)\b/iu;

const SIGNING = /\b(?:sign\w*|entre|conclu\w*|conventionn\w*|partenari\w*|engag\w*|partenaires?|contractu\w*|porte\w*|represente\w*)\b/;
/** "Entre :" opens the list of parties of a contract; it runs until a blank line or "il est convenu". */
const PARTIES_OPEN = /^(?:entre\s*:?|entre les soussignes\s*:?|les parties\s*:?|signataires\s*:?|les signataires\s*:?)$/;
const PARTIES_CLOSE = /\b(?:il est convenu|il a ete convenu|preambule|article|vu la|vu le|vu les)\b/;

interface Hit {
  role: PartnerRole;
  name: string;
  line: number;
  start: number;
  end: number;
  signing: boolean;
  contained?: boolean;
}

function hitsIn(l: SourceLine, inParties: boolean): Hit[] {
  const hits: Hit[] = [];
  const signing = inParties || SIGNING.test(fold(l.text));
  // Table cells and columns of a signature block are read apart: a name never runs into the next cell.
  const text = l.cells ? l.cells.join(' | ') : l.text;
  for (const p of PATTERNS) {
    for (const m of text.matchAll(p.re)) {
      const match = m as RegExpExecArray;
      if (p.accept && !p.accept(match)) continue;
      const name = p.name(match).replace(/[\s,.;:]+$/u, '');
      hits.push({ role: p.role, name, line: l.n, start: match.index!, end: match.index! + match[0].length, signing });
    }
  }
  // A name inside a longer one ("Communauté de communes X" inside "les communes de la Communauté de communes X") is the same party.
  for (const m of text.matchAll(COMMUNE_LIST)) {
    // "les communes de Brassac, Anglès et Lacaune": one party per commune.
    for (const name of m[1].split(/\s*,\s*|\s+et\s+(?:de\s+|d['’])?/u).filter((n) => n !== '')) {
      const label = /^[Mm]airies/.test(m[0]) ? frImport.mairieOf(name) : frImport.communeOf(name);
      hits.push({ role: 'commune', name: label, line: l.n, start: m.index!, end: m.index! + m[0].length, signing });
    }
  }
  hits.sort((a, b) => a.start - b.start);
  return hits.map((h) => ({ ...h, contained: hits.some((o) => o !== h && o.start <= h.start && o.end >= h.end && o.end - o.start > h.end - h.start) }));
}

/** Key for "the same party": folded, articles and CAF spelling variants removed. */
function partyKey(h: { role: PartnerRole; name: string }): string {
  // One MSA and one Conseil départemental per convention, however they are written.
  if (h.role === 'msa' || h.role === 'conseil-departemental') return h.role;
  let f = fold(h.name).replace(/\s+/g, ' ');
  if (h.role === 'caf') f = f.replace(/^(?:caf|caisse (?:d'|des )allocations? familiales?)\s+(?:du|de la|de l'|des|de|d')\s*/, '');
  return `${h.role}:${f}`;
}

export interface Parties {
  signatories: Signatory[];
  territory: string;
  territoryLine: number;
  territoryFromParty: boolean;
}

/** Parties named in the text; the lines of fiches actions (their partners) are left out. */
export function readSignatories(lines: SourceLine[], notes: Notes, ficheLines: Set<number> = new Set()): Parties {
  const hits: Hit[] = [];
  let inParties = false;
  for (const l of lines) {
    if (l.kind === 'noise' || ficheLines.has(l.n)) continue;
    const f = fold(l.text);
    if (PARTIES_CLOSE.test(f)) inParties = false; // blank lines do not close: PDF copies space the parties out
    hits.push(...hitsIn(l, inParties));
    if (PARTIES_OPEN.test(f)) inParties = true;
  }
  const seen = new Map<string, Hit>();
  for (const h of hits) {
    if (h.contained) continue;
    const first = seen.get(partyKey(h));
    if (!first) seen.set(partyKey(h), h);
    else if (h.signing) first.signing = true; // named twice: signing if any mention says so
  }
  // "la Caf 31" next to "la CAF de la Haute-Garonne" is the same CAF by its number.
  const named = [...seen.values()].some((h) => h.role === 'caf' && !/\d/.test(h.name));
  const unique = [...seen.values()].filter((h) => !(named && h.role === 'caf' && /^(?:CAF|Caf)\s+\d/u.test(h.name)));
  const signatories: Signatory[] = [];
  unique.forEach((h) => {
    signatories.push({ name: h.name, role: h.role });
    const ref = `S${signatories.length}`;
    if (h.signing || h.role === 'caf') notes.recognised('signatory', h.name, h.line, { ref });
    else notes.uncertain('signatory', h.name, h.line, frImport.signatoryWithoutSigning, ref);
  });
  if (!signatories.some((s) => s.role === 'caf')) addBareCaf(lines, signatories, notes);
  const territorial = allTerritoryHits(hits, lines);
  return { signatories, territory: territorial?.name ?? '', territoryLine: territorial?.line ?? 0, territoryFromParty: territorial?.fromParty ?? false };
}

/** "les familles du territoire des Vallées du Clain": the territory as the text names it. */
const TERRITORY = new RegExp(`\\bterritoire\\s+(?:${OF})?(${NAME})`, 'u');

/** An EPCI names the territory; failing that, a single commune; failing that, "le territoire de …". */
function allTerritoryHits(hits: Hit[], lines: SourceLine[]): { name: string; line: number; fromParty: boolean } | undefined {
  const named = territoryHit(hits);
  if (named) return { ...named, fromParty: true };
  for (const l of lines) {
    const m = l.kind === 'noise' ? null : TERRITORY.exec(l.text);
    if (m && !NOT_A_NAME.test(m[1])) return { name: m[1], line: l.n, fromParty: false };
  }
  return undefined;
}

function territoryHit(hits: Hit[]): { name: string; line: number } | undefined {
  const epci = hits.find((h) => h.role === 'epci');
  if (epci) return epci;
  const communes = [...new Set(hits.filter((h) => h.role === 'commune' && /^(?:Mairie|Commune|Ville)\b/u.test(h.name)).map((h) => h.name))];
  if (communes.length === 1) {
    const h = hits.find((x) => x.name === communes[0])!;
    return { name: h.name.replace(/^(?:Mairie|Commune|Ville)\s+(?:de\s+la|de\s+l['’]|du|des|de|d['’])\s*/u, ''), line: h.line };
  }
  return undefined;
}

const BARE_CAF = /\b(?:CAF|Caf|[Cc]aisse\s+(?:d['’]|des\s+)[Aa]llocations?\s+[Ff]amiliales?)\b/u;

function addBareCaf(lines: SourceLine[], signatories: Signatory[], notes: Notes): void {
  const l = lines.find((x) => x.kind !== 'noise' && BARE_CAF.test(x.text));
  if (!l) return;
  signatories.push({ name: frImport.bareCafName, role: 'caf' });
  notes.uncertain('signatory', BARE_CAF.exec(l.text)![0], l.n, frImport.cafWithoutDepartment, `S${signatories.length}`);
}

/** "CTG Thoré Montagne Noire" from "Communauté de communes Thoré Montagne Noire". */
export function conventionName(territory: string): string {
  const short = territory
    .replace(
      /^(?:Communauté\s+(?:de\s+communes|d['’]agglomération|urbaine)|Métropole|CC|CA|Mairie|Commune|Ville)\s+(?:(?:du|de\s+la|de\s+l['’]|des|de|d['’])\s*)?/iu,
      '',
    )
    .replace(/\s+(?:communauté|agglo|agglomération|métropole)$/iu, '')
    .trim();
  return short === '' ? '' : frImport.conventionName(short);
}
