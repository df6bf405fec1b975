// Axes announced by their number but never titled: "le projet est décliné en 4
// enjeux", then four groups, each a paragraph followed by a list ("Les familles
// doivent pouvoir trouver un mode de garde… Pour y parvenir :" / "- ouvrir une
// micro-crèche"). When the text has exactly as many such groups as it announced, each
// group is an axis titled from its paragraph (flagged uncertain), and its list is
// the axis's actions when the announcement counts actions too, else its objectives.
import { AxisType } from '../domain/schema';
import { SourceLine, fold, isListLine } from './text';
import { AXIS_HEADING } from './vocabulary';
import { ORDINAL_AXIS, announcedIn } from './phrases';

export interface ParagraphGroups {
  /** Line numbers of the paragraphs that open a group. */
  starts: Set<number>;
  type: AxisType;
  /** The announcement also counts actions: the groups' lists are actions. */
  listsAreActions: boolean;
}

const next = (lines: SourceLine[], i: number) => {
  let k = i + 1;
  while (k < lines.length && (lines[k].kind === 'blank' || lines[k].kind === 'noise')) k++;
  return k;
};

export function paragraphGroups(lines: SourceLine[], used: Set<number>): ParagraphGroups | undefined {
  // Titled axes anywhere ("Axe 1 :", "Le deuxième enjeu vise…") are read as such.
  if (lines.some((l) => l.kind !== 'noise' && (AXIS_HEADING.test(fold(l.text)) || ORDINAL_AXIS.test(fold(l.text))))) return undefined;
  const at = lines.findIndex((l) => l.kind === 'text' && announcedIn(l).some((a) => a.what === 'axes' && !a.approx));
  if (at < 0) return undefined;
  const announced = announcedIn(lines[at]);
  const axes = announced.find((a) => a.what === 'axes')!;
  // "… autour de 3 axes :" followed by its list names the axes itself.
  const first = next(lines, at);
  if (first < lines.length && isListLine(lines[first])) return undefined;
  const starts = new Set<number>();
  for (let i = at + 1; i < lines.length; i++) {
    const l = lines[i];
    if (l.kind !== 'text' || used.has(l.n) || l.text.split(' ').length < 4) continue;
    const k = next(lines, i);
    if (k < lines.length && isListLine(lines[k]) && !used.has(lines[k].n)) starts.add(l.n);
  }
  if (starts.size !== axes.count) return undefined;
  return { starts, type: axes.type ?? 'axe', listsAreActions: announced.some((a) => a.what === 'actions') };
}
