// French text of the bilan annuel (the yearly review for the comité de pilotage):
// the document, its chart, `ctg bilan` and the add-on's bilan panel.

/** A French number as people write it: 1 234,5 (narrow no-break space between thousands). */
export const frNumber = (n: number) => {
  const [whole, decimals] = String(Math.abs(Math.round(n * 100) / 100)).split('.');
  const grouped = whole.length > 4 ? whole.replace(/\B(?=(\d{3})+(?!\d))/g, '\u202F') : whole;
  return `${n < 0 ? '-' : ''}${grouped}${decimals ? `,${decimals}` : ''}`;
};

/** A value with its unit: « 45 % », « 12 places ». */
const withUnit = (n: number, unit?: string) => (unit && unit.trim() ? `${frNumber(n)}\u00A0${unit.trim()}` : frNumber(n));

export const frBilan = {
  documentName: (year: number, name: string) => `Bilan ${year} — ${name}`,
  title: (year: number) => `Bilan annuel ${year}`,
  /** Foot of each page: the convention, the year reviewed and the day the document was made. */
  pageFooter: (name: string, year: number, date: string) => `${name} · bilan ${year} du ${date}`,
  subtitle: (name: string, territory: string, period: string) => `${name} · ${territory} · ${period}`,
  provisional: (year: number) =>
    `L’année ${year} n’est pas terminée\u00A0: ce bilan est provisoire, les chiffres de l’année s’arrêtent à ce qui est saisi aujourd’hui.`,

  keyFiguresHeading: 'Chiffres clés',
  keyFiguresHeader: (year: number) => [String(year), 'Lignes CAF', 'Tous financeurs'],
  envelopeRow: 'Enveloppe CAF',
  plannedRow: 'Prévu',
  realisedRow: 'Réalisé',
  rateRow: 'Taux de réalisation',
  gapRow: 'Écart réalisé − prévu',
  notEntered: 'non saisi',
  notApplicable: '',
  cafSentence: (year: number, rate: string, realised: string, planned: string) =>
    `En ${year}, les lignes CAF sont réalisées à ${rate}\u00A0: ${realised} pour ${planned} prévus.`,
  cafNothing: (year: number) => `Aucun réalisé n’est saisi pour les lignes CAF en ${year}\u00A0: le taux de réalisation n’est pas encore connu.`,
  chartTitle: 'Lignes CAF\u00A0: prévu et réalisé par année',
  chartCaption: 'Prévu et réalisé des lignes CAF, année par année (réalisé saisi dans l’onglet Réalisé).',

  missingHeading: 'Ce qui manque',
  nothingMissing: (year: number) => `Rien ne manque\u00A0: réalisé, suivi des fiches et indicateurs sont saisis pour ${year}.`,
  noRealisedAtAll: (year: number) => `Aucun réalisé n’est saisi pour ${year} (onglet Réalisé)\u00A0: les taux de réalisation ne peuvent pas être calculés.`,
  linesWithoutRealised: (year: number, lines: string[]) =>
    `${lines.length === 1 ? '1 ligne budgétaire n’a' : `${lines.length} lignes budgétaires n’ont`} pas de réalisé ${year} (onglet Réalisé)\u00A0: ${lines.join(', ')}.`,
  fichesWithoutFollowUp: (year: number, ids: string[]) =>
    `${ids.length === 1 ? '1 fiche action n’a' : `${ids.length} fiches actions n’ont`} pas de ligne de suivi ${year} (onglet Suivi)\u00A0: ${ids.join(', ')}\u00A0; leur statut est celui de l’onglet Actions.`,
  indicatorsWithoutValue: (year: number, labels: string[]) =>
    `${labels.length === 1 ? '1 indicateur n’a' : `${labels.length} indicateurs n’ont`} pas de valeur ${year} (onglet Indicateurs)\u00A0: ${labels.join('\u00A0; ')}.`,
  noIndicators: 'Aucun indicateur n’est défini (onglet Indicateurs)\u00A0: l’atteinte des objectifs ne peut pas être mesurée.',
  noEnvelope: (year: number) => `L’enveloppe CAF ${year} n’est pas saisie (onglet Convention).`,
  lineName: (id: string, beneficiary: string) => (beneficiary ? `${id} (${beneficiary})` : id),

  fichesHeading: 'Avancement des fiches actions',
  ficheHeader: ['N°', 'Intitulé', 'Statut', 'Avancement', 'Commentaire', 'Points de vigilance'],
  statusFromActions: (label: string) => `${label} (onglet Actions)`,
  progress: (p: number) => `${frNumber(p)}\u00A0%`,
  unreadable: (raw: string) => `«\u00A0${raw}\u00A0» (illisible)`,

  budgetHeading: 'Prévu et réalisé',
  budgetIntro: (year: number) => `Montants ${year}, tous financeurs\u00A0; le réalisé est celui de l’onglet Réalisé, le prévu celui de l’onglet Budget.`,
  byBeneficiaryHeading: 'Par bénéficiaire',
  byFunderHeading: 'Par financeur',
  groupHeader: (first: string, year: number) => [first, `Prévu ${year}`, `Réalisé ${year}`, 'Taux', 'Écart'],
  beneficiaryColumn: 'Bénéficiaire',
  funderColumn: 'Financeur',
  commentColumn: 'Commentaire',
  totalRow: 'Total tous financeurs',

  indicatorsHeading: 'Indicateurs',
  indicatorHeader: (year: number) => ['Fiche', 'Indicateur', 'Unité', 'Référence', String(year), 'Cible', 'Écart à la cible'],
  notMeasured: 'non mesuré',
  noTarget: 'pas de cible',
  targetReached: 'cible atteinte',
  remaining: (n: number, unit: string | undefined, share: number | null) =>
    `reste ${withUnit(n, unit)}${share === null ? '' : ` (${frNumber(share)}\u00A0% du chemin)`}`,

  decisionsHeading: 'Décisions à prendre',
  decision: (id: string, text: string) => `${id}\u00A0: ${text}`,
  noDecisions: (year: number) => `Aucune décision n’est inscrite pour ${year} (colonne Décisions de l’onglet Suivi).`,

  findingsHeading: 'Points à vérifier',
  outsidePeriod: (year: number, start: number, end: number) =>
    `${year} est hors de la période de la convention (${start}–${end})\u00A0: choisissez une année de ${start} à ${end}.`,
  noPeriod: 'La période de la convention est incomplète (années de début et de fin, onglet Convention)\u00A0: le bilan d’une année ne peut pas être établi.',
  rate: (r: number) => `${frNumber(Math.round(r * 10) / 10)}\u00A0%`,
} as const;

