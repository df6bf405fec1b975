// The fields of a fiche action as documents lay them out: "Pilote : Mairie",
// "Partenaires :" followed by a list, or a fiche pasted from a table
// ("Pilote<tab>Mairie"); and where a fiche's block of lines ends.
import { SourceLine, fold, isHeadingLike } from './text';
import { ACTION_FIELDS, ACTION_HEADING, AXIS_HEADING, MAX_FIELD_LABEL_WORDS } from './vocabulary';

export type ActionField = (typeof ACTION_FIELDS)[number]['field'];

/** Fields whose value may run over several paragraphs. */
export const TEXT_FIELDS = new Set<ActionField>(['context', 'description', 'means', 'audience', 'schedule']);

/** Lines about the convention's money, which end a fiche even without a heading before them. */
export const ENDS_FICHE = /\b(?:enveloppe|annexe financiere|engagements financiers)\b/;

/** "Pilote : Mairie", or a fiche pasted from a table: "Pilote<tab>Mairie". */
export function labelAndValue(l: SourceLine): { label: string; value: string } | undefined {
  if (l.cells && l.cells.length >= 2) return { label: l.cells[0].replace(/\s*:$/, ''), value: l.cells.slice(1).join(' ').trim() };
  const m = /^([^:]{2,45}?)\s*:\s*(.*)$/.exec(l.text);
  return m ? { label: m[1], value: m[2].trim() } : undefined;
}

/** The field a label names ("Public cible", "Porteur de l'action"), if it is a short label. */
export function fieldOf(label: string): ActionField | undefined {
  const f = fold(label).trim().replace(/\s*:$/, '');
  if (f.split(/\s+/).length > MAX_FIELD_LABEL_WORDS) return undefined;
  return ACTION_FIELDS.find((x) => x.re.test(f))?.field;
}

/**
 * Lines of fiche action blocks (from "Fiche action n°3" to the next heading that is
 * neither a field label nor another fiche): their amounts are the fiche's means,
 * not budget lines of the convention.
 */
export function actionBlockLines(lines: SourceLine[]): Set<number> {
  const out = new Set<number>();
  let inside = false;
  for (const l of lines) {
    if (l.kind === 'blank' || l.kind === 'noise') continue;
    const f = fold(l.text);
    if (l.kind !== 'numbered' && ACTION_HEADING.exec(f)) {
      inside = true;
      continue;
    }
    if (inside && endsFiche(l, f)) inside = false;
    if (inside) out.add(l.n);
  }
  return out;
}

/** A new axis, the convention's money, or a short heading that is not a field label. */
export function endsFiche(l: SourceLine, f: string): boolean {
  const label = /^([^:]{2,45}?)\s*:/.exec(l.text)?.[1] ?? l.text;
  if (fieldOf(label)) return false;
  if (AXIS_HEADING.exec(f) || ENDS_FICHE.test(f)) return true;
  return isHeadingLike(l) && l.text.split(' ').length <= 8 && (!/:/.test(l.text) || /:$/.test(l.text));
}
