// The years a convention may name, in one place (no zod here: the sidebar uses it too).

/** Earliest and latest year accepted anywhere: a typo such as 2204 is refused, not stored. */
export const YEAR_MIN = 1990;
export const YEAR_MAX = 2100;

/** A CTG runs 3 to 5 years; up to 6 allows an extension (avenant). */
export const MAX_PERIOD_YEARS = 6;

export const isConventionYear = (n: number): boolean => Number.isInteger(n) && n >= YEAR_MIN && n <= YEAR_MAX;

/** "2024" → 2024; anything that is not four digits naming a convention year → null. */
export function yearFromText(text: string): number | null {
  const t = text.trim();
  return /^\d{4}$/.test(t) && isConventionYear(Number(t)) ? Number(t) : null;
}

/** From start to end inclusive, 1 to MAX_PERIOD_YEARS whole years. */
export const isPeriodSpan = (start: number, end: number): boolean => end >= start && end - start < MAX_PERIOD_YEARS;
