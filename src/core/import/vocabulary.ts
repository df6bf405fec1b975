// The words French administrative texts use to announce structure. Matching is
// done on folded text (lowercase, no accents, plain apostrophes): see fold().
import { AxisType, PartnerRole } from '../domain/schema';

/** "trois" → 3. Covers the sizes conventions use for periods, axes and counts. */
export const NUMBER_WORDS: Record<string, number> = {
  un: 1,
  une: 1,
  deux: 2,
  trois: 3,
  quatre: 4,
  cinq: 5,
  six: 6,
  sept: 7,
  huit: 8,
  neuf: 9,
  dix: 10,
  onze: 11,
  douze: 12,
  treize: 13,
  quatorze: 14,
  quinze: 15,
  seize: 16,
  'dix-sept': 17,
  'dix-huit': 18,
  'dix-neuf': 19,
  vingt: 20,
};
export const NUMBER_WORD_PATTERN = Object.keys(NUMBER_WORDS)
  .sort((a, b) => b.length - a.length)
  .join('|');

/** Reads "3", "trois", "03". */
export function readCount(word: string): number | undefined {
  if (/^\d+$/.test(word)) return Number(word);
  return NUMBER_WORDS[word.toLowerCase()];
}

export const ORDINALS: Record<string, number> = {
  premier: 1,
  '1er': 1,
  first: 1,
  deuxieme: 2,
  second: 2,
  '2e': 2,
  '2eme': 2,
  troisieme: 3,
  '3e': 3,
  '3eme': 3,
  quatrieme: 4,
  '4e': 4,
  '4eme': 4,
  cinquieme: 5,
  '5e': 5,
  '5eme': 5,
  sixieme: 6,
  '6e': 6,
  '6eme': 6,
};
export const ORDINAL_PATTERN = Object.keys(ORDINALS)
  .sort((a, b) => b.length - a.length)
  .join('|');

