// The shape of a partner's file, shared by `ctg extract` (which writes it) and `ctg merge`
// (which checks it): where each cell of the partner's tab is, which ones the partner fills,
// and the identity marker (a hidden tab) that lets the merge prove nothing else was edited.
//
// The marker holds the facts of the extract (source, convention, beneficiary, years, line
// ids), a copy of the partner's tab as written (the mirror), and a fingerprint of both. The
// mirror is what names the cell a partner changed; the fingerprint is what shows the marker
// itself was not edited.
import type { CellValue, SheetSnapshot } from '../workbook/types';
import { isoDate } from '../workbook/cells';
import { cellAt } from '../workbook/tables';
import { PARTNER_MARKER_LABEL } from '../../i18n/fr-partner-file';

/** Identifiant, Équipement / type, Nature, Financeur, Fiche action: then the years. */
export const FIXED_COLUMNS = ['id', 'equipment', 'nature', 'funder', 'actionId'] as const;

/** Bump when the layout changes: a file of another version is refused rather than misread. */
export const MARKER_VERSION = 1;

/** The mirror of the partner's tab starts below the facts, in the marker tab. */
export const MIRROR_ROW = 12;

/** The partner's tab: a header row, then one row per line. */
export type PartnerLayout = {
  years: number[];
  lineCount: number;
  /** The last row and column of the table. */
  lastRow: number;
  lastCol: number;
  plannedCol: (year: number) => number;
  realisedCol: (year: number) => number;
  commentCol: number;
  /** The row of the i-th line (0-based). */
  lineRow: (i: number) => number;
};

export function partnerLayout(lineCount: number, years: number[]): PartnerLayout {
  const first = FIXED_COLUMNS.length + 1;
  const at = (year: number) => years.indexOf(year);
  return {
    years,
    lineCount,
    lastRow: 1 + lineCount,
    lastCol: first + 2 * years.length,
    plannedCol: (year) => first + at(year),
    realisedCol: (year) => first + years.length + at(year),
    commentCol: first + 2 * years.length,
    lineRow: (i) => 2 + i,
  };
}

/** The cells a partner fills: the réalisé of each year and the comment, on the lines' rows. */
export function isFillable(layout: PartnerLayout, row: number, col: number): boolean {
  if (row < 2 || row > layout.lastRow) return false;
  const firstRealised = FIXED_COLUMNS.length + 1 + layout.years.length;
  return col === layout.commentCol || (col >= firstRealised && col < firstRealised + layout.years.length);
}

/** A cell as the comparison sees it: text, trimmed; a number as its digits; empty as ''. */
export function cellText(v: CellValue | undefined): string {
  if (v === undefined || v === null) return '';
  if (v instanceof Date) return isoDate(v);
  return String(v).trim();
}

/** What the extract knew: enough to find the lines again and check the file. */
export type MarkerFacts = {
  source: string;
  convention: string;
  beneficiary: string;
  years: number[];
  ids: string[];
  tab: string;
  extractedAt: string;
};

export type Marker = MarkerFacts & { fingerprint: string };

/** FNV-1a and a multiplicative variant, 2 × 32 bits: not a secret, a check that the marker is the one written. */
export function fingerprint(text: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x9747b28c;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193) >>> 0;
    h2 = Math.imul(h2 ^ c, 0x5bd1e995) >>> 0;
    h2 = (h2 ^ (h2 >>> 15)) >>> 0;
  }
  return h1.toString(16).padStart(8, '0') + h2.toString(16).padStart(8, '0');
}

const fingerprintOf = (facts: MarkerFacts, mirror: CellValue[][]) =>
  fingerprint(
    JSON.stringify([
      MARKER_VERSION,
      facts.source,
      facts.convention,
      facts.beneficiary,
      facts.years,
      facts.ids,
      facts.tab,
      facts.extractedAt,
      mirror.map((r) => r.map(cellText)),
    ]),
  );

/** The marker tab's rows: a label and a value each (the labels for a curious reader), then the mirror from MIRROR_ROW. */
export function markerRows(facts: MarkerFacts, mirror: CellValue[][]): { facts: CellValue[][]; mirror: CellValue[][] } {
  const values: CellValue[] = [
    MARKER_VERSION,
    facts.source,
    facts.convention,
    facts.beneficiary,
    facts.years.join(', '),
    JSON.stringify(facts.ids),
    facts.tab,
    facts.extractedAt,
    fingerprintOf(facts, mirror),
  ];
  return { facts: values.map((v, i) => [PARTNER_MARKER_LABEL[i], v]), mirror };
}

export type ReadMarker = { ok: true; marker: Marker; layout: PartnerLayout; mirror: CellValue[][] } | { ok: false; reason: 'altered' };

/** The marker as the merge reads it back; 'altered' when a fact is unreadable or the fingerprint does not match. */
export function readMarker(sheet: SheetSnapshot): ReadMarker {
  const fact = (i: number) => cellText(cellAt(sheet, i + 1, 2));
  if (fact(0) !== String(MARKER_VERSION)) return { ok: false, reason: 'altered' };
  const years = fact(4)
    .split(',')
    .map((y) => Number(y.trim()));
  let ids: unknown;
  try {
    ids = JSON.parse(fact(5));
  } catch {
    return { ok: false, reason: 'altered' };
  }
  if (!Array.isArray(ids) || ids.some((id) => typeof id !== 'string') || years.some((y) => !Number.isInteger(y))) return { ok: false, reason: 'altered' };
  const facts: MarkerFacts = {
    source: fact(1),
    convention: fact(2),
    beneficiary: fact(3),
    years,
    ids: ids as string[],
    tab: fact(6),
    extractedAt: fact(7),
  };
  const layout = partnerLayout(facts.ids.length, years);
  const mirror = Array.from({ length: layout.lastRow }, (_, r) => Array.from({ length: layout.lastCol }, (_, c) => cellAt(sheet, MIRROR_ROW + r, c + 1)));
  const stored = fact(8);
  if (stored !== fingerprintOf(facts, mirror)) return { ok: false, reason: 'altered' };
  return { ok: true, marker: { ...facts, fingerprint: stored }, layout, mirror };
}
