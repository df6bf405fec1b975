// Axes, objectives and fiches actions. Reads the text top to bottom the way a
// person does: explicit headings ("Axe 1 :", "Enjeu n°2", "Fiche action n°4"),
// ordinal sentences ("Le deuxième axe vise à …"), lists announced by the line
// before them ("Les principaux enjeux sont :", "16 fiches actions …:"), theme
// headings ("Petite enfance") and objective phrasings ("L'objectif est de …").
import { AxisType } from '../domain/schema';
import { SourceLine, fold, capitalise, stripEnd, firstSentence, isListLine, isHeadingLike, romanValue } from './text';
import {
  AXIS_HEADING, AXIS_TYPE_OF, ACTION_HEADING, ACTION_FIELDS, AXIS_WORDS, ORDINALS, ORDINAL_PATTERN,
  NUMBER_WORD_PATTERN, readCount, themeHeading, themesIn, MAX_FIELD_LABEL_WORDS,
} from './vocabulary';

export type ActionField = (typeof ACTION_FIELDS)[number]['field'];

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
  doubt?: 'composed' | 'theme-heading' | 'list';
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

/** A line that starts with a verb in the infinitive, as objectives are written ("Favoriser…", "Mettre en place…"). */
const INFINITIVE = /^(?:\p{Lu}\p{Ll}+(?:er|ir|re|oir)|Mettre|Faire|Rendre|Prendre|Promouvoir)\s+\S/u;

/** Lines about the convention's money, which end a fiche even without a heading before them. */
const ENDS_FICHE = /\b(?:enveloppe|annexe financiere|engagements financiers)\b/;

/** Fields whose value may run over several paragraphs. */
const TEXT_FIELDS = new Set<ActionField>(['context', 'description', 'means', 'audience', 'schedule']);

export interface Announced { what: 'axes' | 'actions' | 'objectives'; type?: AxisType; count: number; line: number }

export interface Structure {
  axes: AxisDraft[];
  actions: ActionDraft[];
  looseObjectives: { text: string; line: number }[];
  announced: Announced[];
}

type ListRole = { kind: 'actions' } | { kind: 'objectives' } | { kind: 'axes'; type: AxisType } | { kind: 'none' };

/** Where a matched part of folded text starts in the original (fold keeps NFC lengths). */
const tail = (original: string, folded: string, groupText: string) => original.slice(folded.length - groupText.length).trim();

/** The original text of a group of a match on the folded line (fold keeps NFC lengths; matches here are anchored at 0). */
const group = (original: string, m: RegExpExecArray, k: number) => original.substr(m[0].indexOf(m[k]), m[k].length);

/** Titles as people want to read them: no trailing punctuation, no SHOUTING, first letter capital. */
export function tidyTitle(text: string): string {
  let t = stripEnd(text.replace(/^[\s:–—-]+/, ''));
  if (t.length > 3 && t === t.toLocaleUpperCase('fr-FR') && /\p{Lu}{3}/u.test(t)) t = t.toLocaleLowerCase('fr-FR');
  return capitalise(t);
}

