// Axes, objectives and fiches actions. Reads the text top to bottom the way a
// person does: explicit headings ("Axe 1 :", "Enjeu n°2", "Fiche action n°4"),
// ordinal sentences ("Le deuxième axe vise à …"), lists announced by the line
// before them ("Les principaux enjeux sont :", "16 fiches actions …:"), theme
// headings ("Petite enfance") and objective phrasings ("L'objectif est de …").
import { AxisType } from '../domain/schema';
import { SourceLine, fold, capitalise, stripEnd, firstSentence, isListLine, isHeadingLike, romanValue } from './text';
import { AXIS_HEADING, AXIS_TYPE_OF, ACTION_HEADING, ORDINALS, themeHeading, themesIn } from './vocabulary';
import { ActionField, TEXT_FIELDS, ENDS_FICHE, labelAndValue, fieldOf } from './fiche';
import { ParagraphGroups, paragraphGroups } from './groups';
import { frImport } from '../../i18n/fr-import';
import {
  INFINITIVE,
  ORDINAL_AXIS,
  AXIS_ABOUT,
  SUB_HEADING,
  OBJECTIVE_LINE,
  THEMATIC_PAIR,
  ListRole,
  Announced,
  tail,
  group,
  tidyTitle,
  listRoleOf,
  announcedIn,
  objectivePhrases,
  themedPair,
  inlinePieces,
} from './phrases';

export { tidyTitle } from './phrases';
export type { Announced } from './phrases';
export type { ActionField } from './fiche';

export interface AxisDraft {
  number?: number;
  title: string;
  type: AxisType;
  line: number;
  themes: string[];
  objectives: { text: string; line: number; byPosition?: boolean }[];
  /** Folded text of the axis's own paragraphs, for theme detection. */
  body: string[];
  /** Why this axis is uncertain (composed title, theme heading alone…), undefined when explicit. */
  doubt?: 'composed' | 'theme-heading' | 'list' | 'inline' | 'paragraph';
}

export interface ActionDraft {
  number?: number;
  title: string;
  line: number;
  axis?: AxisDraft;
  /** True when the axis is only the one the fiche follows in the text (not named by the fiche). */
  axisByPosition?: boolean;
  fields: Partial<Record<ActionField, string[]>>;
  fromList: boolean;
}

export interface Structure {
  axes: AxisDraft[];
  actions: ActionDraft[];
  looseObjectives: { text: string; line: number }[];
  announced: Announced[];
}

export function readStructure(lines: SourceLine[], used: Set<number>): Structure {
  const reader = new StructureReader(lines, used, paragraphGroups(lines, used));
  lines.forEach((l, i) => reader.read(l, i));
  return reader.result();
}

type NewAxis = Omit<AxisDraft, 'themes' | 'objectives' | 'body'> & Partial<AxisDraft>;

/** The reading position: what the lines read so far have opened (an axis, a fiche, a list). */
class StructureReader {
  readonly axes: AxisDraft[] = [];
  readonly actions: ActionDraft[] = [];
  readonly looseObjectives: { text: string; line: number }[] = [];
  readonly announced: Announced[] = [];
  private readonly pendingThemes: AxisDraft[] = []; // theme headings seen before any axis
  private axis: AxisDraft | undefined; // the axis whose content we are reading
  private action: ActionDraft | undefined; // the fiche action whose fields we are reading
  private field: ActionField | undefined;
  private role: ListRole = { kind: 'none' };
  private listAxis: AxisDraft | undefined; // last axis made from a list item, for nested bullets
  private listIndent = -1;
  private listMarker = '';
  private axisListNumber: number | undefined; // number of the last item of a numbered list of axes
  private section = ''; // folded text of the last heading, which names what the lists below it are
  private awaitingTitle: AxisDraft | ActionDraft | undefined;
  private objectiveTarget: AxisDraft | undefined; // where the items of an objectives list go

