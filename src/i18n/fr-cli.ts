// Messages of the `ctg` command.
/** Each command: its synopsis and what it does (the general help lists them; `ctg <commande> --help` shows one). */
const COMMAND_HELP = {
  demo: ['demo', 'écrit out/ctg-thore-montagne-noire.xlsx depuis l’exemple fourni, le vérifie, écrit sa synthèse et son bilan 2023 (.docx)'],
  init: ['init <convention.json> --out <classeur.xlsx>', 'crée le classeur CTG (n’écrase jamais un fichier existant)'],
  refresh: ['refresh <classeur.xlsx>', 'actualise les onglets calculés, garde tout ce qui a été saisi'],
  check: ['check <classeur.xlsx> [--json]', 'contrôle l’enveloppe CAF (sortie 0\u00A0: aucune erreur, 1\u00A0: erreurs, 2\u00A0: fichier inutilisable)'],
  summary: [
    'summary <classeur.xlsx> --out <fichier.docx|fichier.md> [--action FA07 | --actions]',
    'écrit la synthèse de la convention, ou la fiche d’une action (ou de toutes)',
  ],
  bilan: [
    'bilan <classeur.xlsx> --year <année> --out <fichier.docx|fichier.md>',
    'écrit le bilan annuel d’une année\u00A0: chiffres clés, fiches, prévu et réalisé, indicateurs, décisions',
  ],
  import: ['import <texte.txt> [--out <convention.json>]', 'lit le texte d’une convention (Word, page web) et en fait un brouillon à relire'],
  extract: [
    'extract <classeur.xlsx> --beneficiaire "<nom>" --out <partenaire.xlsx> [--annee 2024]',
    'prépare pour un partenaire un petit classeur de ses seules lignes, à remplir (réalisé, commentaire)',
  ],
  merge: ['merge <classeur.xlsx> <partenaire.xlsx>', 'reprend dans l’onglet Réalisé les chiffres du partenaire\u00A0; signale les conflits sans rien écraser'],
  help: ['help', 'affiche cette aide'],
} as const;

/** The column where the general help's descriptions start (after two spaces of indent). */
const SYNOPSIS_WIDTH = 29;

export const frCli = {
  usage: [
    'Usage\u00A0: ctg <commande> [options]',
    '',
    'Commandes\u00A0:',
    ...Object.values(COMMAND_HELP).map(([synopsis, what]) =>
      synopsis.length < SYNOPSIS_WIDTH ? `  ${synopsis.padEnd(SYNOPSIS_WIDTH)}${what}` : `  ${synopsis}\n${' '.repeat(SYNOPSIS_WIDTH + 2)}${what}`,
    ),
    '',
    'Options de toutes les commandes\u00A0: -h ou --help affiche l’aide de la commande, --version la version de ctg.',
  ].join('\n'),
  /** `ctg summary --help`: the usage and the purpose of one command. */
  commandUsage: (command: string) => {
    const [synopsis, what] = COMMAND_HELP[command as keyof typeof COMMAND_HELP] ?? COMMAND_HELP.help;
    return `Usage\u00A0: ctg ${synopsis}\n\n${what[0].toUpperCase()}${what.slice(1)}.`;
  },
  unknownCommand: (c: string) => `Commande inconnue\u00A0: «\u00A0${c}\u00A0».`,
  fileMissing: (f: string) => `Fichier introuvable\u00A0: ${f}`,
  outFolderMissing: (f: string, folder: string) =>
    `Impossible d’écrire ${f}\u00A0: le dossier ${folder} n’existe pas (créez-le ou choisissez un autre emplacement).`,
  invalidJson: (f: string, where: { line: number; column: number } | null) =>
    where
      ? `${f} n’est pas un fichier JSON lisible (ligne ${where.line}, colonne ${where.column})\u00A0: vérifiez les guillemets, les virgules et les accolades à cet endroit.`
      : `${f} n’est pas un fichier JSON lisible\u00A0: il s’arrête avant la fin (une accolade ou un crochet n’est pas fermé\u00A0?).`,
  version: (v: string) => `ctg ${v}`,
  invalidConvention: (f: string) => `${f} ne décrit pas une convention valide\u00A0:`,
  reportTitle: (name: string) => `Contrôle de l’enveloppe CAF — ${name}`,
  tableHeader: ['Année', 'Enveloppe CAF', 'Alloué CAF', 'Écart', 'Statut'],
  realisedHeader: ['Année', 'Réalisé CAF', 'Prévu CAF', 'Taux'],
  totalRow: 'Total',
  noFindings: 'Aucune anomalie.',
  findingsTitle: (n: number) => `À corriger ou à vérifier (${n})\u00A0:`,
  noYears: 'Période incomplète\u00A0: pas de contrôle par année.',
};
