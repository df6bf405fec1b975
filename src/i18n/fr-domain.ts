// French text of the domain: money messages, statuses, findings.
// User-facing text lives in src/i18n/ and nowhere else.

/** Why a text is not an amount, by the reason code of parseMoney (the core's MoneyRefusal). */
export const MONEY_REFUSAL = {
  empty: 'la cellule est vide',
  'no-digits': 'il ne contient aucun chiffre',
  characters: 'seuls des chiffres, des espaces, une virgule décimale et le signe € sont acceptés',
  mixed: 'il mélange points et virgules, écrivez par exemple 1 234,56 €',
  'many-separators': 'il contient plusieurs séparateurs décimaux',
  ambiguous: 'on ne sait pas si le séparateur marque les milliers ou les décimales, écrivez 1 234 € ou 1,23 €',
  decimals: 'un montant a au plus deux décimales (les centimes)',
  grouping: 'les milliers doivent être séparés par groupes de trois chiffres, par exemple 241 801 €',
  'too-large': 'il est trop grand pour être un montant (vérifiez la saisie)',
} as const;

/** A long value quoted by its start and its length (a 400-digit number stays readable in a finding). */
const shortQuote = (value: string) => (value.length <= 40 ? value : `${value.slice(0, 20)}… (${value.length} caractères)`);

export const frMoney = {
  /** "« 12abc » n'est pas un montant lisible : …." for a refusal of parseMoney. */
  unreadable: (value: string, reason: keyof typeof MONEY_REFUSAL) =>
    `«\u00A0${shortQuote(value)}\u00A0» n’est pas un montant lisible\u00A0: ${MONEY_REFUSAL[reason]}.`,
  subCent: (value: number) => `«\u00A0${value}\u00A0» a plus de deux décimales\u00A0: un montant s’arrête aux centimes.`,
};

/** The schema's rule on the period (1 to MAX_PERIOD_YEARS whole years). */
export const PERIOD_SPAN_MESSAGE = 'La période doit couvrir de 1 à 6 années entières.';

/** The schema's own rules, by the `rule` its custom issues carry in `params` (the core's SchemaRule). */
export const SCHEMA_RULE_MESSAGE = {
  'period-span': PERIOD_SPAN_MESSAGE,
} as const;

// i18n is a leaf: it imports nothing. Keys are spelled out here and checked against the
// core's unions where the core meets these words (src/core/wording/).

/** The statuses of a year (the core's YearStatus). */
type StatusKey = 'balanced' | 'over' | 'under' | 'missing-envelope' | 'incomplete';

/** Status words, shown with an icon and a colour but never by colour alone. */
export const YEAR_STATUS_LABEL: Record<StatusKey, string> = {
  balanced: 'équilibré',
  over: 'dépassement',
  under: 'reste à répartir',
  'missing-envelope': 'enveloppe manquante',
  incomplete: 'incomplet',
};

/** The icon that goes with each status word, so it reads without colour. */
export const STATUS_ICON: Record<StatusKey, string> = { balanced: '✔', over: '✖', under: '⚠', 'missing-envelope': '⚠', incomplete: '✖' };

/** "✔ équilibré": icon and word, as every view shows a status. */
export const statusWords = (status: StatusKey) => `${STATUS_ICON[status]} ${YEAR_STATUS_LABEL[status]}`;

type SeverityKey = 'error' | 'warning' | 'info';

/** How bad a finding is, in words, and the icon that goes with it (never colour alone). */
export const SEVERITY_WORD: Record<SeverityKey, string> = { error: 'Erreur', warning: 'Attention', info: 'Info' };
export const SEVERITY_ICON: Record<SeverityKey, string> = { error: '✖', warning: '⚠', info: 'ℹ' };

/** "✖ Erreur": icon and word, as the command line and the documents show a severity. */
export const severityWords = (severity: SeverityKey) => `${SEVERITY_ICON[severity]} ${SEVERITY_WORD[severity]}`;

