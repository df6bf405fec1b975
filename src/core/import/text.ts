// Splits pasted text into classified lines. Pasted conventions come from Word
// or web pages: bullets of many shapes, numbered lists, headings, tables whose
// cells arrive separated by tabs or runs of spaces, and page furniture (cookie
// banners, share buttons) that must never become content.
import { repairMojibake } from './mojibake';

export type LineKind = 'blank' | 'noise' | 'bullet' | 'numbered' | 'lettered' | 'roman' | 'text';

export interface SourceLine {
  /** 1-based line number in the pasted text. */
  n: number;
  kind: LineKind;
  /** The content without its list marker, spaces normalised. */
  text: string;
  /** Leading indentation (in characters), to tell nested bullets apart. */
  indent: number;
  /** The list marker as written (`•`, `-`, `3.`, `b)`, `II.`), '' for plain lines. */
  marker: string;
  /** The number of a numbered / roman / lettered item. */
  number?: number;
  /** "2" in a sub-numbered item "2.3 Créer un RPE": the number of the item it belongs to. */
  parent?: number;
  /** Table cells when the line looks like a row (tabs, pipes or runs of spaces). */
  cells?: string[];
}

const BULLET = /^([•·▪▫◦○●■□►▶➢➤✓✔➔→⇒◾◆◼♦❖\uF0A7\uF0B7\uF0D8\uF0FC\-–—*+])\s+(.*)$/u;
/** Word's symbol-font bullets often arrive stuck to the text: "Favoriser…". */
const TIGHT_BULLET = /^([\uF0A7\uF0B7\uF0D8\uF0FC•▪➢➤➔→])(\S.*)$/u;
const NUMBERED = /^(\d{1,3})\s*(?:[.)°/]|[-–](?=\s))\s*(.*)$/u;
/** "1.2 Créer un RPE", "1.2. –", "2.3)": an item numbered under item 1 or 2. */
const SUBNUMBERED = /^(\d{1,2})\.(\d{1,2})\.?\s*(?:[)–-]\s*)?(?=\D)(.+)$/u;
const LETTERED = /^([a-h])\)\s+(.*)$/u;
const ROMAN = /^((?:X{0,3})(?:IX|IV|V?I{0,3}))\s*[.)\-–—:]\s+(.*)$/u;
const MARKDOWN_HEADING = /^#{1,6}\s+/;
const IMAGE_FILE = /(?:\.[\w-]+)*\.(?:jpe?g|png|gif|webp|svg|bmp)\b/giu;

