// French text of the import: notes on what was read, cross-checks, CLI output.
// User-facing text lives in src/i18n/ and nowhere else.
// i18n imports nothing: the core's AxisType and ImportItemKind are spelled out here.
import { counted, plural } from './fr-grammar';

type AxisType = 'axe' | 'enjeu' | 'ambition' | 'orientation' | 'thematique';
type ImportItemKind =
  | 'name'
  | 'territory'
  | 'period'
  | 'signature-date'
  | 'signatory'
  | 'coordinator'
  | 'axis'
  | 'objective'
  | 'action'
  | 'action-field'
  | 'budget-line'
  | 'envelope'
  | 'envelope-total'
  | 'announced-count';

type CountWord = { one: string; word: string; fem: boolean };
const AXIS_PLURAL: Record<AxisType, CountWord> = {
  axe: { one: 'axe', word: 'axes', fem: false },
  enjeu: { one: 'enjeu', word: 'enjeux', fem: false },
  ambition: { one: 'ambition', word: 'ambitions', fem: true },
  orientation: { one: 'orientation', word: 'orientations', fem: true },
  thematique: { one: 'thématique', word: 'thématiques', fem: true },
};

export const ITEM_KIND_LABEL: Record<ImportItemKind, string> = {
  name: 'Nom',
  territory: 'Territoire',
  period: 'Période',
  'signature-date': 'Date de signature',
  signatory: 'Signataire',
  coordinator: 'Chargée ou chargé de coopération',
  axis: 'Axe',
  objective: 'Objectif',
  action: 'Fiche action',
  'action-field': 'Champ de fiche',
  'budget-line': 'Ligne budgétaire',
  envelope: 'Enveloppe CAF',
  'envelope-total': 'Total pluriannuel',
  'announced-count': 'Nombre annoncé',
};

/** "2025", "2025 à 2027" for consecutive years, "2024, 2026" otherwise. */
const years = (ys: number[]) => {
  if (ys.length <= 1) return ys.join('');
  const consecutive = ys.every((y, i) => i === 0 || y === ys[i - 1] + 1);
  return consecutive ? `${ys[0]} à ${ys[ys.length - 1]}` : ys.join(', ');
};

/** "de Brassac", "d’Anglès": French elision before a vowel or a mute h. */
const ofName = (name: string) => (/^[AEIOUYÂÀÉÈÊÎÏÔÛHaeiouyh]/u.test(name) ? `d’${name}` : `de ${name}`);