const ORDINAL_AXIS = new RegExp(`^(?:(?:le|la|l')\\s*)?(${ORDINAL_PATTERN}|dernier|derniere)\\s+(axe|enjeu|ambition|orientation|volet|defi|priorite|chantier)\\b([^.:]*?)(?:\\s*:\\s*|\\s+(?:vise|visera)\\s+a\\s+|\\s+consiste(?:ra)?\\s+a\\s+|\\s+porte(?:ra)?\\s+sur\\s+|\\s+concerne(?:ra)?\\s+|\\s+a pour (?:objectif|ambition|but) de\\s+|\\s+(?:est|sera) (?:de|consacre a)\\s+|\\s+s'attache(?:ra)? a\\s+)(.+)$`);
/** "Orientation 1.1 : …", "Objectif stratégique 2.3 –": a sub-item of the axis being read. */
const SUB_HEADING = /^(?:axe|enjeu|ambition|orientation|objectif|priorite|thematique|action)s?(?:\s+(?:strategique|operationnel|prioritaire|specifique)s?)?\s*(?:n\s*°|no\.?)?\s*\d{1,2}\.\d{1,2}\b\s*[:.)\-–—]?\s*(.+)$/;
const OBJECTIVE_LINE = /^objectifs?(?:\s+(?:strategiques?|operationnels?|generaux|general|specifiques?|prioritaires?))?(?:\s*(?:n\s*°|no\.?)?\s*[\d.]+)?\s*(?:[:–—-]\s*(.*))?$/;
const OBJECTIVE_PHRASE = /(?:l'objectif (?:est|sera|principal est) d[e']|l'ambition (?:est|sera) d[e']|a pour (?:objectif|ambition|but|finalite) d[e']|prevoi(?:t|ent) d[e']|s'agit d[e']|(?:l'un des )?(?:premiers? |principaux )?moyens? (?:est|sera) d[e']|ambitionnent? d[e'])\s*/g;
const ENJEU_SENTENCE = /^(.{10,200}?)\s+(?:est|sont|constitue|constituent|reste|demeure)\s+(?:aussi\s+|egalement\s+|donc\s+)?(?:un|une|l'un des)\s+(?:enjeux?|objectifs?|priorites?|axes?)\b/;
const THEMATIC_PAIR = /^(?:en matiere d(?:e |'|u |es )|dans le domaine d(?:e |'|u |es )|concernant (?:la |le |l'|les )?|s'agissant d(?:e |'|u |es )|au titre d(?:e |'|u |es )|volet\s+)(.{2,70}?)\s*:\s*(.+)$/;
const COUNT = new RegExp(`\\b(\\d{1,2}|${NUMBER_WORD_PATTERN})\\s+(?:(?:grand|grande|principa|premier|nouvel|nouvelle|prochain)\\w*\\s+)?(fiches?[- ]actions?|actions|axes|enjeux|ambitions|orientations|objectifs|thematiques|priorites)\\b`);

/** "… autour de 4 axes : a, b, c et d." — an announced count and its items on one line. */
const INLINE_LIST = new RegExp(`\\b(\\d{1,2}|${NUMBER_WORD_PATTERN})\\s+(?:grand(?:e)?s\\s+|principa\\w+\\s+)?(axes|enjeux|ambitions|orientations|thematiques|priorites)\\b[^:]{0,60}:\\s*(.{3,})$`);

function listRoleOf(line: string): ListRole {
  // "Pour chaque thématique, des actions …": the axis word is distributive, the list is of actions.
  const folded = line.replace(/\b(?:pour|dans|de) chaque \w+|\bpar (?:axe|enjeu|thematique|orientation|ambition)\b/g, '');
  const candidates: { at: number; role: ListRole }[] = [];
  const action = /fiches?[- ]actions?|\bactions?\b|plan d'actions?/.exec(folded);
  if (action) candidates.push({ at: action.index, role: { kind: 'actions' } });
  const objective = /\bobjectifs?\b/.exec(folded);
  if (objective) candidates.push({ at: objective.index, role: { kind: 'objectives' } });
  for (const w of AXIS_WORDS) {
    const m = w.re.exec(folded);
    if (m) candidates.push({ at: m.index, role: { kind: 'axes', type: w.type } });
  }
  candidates.sort((a, b) => a.at - b.at);
  return candidates[0]?.role ?? { kind: 'none' };
}

function announcedIn(l: SourceLine): Announced | undefined {
  const m = COUNT.exec(fold(l.text));
  const count = m ? readCount(m[1]) : undefined;
  if (!m || count === undefined || count < 1) return undefined;
  const word = m[2];
  if (/action/.test(word)) return { what: 'actions', count, line: l.n };
  if (/objectif/.test(word)) return { what: 'objectives', count, line: l.n };
  const type = AXIS_WORDS.find((w) => w.re.test(word))?.type;
  return { what: 'axes', type, count, line: l.n };
}

/** Objectives stated in a running sentence: "L'objectif est de développer …". */
function objectivePhrases(text: string): string[] {
  const f = fold(text);
  const out: string[] = [];
  for (const m of f.matchAll(OBJECTIVE_PHRASE)) {
    const start = m.index! + m[0].length;
    const rest = firstSentence(text.slice(start));
    if (rest.split(' ').length >= 3) out.push(tidyTitle(rest.replace(/\s*cela passera par\b.*$/iu, '')));
  }
  const enjeu = ENJEU_SENTENCE.exec(f);
  if (enjeu && /^[a-z]+er\b/.test(enjeu[1]) && !/^(?:le|la|les|l'|il|elle|ce|cette)\b/.test(enjeu[1])) {
    out.push(tidyTitle(text.slice(0, enjeu[1].length)));
  }
  return out;
}

/** "Pilote : Mairie", or a fiche pasted from a table: "Pilote<tab>Mairie". */
function labelAndValue(l: SourceLine): { label: string; value: string } | undefined {
  if (l.cells && l.cells.length >= 2) return { label: l.cells[0].replace(/\s*:$/, ''), value: l.cells.slice(1).join(' ').trim() };
  const m = /^([^:]{2,45}?)\s*:\s*(.*)$/.exec(l.text);
  return m ? { label: m[1], value: m[2].trim() } : undefined;
}

function fieldOf(label: string): ActionField | undefined {
  const f = fold(label).trim().replace(/\s*:$/, '');
  if (f.split(/\s+/).length > MAX_FIELD_LABEL_WORDS) return undefined;
  return ACTION_FIELDS.find((x) => x.re.test(f))?.field;
}

export function readStructure(lines: SourceLine[], used: Set<number>): Structure {
  const axes: AxisDraft[] = [];
  const actions: ActionDraft[] = [];
  const looseObjectives: { text: string; line: number }[] = [];
  const announced: Announced[] = [];
  const pendingThemes: AxisDraft[] = []; // theme headings seen before any axis
  let axis: AxisDraft | undefined; // the axis whose content we are reading
  let action: ActionDraft | undefined; // the fiche action whose fields we are reading
  let field: ActionField | undefined;
  let role: ListRole = { kind: 'none' };
  let listAxis: AxisDraft | undefined; // last axis made from a list item, for nested bullets
  let listIndent = -1;
  let listMarker = '';
  let section = ''; // folded text of the last heading, which names what the lists below it are
  let awaitingTitle: AxisDraft | ActionDraft | undefined;
  let objectiveTarget: AxisDraft | undefined; // where the items of an objectives list go
  let axisListNumber: number | undefined; // number of the last item of a numbered list of axes

  const newAxis = (a: Omit<AxisDraft, 'themes' | 'objectives' | 'body'> & Partial<AxisDraft>): AxisDraft => {
    const made: AxisDraft = { themes: [], objectives: [], body: [], ...a };
    axes.push(made);
    return made;
  };
  const addObjective = (text: string, line: number, target: AxisDraft | undefined) => {
    if (text === '') return;
    if (target) target.objectives.push({ text, line });
    else looseObjectives.push({ text, line });
  };
  /** "Le deuxième axe" with no first axis yet: the theme headings read so far are the first axis. */
  const promotePending = (type: AxisType) => {
    if (axes.length > 0 || pendingThemes.length === 0) return;
    const titles = pendingThemes.map((p) => p.title.replace(/^(?:la|le|les|l['’])\s*/iu, ''));
    const joined = titles.length === 1 ? titles[0] : `${titles.slice(0, -1).join(', ')} et ${titles[titles.length - 1]}`;
    newAxis({
      number: 1, title: capitalise(joined.toLocaleLowerCase('fr-FR')), type, line: pendingThemes[0].line, doubt: 'composed',
      themes: pendingThemes.flatMap((p) => p.themes), objectives: pendingThemes.flatMap((p) => p.objectives), body: pendingThemes.flatMap((p) => p.body),
    });
    pendingThemes.length = 0;
  };

  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    if (l.kind === 'blank' || l.kind === 'noise' || used.has(l.n)) continue;
    const f = fold(l.text);
    const count = announcedIn(l);
    if (count) announced.push(count);

    const fieldLabel = labelAndValue(l)?.label;
    if (awaitingTitle && !isListLine(l) && !(fieldLabel && fieldOf(fieldLabel)) && !fieldOf(l.text)) {
      awaitingTitle.title = tidyTitle(l.text);
      awaitingTitle = undefined;
      continue;
    }
    awaitingTitle = undefined;

    // Fiche action heading.
    const actionHead = l.kind !== 'numbered' ? ACTION_HEADING.exec(f) : null;
    if (actionHead && (isHeadingLike(l) || /[:–—-]/.test(l.text.slice(0, 30)))) {
      const n = Number(actionHead[1].split(/[.-]/)[0]);
      // The same fiche named twice (a summary or table of contents, then the fiche itself): one fiche.
      const newTitle = fold(stripEnd(tail(l.text, f, actionHead[2])));
      const twin = /^\d+$/.test(actionHead[1]) ? actions.find((a) => a.number === n && !a.fromList && Object.keys(a.fields).length === 0 && (fold(a.title) === newTitle || a.title === '')) : undefined;
      if (twin) actions.splice(actions.indexOf(twin), 1);
      action = { number: /^\d+$/.test(actionHead[1]) ? n : undefined, title: tidyTitle(tail(l.text, f, actionHead[2])), line: l.n, axis, axisByPosition: axis !== undefined, fields: {}, fromList: false };
      actions.push(action);
      if (action.title === '') awaitingTitle = action;
      field = undefined;
      role = { kind: 'none' };
      continue;
    }

    // "Orientation 1.1 : …" under "Axe 1": an objective of the axis, not a new axis.
    const sub = !action && (axis || listAxis) ? SUB_HEADING.exec(f) : null;
    if (sub) {
      addObjective(tidyTitle(tail(l.text, f, sub[1])), l.n, axis ?? listAxis);
      continue;
    }

    // Explicit axis heading ("Axe 2 : …"); inside a fiche, "Axe 2" names the fiche's axis.
    const axisHead = !isListLine(l) || l.kind === 'bullet' ? AXIS_HEADING.exec(f) : null;
    if (axisHead) {
      const num = axisHead[2] ? Number(axisHead[2]) : /^[ivx]+$/.test(axisHead[3]) ? romanValue(axisHead[3].toUpperCase()) : axisHead[3].charCodeAt(0) - 96;
      const existing = axes.find((a) => a.number === num && a.type === AXIS_TYPE_OF[axisHead[1]]);
      if (action && existing) {
        action.axis = existing;
        action.axisByPosition = false;
        continue;
      }
      promotePending(AXIS_TYPE_OF[axisHead[1]]);
      // The same axis announced twice (a summary, then its section): one axis, the later title wins.
      const sameTitle = (a: AxisDraft) => a.title === '' || fold(a.title) === fold(tidyTitle(tail(l.text, f, axisHead[4])));
      const twin = axes.find((a) => a.number === num && a.type === AXIS_TYPE_OF[axisHead[1]] && a.objectives.length === 0 && a.body.length === 0 && a.doubt === undefined && sameTitle(a));
      if (twin) axes.splice(axes.indexOf(twin), 1);
      axis = newAxis({ number: num, title: tidyTitle(tail(l.text, f, axisHead[4])), type: AXIS_TYPE_OF[axisHead[1]], line: l.n });
      if (axis.title === '') awaitingTitle = axis;
      action = undefined;
      field = undefined;
      role = { kind: 'none' };
      section = f;
      continue;
    }

    // Inside a fiche action: labelled fields ("Public visé : …", "Partenaires :" then a list).
    if (action) {
      const labelled = labelAndValue(l);
      const bareLabel = !labelled && isHeadingLike(l) ? fieldOf(l.text) : undefined;
      const labelField = labelled ? fieldOf(labelled.label) : bareLabel;
      if (labelField) {
        field = labelField;
        const value = labelled ? labelled.value : '';
        if (value !== '') (action.fields[field] ??= []).push(value);
        else action.fields[field] ??= [];
        continue;
      }
      const continues = field !== undefined && !ENDS_FICHE.test(f) && (isListLine(l) || (TEXT_FIELDS.has(field) && !isHeadingLike(l)));
      if (continues) {
        (action.fields[field!] ??= []).push(l.text);
        continue;
      }
      // Anything else ends the fiche ("Article 4 – Financement", a new section).
      action = undefined;
      field = undefined;
    }

    // Ordinal sentence: "Le deuxième axe d'amélioration vise à maintenir …".
    const ordinal = !isListLine(l) ? ORDINAL_AXIS.exec(f) : null;
    if (ordinal) {
      const type = AXIS_TYPE_OF[ordinal[2]] ?? 'axe';
      const rank = ORDINALS[ordinal[1]];
      if (rank === undefined || rank > 1) promotePending(type);
      const clause = tail(l.text, f, ordinal[4]);
      const title = tidyTitle(firstSentence(clause).replace(/^(?:à|de|d['’])\s+/u, ''));
      axis = newAxis({ number: rank ?? axes.length + 1, title, type, line: l.n });
      action = undefined;
      for (const o of objectivePhrases(clause.slice(firstSentence(clause).length))) addObjective(o, l.n, axis);
      axis.body.push(f);
      role = { kind: 'none' };
      continue;
    }

    if (isListLine(l) || (l.kind === 'roman' && (role.kind === 'axes' || role.kind === 'actions' || axisListNumber !== undefined))) {
      handleListItem(l, f);
      continue;
    }

    // A plain line: objective label, theme heading, list introduction, heading or paragraph.
    const objectiveLine = OBJECTIVE_LINE.exec(f);
    if (objectiveLine) {
      // "Objectifs :" right under an axis (a heading or an item of a list of axes) belongs to it.
      objectiveTarget = axis ?? listAxis;
      const value = objectiveLine[1] ? tidyTitle(tail(l.text, f, objectiveLine[1])) : '';
      if (value !== '') addObjective(value, l.n, objectiveTarget);
      role = { kind: 'objectives' };
      continue;
    }
    if (!axis && !action && inlineAxes(l, f)) continue;
    const theme = isHeadingLike(l) ? themeHeading(f) : undefined;
    if (theme) {
      if (axis) axis.themes.push(theme);
      else pendingThemes.push({ title: tidyTitle(l.text), type: 'thematique', line: l.n, themes: [theme], objectives: [], body: [], doubt: 'theme-heading' });
      role = { kind: 'none' };
      continue;
    }
    let k = i + 1;
    while (k < lines.length && (lines[k].kind === 'blank' || lines[k].kind === 'noise')) k++;
    const nextList = lines[k];
    const introducesList = /:$/.test(l.text) || (nextList !== undefined && isListLine(nextList) && !used.has(nextList.n));
    if (introducesList) {
      role = listRoleOf(f);
      objectiveTarget = axis;
      listAxis = undefined;
      listIndent = -1;
      axisListNumber = undefined;
      // A list of axes ends the previous axis' content; so does a list of actions outside any axis.
      if (role.kind === 'axes') axis = undefined;
      continue;
    }
    if (axis && !action && INFINITIVE.test(l.text) && l.text.length <= 200) {
      // "Favoriser l'engagement des jeunes" on its own line under "Axe 2": an objective of that axis.
      addObjective(tidyTitle(firstSentence(l.text)), l.n, axis);
      continue;
    }
    if (isHeadingLike(l) && l.text.split(' ').length <= 8) {
      // An unrelated heading ("Le financement", "Gouvernance") closes the axis being read.
      axis = undefined;
      action = undefined;
      section = f;
      role = { kind: 'none' };
      continue;
    }
    const target = axis ?? pendingThemes[pendingThemes.length - 1];
    if (target) {
      target.body.push(f);
      for (const o of objectivePhrases(l.text)) target.objectives.push({ text: o, line: l.n });
    }
    role = { kind: 'none' };
  }
  if (axes.length === 0 && pendingThemes.length > 0) axes.push(...pendingThemes); // theme headings alone: each one is a thematic axis
  return { axes, actions, looseObjectives, announced };

  /**
   * "Elle s'articule autour de 4 axes : la petite enfance, l'enfance-jeunesse, la parentalité
   * et l'animation de la vie sociale." Taken only when the pieces are exactly as many as announced.
   */
  function inlineAxes(l: SourceLine, f: string): boolean {
    const m = INLINE_LIST.exec(f);
    const count = m ? readCount(m[1]) : undefined;
    if (!m || count === undefined || count < 2) return false;
    const after = l.text.slice(f.length - m[3].length);
    const pieces = stripEnd(after).split(/\s*;\s*|\s*,\s*(?:et\s+)?|\s+et\s+(?=\S+\s*$|l['’]|la |le |les |du |de la |des )/u).map((p) => p.trim()).filter((p) => p !== '');
    if (pieces.length !== count) return false;
    const type = AXIS_WORDS.find((w) => w.re.test(m[2]))?.type ?? 'axe';
    for (const p of pieces) {
      const title = tidyTitle(p);
      newAxis({ title, type, line: l.n, doubt: 'list', themes: themesIn(fold(title)) });
    }
    return true;
  }

  /** The axis (or theme heading waiting to become one) with this title, articles aside. */
  function axisTitled(label: string): AxisDraft | undefined {
    const key = (t: string) => fold(t).replace(/^(?:la|le|les|l')\s*/, '').trim();
    return [...axes, ...pendingThemes].find((a) => key(a.title) === key(label));
  }

  function handleListItem(l: SourceLine, f: string): void {
    // "2. …" after "1. <axe>" and its objectives: the list of axes goes on.
    if (axisListNumber !== undefined && (l.kind === 'numbered' || l.kind === 'roman') && l.number === axisListNumber + 1 && l.indent <= listIndent && listAxis) {
      role = { kind: 'axes', type: listAxis.type };
    }
    const pair = THEMATIC_PAIR.exec(f) ?? themedPair(l.text, f);
    const nested = listAxis !== undefined && (l.indent > listIndent || (l.marker !== listMarker && l.kind === 'bullet'));
    // "cibler les actions sur : – la petite enfance ; – l'accès aux droits…": items that are
    // nothing but a theme name are thematic axes, whatever the introduction calls them.
    const bareTheme = themeHeading(f.replace(/[;.,]+$/, ''));
    if (bareTheme && !pair && !axis && (role.kind === 'actions' || role.kind === 'axes')) {
      const type: AxisType = role.kind === 'axes' ? role.type : 'thematique';
      newAxis({ title: tidyTitle(l.text), type, line: l.n, doubt: 'list', themes: themesIn(f) });
      return;
    }
    if (role.kind === 'actions') {
      // "Petite enfance : création d'un guichet unique" — an action under the theme it names.
      const themed = pair ? axisTitled(group(l.text, pair, 1)) : undefined;
      const t = tidyTitle(themed && pair ? group(l.text, pair, 2) : l.text);
      const under = themed ?? axis;
      actions.push({ number: l.kind === 'numbered' ? l.number : undefined, title: t, line: l.n, axis: under, axisByPosition: themed === undefined && under !== undefined, fields: {}, fromList: true });
      return;
    }
    if (role.kind === 'objectives') {
      addObjective(tidyTitle(firstSentence(l.text)), l.n, objectiveTarget);
      return;
    }
    if (role.kind === 'axes' && nested) {
      listAxis!.objectives.push({ text: tidyTitle(firstSentence(l.text)), line: l.n });
      return;
    }
    if (pair && (role.kind === 'axes' || role.kind === 'none') && !axis) {
      const label = tidyTitle(group(l.text, pair, 1));
      const theme = themesIn(fold(label));
      const type: AxisType = role.kind === 'axes' ? role.type : /orientation/.test(section) ? 'orientation' : 'thematique';
      const made = newAxis({ title: label, type, line: l.n, themes: theme.length ? theme : [label.toLocaleLowerCase('fr-FR')], doubt: 'list' });
      made.objectives.push({ text: tidyTitle(firstSentence(tail(l.text, f, pair[2]))), line: l.n });
      return;
    }
    if (role.kind === 'axes') {
      listAxis = newAxis({ title: tidyTitle(l.text), type: role.type, line: l.n, doubt: 'list', number: l.kind === 'numbered' || l.kind === 'roman' ? l.number : undefined });
      listIndent = l.indent;
      listMarker = l.marker;
      axisListNumber = l.kind === 'numbered' || l.kind === 'roman' ? l.number : undefined;
      return;
    }
    if (action && !field) return;
    // A list right under an axis, with no other announcement: what the axis will do.
    if (axis) addObjective(tidyTitle(firstSentence(l.text)), l.n, axis);
  }
}

/** "Petite enfance : développer …" — a list item led by a theme name. */
function themedPair(text: string, f: string): RegExpExecArray | null {
  const m = /^([^:]{2,50}?)\s*:\s*(.+)$/.exec(f);
  if (!m || !themeHeading(m[1])) return null;
  return m;
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
    if (!inside) continue;
    const label = /^([^:]{2,45}?)\s*:/.exec(l.text)?.[1] ?? l.text;
    if ((AXIS_HEADING.exec(f) || ENDS_FICHE.test(f)) && !fieldOf(label)) inside = false;
    else if (isHeadingLike(l) && !fieldOf(label) && l.text.split(' ').length <= 8 && (!/:/.test(l.text) || /:$/.test(l.text))) inside = false;
    if (inside) out.add(l.n);
  }
  return out;
}