  constructor(
    private readonly lines: SourceLine[],
    private readonly used: Set<number>,
    private readonly groups: ParagraphGroups | undefined,
  ) {}

  result(): Structure {
    // Theme headings alone: each one is a thematic axis.
    if (this.axes.length === 0 && this.pendingThemes.length > 0) this.axes.push(...this.pendingThemes);
    return { axes: this.axes, actions: this.actions, looseObjectives: this.looseObjectives, announced: this.announced };
  }

  read(l: SourceLine, i: number): void {
    if (l.kind === 'blank' || l.kind === 'noise' || this.used.has(l.n)) return;
    const f = fold(l.text);
    if (this.groups?.starts.has(l.n)) return this.openGroup(l, f, this.groups);
    // The same count announced twice (a title, then the article) is checked once; a fiche's own counts are not the text's.
    if (!this.action)
      for (const a of announcedIn(l)) if (!this.announced.some((x) => x.what === a.what && x.type === a.type && x.count === a.count)) this.announced.push(a);
    if (this.takeTitle(l)) return;
    if (this.ficheHeading(l, f) || this.subHeading(l, f) || this.axisHeading(l, f) || this.ficheField(l, f) || this.ordinalAxis(l, f) || this.axisAbout(l, f))
      return;
    if (isListLine(l) || (l.kind === 'roman' && (this.role.kind === 'axes' || this.role.kind === 'actions' || this.axisListNumber !== undefined))) {
      this.listItem(l, f);
      return;
    }
    this.plainLine(l, f, i);
  }

  /** A paragraph opening one of the groups the text announced: an axis titled by its first sentence. */
  private openGroup(l: SourceLine, f: string, groups: ParagraphGroups): void {
    this.axis = this.newAxis({ title: tidyTitle(firstSentence(l.text)), type: groups.type, line: l.n, doubt: 'paragraph' });
    this.axis.body.push(f);
    this.action = undefined;
    this.field = undefined;
    this.listAxis = undefined;
    this.listIndent = -1;
    this.objectiveTarget = this.axis;
    const role = listRoleOf(f);
    this.role = groups.listsAreActions || role.kind === 'actions' ? { kind: 'actions' } : role.kind === 'objectives' ? role : { kind: 'none' };
  }

  private newAxis(a: NewAxis): AxisDraft {
    // A web page that repeats its list (a summary, then the article): one axis per title.
    const same =
      a.doubt !== undefined && a.title !== ''
        ? this.axes.find((x) => x.type === a.type && x.doubt !== undefined && fold(x.title) === fold(a.title))
        : undefined;
    if (same) return same;
    const made: AxisDraft = { themes: [], objectives: [], body: [], ...a };
    this.axes.push(made);
    return made;
  }

  private addObjective(text: string, line: number, target: AxisDraft | undefined): void {
    if (text === '') return;
    if (target) target.objectives.push({ text, line });
    else this.looseObjectives.push({ text, line });
  }

  /** A heading without its title ("Axe 2", "FICHE ACTION N°3"): the next plain line is the title. */
  private takeTitle(l: SourceLine): boolean {
    const waiting = this.awaitingTitle;
    this.awaitingTitle = undefined;
    if (!waiting || isListLine(l)) return false;
    const fieldLabel = labelAndValue(l)?.label;
    if ((fieldLabel && fieldOf(fieldLabel)) || fieldOf(l.text)) return false;
    waiting.title = tidyTitle(l.text);
    return true;
  }

