// French names the workbook shows: tab names and column headers.

export const TAB = {
  convention: 'Convention',
  axes: 'Axes',
  actions: 'Actions',
  budget: 'Budget',
  control: 'Contrôle',
  realised: 'Réalisé',
  indicators: 'Indicateurs',
  followUp: 'Suivi',
  /** "Axe 1 – Soutien aux familles" (en dash), cut to the 100 characters a sheet name allows. */
  axis: (n: number, shortTitle: string) => `Axe ${n} – ${shortTitle}`.slice(0, 100),
} as const;

export const ROLE_LABEL = {
  caf: 'CAF',
  commune: 'Commune',
  epci: 'EPCI',
  'conseil-departemental': 'Conseil départemental',
  msa: 'MSA',
  autre: 'Autre',
} as const;

export const AXIS_TYPE_LABEL = {
  axe: 'Axe',
  enjeu: 'Enjeu',
  ambition: 'Ambition',
  orientation: 'Orientation',
  thematique: 'Thématique',
} as const;

export const ACTION_STATUS_LABEL = {
  'non-demarree': 'Non démarrée',
  'en-cours': 'En cours',
  realisee: 'Réalisée',
  abandonnee: 'Abandonnée',
} as const;

/** Column headers of the typed tables, by field key (read back leniently: case, accents, spaces). */
export const HEADER = {
  convention: { field: 'Champ', value: 'Valeur', envelopeYear: 'Année', envelopeAmount: 'Enveloppe CAF', signatoryName: 'Signataire', signatoryRole: 'Rôle' },
  fields: {
    name: 'Nom de la convention',
    territory: 'Territoire',
    startYear: 'Année de début',
    endYear: 'Année de fin',
    signatureDate: 'Date de signature',
    coordinator: 'Chargée ou chargé de coopération',
    toleranceCents: 'Tolérance (€)',
    envelopeTotalCents: 'Enveloppe CAF pluriannuelle (€)',
  },
  axes: { id: 'Identifiant', title: 'Intitulé', type: 'Type', themes: 'Thématiques', objectives: 'Objectifs stratégiques' },
  actions: {
    id: 'N° fiche',
    title: 'Intitulé',
    axisId: 'Axe',
    themes: 'Thématiques',
    objectives: 'Objectifs',
    context: 'Constat',
    description: 'Description',
    audience: 'Public visé',
    territory: 'Territoire',
    lead: 'Pilote / porteur',
    partners: 'Partenaires',
    means: 'Moyens',
    schedule: 'Calendrier / échéance',
    indicators: 'Indicateurs',
    status: 'Statut',
  },
  budget: {
    id: 'Identifiant',
    beneficiary: 'Bénéficiaire / gestionnaire',
    equipment: 'Équipement / type',
    nature: 'Nature',
    funder: 'Financeur',
    actionId: 'Fiche action',
    total: 'Total',
  },
  realised: { lineId: 'Identifiant', beneficiary: 'Bénéficiaire / gestionnaire', funder: 'Financeur', comment: 'Commentaire' },
  indicators: { actionId: 'N° fiche', label: 'Indicateur', unit: 'Unité', baseline: 'Valeur de référence', target: 'Cible', source: 'Source' },
  followUp: {
    actionId: 'N° fiche',
    year: 'Année',
    status: 'Statut',
    progress: 'Avancement (%)',
    comment: 'Commentaire',
    watchPoints: 'Points de vigilance',
    decisions: 'Décisions',
  },
} as const;

/** Earlier labels of the Convention tab's fields, still read as the field (workbooks made before the label changed). */
export const FIELD_LABEL_ALIASES: Partial<Record<keyof typeof HEADER.fields, string[]>> = {
  coordinator: ['Chargé(e) de coopération', 'Chargé de coopération', 'Chargée de coopération'],
};

/** Other accepted spellings of headers, for workbooks typed by hand. */
/** Words that may stand beside the year in an amount column's header ("Montant 2024 (€)"), compared without case nor accents. */
export const YEAR_HEADER_WORDS = ['annee', 'montant', 'montants', 'budget', 'prevu', 'prevus', 'previsionnel', 'prevision', 'en', 'eur', 'euro', 'euros'];

export const HEADER_ALIASES: Record<string, string[]> = {
  id: ['Id', 'N°', 'Numéro', 'Identifiant', 'N° fiche'],
  axisId: ['Axe', 'Enjeu'],
  actionId: ['Fiche action', 'Fiche', 'N° fiche'],
  funder: ['Financé par', 'Financeurs', 'Organisme financeur'],
};