export const frImport = {
  // Period
  periodWithoutContext: 'années lues sans mention de la convention ou de sa durée\u00A0: à vérifier',
  rangeAt: (start: number, end: number, line: number) => `${start}-${end} (ligne ${line})`,
  otherRanges: (kept: string, others: string[]) => `Période retenue ${kept}\u00A0; le texte cite aussi ${others.join(', ')}.`,
  durationMismatch: (n: number, range: string) => `Le texte annonce une durée de ${counted(n, 'an')}, mais la période lue est ${range}.`,
  periodFromDuration: (n: number, start: number) => `durée de ${counted(n, 'an')} à compter de ${start}`,
  periodFromDurationAndEnd: (n: number, end: number) => `déduite d’une durée de ${counted(n, 'an')} et de l’horizon ${end}\u00A0: à vérifier`,
  periodFromSignature: (n: number, date: string) =>
    `durée de ${counted(n, 'an')} «\u00A0à compter de sa signature\u00A0», signée le ${date}\u00A0: années civiles à vérifier`,
  durationOnly: (n: number) => `durée de ${counted(n, 'an')}`,
  noStartYear: 'la durée est indiquée mais pas l’année de début\u00A0: période laissée vide',
  horizonLabel: (end: number) => `horizon ${end}`,
  endOnly: 'seule l’année de fin est indiquée\u00A0: année de début à compléter',
  noPeriodLabel: 'période',
  noPeriod: 'aucune période trouvée dans le texte (par exemple «\u00A02023-2026\u00A0» ou «\u00A0pour une durée de 4 ans à compter de 2023\u00A0»)',
  dateWithoutYear: 'date de signature sans année\u00A0: non reprise',
  yearFromWeekday: (date: string) => `année absente du texte, déduite du jour de la semaine et de la période\u00A0: ${date}, à vérifier`,
  yearFromPublication: (date: string) => `année absente du texte, déduite de la date de publication\u00A0: ${date}, à vérifier`,
  // Parties
  signatoryWithoutSigning: 'cité dans le texte sans être présenté comme signataire\u00A0: à confirmer',
  signatoryParticipant: 'organisme associé à la démarche, que le texte ne présente pas comme signataire\u00A0: non repris',
  signatoryMentioned: 'organisme cité sans être présenté comme signataire\u00A0: non repris',
  sameBodyAs: (name: string) => `même organisme que «\u00A0${name}\u00A0», compté une seule fois`,
  conventionName: (territory: string) => `CTG ${territory}`,
  bareCafName: 'CAF',
  communeOf: (name: string) => `Commune ${ofName(name)}`,
  mairieOf: (name: string) => `Mairie ${ofName(name)}`,
  cafWithoutDepartment: 'la CAF est citée sans son département\u00A0: précisez «\u00A0CAF de …\u00A0»',
  noSignatory: 'aucun signataire reconnu (CAF de …, commune de …, communauté de communes …)',
  territoryFrom: 'déduit du nom de la collectivité signataire',
  territoryFromText: 'nommé dans le texte comme «\u00A0territoire\u00A0», sans collectivité signataire\u00A0: à confirmer',
  noTerritory: 'territoire non trouvé\u00A0: à compléter',
  // Structure
  /** "Petite enfance, enfance et jeunesse": the title of an axis the text announces without naming. */
  joinTitles: (titles: string[]) => (titles.length === 1 ? titles[0] : `${titles.slice(0, -1).join(', ')} et ${titles[titles.length - 1]}`),
  axisComposed: 'le texte annonce cet axe sans lui donner de titre\u00A0: intitulé composé à partir des titres qui le précèdent',
  axisThemeHeading: 'titre de thématique pris comme axe, faute d’axes annoncés',
  axisFromList: 'élément de liste lu comme un axe',
  axisInline: 'élément d’une énumération lu comme un axe\u00A0: à vérifier',
  axisFromParagraph: 'le texte annonce ses axes sans les titrer\u00A0: intitulé repris de la première phrase du paragraphe qui introduit ce groupe, à vérifier',
  axisNoTitle: 'axe annoncé sans intitulé',
  objectiveByPosition: (axisId: string) => `rattaché à ${axisId} d’après l’ordre des listes (le texte ne dit pas à quel axe il appartient)`,
  objectiveUnattached: 'objectif cité hors de tout axe\u00A0: non repris',
  actionNoTitle: 'fiche action sans intitulé',
  actionsUnattached: (n: number) =>
    `${plural(n, '1 fiche action n’est rattachée', `${n} fiches actions ne sont rattachées`)} à aucun axe\u00A0: à compléter dans l’onglet Actions.`,
  actionAxisUnknown: (ref: string) => `axe indiqué «\u00A0${ref}\u00A0» non trouvé parmi les axes lus`,
  actionByPosition: (axisId: string) => `rattachée à ${axisId} parce qu’elle suit cet axe dans le texte\u00A0: à vérifier`,
  actionByThemes: (axisId: string) => `rattachée à ${axisId}, l’axe dont elle partage les thématiques\u00A0: à vérifier`,
  actionSingleAxis: (axisId: string) => `rattachée à ${axisId}, seul axe du texte`,
  renumbered: 'numéros de fiches absents, en double ou non entiers\u00A0: fiches renumérotées dans l’ordre du texte',
  countMatches: (n: number, what: CountWord) => {
    const e = what.fem ? 'e' : '';
    return `${counted(n, `${what.one} annoncé${e}`, `${what.word} annoncé${e}s`)}, ${counted(n, `trouvé${e}`)}.`;
  },
  countDiffers: (announced: number, found: number, what: CountWord, approx: boolean) => {
    const e = what.fem ? 'e' : '';
    const read = found === 0 ? `${what.fem ? 'aucune' : 'aucun'} lu${e}` : found === 1 ? `1 lu${e}` : `${found} lu${e}s`;
    return `le texte en annonce ${approx ? 'environ ' : ''}${announced}, ${read}\u00A0: à vérifier`;
  },
  countMismatch: (announced: number, found: number, what: CountWord) =>
    `Le texte annonce ${counted(announced, what.one, what.word)}, ${counted(found, what.fem ? 'trouvée' : 'trouvé')}.`,
  countWhat: (what: 'axes' | 'actions' | 'objectives', type?: AxisType): CountWord =>
    what === 'actions'
      ? { one: 'fiche action', word: 'fiches actions', fem: true }
      : what === 'objectives'
        ? { one: 'objectif', word: 'objectifs', fem: false }
        : AXIS_PLURAL[type ?? 'axe'],
  // Budget
  amountNotRead: 'ligne de budget dont le montant n’a pas pu être lu (écrivez par exemple 12 000 €)\u00A0: non reprise',
  repeatedLine: (line: number) => `même ligne que la ligne ${line}\u00A0: comptée une seule fois`,
  amountWithoutYears: 'montant lu, mais la période est inconnue\u00A0: il n’est réparti sur aucune année',
  assumedAnnual: 'le texte ne dit pas si ce montant est annuel\u00A0: reporté sur chaque année de la période, à vérifier',
  funderUnknown: 'financeur non précisé\u00A0: «\u00A0autre\u00A0» par défaut',
  oneYear: (y: number) => `montant de l’année ${y}, comme l’indique le titre de la liste`,
  eachYear: (ys: number[]) => `montant annuel, reporté sur ${years(ys)}`,
  otherAnnualAmount: 'autre montant annuel cité\u00A0: l’enveloppe retenue est le premier, à vérifier',
  otherTotal: 'autre total cité\u00A0: le total retenu est le premier, à vérifier',
  envelopeUnclear: 'montant d’enveloppe dont on ne sait pas s’il est annuel ou pluriannuel\u00A0: non repris',
  annualWithoutYears: 'enveloppe annuelle lue, mais la période est inconnue\u00A0: aucune année renseignée',
  annualEnvelope: (ys: number[]) => `enveloppe annuelle, reportée sur ${years(ys)}`,
  linesVsEnvelope: (ys: number[], lines: string, envelope: string) =>
    `${years(ys)}\u00A0: les lignes CAF totalisent ${lines} par an pour une enveloppe de ${envelope}.`,
  linesMatchEnvelope: (n: number) => `Les lignes CAF totalisent exactement l’enveloppe CAF, ${plural(n, 'pour l’année', `pour chacune des ${n} années`)}.`,
  envelopesVsTotal: (n: number, sum: string, total: string) =>
    `${plural(n, 'L’enveloppe annuelle de l’année fait', `Les enveloppes annuelles des ${n} années font`)} ${sum}, le total indiqué est ${total}.`,
  envelopesMatchTotal: (n: number, total: string) =>
    `${plural(n, 'L’enveloppe annuelle de l’année correspond', `Les enveloppes annuelles des ${n} années correspondent`)} au total indiqué de ${total}.`,
  linesVsTotal: (sum: string, total: string) => `Les lignes CAF sur toute la période totalisent ${sum}, le total indiqué est ${total}.`,
  linesMatchTotal: (total: string) => `Les lignes CAF sur toute la période correspondent au total indiqué de ${total}.`,
  // Whole text
  draftReduced: 'Une partie de ce qui a été lu ne forme pas une convention valide\u00A0: le brouillon a été réduit, complétez-le à la main.',
  nothingFound: 'Aucune structure de convention reconnue dans ce texte\u00A0: le brouillon est presque vide, complétez-le à la main.',
};