/** Why a year's CAF total cannot be computed (the core's GapReason), and what to do. */
export const GAP_REASON = {
  'budget-tab-missing': 'l’onglet Budget est introuvable (renommé ou supprimé\u00A0?)\u00A0: redonnez-lui son nom «\u00A0Budget\u00A0»',
  'budget-column-missing': 'une colonne du Budget (identifiant, financeur ou montant de l’année) n’est pas reconnue\u00A0: redonnez-lui son en-tête',
  'funder-unreadable': 'le financeur d’une ligne qui a un montant cette année est vide ou inconnu\u00A0: choisissez-le dans la liste',
  'amount-unreadable': 'un montant d’une ligne CAF n’est pas lisible\u00A0: corrigez-le (voir le point sur sa cellule)',
  'envelope-repeated': 'l’enveloppe CAF de l’année est saisie deux fois\u00A0: gardez une seule ligne',
} as const;

export const frFindings = {
  incompleteYear: (year: number, reason: string) => `${year}\u00A0: total CAF incomplet, l’équilibre de l’enveloppe n’est pas vérifié — ${reason}.`,
  over: (year: number, delta: string, allocated: string, envelope: string) =>
    `${year}\u00A0: dépassement de ${delta} (alloué CAF ${allocated} pour une enveloppe de ${envelope}).`,
  under: (year: number, delta: string, allocated: string, envelope: string) =>
    `${year}\u00A0: reste à répartir ${delta} (alloué CAF ${allocated} pour une enveloppe de ${envelope}).`,
  missingEnvelope: (year: number, allocated: string) => `${year}\u00A0: enveloppe CAF manquante (alloué CAF ${allocated}).`,
  envelopeOutsidePeriod: (year: number, start: number, end: number) => `Enveloppe CAF saisie pour ${year}, hors de la période ${start}–${end}.`,
  envelopeTotalMismatch: (stated: string, sum: string) =>
    `Le total pluriannuel indiqué (${stated}) ne correspond pas à la somme des enveloppes annuelles (${sum}).`,
  totalOver: (delta: string, allocated: string, envelope: string) =>
    `Sur toute la période\u00A0: dépassement de ${delta} (alloué CAF ${allocated} pour ${envelope}).`,
  totalUnder: (delta: string, allocated: string, envelope: string) =>
    `Sur toute la période\u00A0: reste à répartir ${delta} (alloué CAF ${allocated} pour ${envelope}).`,
  yearOutsidePeriod: (lineId: string, year: string, amount: string) =>
    `${lineId}\u00A0: montant de ${amount} saisi pour ${year}, hors de la période de la convention.`,
  negativeAmount: (lineId: string, year: string, amount: string) => `${lineId}\u00A0: montant négatif en ${year} (${amount}).`,
  negativeEnvelope: (year: number, amount: string) => `${year}\u00A0: l’enveloppe CAF est négative (${amount}).`,
  zeroEnvelope: (year: number) =>
    `${year}\u00A0: l’enveloppe CAF est de 0 €\u00A0: saisissez son montant, ou videz la cellule si elle n’est pas encore connue.`,
  implausibleAmount: (lineId: string, year: string, amount: string, limit: string) =>
    `${lineId}, ${year}\u00A0: ${amount} sur une seule ligne, plus de ${limit}\u00A0: vérifiez la saisie (un zéro de trop, une année ou un numéro collé dans le montant\u00A0?).`,
  implausibleEnvelope: (year: number, amount: string, limit: string) =>
    `${year}\u00A0: une enveloppe CAF de ${amount}, plus de ${limit}\u00A0: vérifiez la saisie (un zéro de trop\u00A0?).`,
  unreadableAmount: (lineId: string, year: string, detail: string) => `${lineId}, ${year}\u00A0: ${detail}`,
  unknownAction: (lineId: string, actionId: string) => `${lineId}\u00A0: fiche action ${actionId} inconnue.`,
  unknownAxis: (actionId: string, axisId: string) => `${actionId}\u00A0: axe ${axisId} inconnu.`,
  duplicateId: (id: string, count: number) => `L’identifiant ${id} est utilisé ${count} fois\u00A0: chaque ligne doit avoir le sien.`,
  emptyField: (what: string, field: keyof typeof FIELD_LABEL) =>
    `${what}\u00A0: ${FIELD_LABEL[field]} non ${FEMININE_FIELDS.has(field) ? 'renseignée' : 'renseigné'}.`,
  periodIncomplete: (missing: string) => `Période incomplète\u00A0: ${missing} non renseignée.`,
  noCafSignatory: 'Aucun signataire CAF\u00A0: une CTG est signée par la CAF du département.',
};

