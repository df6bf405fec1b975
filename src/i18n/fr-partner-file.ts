// The French words of a partner's file: `ctg extract` (its explanation tab, its headers) and
// `ctg merge` (refusals, conflicts, summary).
import { frMoney, MONEY_REFUSAL } from './fr-domain';
import { plural, yearList } from './fr-partner';

/** 30/11/2026, in the time zone of the machine (ctg) or of the script (Apps Script). */
export const frDay = (d: Date) => `${String(d.getDate()).padStart(2, '0')}/${String(d.getMonth() + 1).padStart(2, '0')}/${d.getFullYear()}`;

/** The tabs of a partner's file. The marker tab is hidden (veryHidden): people never see its name. */
export const PARTNER_TAB = { readme: 'À lire', lines: 'Vos lignes', marker: 'ctg-partenaire' } as const;

/** The headers of the partner's tab that are not the Budget's. */
export const PARTNER_HEADER = {
  planned: (year: number) => `Prévu ${year}`,
  realised: (year: number) => `Réalisé ${year}`,
  comment: 'Commentaire',
};

/** The labels of the marker tab's rows (for a curious reader: merge reads the rows by position). */
export const PARTNER_MARKER_LABEL = [
  'Fichier partenaire ctg, version',
  'Classeur source',
  'Convention',
  'Bénéficiaire',
  'Années',
  'Lignes',
  'Onglet',
  'Extrait le',
  'Empreinte',
];

/** The headings of the explanation tab (shown in bold, as its title). */
export const README_HEADINGS = ['Ce qu’il faut remplir', 'Pour renvoyer le fichier'];

export type ReadmeFacts = { beneficiary: string; convention: string; territory: string; source: string; date: string; years: number[]; lines: number };

/** The explanation tab, one paragraph a row; the first is the title. */
export const partnerReadme = (f: ReadmeFacts): string[] => [
  `Réalisé à transmettre — ${f.beneficiary}`,
  '',
  `Convention\u00A0: ${f.convention}${f.territory ? ` (${f.territory})` : ''}.`,
  `Fichier préparé le ${f.date} par la coordination CTG, à partir du classeur «\u00A0${f.source}\u00A0».`,
  `${plural(f.years.length, 'Année à renseigner', 'Années à renseigner')}\u00A0: ${yearList(f.years)}.`,
  '',
  README_HEADINGS[0],
  `Dans l’onglet «\u00A0${PARTNER_TAB.lines}\u00A0», ${f.lines} ${plural(f.lines, 'ligne de financement vous concerne', 'lignes de financement vous concernent')}. Dans les cellules jaunes, inscrivez pour chaque année le montant réellement payé ou dépensé, en euros (par exemple 12 500 ou 12 500,50), et si besoin un commentaire (écart avec le prévu, montant provisoire…).`,
  'Les colonnes «\u00A0Prévu\u00A0» rappellent le budget de la convention. Elles ne se modifient pas, pas plus que l’identifiant, l’équipement, la nature, le financeur ou la fiche action\u00A0: ces cellules sont protégées (sans mot de passe) pour éviter les erreurs de saisie.',
  'Un montant déjà inscrit est celui que la coordination connaît\u00A0: corrigez-le s’il est faux. Un montant que vous ne connaissez pas encore\u00A0: laissez la cellule vide.',
  '',
  README_HEADINGS[1],
  'Enregistrez-le au format .xlsx et renvoyez-le tel quel à la coordination\u00A0: sans ajouter, supprimer ni déplacer de ligne ou de colonne, sans renommer ni supprimer d’onglet, sans le recopier dans un autre classeur.',
  'Vos chiffres seront repris automatiquement dans le classeur de la convention. Si la coordination a modifié entre-temps une cellule que vous avez remplie, elle vous le signalera plutôt que d’écraser l’un ou l’autre chiffre.',
];

