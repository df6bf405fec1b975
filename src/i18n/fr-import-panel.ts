// French text of the sidebar's import panel (issue 6). Apart from fr-import.ts so the
// server bundle does not carry the panel's words.
import { counted } from './fr-grammar';

/** The sidebar's "Importer un texte" panel. */
export const frImportPanel = {
  title: 'Importer un texte',
  intro: 'Collez le texte de la convention (copié depuis Word, un PDF ou une page web). Rien n’est écrit avant «\u00A0Écrire dans le classeur\u00A0».',
  textLabel: 'Texte de la convention',
  preview: 'Aperçu',
  cancel: 'Retour',
  write: 'Écrire dans le classeur',
  emptyText: 'Collez d’abord le texte de la convention.',
  previewDone: (recognised: number, uncertain: number) =>
    `Aperçu prêt\u00A0: ${counted(recognised, 'élément reconnu', 'éléments reconnus')}, ${uncertain} à vérifier. Décochez ce qui ne doit pas être écrit.`,
  counts: (c: { signatories: number; axes: number; objectives: number; actions: number; budgetLines: number }) =>
    [
      counted(c.signatories, 'signataire'),
      counted(c.axes, 'axe'),
      counted(c.objectives, 'objectif'),
      counted(c.actions, 'fiche'),
      counted(c.budgetLines, 'ligne budgétaire', 'lignes budgétaires'),
    ].join(' · '),
  convention: 'Convention',
  name: 'Nom',
  territory: 'Territoire',
  startYear: 'Année de début',
  endYear: 'Année de fin',
  badYear: (label: string, value: string) => `${label}\u00A0: «\u00A0${value}\u00A0» n’est pas une année (par exemple 2024).`,
  signatories: 'Signataires',
  axes: 'Axes et fiches actions',
  noAxis: 'Fiches sans axe',
  objectives: (n: number) => counted(n, 'objectif'),
  budget: 'Budget',
  envelope: (amount: string, years: string) => `Enveloppe CAF\u00A0: ${amount} par an${years ? ` (${years})` : ''}`,
  envelopeYear: (year: number, amount: string) => `Enveloppe CAF ${year}\u00A0: ${amount}`,
  envelopeTotal: (amount: string) => `Total pluriannuel indiqué\u00A0: ${amount}`,
  perYear: (amount: string) => `${amount} par an`,
  toCheck: 'À vérifier',
  uncertainMark: '⚠ À vérifier',
  lineRef: (line: number) => (line > 0 ? `ligne ${line}` : 'texte'),
  include: (what: string) => `Garder «\u00A0${what}\u00A0»`,
  editTitle: (id: string) => `Intitulé de ${id}`,
  consistency: 'Contrôles',
  nothing: 'Rien de reconnu dans ce texte.',
};
