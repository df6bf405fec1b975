// The French words of the follow-up: findings on Réalisé, Indicateurs and Suivi.

/** A French number as people write it: 12,5. */
const frNumber = (n: number) => String(n).replace('.', ',');

export const IMPLAUSIBLE_MEASURE = {
  negative: 'une valeur négative, alors que la référence et la cible ne le sont pas',
  'over-percent': 'un pourcentage au-delà de 100',
  'far-from-range': 'plus de cent fois l’écart entre la référence et la cible',
} as const;

export const frFollowUpFindings = {
  realisedOverPlanned: (line: string, year: string, realised: string, planned: string) =>
    `${line}\u00A0: le réalisé ${year} (${realised}) dépasse le prévu (${planned}) sur une ligne CAF\u00A0; la Caf ne verse pas au-delà du prévu sans avenant.`,
  realisedUnknownLine: (id: string) =>
    `Réalisé\u00A0: la ligne «\u00A0${id}\u00A0» n’existe pas dans l’onglet Budget (identifiant modifié ou ligne supprimée\u00A0?).`,
  realisedFutureYear: (line: string, year: string, current: number) =>
    `${line}\u00A0: un réalisé est saisi pour ${year}, une année qui n’a pas commencé (nous sommes en ${current}).`,
  unreadableRealised: (line: string, year: string, why: string) => `${line}\u00A0: le réalisé ${year} n’est pas lisible. ${why}`,
  negativeRealised: (line: string, year: string, amount: string) => `${line}\u00A0: le réalisé ${year} est négatif (${amount}).`,
  actionDoneWithoutRealised: (action: string, year: number | undefined) =>
    `${action} est marquée «\u00A0Réalisée\u00A0»${year === undefined ? '' : ` en ${year}`}, mais aucun réalisé n’est saisi pour ses lignes budgétaires${year === undefined ? '' : ` cette année-là`}.`,
  indicatorUnknownAction: (label: string, actionId: string) =>
    `Indicateur «\u00A0${label}\u00A0»\u00A0: la fiche «\u00A0${actionId}\u00A0» n’existe pas dans l’onglet Actions\u00A0; l’indicateur n’est pas repris dans les documents.`,
  indicatorWithoutUnit: (actionId: string, label: string) =>
    `${actionId}, indicateur «\u00A0${label}\u00A0»\u00A0: des valeurs sont saisies mais l’unité manque (nombre de places, %, familles…).`,
  implausibleIndicator: (actionId: string, label: string, year: string, value: number, why: string) =>
    `${actionId}, indicateur «\u00A0${label}\u00A0»\u00A0: la valeur ${year} (${frNumber(value)}) paraît improbable (${why}). Vérifiez la saisie.`,
  unreadableMeasure: (what: 'indicator' | 'progress', actionId: string, year: string, text: string) =>
    `${actionId}, ${what === 'indicator' ? 'valeur de l’indicateur' : 'avancement'} ${year}\u00A0: «\u00A0${text}\u00A0» n’est pas un nombre\u00A0; il n’est pas compté.`,
  followUpUnknownAction: (actionId: string, year: number) => `Suivi ${year}\u00A0: la fiche «\u00A0${actionId}\u00A0» n’existe pas dans l’onglet Actions.`,
  followUpOutsidePeriod: (actionId: string, year: number, start: number, end: number) =>
    `Suivi de ${actionId}\u00A0: l’année ${year} est hors de la période de la convention (${start}–${end}).`,
  implausibleProgress: (actionId: string, year: number, value: number) =>
    `Suivi ${year} de ${actionId}\u00A0: un avancement de ${frNumber(value)} % n’est pas possible (de 0 à 100).`,
};
