// French text of the sidebar's import panel (issue 6). Apart from fr-import.ts so the
// server bundle does not carry the panel's words.
/** The sidebar's "Importer un texte" panel. */
export const frImportPanel = {
  title: 'Importer un texte',
  intro: 'Collez le texte de la convention (copié depuis Word, un PDF ou une page web). Rien n’est écrit avant « Écrire dans le classeur ».',
  textLabel: 'Texte de la convention',
  preview: 'Aperçu',
  cancel: 'Retour',
  write: 'Écrire dans le classeur',
  emptyText: 'Collez d’abord le texte de la convention.',
  previewDone: (recognised: number, uncertain: number) =>
    `Aperçu prêt : ${recognised} élément(s) reconnu(s), ${uncertain} à vérifier. Décochez ce qui ne doit pas être écrit.`,
  counts: (c: { signatories: number; axes: number; objectives: number; actions: number; budgetLines: number }) =>
    `${c.signatories} signataire(s) · ${c.axes} axe(s) · ${c.objectives} objectif(s) · ${c.actions} fiche(s) · ${c.budgetLines} ligne(s) budgétaire(s)`,
  convention: 'Convention',
  name: 'Nom',
  territory: 'Territoire',
  startYear: 'Année de début',
  endYear: 'Année de fin',
  badYear: (label: string, value: string) => `${label} : « ${value} » n'est pas une année (par exemple 2024).`,
  signatories: 'Signataires',
  axes: 'Axes et fiches actions',
  noAxis: 'Fiches sans axe',
  objectives: (n: number) => `${n} objectif(s)`,
  budget: 'Budget',
  envelope: (amount: string, years: string) => `Enveloppe CAF : ${amount} par an${years ? ` (${years})` : ''}`,
  envelopeYear: (year: number, amount: string) => `Enveloppe CAF ${year} : ${amount}`,
  envelopeTotal: (amount: string) => `Total pluriannuel indiqué : ${amount}`,
  perYear: (amount: string) => `${amount} par an`,
  toCheck: 'À vérifier',
  uncertainMark: '⚠ À vérifier',
  lineRef: (line: number) => (line > 0 ? `ligne ${line}` : 'texte'),
  include: (what: string) => `Garder « ${what} »`,
  editTitle: (id: string) => `Intitulé de ${id}`,
  consistency: 'Contrôles',
  nothing: 'Rien de reconnu dans ce texte.',
};
