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
    coordinator: 'Chargé(e) de coopération',
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
  noYears: 'Période incomplète : renseignez les années de début et de fin dans l’onglet Convention.',
  byAxisTitle: 'Par axe (tous financeurs)',
  axisHeader: ['Axe', 'Intitulé'],
  noAxis: 'Sans axe',
  byFunderTitle: 'Par financeur',
  funderHeader: ['Financeur', ''],
  findingsTitle: 'Dernière vérification',
  /** Written in Contrôle's first cell while a typed cell keeps it from being rewritten. */
  stalePrefix: '⚠ Contrôle n’est plus à jour',
  staleNotice: (cell: string, since: string | undefined) =>
    `⚠ Contrôle n’est plus à jour${since ? ` depuis la vérification du ${since}` : ''} : la cellule ${cell} contient une saisie là où son tableau doit s’étendre. Déplacez-la, puis actualisez.`,
  /** The time part of a checkedAt line ("30/11/2026 à 09:15"), found again in the tab. */
  checkedAtPattern: /^Dernière vérification : (\d{2}\/\d{2}\/\d{4} à \d{2}:\d{2})$/,
  /** "Dernière vérification : 30/11/2026 à 09:15", in the time zone of the script (Apps Script) or of the machine (ctg). */
  checkedAt: (d: Date) => {
    const two = (n: number) => String(n).padStart(2, '0');
    return `Dernière vérification : ${two(d.getDate())}/${two(d.getMonth() + 1)}/${d.getFullYear()} à ${two(d.getHours())}:${two(d.getMinutes())}`;
  },
  findingsHeader: ['Cellule', 'Message', 'Gravité'],
  noFindings: 'Aucune anomalie.',
  axisObjectives: 'Objectifs stratégiques',
  axisThemes: 'Thématiques',
  axisActionsHeader: ['Fiche action', 'Intitulé', 'Statut'],
  noActions: 'Aucune fiche action rattachée à cet axe.',
  headerProtection: 'En-têtes du classeur CTG : modifiez-les avec précaution, le module les utilise pour retrouver les colonnes.',
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
    `Onglet « ${tab} » introuvable (renommé ou supprimé ?) : redonnez-lui son nom « ${tab} » ; l’actualisation ne recrée pas un onglet saisi.`,
  typedTabRenamed: (tab: string, wanted: string) =>
    `L’onglet « ${tab} » est lu comme l’onglet « ${wanted} » (ses en-têtes sont les siens) : renommez-le « ${wanted} ».`,
  missingColumn: (tab: string, header: string) =>
    `Colonne « ${header} » introuvable dans l’onglet ${tab} (en-tête renommé ou supprimé ?) : redonnez l’en-tête « ${header} » à la colonne.`,
  missingField: (label: string) => `Ligne « ${label} » introuvable dans l’onglet Convention.`,
  errorCell: (value: string) => `La cellule contient une erreur de calcul (${value}) : elle est ignorée.`,
  notAYear: (value: string) => `« ${value} » n'est pas une année (quatre chiffres, par exemple 2023).`,
  notADate: (value: string) => `« ${value} » n'est pas une date lisible (écrivez par exemple 30/11/2022).`,
  unknownLabel: (value: string, allowed: string[], fallback: string) =>
    `« ${value} » n'est pas une valeur connue (${allowed.join(', ')}) : lue comme « ${fallback} ».`,
  unreadableMoney: (detail: string) => `${detail} La valeur est ignorée.`,
  amountAsText: (value: string) =>
    `« ${value} » est saisi comme du texte : le montant est lu, mais les formules de l’onglet Contrôle ne le comptent pas tant qu’il n’est pas saisi comme un nombre.`,
  totalRow: (row: number) =>
    `Ligne ${row} ignorée : c’est une ligne de total saisie à la main, pas une ligne du budget (les totaux sont calculés dans l’onglet Contrôle).`,
  commentRow: (row: number) => `Ligne ${row} ignorée : elle ne contient qu’un commentaire, sans identifiant.`,
  merged: (range: string) => `Cellules fusionnées ${range} : seule la première cellule est lue ; défusionnez-les pour saisir une valeur par cellule.`,
  badPeriod: (start: number, end: number) => `La période ${start}–${end} ne couvre pas de 1 à 6 années entières : l’année de fin est ignorée.`,
  axisTabRenamed: (tab: string, wanted: string) =>
    `L’onglet « ${tab} » présente l’axe qui s’appellerait aujourd’hui « ${wanted} » : renommez l’onglet si vous le souhaitez.`,
  tabNameTaken: (tab: string, used: string) =>
    `L’onglet « ${tab} » existe déjà et n’a pas été créé par le module : il est laissé tel quel, l’onglet calculé s’appelle « ${used} ».`,
  keptValue: (typed: string, proposed: string) => `La saisie « ${typed} » est conservée ; la convention proposait « ${proposed} ».`,
  typedOverFormula: (tab: string, value: string) =>
    `« ${value} » était saisi à la place d’une formule de l’onglet calculé « ${tab} » : la formule est remise. Notez la valeur ailleurs si elle compte (hors du tableau calculé, ou dans un onglet saisi).`,
  generatedStale: (tab: string) =>
    `L’onglet « ${tab} » n’est plus à jour (sa première cellule dit pourquoi) : ses chiffres ne tiennent pas compte des dernières saisies. Déplacez la saisie qu’il signale, puis actualisez.`,
  generatedBlocked: (tab: string) =>
    `L’onglet « ${tab} » n’est pas mis à jour : son tableau calculé s’agrandit jusqu’à cette cellule, qui contient une saisie. Déplacez la saisie hors du tableau, puis actualisez.`,
  axisTabOrphan: (tab: string) => `L’onglet « ${tab} » ne correspond plus à aucun axe de l’onglet Axes : il n’est plus mis à jour, supprimez-le si besoin.`,
  labelNotCounted: (value: string, label: string) =>
    `« ${value} » est lu comme « ${label} », mais les formules de l’onglet Contrôle ne le comptent pas tel qu’il est écrit : choisissez « ${label} » dans la liste.`,
  notANumber: (value: string) => `« ${value} » n'est pas un nombre lisible.`,
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
  nothing: 'Rien à changer : le classeur est à jour.',
};