/** Lines that are page furniture, whatever the site. */
const NOISE: RegExp[] = [
  /\bcookies?\b/i,
  /^page facebook$/i,
  /^(?:publié|mis à jour|modifié|posté)\s+le\b/i,
  // Buttons and menu entries: the word alone on its line ("Accueil du jeune enfant" is content).
  /^(?:partager|imprimer|retour|lire la suite|en savoir plus|accueil|menu|rechercher|fermer|accepter|refuser|tout accepter|tout refuser|paramétrer|personnaliser|télécharger|voir aussi|voir tout|haut de page|aller au contenu|précédent|suivant)\s*[›»>:.!…]*$/i,
  /^(?:partager|imprimer|envoyer)\s+(?:sur|par|cette page|l['’]article|la page)\b.{0,40}$/i,
  /^(?:accepter|refuser|paramétrer|personnaliser)\s+(?:les\s+)?(?:cookies|traceurs)\b/i,
  /^(?:suivez[- ]nous|facebook|twitter|linkedin|instagram|youtube|x \(ex-twitter\))\b.{0,40}$/i,
  /^(?:mentions légales|plan du site|politique de confidentialité|accessibilité\s*:|crédits? (?:photos?|images?))\b.{0,60}$|^crédits?$/i,
  /^©/,
  /(?:\.{4,}|…{2,}|\. \. \. )\s*\d{1,3}$/, // table of contents: "Axe 1 : Familles ........ 5"
  /^[-–]?\s*\d{1,3}\s*[-–]?$/, // a page number alone
  /^(?:page\s+)?\d{1,3}\s*(?:\/|sur)\s*\d{1,3}$/i,
  /\bpage\s+\d{1,3}\s*(?:\/|sur)\s*\d{1,3}\b/i,
  /^sommaire$|^table des matières$/i,
  /^\S+\.(?:jpe?g|png|gif|webp|svg|pdf)$/i,
  /^(?:vous aimerez aussi|articles? similaires?|dans la même rubrique|à lire aussi)\b/i,
  /^(?:accueil|vous êtes ici)\s*[>›»:]/i, // breadcrumbs
  /^(?!.*«).*\S\s+[>›»]\s+\S.*\s[>›»]\s/, // "Vivre ici > Famille > CTG" (a closing » after an opening « is a quote)
  /^(?:télécharger|consulter)\b.*\b(?:pdf|ko|mo|docx?)\b/i,
  /^(?:newsletter|s'abonner|s’abonner|inscrivez-vous|abonnez-vous|nous contacter|contactez-nous)\b.{0,60}$/i,
  /\bjavascript\b/i,
  /^(?:fil d['’]ariane|aller au menu|passer au contenu|retour en haut)\b/i,
];

const ROMAN_VALUES: Record<string, number> = { I: 1, V: 5, X: 10 };

export function romanValue(roman: string): number {
  let total = 0;
  for (let i = 0; i < roman.length; i++) {
    const v = ROMAN_VALUES[roman[i]];
    const next = ROMAN_VALUES[roman[i + 1]] ?? 0;
    total += v < next ? -v : v;
  }
  return total;
}

/** Normal spaces everywhere (no-break and narrow no-break included), trimmed. */
export function normaliseSpaces(text: string): string {
  return text
    .replace(/[\u00A0\u202F\u2007\u2009\t]/g, ' ')
    .replace(/[\u200B\uFEFF]/g, '')
    .replace(/ {2,}/g, ' ')
    .trim();
}

export function isNoise(text: string): boolean {
  return NOISE.some((re) => re.test(text));
}

function splitCells(raw: string): string[] | undefined {
  const trimmed = raw.trim();
  let cells: string[];
  if (trimmed.includes('|')) cells = trimmed.replace(/^\||\|$/g, '').split('|');
  else if (trimmed.includes('\t')) cells = trimmed.split(/\t+/);
  else cells = trimmed.split(/ {3,}/);
  cells = cells.map(normaliseSpaces);
  if (cells.length < 2 || cells.every((c) => /^[-:\s]*$/.test(c))) return undefined;
  return cells;
}

export function classifyLine(raw: string, n: number): SourceLine {
  const indent = (raw.match(/^[ \t\u00A0]*/)?.[0] ?? '').replace(/\t/g, '    ').length;
  const cells = splitCells(raw.replace(/\u00A0|\u202F/g, ' '));
  const text = normaliseSpaces(raw)
    .replace(MARKDOWN_HEADING, '')
    .replace(IMAGE_FILE, '')
    .replace(/\*\*|__/g, '')
    .trim();
  const base = { n, indent, marker: '', ...(cells ? { cells } : {}) };
  if (text === '') return { ...base, kind: 'blank', text };
  if (isNoise(text)) return { ...base, kind: 'noise', text };
  let m = BULLET.exec(text) ?? TIGHT_BULLET.exec(text);
  if (m && isNoise(m[2])) return { ...base, kind: 'noise', text }; // "• Partager", "- Page Facebook"
  if (m && m[2] !== '') return { ...base, kind: 'bullet', marker: m[1], text: m[2].trim() };
  m = SUBNUMBERED.exec(text);
  if (m && !/^\s*(?:€|euros?|%)/i.test(m[3])) {
    return { ...base, kind: 'numbered', marker: `${m[1]}.${m[2]}`, number: Number(m[2]), parent: Number(m[1]), text: m[3].trim() };
  }
  m = NUMBERED.exec(text);
  if (m && m[2] !== '' && !/^\d/.test(m[2]) && !/^(?:€|euros?|%|ans?\b|années?\b)/i.test(m[2])) {
    return { ...base, kind: 'numbered', marker: m[1], number: Number(m[1]), text: m[2].trim() };
  }
  m = LETTERED.exec(text);
  if (m) return { ...base, kind: 'lettered', marker: m[1], number: m[1].charCodeAt(0) - 96, text: m[2].trim() };
  m = ROMAN.exec(text);
  if (m && m[1] !== '' && m[2] !== '') return { ...base, kind: 'roman', marker: m[1], number: romanValue(m[1]), text: m[2].trim() };
  return { ...base, kind: 'text', text };
}

export function splitLines(text: string): SourceLine[] {
  return markImplicitLists(
    text
      .normalize('NFC')
      .split(/\r\n|\r|\n/)
      .map((raw, i) => classifyLine(repairMojibake(raw), i + 1)),
  );
}

/**
 * Lists whose bullets were lost in the copy (web pages, PDFs): after a line ending
 * with ":", the plain lines that follow without a blank line are its items.
 */
function markImplicitLists(lines: SourceLine[]): SourceLine[] {
  for (let i = 0; i < lines.length; i++) {
    if (lines[i].kind !== 'text' || !/:$/.test(lines[i].text)) continue;
    let j = i + 1;
    while (j < lines.length && lines[j].kind === 'text' && lines[j].text.length <= 300 && !/:$/.test(lines[j].text)) {
      lines[j] = { ...lines[j], kind: 'bullet', marker: '' };
      j++;
    }
    i = j - 1;
  }
  return lines;
}

export const isListLine = (l: SourceLine) => l.kind === 'bullet' || l.kind === 'numbered' || l.kind === 'lettered';

/** A heading: a short line without final punctuation that is not a list item. */
export function isHeadingLike(l: SourceLine): boolean {
  if (l.kind !== 'text' && l.kind !== 'roman') return false;
  const words = l.text.split(' ').length;
  return words <= 12 && l.text.length <= 100 && !/[.;,]$/.test(l.text);
}

/** First sentence of a text (up to the first full stop followed by a space and a capital). */
export function firstSentence(text: string): string {
  const m = /^(.+?[.!?])\s+(?=[A-ZÀ-ÖØ-Þ«])/u.exec(text);
  return stripEnd(m ? m[1] : text);
}

/** Drops the trailing punctuation a list item or sentence ends with. */
export function stripEnd(text: string): string {
  return text.replace(/[\s.;,:…]+$/u, '').trim();
}

export function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase('fr-FR') + text.slice(1);
}

/** Lowercase, no accents, typographic apostrophes made plain: for matching keywords. */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’‘`´]/g, "'")
    .toLowerCase();
}