export const frPartnerFile = {
  // ---- ctg extract
  extractUsage: 'Usage\u00A0: ctg extract <classeur.xlsx> --beneficiaire "<nom>" --out <partenaire.xlsx> [--annee <année>]',
  noYears: (tab: string) => `L’onglet «\u00A0${tab}\u00A0» n’a aucune colonne d’année\u00A0: actualisez d’abord le classeur (ctg refresh).`,
  unknownYear: (year: string, years: number[]) => `L’année «\u00A0${year}\u00A0» n’a pas de colonne dans l’onglet Réalisé (années\u00A0: ${yearList(years)}).`,
  extracted: (out: string, beneficiary: string, lines: number, years: number[], workbook: string) =>
    `${out} écrit\u00A0: ${lines} ${plural(lines, 'ligne', 'lignes')} de «\u00A0${beneficiary}\u00A0» à remplir pour ${yearList(years)}. Envoyez-le au partenaire, puis reprenez ses chiffres avec\u00A0: ctg merge ${workbook} ${out}`,

  // ---- ctg merge: refusals (nothing written)
  mergeUsage: 'Usage\u00A0: ctg merge <classeur.xlsx> <partenaire.xlsx>',
  sameFile:
    'Le classeur et le fichier du partenaire sont le même fichier\u00A0: indiquez d’abord le classeur de la convention, puis le fichier rempli par le partenaire.',
  refused: (workbook: string, part: string, problems: string[], more: number) =>
    [
      `Rien n’a été repris dans ${workbook}\u00A0: ${part} ne peut pas être repris tel quel.`,
      ...problems.map((p) => `  - ${p}`),
      ...(more > 0 ? [`  … et ${more} ${plural(more, 'autre problème', 'autres problèmes')}.`] : []),
    ].join('\n'),
  notPartnerFile: (part: string) =>
    `${part} n’est pas un fichier partenaire préparé par «\u00A0ctg extract\u00A0» (son marqueur d’identité manque\u00A0: a-t-il été recopié dans un autre classeur\u00A0?).`,
  markerAltered: (part: string) =>
    `Le marqueur d’identité de ${part} a été modifié (son empreinte ne correspond plus)\u00A0: ses chiffres ne peuvent pas être repris sans risque. Préparez un nouveau fichier avec ctg extract.`,
  otherConvention: (fileConvention: string, workbookConvention: string) =>
    `Ce fichier a été extrait de la convention «\u00A0${fileConvention}\u00A0», et le classeur est celui de «\u00A0${workbookConvention}\u00A0».`,
  tabMissing: (tab: string) => `L’onglet «\u00A0${tab}\u00A0» du fichier partenaire a disparu ou a été renommé\u00A0: redonnez-lui son nom.`,
  idChanged: (place: string, expected: string, found: string) =>
    found === ''
      ? `${place}\u00A0: l’identifiant «\u00A0${expected}\u00A0» a été effacé (ligne supprimée ou déplacée\u00A0?). Les lignes ne se suppriment ni ne se déplacent.`
      : `${place}\u00A0: l’identifiant «\u00A0${expected}\u00A0» a été remplacé par «\u00A0${found}\u00A0» (ligne modifiée, déplacée ou supprimée\u00A0?). Les identifiants ne se modifient pas.`,
  readOnlyChanged: (place: string, expected: string, found: string) =>
    `${place}\u00A0: cette cellule ne se remplit pas (seules les cellules jaunes se remplissent)\u00A0; elle ${expected === '' ? 'était vide' : `contenait «\u00A0${expected}\u00A0»`}, elle ${found === '' ? 'est vide' : `contient «\u00A0${found}\u00A0»`}.`,
  outsideCell: (place: string, found: string) =>
    `${place}\u00A0: «\u00A0${found}\u00A0» est saisi hors des lignes à remplir (ligne ou colonne ajoutée\u00A0?). Seules les cellules jaunes se remplissent.`,
  unreadableAmount: (place: string, text: string, reason: keyof typeof MONEY_REFUSAL) => `${place}\u00A0: ${frMoney.unreadable(text, reason)}`,
  subCentAmount: (place: string, value: number) => `${place}\u00A0: ${frMoney.subCent(value)}`,
  negativeAmount: (place: string, amount: string) => `${place}\u00A0: un réalisé ne peut pas être négatif (${amount}).`,
  lineGone: (id: string, tab: string) =>
    `La ligne «\u00A0${id}\u00A0» n’est plus dans l’onglet «\u00A0${tab}\u00A0» du classeur\u00A0: elle a été supprimée ou renommée depuis l’extraction.`,
  yearGone: (year: number, tab: string) => `L’onglet «\u00A0${tab}\u00A0» du classeur n’a plus de colonne ${year}.`,

  // ---- ctg merge: what was done
  taken: (place: string, value: string, before: string | undefined) => `  repris — ${place} — ${value}${before === undefined ? '' : ` (remplace ${before})`}`,
  /** `base` undefined: the cell was empty when the file was extracted. */
  conflict: (place: string, workbook: string, base: string | undefined, partner: string) =>
    `  conflit — ${place} — le classeur contient ${workbook}, saisi depuis l’extraction (${base === undefined ? 'la cellule était alors vide' : `qui montrait ${base}`})\u00A0; le partenaire indique ${partner}. Rien n’est écrasé\u00A0: choisissez à la main.`,
  cleared: (place: string, workbook: string) =>
    `  non repris — ${place} — le partenaire a vidé cette cellule\u00A0; le classeur garde ${workbook} (la reprise n’efface rien).`,
  empty: 'vide',
  quoted: (text: string) => `«\u00A0${text}\u00A0»`,
  summary: (workbook: string, taken: number, conflicts: number, cleared: number, same: number) =>
    [
      `${workbook}\u00A0: ${taken} ${plural(taken, 'cellule reprise', 'cellules reprises')}, ${conflicts} ${plural(conflicts, 'conflit', 'conflits')}`,
      cleared > 0 ? `, ${cleared} ${plural(cleared, 'effacement non repris', 'effacements non repris')}` : '',
      same > 0 ? `, ${same} ${plural(same, 'cellule déjà identique', 'cellules déjà identiques')}` : '',
      '.',
    ].join(''),
  nothingChanged: (part: string) => `${part}\u00A0: le partenaire n’a modifié aucune cellule\u00A0; rien à reprendre.`,
  conflictsTitle: 'Conflits\u00A0: le classeur garde sa valeur\u00A0; comparez avec le partenaire et corrigez à la main si besoin.',
  /** The note left on a cell whose previous value a merge replaced: nothing typed is lost without a trace. */
  replacedNote: (date: string, part: string, beneficiary: string, before: string) =>
    `Repris le ${date} de «\u00A0${part}\u00A0» (${beneficiary})\u00A0; valeur précédente\u00A0: ${before}.`,
};
