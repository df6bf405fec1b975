// The French words of a partner's lines, shared by `ctg extract`, `ctg merge` and the protection
// of a partner's rows in Google Sheets (the add-on's bundle carries these; the partner's file's
// own words are in fr-partner-file.ts, for the command only).

/** French plural: 0 and 1 take the singular. */
export const plural = (n: number, one: string, many: string) => (n <= 1 ? one : many);

/** « a », « b » et « c ». */
export const quotedList = (items: string[]) => {
  const q = items.map((i) => `« ${i} »`);
  return q.length <= 1 ? q.join('') : `${q.slice(0, -1).join(', ')} et ${q[q.length - 1]}`;
};

/** 2023, 2024 et 2025. */
export const yearList = (years: number[]) => (years.length <= 1 ? years.join('') : `${years.slice(0, -1).join(', ')} et ${years[years.length - 1]}`);

export const frPartner = {
  // ---- both commands and the add-on
  unknownBeneficiary: (name: string, known: string[]) =>
    known.length === 0
      ? `Aucune ligne du Budget n’a pour bénéficiaire « ${name} » : le Budget n’a aucune ligne avec un bénéficiaire.`
      : `Aucune ligne du Budget n’a pour bénéficiaire « ${name} ». Bénéficiaires du classeur : ${quotedList(known)}.`,
  emptyBeneficiary: 'Indiquez le nom du bénéficiaire (ou gestionnaire) tel qu’il figure dans l’onglet Budget.',
  lineWithoutId: (place: string, beneficiary: string) =>
    `${place} : cette ligne de « ${beneficiary} » n’a pas d’identifiant. Donnez-lui en un dans la colonne Identifiant, actualisez le classeur, puis recommencez.`,
  duplicateId: (id: string) => `L’identifiant « ${id} » est donné à plusieurs lignes du Budget : rendez chaque identifiant unique, puis recommencez.`,
  noRealisedTab: 'Le classeur n’a pas encore d’onglet « Réalisé » : actualisez-le d’abord (ctg refresh, ou menu CTG › Actualiser), qui l’ajoute.',
  noRealisedColumn: (tab: string, header: string) => `L’onglet « ${tab} » n’a plus de colonne « ${header} » : remettez son en-tête, puis recommencez.`,
  missingRealisedRow: (id: string, tab: string) =>
    `La ligne « ${id} » n’a pas de rangée dans l’onglet « ${tab} » : actualisez d’abord le classeur (ctg refresh, ou menu CTG › Actualiser), qui l’ajoute.`,
  repeatedRealisedRow: (id: string, places: string[]) =>
    `La ligne « ${id} » apparaît plusieurs fois dans l’onglet Réalisé (${places.join(', ')}) : gardez-en une seule.`,

  // ---- Google Sheets: a partner's rows of Réalisé
  protectionDescription: (beneficiary: string) => `Réalisé de ${beneficiary} (CTG)`,
  noEmails: 'Indiquez au moins une adresse e-mail du partenaire.',
  badEmail: (email: string) => `« ${email} » n’est pas une adresse e-mail.`,
  protectedRows: (beneficiary: string, rows: number, emails: string[]) =>
    `${rows} ${plural(rows, 'ligne', 'lignes')} de « ${beneficiary} » ${plural(rows, 'protégée', 'protégées')} dans Réalisé : seuls vous, le propriétaire du classeur et ${emails.join(', ')} peuvent ${plural(rows, 'la', 'les')} modifier. Une ligne triée ou déplacée à la main ne garde pas sa protection : protégez de nouveau après un tri.`,
};
