// French text of the Google Sheets add-on: menu, sidebar, alerts, server messages.
import { NEW_SUMMARY, TEMPLATE_LEGEND } from './fr-summary';
import { counted, plural } from './fr-grammar';

export const frMenu = {
  openSidebar: 'Ouvrir le panneau CTG',
  initialize: 'Initialiser le classeur CTG…',
  check: 'Vérifier l’enveloppe CAF',
  refresh: 'Actualiser les onglets par axe',
  summary: 'Générer la synthèse (Google Docs)',
  bilan: 'Générer le bilan annuel…',
  help: 'Aide',
};

export const frAddon = {
  sidebarTitle: 'Classeur CTG',
  busy: 'Un autre co-éditeur est en train de modifier le classeur CTG. Rien n’a été modifié\u00A0: réessayez dans quelques secondes.',
  notInitialized: 'Ce classeur n’est pas encore un classeur CTG\u00A0: ouvrez le panneau CTG et remplissez le formulaire «\u00A0Créer le classeur\u00A0».',
  unexpected: (detail: string) => `Une erreur inattendue est survenue\u00A0: ${detail}`,
  invalidArgument: (detail: string) => `Demande invalide\u00A0: ${detail}`,
  initDone: (planSentence: string) => `Classeur CTG créé\u00A0: ${planSentence}`,
  refreshDone: (planSentence: string) => `Onglets actualisés\u00A0: ${planSentence}`,
  /** Kept here rather than in frImportPanel so the server does not bundle the whole import panel's text. */
  importDone: (planSentence: string) => `Import écrit dans le classeur\u00A0: ${planSentence}`,
  /** The typed cells an import kept although the text says otherwise (at most 10 named, then a count). */
  importKept: (cells: string[]) => {
    const shown = cells
      .slice(0, 10)
      .map((c) => `\n• ${c}`)
      .join('');
    const more = cells.length > 10 ? `\n… et ${counted(cells.length - 10, 'autre')}.` : '';
    const n = cells.length;
    return `${counted(n, 'cellule saisie gardée, différente', 'cellules saisies gardées, différentes')} du texte importé (${plural(n, 'corrigez-la', 'corrigez-les')} à la main si le texte a raison)\u00A0:${shown}${more}`;
  },
  nothingToDo: 'Rien à modifier\u00A0: le classeur est à jour.',
  checkDone: (errors: number, warnings: number) =>
    errors + warnings === 0
      ? 'Contrôle terminé\u00A0: aucune anomalie.'
      : `Contrôle terminé\u00A0: ${counted(errors, 'erreur')}, ${counted(warnings, 'point d’attention', 'points d’attention')}.`,
  checkAlertTitle: 'Contrôle de l’enveloppe CAF',
  unknownTab: (sheet: string) => `L’onglet «\u00A0${sheet}\u00A0» n’existe plus dans ce classeur.`,
  badCell: (cell: string) => `«\u00A0${cell}\u00A0» n’est pas une référence de cellule.`,
  moreFindings: (n: number) => `… et ${counted(n, 'autre')}\u00A0: voir le panneau CTG.`,
  summaryReady: (url: string) => `Synthèse prête\u00A0: ${url}`,
  checkLine: (year: number, status: string, allocated: string, envelope: string, delta: string) =>
    `${year}\u00A0: ${status} — alloué CAF ${allocated} pour ${envelope} (écart ${delta})`,
  helpTitle: 'Aide — Classeur CTG',
  helpText: [
    '1. Ouvrez le panneau CTG (menu Extensions › Classeur CTG › Ouvrir le panneau CTG).',
    '2. Remplissez le formulaire\u00A0: territoire, signataires, période et enveloppe CAF par année, puis «\u00A0Créer le classeur\u00A0».',
    '3. Saisissez les fiches actions (onglet Actions) et les lignes budgétaires (onglet Budget).',
    '4. «\u00A0Vérifier l’enveloppe CAF\u00A0» compare, pour chaque année, les lignes CAF à l’enveloppe\u00A0; cliquez une anomalie pour aller à la cellule.',
    '5. «\u00A0Actualiser les onglets par axe\u00A0» régénère les onglets dérivés sans toucher à ce que vous avez saisi.',
  ].join('\n'),
};

/** Sidebar labels. */
// Labels of the first-run form that the server's messages quote too. Plain constants shared
// by both objects, so that Code.js bundles these labels without the rest of the sidebar's text.
const TERRITORY = 'Territoire';
const START_YEAR = 'Année de début';
const END_YEAR = 'Année de fin';
const envelopeFor = (year: number) => `Enveloppe CAF ${year}`;