/** Words drawn inside the chart images. */
export const frChart = {
  notEntered: 'non saisi',
  /** An amount in cents, short: « 241,8 k€ », « 1,2 M€ », « 950 € ». */
  amount: (cents: number) => {
    const euros = cents / 100;
    const short = (v: number, suffix: string) => `${frNumber(Math.round(v * 10) / 10)} ${suffix}`;
    if (Math.abs(euros) >= 1e6) return short(euros / 1e6, 'M€');
    if (Math.abs(euros) >= 1e3) return short(euros / 1e3, 'k€');
    return `${frNumber(Math.round(euros))} €`;
  },
  plannedCaf: 'Prévu CAF',
  realisedCaf: 'Réalisé CAF',
};

/** Messages of `ctg bilan`. */
export const frBilanCli = {
  usage: 'Usage\u00A0: ctg bilan <classeur.xlsx|convention.json> --year <année> --out <fichier.docx|fichier.md>',
  missingInput: 'Indiquez le classeur\u00A0: ctg bilan <classeur.xlsx> --year 2024 --out bilan.docx',
  missingYear: 'Indiquez l’année du bilan avec --year, par exemple --year 2024',
  missingOut: 'Indiquez le fichier à écrire avec --out, par exemple --out bilan-2024.docx',
  badYear: (value: string) => `«\u00A0${value}\u00A0» n’est pas une année\u00A0: écrivez-la en quatre chiffres, par exemple --year 2024.`,
  written: (file: string) => `Bilan écrit\u00A0: ${file}`,
  hasErrors: (n: number) =>
    `Attention\u00A0: le classeur contient ${n === 1 ? 'une erreur' : `${n} erreurs`} (voir ctg check)\u00A0; le bilan est écrit, mais ses chiffres peuvent être faux.`,
};