/** Text of the generated tabs (Contrôle and one tab per axis). */
export const frControl = {
  yearHeader: ['Année', 'Enveloppe CAF', 'Alloué CAF', 'Écart', 'Statut', 'Réalisé CAF', 'Taux de réalisation'],
  followUpTitle: 'Réalisation (tous financeurs)',
  followUpHeader: ['Année', 'Prévu', 'Réalisé', 'Taux de réalisation'],
  statusTitle: 'Fiches par statut (onglet Suivi)',
  statusHeader: ['Statut', ''],
  indicatorsFilled: 'Indicateurs renseignés',
  indicatorsReached: 'dont cible atteinte (à la dernière vérification)',
  indicatorsProgressing: 'dont en progrès vers la cible (à la dernière vérification)',
  chartTitle: 'Enveloppe, alloué et réalisé CAF par année',
  total: 'Total',
  noYears: 'Période incomplète\u00A0: renseignez les années de début et de fin dans l’onglet Convention.',
  byAxisTitle: 'Par axe (tous financeurs)',
  axisHeader: ['Axe', 'Intitulé'],
  noAxis: 'Sans axe',
  byFunderTitle: 'Par financeur',
  funderHeader: ['Financeur', ''],
  findingsTitle: 'Dernière vérification',
  /** Written in Contrôle's first cell while a typed cell keeps it from being rewritten. */
  stalePrefix: '⚠ Contrôle n’est plus à jour',
  staleNotice: (cell: string, since: string | undefined) =>
    `⚠ Contrôle n’est plus à jour${since ? ` depuis la vérification du ${since}` : ''}\u00A0: la cellule ${cell} contient une saisie là où son tableau doit s’étendre. Déplacez-la, puis actualisez.`,
  /** The time part of a checkedAt line ("30/11/2026 à 09:15"), found again in the tab. */
  checkedAtPattern: /^Dernière vérification[ \u00A0]: (\d{2}\/\d{2}\/\d{4} à \d{2}:\d{2})$/,
  /** "Dernière vérification : 30/11/2026 à 09:15", in the time zone of the script (Apps Script) or of the machine (ctg). */
  checkedAt: (d: Date) => {
    const two = (n: number) => String(n).padStart(2, '0');
    return `Dernière vérification\u00A0: ${two(d.getDate())}/${two(d.getMonth() + 1)}/${d.getFullYear()} à ${two(d.getHours())}:${two(d.getMinutes())}`;
  },
  findingsHeader: ['Cellule', 'Message', 'Gravité'],
  noFindings: 'Aucune anomalie.',
  axisObjectives: 'Objectifs stratégiques',
  axisThemes: 'Thématiques',
  axisActionsHeader: ['Fiche action', 'Intitulé', 'Statut'],
  noActions: 'Aucune fiche action rattachée à cet axe.',
  headerProtection: 'En-têtes du classeur CTG\u00A0: modifiez-les avec précaution, le module les utilise pour retrouver les colonnes.',
  helpAxis: 'Choisissez l’identifiant d’un axe de l’onglet Axes.',
  helpAction: 'Choisissez le numéro d’une fiche de l’onglet Actions.',
  helpYear: (min: number, max: number) => `Une année entre ${min} et ${max}.`,
  helpAmount: 'Un montant en euros, positif ou nul (un nombre, pas un texte ni une date).',
  helpProgress: 'L’avancement de la fiche, en pourcentage (un nombre de 0 à 100).',
  helpMeasure: 'La valeur mesurée cette année (un nombre, dans l’unité de l’indicateur).',
};

/** Findings of the workbook reader and of the plan. */
/** What people write on a total row they add under a table: "Total", "Sous-total", "TOTAL 2024"… */
export const TOTAL_ROW_LABEL = /^(?:sous[-\s]?)?total\b/i;

