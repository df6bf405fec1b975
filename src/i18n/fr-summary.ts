// French text of the convention summary and of the fiches actions (documents,
// Google Docs titles, `ctg summary` messages).
import { STATUS_ICON, YEAR_STATUS_LABEL, severityWords } from './fr-domain';
import { HEADER } from './fr-workbook';

export const frSummary = {
  // French typography: a no-break space before « : » and inside guillemets, so they never start a line.
  /** A bold field label before its value: « Territoire : ». */
  label: (name: string) => `${name}\u00A0: `,
  /** A label announcing a list: « Objectifs : ». */
  listLabel: (name: string) => `${name}\u00A0:`,
  /** Author shown in the .docx properties. */
  creator: 'Classeur CTG',
  documentTitle: (name: string) => `Synthèse — ${name}`,
  subtitle: (territory: string, period: string) => `${territory} · ${period}`,
  periodLabel: 'Période',
  periodRange: (start: number, end: number) => `${start}–${end}`,
  periodFrom: (start: number) => `à partir de ${start}`,
  periodUntil: (end: number) => `à l’horizon ${end}`,
  periodUnknown: 'période non renseignée',
  territoryLabel: 'Territoire',
  signatureDateLabel: 'Date de signature',
  coordinatorLabel: HEADER.fields.coordinator,

  signatoriesHeading: 'Signataires',
  noSignatories: 'Aucun signataire renseigné.',
  signatory: (name: string, role: string) => `${name} (${role})`,

  axesHeading: 'Axes et fiches actions',
  axisHeading: (typeLabel: string, index: number, title: string) => `${typeLabel} ${index} — ${title}`,
  themesLabel: 'Thématiques',
  objectivesLabel: 'Objectifs stratégiques',
  noObjectives: 'Aucun objectif renseigné.',
  noActions: 'Aucune fiche action rattachée.',
  actionsWithoutAxisHeading: 'Fiches actions sans axe',
  actionTableHeader: ['N°', 'Intitulé', 'Pilote', 'Échéance', 'Statut'],
  notFilled: 'non renseigné',

  budgetHeading: 'Financement',
  budgetIntro: 'Montants par bénéficiaire et par année, tels que saisis dans l’onglet Budget.',
  budgetHeader: (years: number[]) => ['Bénéficiaire', 'Équipement', 'Financeur', ...years.map(String), 'Total'],
  budgetTotalCaf: 'Total CAF',
  budgetTotalAll: 'Total tous financeurs',
  byBeneficiaryHeading: 'Total par bénéficiaire (tous financeurs)',
  byFunderHeading: 'Total par financeur',
  beneficiaryColumn: 'Bénéficiaire',
  funderColumn: 'Financeur',
  totalColumn: 'Total',
  noBudget: 'Aucune ligne budgétaire.',
  unreadable: (raw: string) => `«\u00A0${raw}\u00A0» (illisible)`,

  envelopeHeading: 'Contrôle de l’enveloppe CAF',
  envelopeHeader: ['Année', 'Enveloppe CAF', 'Alloué CAF', 'Écart', 'Statut'],
  envelopeTotalRow: 'Total période',
  noYears: 'La période est incomplète\u00A0: le contrôle par année n’est pas possible.',
  yearSentence: {
    balanced: (year: number, allocated: string, envelope: string) =>
      `${year}\u00A0: les lignes CAF (${allocated}) correspondent à l’enveloppe de ${envelope} — équilibré.`,
    over: (year: number, allocated: string, envelope: string, delta: string) =>
      `${year}\u00A0: les lignes CAF (${allocated}) dépassent l’enveloppe de ${envelope} — dépassement de ${delta}.`,
    under: (year: number, allocated: string, envelope: string, delta: string) =>
      `${year}\u00A0: les lignes CAF (${allocated}) sont inférieures à l’enveloppe de ${envelope} — reste à répartir ${delta}.`,
    missing: (year: number, allocated: string) => `${year}\u00A0: aucune enveloppe CAF saisie (alloué CAF ${allocated}) — enveloppe manquante.`,
    incomplete: (year: number) => `${year}\u00A0: total CAF incomplet — des montants du budget ne sont pas lisibles, l’équilibre n’est pas vérifié.`,
  },
  totalSentence: (status: string, allocated: string, envelope: string) =>
    `Sur toute la période\u00A0: ${allocated} alloués pour une enveloppe de ${envelope} — ${status}.`,

  findingsHeading: 'Points à corriger ou à vérifier',
  noFindings: 'Aucune anomalie\u00A0: le classeur est cohérent.',
  finding: (severity: 'error' | 'warning' | 'info', where: string, message: string) => `${severityWords(severity)} — ${where}\u00A0: ${message}`,

  /** Foot of each page: the convention and the day the document was made. */
  pageFooter: (name: string, date: string) => `${name} · synthèse du ${date}`,
  /** After the footer, on the right: « Page 3 / 12 » (the renderer puts the numbers). */
  pageWord: 'Page',
  pageOf: '/',
  generatedOn: (date: string) => `Document généré le ${date} à partir du classeur CTG.`,
  spreadsheetLink: 'Ouvrir le classeur',

  templateBadLink: (input: string) =>
    `«\u00A0${input}\u00A0» n’est pas un lien vers un document Google Docs (il ressemble à https://docs.google.com/document/d/…/edit).`,
  templateSet: (name: string) => `Modèle de synthèse enregistré\u00A0: «\u00A0${name}\u00A0». La prochaine synthèse suivra sa mise en page.`,
  templateCleared: 'Plus de modèle\u00A0: la synthèse reprend la mise en page par défaut.',
  // A document belongs to whoever created it: Docs cannot tell "deleted" from "not shared with you".
  templateUnavailable: (link: string) =>
    `Le modèle de synthèse (${link}) ne s’ouvre pas avec votre compte Google\u00A0: il a été supprimé, ou la personne à qui il appartient ne l’a pas partagé avec vous. ` +
    `Demandez-lui de vous le partager (la lecture suffit), ou collez le lien d’un autre modèle dans «\u00A0${TEMPLATE_LEGEND}\u00A0» du panneau CTG, ou videz ce lien et enregistrez pour revenir à la mise en page par défaut.`,
  documentUnavailable: (link: string) =>
    `La synthèse de ce classeur (${link}) ne s’ouvre pas avec votre compte Google\u00A0: elle a été supprimée, ou la personne à qui elle appartient ne l’a pas partagée avec vous. ` +
    `Rien n’a été modifié. Demandez-lui de vous la partager en modification, puis recommencez\u00A0; ou cliquez «\u00A0${NEW_SUMMARY}\u00A0» dans le panneau CTG\u00A0: ` +
    `le classeur renverra alors tous ses co-éditeurs vers ce nouveau document, qui vous appartiendra.`,
} as const;

