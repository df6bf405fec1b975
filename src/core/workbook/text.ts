// How structured values are written into one cell and read back: lists one item
// per line, indicators in a readable French form, enum values as French labels.
import { Indicator } from '../domain/schema';

/** Lenient comparison key: case, accents, typographic apostrophes and spaces do not matter. */
export function normalizeLabel(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’‘`]/g, "'")
    .replace(/[\s\u00A0\u202F]+/g, ' ')
    .trim()
    .toLowerCase();
}

/** Lists (themes, partners, objectives) are one item per line in a cell. */
export const joinLines = (items: string[]): string => items.join('\n');

export function splitLines(text: string): string[] {
  return text
    .split(/\r\n|\r|\n/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/** French decimal: 12,5 (no thousands grouping so it reads back unambiguously). */
const frNumber = (n: number) => String(n).replace('.', ',');

/** `Nombre de places : 120 → 140 places`; `?` stands for an unknown bound; a bare label when nothing else is known. */
export function formatIndicator(ind: Indicator): string {
  const { label, baseline, target } = ind;
  const unit = ind.unit?.trim();
  if (baseline === undefined && target === undefined && !unit) return label;
  const bound = (n: number | undefined) => (n === undefined ? '?' : frNumber(n));
  return `${label} : ${bound(baseline)} → ${bound(target)}${unit ? ` ${unit}` : ''}`;
}

const INDICATOR = /^(.*)\s*:\s*(\?|-?\d+(?:[.,]\d+)?)\s*(?:→|->)\s*(\?|-?\d+(?:[.,]\d+)?)(?:\s+(.*))?$/;

/** Reads one indicator line; a line that does not follow the form is kept whole as the label. */
export function parseIndicator(line: string): Indicator {
  const m = INDICATOR.exec(line.trim());
  if (!m) return { label: line.trim() };
  const num = (s: string) => (s === '?' ? undefined : Number(s.replace(',', '.')));
  const out: Indicator = { label: m[1].trim() };
  const baseline = num(m[2]);
  const target = num(m[3]);
  if (baseline !== undefined) out.baseline = baseline;
  if (target !== undefined) out.target = target;
  if (m[4] !== undefined && m[4].trim() !== '') out.unit = m[4].trim();
  return out;
}

export const formatIndicators = (list: Indicator[]) => joinLines(list.map(formatIndicator));
export const parseIndicators = (text: string) => splitLines(text).map(parseIndicator);

/** Finds the enum key of a French label (or of the key itself), leniently; undefined when unknown. */
export function keyOfLabel<K extends string>(labels: Record<K, string>, text: string): K | undefined {
  const wanted = normalizeLabel(text);
  for (const key of Object.keys(labels) as K[]) {
    if (normalizeLabel(labels[key]) === wanted || normalizeLabel(key) === wanted || normalizeLabel(key.replace(/-/g, ' ')) === wanted) return key;
  }
  return undefined;
}
