// Messages of the `ctg` command.
export const frCli = {
  usage: [
    'Usage : ctg <commande> [options]',
    '',
    'Commandes :',
    '  demo                         écrit out/ctg-thore-montagne-noire.xlsx depuis l’exemple fourni, le vérifie, écrit sa synthèse et son bilan 2023 (.docx)',
    '  init <convention.json> --out <classeur.xlsx>',
    '                               crée le classeur CTG (n’écrase jamais un fichier existant)',
    '  refresh <classeur.xlsx>      actualise les onglets calculés, garde tout ce qui a été saisi',
    '  check <classeur.xlsx> [--json]',
    '                               contrôle l’enveloppe CAF (sortie 0 : aucune erreur, 1 : erreurs, 2 : fichier inutilisable)',
    '  summary <classeur.xlsx> --out <fichier.docx|fichier.md> [--action FA07 | --actions]',
    '                               écrit la synthèse de la convention, ou la fiche d’une action (ou de toutes)',
    '  bilan <classeur.xlsx> --year <année> --out <fichier.docx|fichier.md>',
    '                               écrit le bilan annuel d’une année : chiffres clés, fiches, prévu et réalisé, indicateurs, décisions',
    '  import <texte.txt> [--out <convention.json>]',
    '                               lit le texte d’une convention (Word, page web) et en fait un brouillon à relire',
    '  extract <classeur.xlsx> --beneficiaire "<nom>" --out <partenaire.xlsx> [--annee 2024]',
    '                               prépare pour un partenaire un petit classeur de ses seules lignes, à remplir (réalisé, commentaire)',
    '  merge <classeur.xlsx> <partenaire.xlsx>',
    '                               reprend dans l’onglet Réalisé les chiffres du partenaire ; signale les conflits sans rien écraser',
    '  help                         affiche cette aide',
  ].join('\n'),
  unknownCommand: (c: string) => `Commande inconnue : « ${c} ».`,
  fileMissing: (f: string) => `Fichier introuvable : ${f}`,
  outFolderMissing: (f: string, folder: string) =>
    `Impossible d'écrire ${f} : le dossier ${folder} n'existe pas (créez-le ou choisissez un autre emplacement).`,
  invalidJson: (f: string, where: { line: number; column: number } | null) =>
    where
      ? `${f} n'est pas un fichier JSON lisible (ligne ${where.line}, colonne ${where.column}) : vérifiez les guillemets, les virgules et les accolades à cet endroit.`
      : `${f} n'est pas un fichier JSON lisible : il s’arrête avant la fin (une accolade ou un crochet n’est pas fermé ?).`,
  version: (v: string) => `ctg ${v}`,
  invalidConvention: (f: string) => `${f} ne décrit pas une convention valide :`,
  reportTitle: (name: string) => `Contrôle de l’enveloppe CAF — ${name}`,
  tableHeader: ['Année', 'Enveloppe CAF', 'Alloué CAF', 'Écart', 'Statut'],
  realisedHeader: ['Année', 'Réalisé CAF', 'Prévu CAF', 'Taux'],
  totalRow: 'Total',
  noFindings: 'Aucune anomalie.',
  findingsTitle: (n: number) => `À corriger ou à vérifier (${n}) :`,
  noYears: 'Période incomplète : pas de contrôle par année.',
};