export const frReader = {
  missingTab: (tab: string) =>
    `Onglet «\u00A0${tab}\u00A0» introuvable (renommé ou supprimé\u00A0?)\u00A0: redonnez-lui son nom «\u00A0${tab}\u00A0»\u00A0; l’actualisation ne recrée pas un onglet saisi.`,
  typedTabRenamed: (tab: string, wanted: string) =>
    `L’onglet «\u00A0${tab}\u00A0» est lu comme l’onglet «\u00A0${wanted}\u00A0» (ses en-têtes sont les siens)\u00A0: renommez-le «\u00A0${wanted}\u00A0».`,
  missingColumn: (tab: string, header: string) =>
    `Colonne «\u00A0${header}\u00A0» introuvable dans l’onglet ${tab} (en-tête renommé ou supprimé\u00A0?)\u00A0: redonnez l’en-tête «\u00A0${header}\u00A0» à la colonne.`,
  missingField: (label: string) => `Ligne «\u00A0${label}\u00A0» introuvable dans l’onglet Convention.`,
  errorCell: (value: string) => `La cellule contient une erreur de calcul (${value})\u00A0: elle est ignorée.`,
  notAYear: (value: string) => `«\u00A0${value}\u00A0» n’est pas une année (quatre chiffres, par exemple 2023).`,
  notADate: (value: string) => `«\u00A0${value}\u00A0» n’est pas une date lisible (écrivez par exemple 30/11/2022).`,
  unknownLabel: (value: string, allowed: string[], fallback: string) =>
    `«\u00A0${value}\u00A0» n’est pas une valeur connue (${allowed.join(', ')})\u00A0: lue comme «\u00A0${fallback}\u00A0».`,
  unreadableMoney: (detail: string) => `${detail} La valeur est ignorée.`,
  amountAsText: (value: string) =>
    `«\u00A0${value}\u00A0» est saisi comme du texte\u00A0: le montant est lu, mais les formules de l’onglet Contrôle ne le comptent pas tant qu’il n’est pas saisi comme un nombre.`,
  totalRow: (row: number) =>
    `Ligne ${row} ignorée\u00A0: c’est une ligne de total saisie à la main, pas une ligne du budget (les totaux sont calculés dans l’onglet Contrôle).`,
  commentRow: (row: number) => `Ligne ${row} ignorée\u00A0: elle ne contient qu’un commentaire, sans identifiant.`,
  merged: (range: string) => `Cellules fusionnées ${range}\u00A0: seule la première cellule est lue\u00A0; défusionnez-les pour saisir une valeur par cellule.`,
  badPeriod: (start: number, end: number) => `La période ${start}–${end} ne couvre pas de 1 à 6 années entières\u00A0: l’année de fin est ignorée.`,
  axisTabRenamed: (tab: string, wanted: string) =>
    `L’onglet «\u00A0${tab}\u00A0» présente l’axe qui s’appellerait aujourd’hui «\u00A0${wanted}\u00A0»\u00A0: renommez l’onglet si vous le souhaitez.`,
  tabNameTaken: (tab: string, used: string) =>
    `L’onglet «\u00A0${tab}\u00A0» existe déjà et n’a pas été créé par le module\u00A0: il est laissé tel quel, l’onglet calculé s’appelle «\u00A0${used}\u00A0».`,
  keptValue: (typed: string, proposed: string) => `La saisie «\u00A0${typed}\u00A0» est conservée\u00A0; la convention proposait «\u00A0${proposed}\u00A0».`,
  typedOverFormula: (tab: string, value: string) =>
    `«\u00A0${value}\u00A0» était saisi à la place d’une formule de l’onglet calculé «\u00A0${tab}\u00A0»\u00A0: la formule est remise. Notez la valeur ailleurs si elle compte (hors du tableau calculé, ou dans un onglet saisi).`,
  generatedStale: (tab: string) =>
    `L’onglet «\u00A0${tab}\u00A0» n’est plus à jour (sa première cellule dit pourquoi)\u00A0: ses chiffres ne tiennent pas compte des dernières saisies. Déplacez la saisie qu’il signale, puis actualisez.`,
  generatedBlocked: (tab: string) =>
    `L’onglet «\u00A0${tab}\u00A0» n’est pas mis à jour\u00A0: son tableau calculé s’agrandit jusqu’à cette cellule, qui contient une saisie. Déplacez la saisie hors du tableau, puis actualisez.`,
  axisTabOrphan: (tab: string) =>
    `L’onglet «\u00A0${tab}\u00A0» ne correspond plus à aucun axe de l’onglet Axes\u00A0: il n’est plus mis à jour, supprimez-le si besoin.`,
  labelNotCounted: (value: string, label: string) =>
    `«\u00A0${value}\u00A0» est lu comme «\u00A0${label}\u00A0», mais les formules de l’onglet Contrôle ne le comptent pas tel qu’il est écrit\u00A0: choisissez «\u00A0${label}\u00A0» dans la liste.`,
  notANumber: (value: string) => `«\u00A0${value}\u00A0» n’est pas un nombre lisible.`,
};

/** The sentence that ends every long operation: "5 onglets créés, 16 fiches, 9 lignes budgétaires". */
export const frPlanCounts = {
  tabsCreated: (n: number) => `${n} onglet${n > 1 ? 's' : ''} créé${n > 1 ? 's' : ''}`,
  axes: (n: number) => `${n} axe${n > 1 ? 's' : ''}`,
  actions: (n: number) => `${n} fiche${n > 1 ? 's' : ''}`,
  budgetLines: (n: number) => `${n} ligne${n > 1 ? 's' : ''} budgétaire${n > 1 ? 's' : ''}`,
  columnsAdded: (n: number) => `${n} colonne${n > 1 ? 's' : ''} ajoutée${n > 1 ? 's' : ''}`,
  cellsFilled: (n: number) => `${n} cellule${n > 1 ? 's' : ''} complétée${n > 1 ? 's' : ''}`,
  generatedRefreshed: (n: number) => `${n} onglet${n > 1 ? 's' : ''} calculé${n > 1 ? 's' : ''} mis à jour`,
  nothing: 'Rien à changer\u00A0: le classeur est à jour.',
};

