// French text of the import: notes on what was read, cross-checks, CLI output.
// User-facing text lives in src/i18n/ and nowhere else.
// i18n imports nothing: the core's AxisType and ImportItemKind are spelled out here.
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

type CountWord = { word: string; fem: boolean };
const AXIS_PLURAL: Record<AxisType, CountWord> = {
  axe: { word: 'axes', fem: false },
  enjeu: { word: 'enjeux', fem: false },
  ambition: { word: 'ambitions', fem: true },
  orientation: { word: 'orientations', fem: true },
  thematique: { word: 'thématiques', fem: true },
};

export const ITEM_KIND_LABEL: Record<ImportItemKind, string> = {
  name: 'Nom',
  territory: 'Territoire',
  period: 'Période',
  'signature-date': 'Date de signature',
  signatory: 'Signataire',
  coordinator: 'Chargé(e) de coopération',
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
  periodWithoutContext: 'années lues sans mention de la convention ou de sa durée : à vérifier',
  rangeAt: (start: number, end: number, line: number) => `${start}-${end} (ligne ${line})`,
  otherRanges: (kept: string, others: string[]) => `Période retenue ${kept} ; le texte cite aussi ${others.join(', ')}.`,
  durationMismatch: (n: number, range: string) => `Le texte annonce une durée de ${n} an(s), mais la période lue est ${range}.`,
  periodFromDuration: (n: number, start: number) => `durée de ${n} an(s) à compter de ${start}`,
  periodFromDurationAndEnd: (n: number, end: number) => `déduite d'une durée de ${n} an(s) et de l'horizon ${end} : à vérifier`,
  periodFromSignature: (n: number, date: string) => `durée de ${n} an(s) « à compter de sa signature », signée le ${date} : années civiles à vérifier`,
  durationOnly: (n: number) => `durée de ${n} an(s)`,
  noStartYear: "la durée est indiquée mais pas l'année de début : période laissée vide",
  horizonLabel: (end: number) => `horizon ${end}`,
  endOnly: "seule l'année de fin est indiquée : année de début à compléter",
  noPeriodLabel: 'période',
  noPeriod: 'aucune période trouvée dans le texte (par exemple « 2023-2026 » ou « pour une durée de 4 ans à compter de 2023 »)',
  dateWithoutYear: 'date de signature sans année : non reprise',
  yearFromWeekday: (date: string) => `année absente du texte, déduite du jour de la semaine et de la période : ${date}, à vérifier`,
  yearFromPublication: (date: string) => `année absente du texte, déduite de la date de publication : ${date}, à vérifier`,
  // Parties
  signatoryWithoutSigning: 'cité dans le texte sans être présenté comme signataire : à confirmer',
  signatoryParticipant: 'organisme associé à la démarche, que le texte ne présente pas comme signataire : non repris',
  signatoryMentioned: 'organisme cité sans être présenté comme signataire : non repris',
  sameBodyAs: (name: string) => `même organisme que « ${name} », compté une seule fois`,
  conventionName: (territory: string) => `CTG ${territory}`,
  bareCafName: 'CAF',
  communeOf: (name: string) => `Commune ${ofName(name)}`,
  mairieOf: (name: string) => `Mairie ${ofName(name)}`,
  cafWithoutDepartment: 'la CAF est citée sans son département : précisez « CAF de … »',
  noSignatory: 'aucun signataire reconnu (CAF de …, commune de …, communauté de communes …)',
  territoryFrom: 'déduit du nom de la collectivité signataire',
  territoryFromText: 'nommé dans le texte comme « territoire », sans collectivité signataire : à confirmer',
  noTerritory: 'territoire non trouvé : à compléter',
  // Structure
  /** "Petite enfance, enfance et jeunesse": the title of an axis the text announces without naming. */
  joinTitles: (titles: string[]) => (titles.length === 1 ? titles[0] : `${titles.slice(0, -1).join(', ')} et ${titles[titles.length - 1]}`),
  axisComposed: 'le texte annonce cet axe sans lui donner de titre : intitulé composé à partir des titres qui le précèdent',
  axisThemeHeading: 'titre de thématique pris comme axe, faute d’axes annoncés',
  axisFromList: 'élément de liste lu comme un axe',
  axisInline: 'élément d’une énumération lu comme un axe : à vérifier',
  axisFromParagraph: 'le texte annonce ses axes sans les titrer : intitulé repris de la première phrase du paragraphe qui introduit ce groupe, à vérifier',
  axisNoTitle: 'axe annoncé sans intitulé',
  objectiveByPosition: (axisId: string) => `rattaché à ${axisId} d'après l'ordre des listes (le texte ne dit pas à quel axe il appartient)`,
  objectiveUnattached: 'objectif cité hors de tout axe : non repris',
  actionNoTitle: 'fiche action sans intitulé',
  actionsUnattached: (n: number) => `${n} fiche(s) action ne sont rattachées à aucun axe : à compléter dans l'onglet Actions.`,
  actionAxisUnknown: (ref: string) => `axe indiqué « ${ref} » non trouvé parmi les axes lus`,
  actionByPosition: (axisId: string) => `rattachée à ${axisId} parce qu'elle suit cet axe dans le texte : à vérifier`,
  actionByThemes: (axisId: string) => `rattachée à ${axisId}, l'axe dont elle partage les thématiques : à vérifier`,
  actionSingleAxis: (axisId: string) => `rattachée à ${axisId}, seul axe du texte`,
  renumbered: 'numéros de fiches absents, en double ou non entiers : fiches renumérotées dans l’ordre du texte',
  countMatches: (n: number, what: CountWord) => `${n} ${what.word} annoncé${what.fem ? 'e' : ''}s, ${n} trouvé${what.fem ? 'e' : ''}s.`,
  countDiffers: (announced: number, found: number, what: CountWord, approx: boolean) => {
    const e = what.fem ? 'e' : '';
    const read = found === 0 ? `${what.fem ? 'aucune' : 'aucun'} lu${e}` : found === 1 ? `1 lu${e}` : `${found} lu${e}s`;
    return `le texte en annonce ${approx ? 'environ ' : ''}${announced}, ${read} : à vérifier`;
  },
  countMismatch: (announced: number, found: number, what: CountWord) => `Le texte annonce ${announced} ${what.word}, ${found} trouvé${what.fem ? 'e' : ''}(s).`,
  countWhat: (what: 'axes' | 'actions' | 'objectives', type?: AxisType): CountWord =>
    what === 'actions' ? { word: 'fiches actions', fem: true } : what === 'objectives' ? { word: 'objectifs', fem: false } : AXIS_PLURAL[type ?? 'axe'],
  // Budget
  amountNotRead: 'ligne de budget dont le montant n’a pas pu être lu (écrivez par exemple 12 000 €) : non reprise',
  repeatedLine: (line: number) => `même ligne que la ligne ${line} : comptée une seule fois`,
  amountWithoutYears: 'montant lu, mais la période est inconnue : il n’est réparti sur aucune année',
  assumedAnnual: 'le texte ne dit pas si ce montant est annuel : reporté sur chaque année de la période, à vérifier',
  funderUnknown: 'financeur non précisé : « autre » par défaut',
  oneYear: (y: number) => `montant de l'année ${y}, comme l'indique le titre de la liste`,
  eachYear: (ys: number[]) => `montant annuel, reporté sur ${years(ys)}`,
  otherAnnualAmount: "autre montant annuel cité : l'enveloppe retenue est le premier, à vérifier",
  otherTotal: 'autre total cité : le total retenu est le premier, à vérifier',
  envelopeUnclear: "montant d'enveloppe dont on ne sait pas s'il est annuel ou pluriannuel : non repris",
  annualWithoutYears: 'enveloppe annuelle lue, mais la période est inconnue : aucune année renseignée',
  annualEnvelope: (ys: number[]) => `enveloppe annuelle, reportée sur ${years(ys)}`,
  linesVsEnvelope: (ys: number[], lines: string, envelope: string) =>
    `${years(ys)} : les lignes CAF totalisent ${lines} par an pour une enveloppe de ${envelope}.`,
  linesMatchEnvelope: (n: number) => `Les lignes CAF totalisent exactement l'enveloppe CAF, pour chacune des ${n} année(s).`,
  envelopesVsTotal: (n: number, sum: string, total: string) => `Les enveloppes annuelles des ${n} année(s) font ${sum}, le total indiqué est ${total}.`,
  envelopesMatchTotal: (n: number, total: string) => `Les enveloppes annuelles des ${n} année(s) correspondent au total indiqué de ${total}.`,
  linesVsTotal: (sum: string, total: string) => `Les lignes CAF sur toute la période totalisent ${sum}, le total indiqué est ${total}.`,
  linesMatchTotal: (total: string) => `Les lignes CAF sur toute la période correspondent au total indiqué de ${total}.`,
  // Whole text
  draftReduced: 'Une partie de ce qui a été lu ne forme pas une convention valide : le brouillon a été réduit, complétez-le à la main.',
  nothingFound: 'Aucune structure de convention reconnue dans ce texte : le brouillon est presque vide, complétez-le à la main.',
};