export const frFormLabels = { territory: TERRITORY, startYear: START_YEAR, endYear: END_YEAR, envelopeFor };

export const frSidebar = {
  loading: 'Chargement…',
  working: 'Traitement en cours…',
  firstRunTitle: 'Créer le classeur CTG',
  firstRunIntro: 'Quelques informations suffisent\u00A0; le reste se saisit dans les onglets.',
  name: 'Nom de la convention',
  namePlaceholder: 'CTG …',
  territory: TERRITORY,
  signatoryLegend: (n: number) => `Signataire ${n}`,
  signatoryName: 'Nom',
  signatoryRole: 'Rôle',
  addSignatory: 'Ajouter un signataire',
  removeSignatory: 'Retirer',
  startYear: START_YEAR,
  endYear: END_YEAR,
  envelopes: 'Enveloppe CAF par année',
  envelopeFor,
  create: 'Créer le classeur',
  envelopeTitle: 'Enveloppe CAF',
  yearCols: ['Année', 'Enveloppe', 'Alloué CAF', 'Écart'],
  statusCol: 'Statut',
  total: 'Total',
  noYears: 'Période incomplète\u00A0: renseignez les années de début et de fin dans l’onglet Convention.',
  findingsTitle: (n: number) => `À corriger (${n})`,
  noFindings: 'Aucune anomalie.',
  deltaOf: (amount: string) => `de ${amount}`,
  check: 'Vérifier',
  refresh: 'Actualiser',
  summary: 'Générer la synthèse',
  import: 'Importer un texte…',
  openDoc: 'Ouvrir la synthèse Google Docs',
  newSummary: NEW_SUMMARY,
  newSummaryHelp:
    'Si la synthèse ne s’ouvre pas avec votre compte\u00A0: un nouveau document, à vous, que le classeur indiquera désormais à tous ses co-éditeurs.',
  templateLegend: TEMPLATE_LEGEND,
  templateHelp: 'Lien d’un Google Doc contenant {{territoire}}, {{periode}}, {{tableau_budget}}… Laissez vide pour la mise en page par défaut.',
  templateLabel: 'Lien du modèle Google Docs',
  templateSave: 'Enregistrer le modèle',
  summaryDone: (created: boolean, unknownPlaceholders: string[]) =>
    `${created ? 'Synthèse créée dans Google Docs.' : 'Synthèse mise à jour dans le même document Google Docs.'}` +
    (unknownPlaceholders.length ? ` Repères inconnus laissés tels quels dans le modèle\u00A0: ${unknownPlaceholders.join(', ')}.` : ''),
  goToCell: (where: string) => `Aller à ${where}`,
  periodLine: (start?: number, end?: number) => (start && end ? `${start}–${end}` : 'période à préciser'),
  errorPrefix: 'Erreur\u00A0: ',
  bilanLegend: 'Bilan annuel',
  bilanYear: 'Année du bilan',
  bilanGenerate: 'Générer le bilan',
  bilanHelp:
    'Chiffres clés, avancement des fiches, prévu et réalisé, indicateurs et décisions de l’année, dans un Google Doc par année (mis à jour à chaque génération).',
  bilanOpen: (year: number) => `Ouvrir le bilan ${year}`,
  bilanDone: (year: number, created: boolean) =>
    created ? `Bilan ${year} créé dans Google Docs.` : `Bilan ${year} mis à jour dans le même document Google Docs.`,
  // ---- issue 13: the first-run form's proposal, its limits, the panel at 300 px ----
  /** "3 onglets déjà saisis\u00a0: 6 axes, 16 fiches, 9 lignes" (the counts that are zero are left out). */
  typedTabs: (t: { tabs: number; axes: number; actions: number; lines: number }) => {
    const parts = [
      t.axes ? `${t.axes}\u00a0${plural(t.axes, 'axe', 'axes')}` : '',
      t.actions ? `${t.actions}\u00a0${plural(t.actions, 'fiche', 'fiches')}` : '',
      t.lines ? `${t.lines}\u00a0${plural(t.lines, 'ligne', 'lignes')}` : '',
    ].filter(Boolean);
    return `${t.tabs}\u00a0${plural(t.tabs, 'onglet déjà saisi', 'onglets déjà saisis')}${parts.length ? `\u00a0: ${parts.join(', ')}` : ''}. Ils sont gardés tels quels.`;
  },
  periodFromBudget: 'Période proposée d’après les colonnes d’années de l’onglet Budget.',
  optionalLater: 'Facultatif\u00a0: peut aussi se compléter plus tard dans l’onglet Convention.',
  periodTooLong: (years: number, max: number) =>
    `Cette période couvre ${years} années\u00a0; une convention en compte ${max} au plus. Les enveloppes restent celles de la période précédente tant que la période n’est pas corrigée.`,
  periodReversed: 'L’année de fin doit être au moins l’année de début.',
  notAYear: (label: string, value: string) => `${label}\u00a0: «\u00a0${value}\u00a0» n’est pas une année (par exemple 2023).`,
  envelopesFollow: 'Les années suivantes reprennent le montant de la première tant que vous ne les modifiez pas.',
  creating: 'Création du classeur en cours…',
  checking: 'Vérification de l’enveloppe CAF en cours…',
  refreshing: 'Actualisation des onglets par axe en cours…',
  summarizing: 'Écriture de la synthèse dans Google Docs en cours…',
  bilanWriting: (year: number) => `Écriture du bilan ${year} dans Google Docs en cours…`,
  templateSaving: 'Enregistrement du modèle en cours…',
  reading: 'Lecture du texte en cours…',
  importing: 'Écriture de l’import dans le classeur en cours…',
  selecting: 'Sélection de la cellule…',
  /** "Vérifié à 14 h 32". */
  checkedAt: (hours: number, minutes: number) => `Vérifié à ${hours}\u00a0h\u00a0${String(minutes).padStart(2, '0')}`,
  changedSince: 'Le classeur a été modifié depuis\u00a0: ces chiffres ne sont peut-être plus à jour.',
  recheck: 'Vérifier à nouveau',
  severityGroup: (severity: 'error' | 'warning' | 'info', n: number) =>
    severity === 'error'
      ? `${n}\u00a0${plural(n, 'erreur', 'erreurs')}`
      : severity === 'warning'
        ? `${n}\u00a0${plural(n, 'point d’attention', 'points d’attention')}`
        : `${n}\u00a0${plural(n, 'information', 'informations')}`,
  tabGroup: (tab: string) => `Onglet ${tab}`,
  showMore: (n: number) => (n === 1 ? 'Afficher l’autre' : `Afficher les ${n} autres`),
};

