// How French texts name the bodies that sign a CTG: the CAF ("CAF du Tarn",
// "Caisse d'allocations familiales de l'Aude", "la Caf 32", "les Caf de l'Aude et
// de l'Hérault"), the MSA, the Département, EPCIs, communes (and their mayors:
// "M. X, maire de Saint-Truc"), and every other partner: CARSAT, CPAM, syndicats
// intercommunaux, CCAS, associations, the Région. Names are kept as written.
import { PartnerRole } from '../domain/schema';
import { capitalise } from './text';
import { NUMBER_WORD_PATTERN } from './vocabulary';
import { frImport } from '../../i18n/fr-import';

const CAP = "[A-ZÀ-ÖØ-ÞŒ][\\p{L}'’]*(?:-[\\p{L}'’]+)*";
/** A proper name: capitalised words, possibly joined by de/du/la/sur/en/et… ("Pays de Lunel", "Val de Garonne"). */
export const NAME = `${CAP}(?:\\s+(?:(?:et|de|du|des|la|le|les|sur|en|à|l['’]|d['’])\\s*)?${CAP})*`;
const OF = "(?:du|de\\s+la|de\\s+l['’]|des|de|d['’])\\s*";
const NUMBER = `(?:\\d+|${NUMBER_WORD_PATTERN})`;

export interface PartyPattern {
  role: PartnerRole;
  re: RegExp;
  /** The names this match gives (one for most, one per body for "les Caf de A et de B"). */
  names: (m: RegExpExecArray) => string[];
  accept?: (m: RegExpExecArray) => boolean;
}

const one = (f: (m: RegExpExecArray) => string) => (m: RegExpExecArray) => [f(m)];
/** "de l'Aude et de l'Hérault", "A, B et C" → the names, each with its own "de". */
const splitNames = (list: string) => list.split(/\s*,\s*(?:et\s+)?|\s+et\s+/u).filter((n) => n.trim() !== '');
const withoutOf = (name: string) => name.replace(new RegExp(`^${OF}`, 'iu'), '');

const CAF = "(?:CAF|Caf|[Cc]aisse\\s+(?:d['’]|des\\s+)[Aa]llocations?\\s+[Ff]amiliales?(?:\\s*\\((?:CAF|Caf)\\))?)";
const CAFS = "(?:CAF|Caf|[Cc]aisses\\s+d['’][Aa]llocations\\s+[Ff]amiliales)s?";