/** Messages of the .xlsx edge and of the workbook commands of `ctg`. */
export const frXlsx = {
  fileMissing: (f: string) => `Fichier introuvable : ${f}`,
  unreadable: (f: string) =>
    `${f} n'est pas un classeur .xlsx lisible : le fichier est abîmé ou enregistré dans un autre format (rouvrez-le et enregistrez-le au format Excel .xlsx).`,
  readOnly: (f: string) => `${f} est en lecture seule : la commande ne le remplace pas. Retirez la lecture seule ou copiez le fichier, puis recommencez.`,
  exists: (f: string) => `${f} existe déjà : choisissez un autre nom, la commande n'écrase jamais un classeur.`,
  written: (f: string, sentence: string) => `Classeur écrit : ${f}\n${sentence}`,
  refreshed: (f: string, sentence: string) => `Classeur actualisé : ${f}\n${sentence}`,
  upToDate: (f: string) => `${f} : rien à changer, le classeur est à jour.`,
  needsOut: 'Indiquez le fichier à créer : ctg init <convention.json> --out <classeur.xlsx>',
  needsWorkbook: (cmd: string) => `Indiquez le classeur : ctg ${cmd} <classeur.xlsx>`,
  notCtg: (f: string) => `${f} n'est pas un classeur CTG : aucun des onglets Convention, Axes, Actions ou Budget n'y figure (créez-le avec ctg init).`,
  notXlsx: (f: string) => `${f} : le classeur doit être un fichier .xlsx.`,
  unknownOption: (o: string) => `Option inconnue : ${o}`,
  optionNeedsValue: (o: string) => `L’option ${o} attend une valeur juste après elle (voir ctg --help).`,
  unexpected: (detail: string) => `Erreur inattendue : ${detail}\nLe classeur n'a pas été modifié si l'erreur est survenue avant l'écriture.`,
  findingsOfPlan: 'Points à reprendre à la main :',
  /** A printed page's footer; &P and &N are the page number and count (Excel and LibreOffice header codes). */
  pageFooter: 'Page &P / &N',
};

/** 50000 → "50 000" (narrow no-break space between thousands). */
const count = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '\u202F');

/** A plan Google Sheets would refuse: said before anything is written. */
export const frLimits = {
  cellTooLong: (length: number, max: number) =>
    `Ce texte compte ${count(length)} caractères : une cellule Google Sheets en contient au plus ${count(max)}. Raccourcissez-le (dans le texte importé ou le fichier de la convention), puis recommencez.`,
  badTabName: (tab: string, why: string) =>
    `L’onglet « ${tab} » ne peut pas être créé : ${why} Raccourcissez ou corrigez l’intitulé dont il vient, puis recommencez.`,
  tabNameProblem: {
    empty: (_max: number) => 'son nom est vide.',
    'too-long': (max: number) => `un nom d’onglet compte au plus ${max} caractères.`,
    'forbidden-character': (_max: number) => 'un nom d’onglet ne peut contenir aucun des caractères [ ] * ? / \\ :.',
    apostrophe: (_max: number) => "un nom d’onglet ne peut ni commencer ni finir par une apostrophe droite (').",
  },
  tooManyColumns: (tab: string, columns: number, max: number) =>
    `L’onglet « ${tab} » aurait ${count(columns)} colonnes : Google Sheets en accepte au plus ${count(max)} par onglet.`,
  tooManyCells: (cells: number, max: number) =>
    `Le classeur compterait au moins ${count(cells)} cellules : Google Sheets en accepte au plus ${count(max)} (tous onglets compris). Supprimez des lignes ou des colonnes vides, ou des onglets inutiles.`,
  /** The whole refusal: nothing written, then each finding at its place. */
  refused: (lines: string[]) => [`Rien n’a été écrit : Google Sheets refuserait ces modifications.`, ...lines.map((l) => `– ${l}`)].join('\n'),
};