/** "Axe « Accès aux droits »", but just "Territoire" when the label is empty or only repeats the kind. */
const kindAndLabel = (kind: string, label: string) =>
  label.trim() === '' || label.trim().toLowerCase() === kind.toLowerCase() ? kind : `${kind} «\u00A0${label}\u00A0»`;

export const frImportCli = {
  missingArgs: 'Usage\u00A0: ctg import <texte.txt> [--out <convention.json>]',
  outExists: (f: string) => `${f} existe déjà\u00A0: choisissez un autre nom, la commande n’écrase jamais un brouillon.`,
  binaryFile: (f: string) =>
    `${f} n’est pas un fichier texte (classeur, PDF, document Word\u00A0?)\u00A0: enregistrez la convention en «\u00A0Texte brut\u00A0» (.txt) depuis Word, puis relancez ctg import.`,
  unreadableText: (f: string, detail: string) => `Impossible de lire ${f}\u00A0: ${detail}`,
  title: (file: string) => `Import de ${file}`,
  counts: (c: { signatories: number; axes: number; objectives: number; actions: number; budgetLines: number; envelopes: number }) =>
    `Lu dans le texte\u00A0: ${[
      counted(c.signatories, 'signataire'),
      counted(c.axes, 'axe'),
      counted(c.objectives, 'objectif'),
      counted(c.actions, 'fiche action', 'fiches actions'),
      counted(c.budgetLines, 'ligne budgétaire', 'lignes budgétaires'),
      counted(c.envelopes, 'enveloppe annuelle', 'enveloppes annuelles'),
    ].join(', ')}.`,
  period: (p: string) => `Période\u00A0: ${p}`,
  periodUnknown: 'inconnue',
  uncertainTitle: (n: number) => (n === 0 ? 'Aucun élément incertain.' : `À vérifier (${n})\u00A0:`),
  uncertainLine: (line: number, kind: string, label: string, note: string) =>
    `  ${line > 0 ? `ligne ${line}` : 'texte'} — ${kindAndLabel(kind, label)}\u00A0: ${note}`,
  consistencyTitle: 'Contrôles de cohérence\u00A0:',
  consistencyLine: (severity: string, line: number | undefined, message: string) => `  ${severity} — ${line ? `ligne ${line} — ` : ''}${message}`,
  written: (f: string) => `Brouillon écrit dans ${f} (à relire, puis\u00A0: ctg init).`,
};
