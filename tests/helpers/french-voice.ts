// The French typography rules every user-facing text follows (issue 13, point 6), as a
// checker: what it returns is the list of broken rules, each with the text around it.

const SPACE = '[\\u00A0\\u202F]';

/** Excerpt around an index, spaces shown (· no-break, ⸱ narrow no-break) so a failure reads plainly. */
const around = (text: string, i: number) =>
  text
    .slice(Math.max(0, i - 25), i + 25)
    .replace(/\u00A0/g, '·')
    .replace(/\u202F/g, '⸱');

const RULES: { name: string; re: RegExp; column?: boolean }[] = [
  // "erreur(s)", "renseigné(e)", "trouvée(s)": write the agreed word instead.
  { name: 'plural or gender in parentheses', re: /\p{L}\((?:s|e|es|x)\)/gu },
  { name: 'straight apostrophe between letters', re: /\p{L}'\p{L}/gu },
  { name: '« not followed by a no-break space', re: new RegExp(`«(?!${SPACE})`, 'g') },
  { name: '» not preceded by a no-break space', re: new RegExp(`(?<!${SPACE})»`, 'g') },
  // Before a punctuation mark that ends a clause: not in https://, 14:32 or Budget!G4 (followed by a letter, digit or slash).
  { name: 'no no-break space before : ; ? !', re: new RegExp(`(?<!${SPACE})[:;?!](?=$|[\\s)»,.…'’"])`, 'g') },
  { name: 'plain space next to a no-break space', re: /[ \u00A0\u202F][\u00A0\u202F]|[\u00A0\u202F] /g },
  // After the first word of a line: indentation is fine, an aligned column is not text (column: true).
  { name: 'double space', re: /(?<=\S) {2,}(?=\S)/g, column: true },
];

/** The rules `text` breaks; `columns`: the text is laid out in aligned columns (runs of spaces allowed). */
export function voiceProblems(raw: string, options: { columns?: boolean } = {}): string[] {
  // A spreadsheet's error value (#REF!, #DIV/0!, #N/A) is quoted as the cell shows it.
  const text = raw.replace(/#[A-Z0-9/]+[!?]/g, '#ERREUR');
  const problems: string[] = [];
  for (const rule of RULES) {
    if (rule.column && options.columns) continue;
    for (const m of text.matchAll(rule.re)) problems.push(`${rule.name}: …${around(text, m.index ?? 0)}…`);
  }
  return problems;
}