/** "Axe « Accès aux droits »", but just "Territoire" when the label is empty or only repeats the kind. */
const kindAndLabel = (kind: string, label: string) =>
  label.trim() === '' || label.trim().toLowerCase() === kind.toLowerCase() ? kind : `${kind} « ${label} »`;

export const frImportCli = {
  missingArgs: 'Usage : ctg import <texte.txt> [--out <convention.json>]',
  outExists: (f: string) => `${f} existe déjà : choisissez un autre nom, la commande n'écrase jamais un brouillon.`,
  binaryFile: (f: string) =>
    `${f} n'est pas un fichier texte (classeur, PDF, document Word ?) : enregistrez la convention en « Texte brut » (.txt) depuis Word, puis relancez ctg import.`,
  unreadableText: (f: string, detail: string) => `Impossible de lire ${f} : ${detail}`,
  title: (file: string) => `Import de ${file}`,
  counts: (c: { signatories: number; axes: number; objectives: number; actions: number; budgetLines: number; envelopes: number }) =>
    `Lu dans le texte : ${c.signatories} signataire(s), ${c.axes} axe(s), ${c.objectives} objectif(s), ${c.actions} fiche(s) action, ${c.budgetLines} ligne(s) budgétaire(s), ${c.envelopes} enveloppe(s) annuelle(s).`,
  period: (p: string) => `Période : ${p}`,
  periodUnknown: 'inconnue',
  uncertainTitle: (n: number) => (n === 0 ? 'Aucun élément incertain.' : `À vérifier (${n}) :`),
  uncertainLine: (line: number, kind: string, label: string, note: string) =>
    `  ${line > 0 ? `ligne ${line}` : 'texte'} — ${kindAndLabel(kind, label)} : ${note}`,
  consistencyTitle: 'Contrôles de cohérence :',
  consistencyLine: (severity: string, line: number | undefined, message: string) => `  ${severity} — ${line ? `ligne ${line} — ` : ''}${message}`,
  written: (f: string) => `Brouillon écrit dans ${f} (à relire, puis : ctg init).`,
};
