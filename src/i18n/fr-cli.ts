// Messages of the `ctg` command.
export const frCli = {
  usage: [
    'Usage : ctg <commande> [options]',
    '',
    'Commandes :',
    '  demo                         vérifie l’exemple fourni (CTG Thoré Montagne Noire)',
    '  summary <classeur> --out <fichier.docx|fichier.md> [--action FA07 | --actions]',
    '                               écrit la synthèse de la convention, ou la fiche d’une action (ou de toutes)',
    '  help                         affiche cette aide',
  ].join('\n'),
  unknownCommand: (c: string) => `Commande inconnue : « ${c} ».`,
  fileMissing: (f: string) => `Fichier introuvable : ${f}`,
  invalidJson: (f: string, detail: string) => `${f} n'est pas un fichier JSON lisible : ${detail}`,
  invalidConvention: (f: string) => `${f} ne décrit pas une convention valide :`,
  reportTitle: (name: string) => `Contrôle de l’enveloppe CAF — ${name}`,
  tableHeader: ['Année', 'Enveloppe CAF', 'Alloué CAF', 'Écart', 'Statut'],
  totalRow: 'Total',
  noFindings: 'Aucune anomalie.',
  findingsTitle: (n: number) => `À corriger ou à vérifier (${n}) :`,
  severity: { error: '✖ Erreur', warning: '⚠ Attention', info: 'ℹ Info' },
  noYears: 'Période incomplète : pas de contrôle par année.',
};