/** Messages of the .xlsx edge and of the workbook commands of `ctg`. */
export const frXlsx = {
  fileMissing: (f: string) => `Fichier introuvable\u00A0: ${f}`,
  unreadable: (f: string) =>
    `${f} n’est pas un classeur .xlsx lisible\u00A0: le fichier est abîmé ou enregistré dans un autre format (rouvrez-le et enregistrez-le au format Excel .xlsx).`,
  readOnly: (f: string) => `${f} est en lecture seule\u00A0: la commande ne le remplace pas. Retirez la lecture seule ou copiez le fichier, puis recommencez.`,
  exists: (f: string) => `${f} existe déjà\u00A0: choisissez un autre nom, la commande n’écrase jamais un classeur.`,
  written: (f: string, sentence: string) => `Classeur écrit\u00A0: ${f}\n${sentence}`,
  refreshed: (f: string, sentence: string) => `Classeur actualisé\u00A0: ${f}\n${sentence}`,
  upToDate: (f: string) => `${f}\u00A0: rien à changer, le classeur est à jour.`,
  needsOut: 'Indiquez le fichier à créer\u00A0: ctg init <convention.json> --out <classeur.xlsx>',
  needsWorkbook: (cmd: string) => `Indiquez le classeur\u00A0: ctg ${cmd} <classeur.xlsx>`,
  notCtg: (f: string) => `${f} n’est pas un classeur CTG\u00A0: aucun des onglets Convention, Axes, Actions ou Budget n’y figure (créez-le avec ctg init).`,
  notXlsx: (f: string) => `${f}\u00A0: le classeur doit être un fichier .xlsx.`,
  unknownOption: (o: string) => `Option inconnue\u00A0: ${o}`,
  optionNeedsValue: (o: string) => `L’option ${o} attend une valeur juste après elle (voir ctg --help).`,
  unexpected: (detail: string) => `Erreur inattendue\u00A0: ${detail}\nLe classeur n’a pas été modifié si l’erreur est survenue avant l’écriture.`,
  findingsOfPlan: 'Points à reprendre à la main\u00A0:',
  /** A printed page's footer; &P and &N are the page number and count (Excel and LibreOffice header codes). */
  pageFooter: 'Page &P / &N',
};

/** 50000 → "50 000" (narrow no-break space between thousands). */
const count = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '\u202F');

/** A plan Google Sheets would refuse: said before anything is written. */
export const frLimits = {
  cellTooLong: (length: number, max: number) =>
    `Ce texte compte ${count(length)} caractères\u00A0: une cellule Google Sheets en contient au plus ${count(max)}. Raccourcissez-le (dans le texte importé ou le fichier de la convention), puis recommencez.`,
  badTabName: (tab: string, why: string) =>
    `L’onglet «\u00A0${tab}\u00A0» ne peut pas être créé\u00A0: ${why} Raccourcissez ou corrigez l’intitulé dont il vient, puis recommencez.`,
  tabNameProblem: {
    empty: (_max: number) => 'son nom est vide.',
    'too-long': (max: number) => `un nom d’onglet compte au plus ${max} caractères.`,
    'forbidden-character': (_max: number) => 'un nom d’onglet ne peut contenir aucun des caractères [\u00A0]\u00A0*\u00A0?\u00A0/\u00A0\\\u00A0:.',
    apostrophe: (_max: number) => "un nom d’onglet ne peut ni commencer ni finir par une apostrophe droite (').",
  },
  tooManyColumns: (tab: string, columns: number, max: number) =>
    `L’onglet «\u00A0${tab}\u00A0» aurait ${count(columns)} colonnes\u00A0: Google Sheets en accepte au plus ${count(max)} par onglet.`,
  tooManyCells: (cells: number, max: number) =>
    `Le classeur compterait au moins ${count(cells)} cellules\u00A0: Google Sheets en accepte au plus ${count(max)} (tous onglets compris). Supprimez des lignes ou des colonnes vides, ou des onglets inutiles.`,
  /** The whole refusal: nothing written, then each finding at its place. */
  refused: (lines: string[]) => [`Rien n’a été écrit\u00A0: Google Sheets refuserait ces modifications.`, ...lines.map((l) => `– ${l}`)].join('\n'),
};