export const PARTY_PATTERNS: PartyPattern[] = [
  {
    // "les Caf de l'Aude et de l'Hérault": one CAF per département.
    role: 'caf',
    re: new RegExp(`\\b${CAFS}\\s+(${OF}${NAME}(?:\\s*,\\s*${OF}${NAME})*\\s+et\\s+${OF}${NAME})`, 'gu'),
    names: (m) => splitNames(m[1]).map((n) => `Caf ${n.trim()}`),
  },
  { role: 'caf', re: new RegExp(`\\b${CAF}\\s+${OF}${NAME}`, 'gu'), names: one((m) => m[0].replace(/\s*\((?:CAF|Caf)\)/u, '')) },
  { role: 'caf', re: /\b(?:CAF|Caf)\s+(?:\d{2,3}|2[AB])\b/gu, names: one((m) => m[0]) }, // "la Caf 33"
  { role: 'msa', re: new RegExp(`\\b(?:MSA|[Mm]utualité\\s+[Ss]ociale\\s+[Aa]gricole)(?:\\s+(?:${OF})?${NAME})?`, 'gu'), names: one((m) => m[0]) },
  {
    role: 'conseil-departemental',
    re: new RegExp(`\\b(?:[Cc]onseil\\s+(?:[Dd]épartemental|[Gg]énéral)(?:\\s+${OF}${NAME})?|Département\\s+${OF}${NAME})`, 'gu'),
    names: one((m) => capitalise(m[0])),
  },
  { role: 'conseil-departemental', re: /(?<=\b(?:[Ll]e|[Dd]u)\s)Département\b(?!\s+(?:du|de|des|d['’]))/gu, names: one((m) => m[0]) },
  {
    role: 'commune',
    re: new RegExp(
      `(?:[Ll]['’]ensemble\\s+des|[Tt]outes\\s+les|[Ll]es)\\s+(?:${NUMBER}\\s+)?communes\\s+(?:membres\\s+)?${OF}[Cc]ommunauté\\s+(?:de\\s+communes|d['’]agglomération|urbaine)\\s+(?:${OF})?${NAME}`,
      'gu',
    ),
    names: one((m) => capitalise(m[0].replace(new RegExp(`^(?:l['’]ensemble\\s+des|toutes\\s+les|les)\\s+(?:${NUMBER}\\s+)?`, 'iu'), ''))),
  },
  {
    role: 'commune',
    re: new RegExp(`\\b(?:les|l['’]ensemble\\s+des)\\s+${NUMBER}\\s+communes(?:\\s+membres|\\s+la\\s+composant|\\s+qui\\s+la\\s+composent)?`, 'giu'),
    names: one((m) => capitalise(m[0])),
  },
  {
    role: 'epci',
    re: new RegExp(`\\b[Cc]ommunauté\\s+(?:de\\s+[Cc]ommunes|d['’][Aa]gglomération|[Uu]rbaine)\\s+(?:${OF})?${NAME}`, 'gu'),
    names: one((m) => capitalise(m[0])),
  },
  {
    role: 'epci',
    re: new RegExp(`\\b(?:Métropole|CC|CA)\\s+(?:${OF})?${NAME}`, 'gu'),
    names: one((m) => m[0]),
    accept: (m) => !/\b(?:CAF|Caf|CNAF|Cnaf)\b/u.test(m[0]), // "le CA de la Caf" is its board
  },
  {
    role: 'epci',
    re: new RegExp(`\\b(${NAME})\\s+(?:[Cc]ommunauté|[Aa]gglo|[Aa]gglomération|Métropole)(?![\\p{L}])(?!\\s+(?:de|d['’]|urbaine))`, 'gu'),
    names: one((m) => m[0]),
    accept: (m) => !NOT_A_NAME.test(m[1]) && !/\b(?:Convention|Territoriale|Globale|CAF|Caf)\b/u.test(m[1]),
  },
  { role: 'commune', re: new RegExp(`\\b(?:[Mm]airie|[Cc]ommune|[Vv]ille)\\s+(?:${OF})${NAME}`, 'gu'), names: one((m) => capitalise(m[0])) },
  {
    // "les communes de Brassac, Anglès et Lacaune", "les mairies de A et de B", "les maires de A, B et C".
    role: 'commune',
    re: new RegExp(
      `\\b(?:[Cc]ommunes|[Mm]airies|[Mm]aires)\\s+(?:des\\s+communes\\s+)?(?:de|d['’])\\s*(${NAME}(?:\\s*,\\s*${NAME})*\\s+et\\s+(?:de\\s+|d['’])?${NAME})`,
      'gu',
    ),
    names: (m) => splitNames(m[1]).map((n) => (/^[Mm]airies/u.test(m[0]) ? frImport.mairieOf(withoutOf(n.trim())) : frImport.communeOf(withoutOf(n.trim())))),
  },
  {
    // "M. Paul Verdier, maire de Saint-Aubin", "le maire de Brives-sur-Ance": the commune signs.
    role: 'commune',
    re: new RegExp(`\\b(?:[Mm]aire|[Aa]djointe?\\s+au\\s+maire)\\s+(?:de|d['’])\\s*(${NAME})`, 'gu'),
    names: one((m) => frImport.communeOf(m[1])),
  },
  // Other partners: role "autre".
  {
    role: 'autre',
    re: new RegExp(
      `\\b(?:[Cc]aisse\\s+d['’]assurance\\s+retraite\\s+et\\s+de\\s+la\\s+santé\\s+au\\s+travail|CARSAT|Carsat)(?:\\s+${NAME})?(?:\\s*\\((?:CARSAT|Carsat)\\))?(?:\\s+(?:${OF})?${NAME})?`,
      'gu',
    ),
    names: one((m) => capitalise(m[0].replace(/\s*\((?:CARSAT|Carsat)\)/u, ''))),
  },
  {
    role: 'autre',
    re: new RegExp(`\\b(?:[Cc]aisse\\s+primaire\\s+d['’]assurance\\s+maladie|CPAM)(?:\\s*\\(CPAM\\))?(?:\\s+${OF}${NAME})?`, 'gu'),
    names: one((m) => capitalise(m[0].replace(/\s*\(CPAM\)/u, ''))),
  },
  {
    role: 'autre',
    re: new RegExp(
      `\\b(?:[Ss]yndicat\\s+(?:intercommunal|mixte)(?:\\s+à\\s+vocations?\\s+(?:multiples?|unique|scolaire))?|SIVOM|SIVU|SIVOS|SMIX?)(?:\\s+(?:${OF})?${NAME})?`,
      'gu',
    ),
    names: one((m) => capitalise(m[0])),
  },
  {
    role: 'autre',
    re: new RegExp(`\\b(?:[Cc]entre\\s+(?:communal|intercommunal)\\s+d['’]action\\s+sociale|CCAS|CIAS)(?:\\s*\\((?:CCAS|CIAS)\\))?(?:\\s+${OF}${NAME})?`, 'gu'),
    names: one((m) => capitalise(m[0].replace(/\s*\((?:CCAS|CIAS)\)/u, ''))),
  },
  { role: 'autre', re: new RegExp(`\\b[Aa]ssociation\\s+(?:${OF})?${NAME}`, 'gu'), names: one((m) => capitalise(m[0])) },
  {
    role: 'autre',
    re: new RegExp(`\\b(?:[Cc]onseil\\s+[Rr]égional(?:\\s+${OF}${NAME})?|Région\\s+${NAME}|[Pp]réfecture\\s+${OF}${NAME})`, 'gu'),
    names: one((m) => capitalise(m[0])),
  },
];

/** Capitalised words that start sentences or titles, not names of a territory. */
export const NOT_A_NAME =
  /^(?:la|le|les|l['’]|une?|cette|ce|cet|son|sa|ses|leur|notre|votre|en|et|de|du|des|au|aux|convention|territoriale|globale|ctg|caf|projet|signature|dans|pour|par|avec|sur|elle|il|ils|elles)\b/iu;

/**
 * A title or a person written right after the body's name ("Communauté de communes X
 * Président", "Caf de l'Aveyron La Directrice", "… représentée par"): not part of the name.
 */
const TITLE_AFTER =
  /\s+(?:(?:Le|La|Les|Son|Sa)\s+)?(?:Président|Présidente|Vice-[Pp]résidente?|Directeur|Directrice|Maire|Madame|Monsieur|M\.|Mme|Mlle|Préfet|Préfète|Représentée?s?|Pour|Fait)\b.*$/u;

/** The name as written, without a glued title and trailing punctuation. */
export function cleanName(name: string): string {
  return name
    .replace(TITLE_AFTER, '')
    .replace(/\s+(?:Le|La|Les|L['’])$/u, '')
    .replace(/[\s,.;:]+$/u, '');
}