/** The sidebar's second summary action, named in the message above. */
export const NEW_SUMMARY = 'Créer une nouvelle synthèse';
/** The sidebar's template section, named in the template message. */
export const TEMPLATE_LEGEND = 'Modèle de synthèse (facultatif)';

/** Short status words for the envelope table, icon + word (never colour alone). */
export const SUMMARY_STATUS = Object.fromEntries(
  (Object.keys(YEAR_STATUS_LABEL) as (keyof typeof YEAR_STATUS_LABEL)[]).map((s) => [
    s,
    `${STATUS_ICON[s]} ${YEAR_STATUS_LABEL[s][0].toUpperCase()}${YEAR_STATUS_LABEL[s].slice(1)}`,
  ]),
) as Record<keyof typeof YEAR_STATUS_LABEL, string>;

/** The fiches actions (`ctg summary --action`), apart so the add-on's bundle leaves them out. */
export const frFiche = {
  fichesTitle: (name: string) => `Fiches actions — ${name}`,
  ficheTitle: (id: string, title: string) => `Fiche action ${id} — ${title}`,
  /** A fiche's fields are named as the Actions tab's headers name them. */
  ficheFields: {
    axis: HEADER.actions.axisId,
    themes: HEADER.actions.themes,
    objectives: HEADER.actions.objectives,
    context: HEADER.actions.context,
    description: HEADER.actions.description,
    audience: HEADER.actions.audience,
    territory: HEADER.actions.territory,
    lead: HEADER.actions.lead,
    partners: HEADER.actions.partners,
    means: HEADER.actions.means,
    schedule: HEADER.actions.schedule,
    status: HEADER.actions.status,
  },
  indicatorsHeading: 'Indicateurs',
  indicatorHeader: ['Indicateur', 'Valeur de référence', 'Cible', 'Unité'],
  noIndicators: 'Aucun indicateur renseigné.',
  ficheBudgetHeading: 'Lignes budgétaires liées',
  noFicheBudget: 'Aucune ligne budgétaire liée à cette fiche.',
  unknownAction: (id: string, known: string) => `Fiche action «\u00A0${id}\u00A0» introuvable. Fiches connues\u00A0: ${known}.`,
  noAxis: 'sans axe',
};

