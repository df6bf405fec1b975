// The French words of a partner's lines, shared by `ctg extract`, `ctg merge` and the protection
// of a partner's rows in Google Sheets (the add-on's bundle carries these; the partner's file's
// own words are in fr-partner-file.ts, for the command only).

import { plural } from './fr-grammar';

export { plural };

/** « a », « b » et « c ». */
export const quotedList = (items: string[]) => {
  const q = items.map((i) => `«\u00A0${i}\u00A0»`);
  return q.length <= 1 ? q.join('') : `${q.slice(0, -1).join(', ')} et ${q[q.length - 1]}`;
};

/** 2023, 2024 et 2025. */
export const yearList = (years: number[]) => (years.length <= 1 ? years.join('') : `${years.slice(0, -1).join(', ')} et ${years[years.length - 1]}`);

export const frPartner = {
  // ---- both commands and the add-on
  unknownBeneficiary: (name: string, known: string[]) =>
    known.length === 0
      ? `Aucune ligne du Budget n’a pour bénéficiaire «\u00A0${name}\u00A0»\u00A0: le Budget n’a aucune ligne avec un bénéficiaire.`
      : `Aucune ligne du Budget n’a pour bénéficiaire «\u00A0${name}\u00A0». Bénéficiaires du classeur\u00A0: ${quotedList(known)}.`,
  emptyBeneficiary: 'Indiquez le nom du bénéficiaire (ou gestionnaire) tel qu’il figure dans l’onglet Budget.',
  lineWithoutId: (place: string, beneficiary: string) =>
    `${place}\u00A0: cette ligne de «\u00A0${beneficiary}\u00A0» n’a pas d’identifiant. Donnez-lui en un dans la colonne Identifiant, actualisez le classeur, puis recommencez.`,
  duplicateId: (id: string) =>
    `L’identifiant «\u00A0${id}\u00A0» est donné à plusieurs lignes du Budget\u00A0: rendez chaque identifiant unique, puis recommencez.`,
  noRealisedTab:
    'Le classeur n’a pas encore d’onglet «\u00A0Réalisé\u00A0»\u00A0: actualisez-le d’abord (ctg refresh, ou menu CTG › Actualiser), qui l’ajoute.',
  noRealisedColumn: (tab: string, header: string) =>
    `L’onglet «\u00A0${tab}\u00A0» n’a plus de colonne «\u00A0${header}\u00A0»\u00A0: remettez son en-tête, puis recommencez.`,
  missingRealisedRow: (id: string, tab: string) =>
    `La ligne «\u00A0${id}\u00A0» n’a pas de rangée dans l’onglet «\u00A0${tab}\u00A0»\u00A0: actualisez d’abord le classeur (ctg refresh, ou menu CTG › Actualiser), qui l’ajoute.`,
  repeatedRealisedRow: (id: string, places: string[]) =>
    `La ligne «\u00A0${id}\u00A0» apparaît plusieurs fois dans l’onglet Réalisé (${places.join(', ')})\u00A0: gardez-en une seule.`,

  // ---- Google Sheets: a partner's rows of Réalisé
  protectionDescription: (beneficiary: string) => `Réalisé de ${beneficiary} (CTG)`,
  noEmails: 'Indiquez au moins une adresse e-mail du partenaire.',
  badEmail: (email: string) => `«\u00A0${email}\u00A0» n’est pas une adresse e-mail.`,
  protectedRows: (beneficiary: string, rows: number, emails: string[]) =>
    `${rows} ${plural(rows, 'ligne', 'lignes')} de «\u00A0${beneficiary}\u00A0» ${plural(rows, 'protégée', 'protégées')} dans Réalisé\u00A0: seuls vous, le propriétaire du classeur et ${emails.join(', ')} peuvent ${plural(rows, 'la', 'les')} modifier. Une ligne triée ou déplacée à la main ne garde pas sa protection\u00A0: protégez de nouveau après un tri.`,
};
