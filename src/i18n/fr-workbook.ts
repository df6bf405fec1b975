// French names the workbook shows: tab names and column headers.

export const TAB = {
  convention: 'Convention',
  axes: 'Axes',
  actions: 'Actions',
  budget: 'Budget',
  control: 'Contrôle',
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
