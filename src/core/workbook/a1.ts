// A1 notation, both ways, in one place: column letters, cell and range references
// ("G4", "$A$1", "B2:D9", whole columns "G:G").

/** 1 → A, 27 → AA. */
export function columnLetter(col: number): string {
  let n = col;
  let out = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** A → 1, AA → 27 (case-insensitive). */
export const columnNumber = (letters: string): number => [...letters.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);

/** (4, 7) → "G4". */
export const a1 = (row: number, col: number): string => `${columnLetter(col)}${row}`;

/** One end of a reference: a column, and a row unless the reference is a whole column. */
export type A1Point = { col: number; row?: number };

// Up to column ZZZ and 10 million rows: Sheets' own limits are smaller.
const POINT = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})?$/;

/** "$G$4" → { col: 7, row: 4 }; "G" → { col: 7 }; anything else → null. */
export function parsePoint(text: string): A1Point | null {
  const m = POINT.exec(text.trim());
  if (!m) return null;
  return m[2] === undefined ? { col: columnNumber(m[1]) } : { col: columnNumber(m[1]), row: Number(m[2]) };
}

/** "B2:D9" → both ends; "G4" → the same point twice; null when either end is not A1. */
export function parseRange(text: string): { from: A1Point; to: A1Point } | null {
  const parts = text.split(':');
  if (parts.length > 2) return null;
  const from = parsePoint(parts[0]);
  const to = parts.length === 2 ? parsePoint(parts[1]) : from;
  return from && to ? { from, to } : null;
}

/** A cell or a cell range a person can be sent to ("C7", "B2:D9"), not a whole column. */
export function isCellRange(text: string): boolean {
  const r = parseRange(text);
  return r !== null && r.from.row !== undefined && r.to.row !== undefined;
}

/** "G4" → "$G$4". */
export const absolute = (ref: string): string => {
  const p = parsePoint(ref);
  return p && p.row !== undefined ? `$${columnLetter(p.col)}$${p.row}` : ref;
};

/** The first cell of a range: "B2:D9" → "B2". */
export const firstCell = (range: string): string => range.split(':')[0];