/** The core's Severity, spelled out (i18n imports nothing). */

/** Validation messages of the first-run form, naming the field. */
export const frForm = {
  required: (field: string) => `${field}\u00A0: ce champ est obligatoire.`,
  year: (field: string, value: string) => `${field}\u00A0: «\u00A0${value}\u00A0» n’est pas une année (par exemple 2023).`,
  period: (maxYears: number) => `La période doit couvrir de 1 à ${maxYears} années, l’année de fin étant au moins l’année de début.`,
  amount: (field: string, detail: string) => `${field}\u00A0: ${detail}`,
  signatoryMissing: 'Indiquez au moins un signataire.',
};

/** The local preview page (npm run preview). */
export const frPreview = {
  title: 'Aperçu local — Classeur CTG',
  intro: 'Le panneau CTG (à gauche) appelle le même code serveur que dans Google Sheets, sur un classeur en mémoire (à droite).',
  sidebarFrame: 'Panneau CTG',
  workbookFrame: 'Classeur en mémoire',
  reset: 'Recommencer avec\u00A0:',
  modes: { empty: 'un classeur vide', typed: 'l’exemple 001 (onglets Axes, Actions, Budget saisis)', full: 'l’exemple 001 complet' },
  edit: 'Modifier une cellule',
  sheet: 'Onglet',
  cell: 'Cellule',
  value: 'Valeur',
  save: 'Enregistrer',
  noTabs: 'Le classeur est vide.',
  selected: (where: string) => `Cellule sélectionnée\u00A0: ${where}`,
  templateUnavailable: 'Les modèles Google Docs ne s’utilisent que dans Google Sheets\u00A0: l’aperçu local écrit la synthèse par défaut.',
  noSummaryYet: 'Aucune synthèse pour l’instant\u00A0: cliquez «\u00A0Générer la synthèse\u00A0» dans le panneau.',
  badCell: (cell: string) => `«\u00A0${cell}\u00A0» n’est pas une référence de cellule (par exemple H3).`,
  unknownTab: (sheet: string) => `L’onglet «\u00A0${sheet}\u00A0» n’existe pas.`,
  listening: (url: string) => `Aperçu du Classeur CTG\u00A0: ${url}`,
  badPort: (value: string) => `Port invalide\u00A0: «\u00A0${value}\u00A0».`,
};