/** Words naming an axis, in folded form, and the axis type they give. */
export const AXIS_WORDS: { re: RegExp; type: AxisType }[] = [
  { re: /\baxes?\b/, type: 'axe' },
  { re: /\benjeux?\b/, type: 'enjeu' },
  { re: /\bambitions?\b/, type: 'ambition' },
  { re: /\borientations?\b/, type: 'orientation' },
  { re: /\bthematiques?\b/, type: 'thematique' },
  { re: /\bthemes?\b/, type: 'thematique' },
  { re: /\bpriorites?\b/, type: 'axe' },
  { re: /\bdefis?\b/, type: 'axe' },
  { re: /\bchantiers?\b/, type: 'axe' },
  { re: /\bvolets?\b/, type: 'axe' },
  { re: /\b(?:domaines?|champs?) d'interventions?\b/, type: 'thematique' },
];

/**
 * Heading prefixes of an explicit axis: "Axe 1 :", "Enjeu n°2", "Ambition 3 –", "Orientation stratégique II :".
 * A letter or roman numeral needs a separator after it, so "enjeu a été…" is not "enjeu A".
 */
export const AXIS_HEADING =
  /^(axe|enjeu|ambition|orientation|thematique|priorite|defi|chantier)s?(?:\s+(?:strategique|prioritaire|transversal|thematique)s?)?\s*(?:n\s*°|no\.?|n\.|numero|#)?\s*(?:(\d{1,2})\b\s*(?:[:.)\-–—/]\s*|\s+(?=\S)|$)|([ivx]{1,4}|[a-f])\s*(?:[:.)\-–—/]\s*|$))(.*)$/;

export const AXIS_TYPE_OF: Record<string, AxisType> = {
  axe: 'axe',
  enjeu: 'enjeu',
  ambition: 'ambition',
  orientation: 'orientation',
  thematique: 'thematique',
  priorite: 'axe',
  defi: 'axe',
  chantier: 'axe',
};

/** "Fiche action n°4 :", "FA 5 –", "Fiche-action 12", "Action n°3 :". */
export const ACTION_HEADING =
  /^(?:fiches?[- ]actions?|fiches?|fa|action)\s*(?:n\s*°|no\.?|n\.|numero|#)?\s*(\d{1,3}(?:[.-]\d{1,2})?)\b\s*(?:[:.)\-–—/]\s*|\s+(?=\S))?(.*)$/;

/**
 * Labels of the fields of a fiche action (folded), by their first words: "Public cible",
 * "Porteur de l'action", "Calendrier de mise en œuvre", "Constat / diagnostic"…
 */
export const ACTION_FIELDS: {
  re: RegExp;
  field:
    | 'title'
    | 'axis'
    | 'themes'
    | 'objectives'
    | 'context'
    | 'description'
    | 'audience'
    | 'territory'
    | 'lead'
    | 'partners'
    | 'means'
    | 'schedule'
    | 'indicators';
}[] = [
  { re: /^(?:intitule|titre|nom de l'action)\b/, field: 'title' },
  { re: /^(?:axe|enjeu|ambition|orientation)s?\b/, field: 'axis' },
  { re: /^(?:thematiques?|themes?|champs?)\b/, field: 'themes' },
  { re: /^objectifs?\b/, field: 'objectives' },
  { re: /^(?:constats?|contexte|diagnostic|problematiques?|enjeux|besoins? identifies?)\b/, field: 'context' },
  { re: /^(?:description|contenu|descriptif|deroulement|modalites|mise en oeuvre|actions? a mener|actions? prevues?)\b/, field: 'description' },
  { re: /^(?:publics?|beneficiaires)\b/, field: 'audience' },
  { re: /^(?:territoires?|perimetre|lieux?|secteur)\b/, field: 'territory' },
  { re: /^(?:pilotes?|pilotage|porteurs?|referents?|responsables?|maitre d'ouvrage|coordination)\b/, field: 'lead' },
  { re: /^partenaires?\b/, field: 'partners' },
  { re: /^(?:moyens?|ressources?|budget|financements?|cout|plan de financement)\b/, field: 'means' },
  { re: /^(?:calendrier|echeances?|echeancier|duree|planning|date|periode de realisation)\b/, field: 'schedule' },
  { re: /^(?:indicateurs?|criteres?|evaluation|resultats? attendus?)\b/, field: 'indicators' },
];

/** A field label is short: "Partenaires financiers", not a sentence that happens to start with "Public". */
export const MAX_FIELD_LABEL_WORDS = 6;

/** Themes of CAF action, with what signals them in a text (folded). */
export const THEMES: { label: string; re: RegExp }[] = [
  {
    label: 'petite enfance',
    re: /petite[- ]enfance|jeunes? enfants?|\bcreches?\b|\beaje\b|assistant(?:e)?s? maternel|\bmam\b|\brpe\b|relais (?:petite enfance|assistant)|multi-accueil|modes? d'accueil/,
  },
  { label: 'enfance', re: /(?<!petite[- ])\benfance\b|periscolaire|extrascolaire|\balsh\b|accueils? de loisirs|\benfants\b/ },
  { label: 'jeunesse', re: /jeunesse|\bjeunes\b|adolescen/ },
  { label: 'parentalité', re: /parentalite|parentale?s?\b|\blaep\b|\bparents\b|soutien aux familles/ },
  {
    label: 'animation de la vie sociale',
    re: /vie sociale|centres? sociaux|centre social|\bevs\b|lien social|animation (?:territoriale|locale|sur le territoire|du territoire)/,
  },
  { label: 'accès aux droits', re: /acces aux droits|france services|acces aux services|non-recours|action sociale/ },
  { label: 'logement', re: /logement|habitat/ },
  { label: 'handicap', re: /handicap/ },
  { label: 'seniors', re: /seniors?|personnes agees|vieillissement|bien vieillir|aines\b/ },
  { label: 'santé', re: /\bsante\b|medica|\bsoins\b|medecins?/ },
  { label: 'mobilité', re: /mobilite|deplacements?\b|transports?\b/ },
  { label: 'numérique', re: /numerique/ },
];

/** Themes named in a folded text, in vocabulary order. */
export function themesIn(folded: string): string[] {
  return THEMES.filter((t) => t.re.test(folded)).map((t) => t.label);
}

/** A short line that is nothing but a theme name ("La petite enfance", "Jeunesse :"). */
export function themeHeading(folded: string): string | undefined {
  if (/:\s*\S/.test(folded)) return undefined; // "Parentalité : soutien au LAEP" is an item, not a heading
  if (/^[a-z]+(?:er|ir|oir|re)\b/.test(folded)) return undefined; // "Favoriser l'engagement des jeunes" is an objective
  const bare = folded.replace(/^(?:la|le|les|l')\s*/, '').replace(/[\s:.]+$/, '');
  const hits = themesIn(bare);
  if (hits.length === 0 || bare.split(/\s+/).length > 6) return undefined;
  return hits[0];
}

/** Signatory roles and how each is written (original case matters for names). */
export const ROLE_HINT: { role: PartnerRole; re: RegExp }[] = [
  { role: 'caf', re: /\bcaf\b|caisse d'allocations? familiales?/ },
  { role: 'msa', re: /\bmsa\b|mutualite sociale agricole/ },
  { role: 'conseil-departemental', re: /conseil (?:departemental|general)|\bdepartement\b/ },
  { role: 'epci', re: /communaute (?:de communes|d'agglomeration|urbaine)|\bmetropole\b|\bepci\b|\bintercommunalite\b|\bagglo\b/ },
  { role: 'commune', re: /\bcommunes?\b|\bmairies?\b|\bville\b|\bmunicipalite\b/ },
];