  /** "Le deuxième axe" with no first axis yet: the theme headings read so far are the first axis. */
  private promotePending(type: AxisType): void {
    const pending = this.pendingThemes;
    if (this.axes.length > 0 || pending.length === 0) return;
    const titles = pending.map((p) => p.title.replace(/^(?:la|le|les|l['’])\s*/iu, ''));
    const joined = frImport.joinTitles(titles);
    this.newAxis({
      number: 1,
      title: capitalise(joined.toLocaleLowerCase('fr-FR')),
      type,
      line: pending[0].line,
      doubt: 'composed',
      themes: pending.flatMap((p) => p.themes),
      objectives: pending.flatMap((p) => p.objectives),
      body: pending.flatMap((p) => p.body),
    });
    pending.length = 0;
  }

  /** "Fiche action n°4 : …", "FA 5 –", "FICHE ACTION N°3" (title on the next line). */
  private ficheHeading(l: SourceLine, f: string): boolean {
    const head = l.kind !== 'numbered' ? ACTION_HEADING.exec(f) : null;
    if (!head || !(isHeadingLike(l) || /[:–—-]/.test(l.text.slice(0, 30)))) return false;
    const whole = /^\d+$/.test(head[1]);
    const n = Number(head[1].split(/[.-]/)[0]);
    const title = tidyTitle(tail(l.text, f, head[2]));
    // The same fiche named twice (a summary, then the fiche itself): one fiche.
    const twin = whole
      ? this.actions.find(
          (a) => a.number === n && !a.fromList && Object.keys(a.fields).length === 0 && (fold(a.title) === fold(stripEnd(title)) || a.title === ''),
        )
      : undefined;
    if (twin) this.actions.splice(this.actions.indexOf(twin), 1);
    // "Action 2.3": the fiche's number says its axis.
    const byNumber = whole ? undefined : this.axes.find((a) => a.number === n);
    const axis = byNumber ?? this.axis;
    this.action = {
      number: whole ? n : undefined,
      title,
      line: l.n,
      axis,
      axisByPosition: byNumber === undefined && axis !== undefined,
      fields: {},
      fromList: false,
    };
    this.actions.push(this.action);
    if (title === '') this.awaitingTitle = this.action;
    this.field = undefined;
    this.role = { kind: 'none' };
    return true;
  }

  /** "Orientation 1.1 : …" under "Axe 1": an objective of the axis, not a new axis. */
  private subHeading(l: SourceLine, f: string): boolean {
    const sub = !this.action && (this.axis || this.listAxis) ? SUB_HEADING.exec(f) : null;
    if (!sub) return false;
    this.addObjective(tidyTitle(tail(l.text, f, sub[1])), l.n, this.axis ?? this.listAxis);
    return true;
  }

  /** "Axe 2 : …", "ENJEU N°2 –"; inside a fiche, "Axe 2" names the fiche's axis. */
  private axisHeading(l: SourceLine, f: string): boolean {
    const head = !isListLine(l) || l.kind === 'bullet' ? AXIS_HEADING.exec(f) : null;
    if (!head) return false;
    const type = AXIS_TYPE_OF[head[1]];
    const num = head[2] ? Number(head[2]) : /^[ivx]+$/.test(head[3]) ? romanValue(head[3].toUpperCase()) : head[3].charCodeAt(0) - 96;
    const existing = this.axes.find((a) => a.number === num && a.type === type);
    if (this.action && existing) {
      this.action.axis = existing;
      this.action.axisByPosition = false;
      return true;
    }
    this.promotePending(type);
    const title = tidyTitle(tail(l.text, f, head[4]));
    // The same axis announced twice (a summary, then its section): one axis, read from its section.
    const twin = this.axes.find(
      (a) =>
        a.number === num &&
        a.type === type &&
        a.objectives.length === 0 &&
        a.body.length === 0 &&
        a.doubt === undefined &&
        (a.title === '' || fold(a.title) === fold(title)),
    );
    if (twin) Object.assign(twin, { title, line: l.n }); // the same object: fiches already attached to it stay attached
    this.axis = twin ?? this.newAxis({ number: num, title, type, line: l.n });
    if (title === '') this.awaitingTitle = this.axis;
    this.action = undefined;
    this.field = undefined;
    // "Le plan d'actions :" then "Axe 1 : …" and its items: the items are still actions.
    if (this.role.kind !== 'actions') this.role = { kind: 'none' };
    this.section = f;
    return true;
  }

  /** Inside a fiche: "Public visé : …", "Partenaires :" then a list; anything else ends the fiche. */
  private ficheField(l: SourceLine, f: string): boolean {
    const action = this.action;
    if (!action) return false;
    const labelled = labelAndValue(l);
    const labelField = labelled ? fieldOf(labelled.label) : isHeadingLike(l) ? fieldOf(l.text) : undefined;
    if (labelField) {
      this.field = labelField;
      const value = labelled ? labelled.value : '';
      const values = (action.fields[labelField] ??= []);
      if (value !== '') values.push(value);
      return true;
    }
    // A paragraph right under the fiche's heading, before any label, describes it.
    if (this.field === undefined && Object.keys(action.fields).length === 0 && !isListLine(l) && !isHeadingLike(l) && !ENDS_FICHE.test(f))
      this.field = 'description';
    const field = this.field;
    if (field !== undefined && !ENDS_FICHE.test(f) && (isListLine(l) || (TEXT_FIELDS.has(field) && !isHeadingLike(l)))) {
      (action.fields[field] ??= []).push(l.text);
      return true;
    }
    this.action = undefined; // "Article 4 – Financement", a new section…
    this.field = undefined;
    return false;
  }

  /** "Le deuxième axe d'amélioration vise à maintenir …". */
  private ordinalAxis(l: SourceLine, f: string): boolean {
    const m = !isListLine(l) ? ORDINAL_AXIS.exec(f) : null;
    if (!m) return false;
    const type = AXIS_TYPE_OF[m[2]] ?? 'axe';
    const rank = ORDINALS[m[1]];
    if (rank === undefined || rank > 1) this.promotePending(type);
    const clause = tail(l.text, f, m[4]);
    const title = tidyTitle(firstSentence(clause).replace(/^(?:à|de|d['’])\s+/u, ''));
    this.axis = this.newAxis({ number: rank ?? this.axes.length + 1, title, type, line: l.n });
    this.action = undefined;
    for (const o of objectivePhrases(clause.slice(firstSentence(clause).length))) this.addObjective(o, l.n, this.axis);
    this.axis.body.push(f);
    this.role = { kind: 'none' };
    return true;
  }

  /** "L'axe autour de l'accès aux droits comporte 8 fiches…": an axis named by its subject. */
  private axisAbout(l: SourceLine, f: string): boolean {
    const m = !isListLine(l) ? AXIS_ABOUT.exec(f) : null;
    if (!m) return false;
    const title = tidyTitle(group(l.text, m, 2));
    this.axis = this.newAxis({ title, type: AXIS_TYPE_OF[m[1]] ?? 'axe', line: l.n, doubt: 'list' });
    this.axis.body.push(f);
    this.action = undefined;
    this.role = { kind: 'none' };
    return true;
  }

  /** A plain line: objective label, inline list, theme heading, list introduction, objective line, heading or paragraph. */
  private plainLine(l: SourceLine, f: string, i: number): void {
    if (this.objectiveLabel(l, f)) return;
    if (!this.axis && !this.action && this.inlineAxes(l, f)) return;
    if (this.themeHeading(l, f)) return;
    if (this.listIntroduction(l, f, i)) return;
    // "Petite enfance : développer l'offre d'accueil" on its own line reads like the list item it is.
    // Not a press headline ("Petite enfance et jeunesse : un contrat pour quatre ans"): the objective is a verb.
    const themed = themedPair(f);
    const pair =
      !this.axis && !this.action && l.text.length <= 300
        ? (THEMATIC_PAIR.exec(f) ?? (themed && /^[a-z]+(?:er|ir|re|oir)\b/.test(themed[2]) ? themed : null))
        : null;
    if (pair) return this.pairItem(l, f, pair);
    if (this.axis && !this.action && INFINITIVE.test(l.text) && l.text.length <= 200) {
      // "Favoriser l'engagement des jeunes" on its own line under "Axe 2": an objective of that axis.
      this.addObjective(tidyTitle(firstSentence(l.text)), l.n, this.axis);
      return;
    }
    if (isHeadingLike(l) && l.text.split(' ').length <= 8) {
      // An unrelated heading ("Le financement", "Gouvernance") closes the axis being read.
      this.axis = undefined;
      this.action = undefined;
      this.section = f;
      this.role = { kind: 'none' };
      return;
    }
    const target = this.axis ?? this.pendingThemes[this.pendingThemes.length - 1];
    if (target) {
      target.body.push(f);
      for (const o of objectivePhrases(l.text)) target.objectives.push({ text: o, line: l.n });
    }
    this.role = { kind: 'none' };
  }

  /** "Objectifs :" right under an axis (a heading or an item of a list of axes) belongs to it. */
  private objectiveLabel(l: SourceLine, f: string): boolean {
    const m = OBJECTIVE_LINE.exec(f);
    if (!m) return false;
    this.objectiveTarget = this.axis ?? this.listAxis;
    const value = m[1] ? tidyTitle(tail(l.text, f, m[1])) : '';
    if (value !== '') this.addObjective(value, l.n, this.objectiveTarget);
    this.role = { kind: 'objectives' };
    return true;
  }

  /** "… autour de 4 axes : la petite enfance, …" (when the count matches), "Les thématiques : a ; b ; c". */
  private inlineAxes(l: SourceLine, f: string): boolean {
    const found = inlinePieces(l.text, f);
    if (!found) return false;
    for (const p of found.pieces) {
      const title = tidyTitle(p);
      this.newAxis({ title, type: found.type, line: l.n, doubt: found.counted ? 'list' : 'inline', themes: themesIn(fold(title)) });
    }
    return true;
  }

  /** "Petite enfance" alone on its line: a theme of the current axis, or a thematic axis in waiting. */
  private themeHeading(l: SourceLine, f: string): boolean {
    const theme = isHeadingLike(l) ? themeHeading(f) : undefined;
    if (!theme) return false;
    if (this.axis) this.axis.themes.push(theme);
    else
      this.pendingThemes.push({ title: tidyTitle(l.text), type: 'thematique', line: l.n, themes: [theme], objectives: [], body: [], doubt: 'theme-heading' });
    this.role = { kind: 'none' };
    return true;
  }

  /** A line ending with ":" or followed by a list: what it names decides what the items are. */
  private listIntroduction(l: SourceLine, f: string, i: number): boolean {
    let k = i + 1;
    while (k < this.lines.length && (this.lines[k].kind === 'blank' || this.lines[k].kind === 'noise')) k++;
    const next = this.lines[k];
    if (!/:$/.test(l.text) && !(next !== undefined && isListLine(next) && !this.used.has(next.n))) return false;
    this.role = listRoleOf(f);
    this.objectiveTarget = this.axis;
    this.listAxis = undefined;
    this.listIndent = -1;
    this.axisListNumber = undefined;
    if (this.role.kind === 'axes') this.axis = undefined; // a list of axes ends the previous axis' content
    return true;
  }

  /** The axis (or theme heading waiting to become one) with this title, articles aside. */
  private axisTitled(label: string): AxisDraft | undefined {
    const key = (t: string) =>
      fold(t)
        .replace(/^(?:la|le|les|l')\s*/, '')
        .trim();
    return [...this.axes, ...this.pendingThemes].find((a) => key(a.title) === key(label));
  }

  private listItem(l: SourceLine, f: string): void {
    // "2. …" after "1. <axe>" and its objectives: the list of axes goes on.
    if (
      this.axisListNumber !== undefined &&
      (l.kind === 'numbered' || l.kind === 'roman') &&
      l.number === this.axisListNumber + 1 &&
      l.indent <= this.listIndent &&
      this.listAxis
    ) {
      this.role = { kind: 'axes', type: this.listAxis.type };
    }
    const pair = THEMATIC_PAIR.exec(f) ?? themedPair(f);
    if (this.themeItem(l, f, pair)) return;
    const role = this.role;
    // "2.3 …": an item of axis 2, wherever it stands.
    const parent = l.parent !== undefined ? this.axes.find((a) => a.number === l.parent) : undefined;
    if (role.kind === 'actions') return this.actionItem(l, pair, parent);
    if (parent && role.kind !== 'axes') return this.addObjective(tidyTitle(firstSentence(l.text)), l.n, parent);
    if (role.kind === 'objectives') return this.addObjective(tidyTitle(firstSentence(l.text)), l.n, this.objectiveTarget);
    const nested = this.listAxis !== undefined && (l.indent > this.listIndent || (l.marker !== this.listMarker && l.kind === 'bullet'));
    if (role.kind === 'axes' && nested) {
      this.listAxis!.objectives.push({ text: tidyTitle(firstSentence(l.text)), line: l.n });
      return;
    }
    if (pair && (role.kind === 'axes' || role.kind === 'none') && !this.axis) return this.pairItem(l, f, pair);
    if (role.kind === 'axes') {
      const numbered = l.kind === 'numbered' || l.kind === 'roman';
      this.listAxis = this.newAxis({
        title: tidyTitle(firstSentence(l.text)),
        type: role.type,
        line: l.n,
        doubt: 'list',
        number: numbered ? l.number : undefined,
      });
      this.listAxis.body.push(f); // the rest of a long item still tells its themes
      this.listIndent = l.indent;
      this.listMarker = l.marker;
      this.axisListNumber = numbered ? l.number : undefined;
      return;
    }
    if (this.action && !this.field) return;
    // A list right under an axis, with no other announcement: what the axis will do.
    if (this.axis) this.addObjective(tidyTitle(firstSentence(l.text)), l.n, this.axis);
  }

  /** "cibler les actions sur : – la petite enfance ; – l'accès aux droits…": bare theme names are thematic axes. */
  private themeItem(l: SourceLine, f: string, pair: RegExpExecArray | null): boolean {
    const role = this.role;
    if (pair || this.axis || (role.kind !== 'actions' && role.kind !== 'axes') || !themeHeading(f.replace(/[;.,]+$/, ''))) return false;
    this.newAxis({ title: tidyTitle(l.text), type: role.kind === 'axes' ? role.type : 'thematique', line: l.n, doubt: 'list', themes: themesIn(f) });
    return true;
  }

  /** An item of a list of actions; "Petite enfance : création d'un guichet" goes under the theme it names. */
  private actionItem(l: SourceLine, pair: RegExpExecArray | null, parent: AxisDraft | undefined): void {
    const themed = pair ? this.axisTitled(group(l.text, pair, 1)) : undefined;
    const title = tidyTitle(themed && pair ? group(l.text, pair, 2) : l.text);
    const named = parent ?? themed;
    const under = named ?? this.axis;
    const number = l.kind === 'numbered' && l.parent === undefined ? l.number : undefined;
    if (this.actions.some((a) => a.fromList && fold(a.title) === fold(title))) return; // the same list repeated
    this.actions.push({ number, title, line: l.n, axis: under, axisByPosition: named === undefined && under !== undefined, fields: {}, fromList: true });
  }

  /** "En matière de petite enfance : développer …": a thematic orientation and its objective. */
  private pairItem(l: SourceLine, f: string, pair: RegExpExecArray): void {
    const label = tidyTitle(group(l.text, pair, 1));
    const themes = themesIn(fold(label));
    const type: AxisType = this.role.kind === 'axes' ? this.role.type : /orientation/.test(this.section) ? 'orientation' : 'thematique';
    const made = this.newAxis({ title: label, type, line: l.n, themes: themes.length ? themes : [label.toLocaleLowerCase('fr-FR')], doubt: 'list' });
    made.objectives.push({ text: tidyTitle(firstSentence(tail(l.text, f, pair[2]))), line: l.n });
  }
}