/** The fields whose name is feminine, for the agreement of "non renseignée". */
const FEMININE_FIELDS: ReadonlySet<string> = new Set(['startYear', 'endYear']);

/** Names of fields, as used in "empty field" findings. */
export const FIELD_LABEL = {
  territory: 'territoire',
  name: 'nom de la convention',
  axisTitle: 'intitulé',
  actionTitle: 'intitulé',
  actionAxis: 'axe',
  beneficiary: 'bénéficiaire',
  id: 'identifiant',
  startYear: 'année de début',
  endYear: 'année de fin',
  signatoryName: 'nom du signataire',
  funder: 'financeur',
} as const;

export const frBreakdown = {
  noAxis: 'Sans axe',
  noAction: 'Sans fiche action',
  /** An item without an identifier, named by its sheet row. */
  lineLabel: (row: number | undefined) => (row === undefined ? 'Ligne sans identifiant' : `Ligne ${row}`),
  axisLabel: 'Axe',
  actionLabel: 'Fiche',
  signatoryLabel: 'Signataire',
};

/** Names of the value types zod expects, as in "nombre entier attendu". */
const EXPECTED: Record<string, string> = {
  string: 'texte',
  number: 'nombre',
  int: 'nombre entier',
  boolean: 'booléen',
  array: 'liste',
  tuple: 'liste',
  object: 'objet',
  record: 'objet',
};

/**
 * What the error map reads of a zod issue (zod's $ZodRawIssue, spelled out structurally:
 * every zod issue is assignable to it, so this map can be given as zod's `error` option).
 */
export type ZodIssueLike = {
  code?: string;
  input?: unknown;
  expected?: string;
  origin?: string;
  maximum?: number | bigint;
  minimum?: number | bigint;
  inclusive?: boolean;
  values?: readonly unknown[];
  params?: { [key: string]: unknown };
};

const values = (vs: readonly unknown[]) => vs.map((v) => (typeof v === 'string' ? `«\u00A0${v}\u00A0»` : JSON.stringify(v))).join(', ');

export const frParse = {
  issue: (path: string, message: string) => (path ? `${path}\u00A0: ${message}` : message),
  /**
   * zod's error map in French (zod/mini bundles no locale). The schema's own rules
   * (custom issues with `params.rule`, such as the period's) are worded here too.
   */
  zodIssue: (issue: ZodIssueLike): string => {
    // JSON reads a number of 400 digits as Infinity, and one past 2^53 without its last digits:
    // whatever the schema expected there (an amount in cents, a year), say that it is too large.
    if (typeof issue.input === 'number' && !Number.isSafeInteger(issue.input) && Math.abs(issue.input) > Number.MAX_SAFE_INTEGER) {
      return 'nombre trop grand\u00A0: vérifiez la saisie';
    }
    switch (issue.code) {
      case 'custom': {
        const rule = issue.params?.rule;
        return typeof rule === 'string' && rule in SCHEMA_RULE_MESSAGE ? SCHEMA_RULE_MESSAGE[rule as keyof typeof SCHEMA_RULE_MESSAGE] : 'valeur invalide';
      }
      case 'invalid_type':
        return issue.input === undefined ? 'valeur manquante' : `valeur invalide, ${EXPECTED[issue.expected ?? ''] ?? issue.expected} attendu`;
      case 'too_big':
        if (issue.origin === 'string') return `trop long, ${issue.maximum} caractères au plus`;
        if (issue.origin === 'array') return `trop d’éléments, ${issue.maximum} au plus`;
        return `trop grand, ${issue.inclusive ? 'au plus' : 'moins de'} ${issue.maximum}`;
      case 'too_small':
        if (issue.origin === 'string') return Number(issue.minimum) === 1 ? 'ne doit pas être vide' : `trop court, ${issue.minimum} caractères au moins`;
        if (issue.origin === 'array') return `pas assez d’éléments, ${issue.minimum} au moins`;
        return `trop petit, ${issue.inclusive ? 'au moins' : 'plus de'} ${issue.minimum}`;
      case 'invalid_format':
        return 'format invalide';
      case 'invalid_value':
        return `valeur non reconnue, valeurs possibles\u00A0: ${values(issue.values ?? [])}`;
      case 'invalid_key':
        return 'clé invalide';
      default:
        return 'valeur invalide';
    }
  },
};