/** Placeholders of a user template: name → what it is replaced by (shown in the README and the sidebar help). */
export const frTemplate = {
  territoire: 'le territoire',
  convention: 'le nom de la convention',
  periode: 'la période, par exemple 2023–2025',
  signataires: 'les signataires, séparés par des virgules',
  enveloppe_annuelle: 'l’enveloppe CAF annuelle (ou par année si elle varie)',
  enveloppe_totale: 'l’enveloppe CAF sur toute la période',
  alloue_total: 'le total alloué CAF sur toute la période',
  statut_enveloppe: 'le statut du contrôle sur toute la période',
  date_generation: 'la date de génération',
  date_signature: 'la date de signature',
  nombre_actions: 'le nombre de fiches actions',
  tableau_budget: 'bloc\u00A0: le tableau de financement (seul dans son paragraphe)',
  tableau_enveloppe: 'bloc\u00A0: le tableau du contrôle de l’enveloppe (seul dans son paragraphe)',
  liste_actions: 'bloc\u00A0: le tableau des fiches actions (seul dans son paragraphe)',
} as const;

/** Messages of `ctg summary` and of the add-on's summary action. */
export const frSummaryCli = {
  usage: 'Usage\u00A0: ctg summary <classeur.xlsx|convention.json> --out <fichier.docx|fichier.md> [--action FA07 | --actions]',
  missingInput: 'Indiquez le classeur à résumer\u00A0: ctg summary <classeur.xlsx> --out synthese.docx',
  missingOut: 'Indiquez le fichier à écrire avec --out, par exemple --out synthese.docx',
  badExtension: (file: string) => `«\u00A0${file}\u00A0»\u00A0: l’extension doit être .docx ou .md.`,
  extraArgument: (a: string) => `Argument en trop\u00A0: «\u00A0${a}\u00A0».`,
  unsupportedInput: (file: string) => `«\u00A0${file}\u00A0»\u00A0: seuls les classeurs .xlsx et les conventions .json sont acceptés.`,
  written: (file: string) => `Synthèse écrite\u00A0: ${file}`,
  writtenWithErrors: (n: number) =>
    `Attention\u00A0: le classeur compte ${n === 1 ? 'une erreur' : `${n} erreurs`}\u00A0; la synthèse ${n === 1 ? 'la signale' : 'les signale'} dans «\u00A0Points à corriger ou à vérifier\u00A0». Voir ctg check pour le détail.`,
  outExists: (file: string) => `${file} existe déjà\u00A0: choisissez un autre nom, la commande n’écrase jamais un document.`,
  unknownPlaceholders: (names: string[]) => `Champs inconnus dans le modèle, laissés tels quels\u00A0: ${names.join(', ')}.`,
};
