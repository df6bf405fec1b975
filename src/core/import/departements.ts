// The French départements by their number: a CAF is often written by its number
// ("la Caf 32", "Caf 2A") as well as by its name ("Caf du Gers").
// One string ("01Ain|02Aisne|…") rather than an object literal: it weighs less in the Apps Script bundle.
const LIST =
  '01Ain|02Aisne|03Allier|04Alpes-de-Haute-Provence|05Hautes-Alpes|06Alpes-Maritimes|07Ardèche|08Ardennes|09Ariège|10Aube|11Aude|12Aveyron|13Bouches-du-Rhône|14Calvados|15Cantal|16Charente|17Charente-Maritime|18Cher|19Corrèze|2ACorse-du-Sud|2BHaute-Corse|21Côte-d’Or|22Côtes-d’Armor|23Creuse|24Dordogne|25Doubs|26Drôme|27Eure|28Eure-et-Loir|29Finistère|30Gard|31Haute-Garonne|32Gers|33Gironde|34Hérault|35Ille-et-Vilaine|36Indre|37Indre-et-Loire|38Isère|39Jura|40Landes|41Loir-et-Cher|42Loire|43Haute-Loire|44Loire-Atlantique|45Loiret|46Lot|47Lot-et-Garonne|48Lozère|49Maine-et-Loire|50Manche|51Marne|52Haute-Marne|53Mayenne|54Meurthe-et-Moselle|55Meuse|56Morbihan|57Moselle|58Nièvre|59Nord|60Oise|61Orne|62Pas-de-Calais|63Puy-de-Dôme|64Pyrénées-Atlantiques|65Hautes-Pyrénées|66Pyrénées-Orientales|67Bas-Rhin|68Haut-Rhin|69Rhône|70Haute-Saône|71Saône-et-Loire|72Sarthe|73Savoie|74Haute-Savoie|75Paris|76Seine-Maritime|77Seine-et-Marne|78Yvelines|79Deux-Sèvres|80Somme|81Tarn|82Tarn-et-Garonne|83Var|84Vaucluse|85Vendée|86Vienne|87Haute-Vienne|88Vosges|89Yonne|90Territoire de Belfort|91Essonne|92Hauts-de-Seine|93Seine-Saint-Denis|94Val-de-Marne|95Val-d’Oise|971Guadeloupe|972Martinique|973Guyane|974La Réunion|976Mayotte';

let names: Map<string, string> | undefined;

/** "32" → "Gers", "9" → "Ariège", "2a" → "Corse-du-Sud"; undefined for a number that is no département. */
export function departementName(num: string): string | undefined {
  names ??= new Map(
    LIST.split('|').map((e) => {
      const m = /^(\d[\dAB]\d?)(.+)$/.exec(e)!;
      return [m[1], m[2]];
    }),
  );
  const key = /^\d$/.test(num) ? `0${num}` : num.toUpperCase();
  return names.get(key);
}
