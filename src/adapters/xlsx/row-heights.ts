// Row heights for wrapped text. exceljs cannot measure text, Excel shows a row without a
// stored height at one line, and a wrapped cell then hides its end (LibreOffice recomputes
// some rows and not others, so printed rows overlapped). The height is estimated from the
// text's length and the column's width, on the safe side: a little blank space rather than
// a cut line. Rows only ever grow: a height someone set larger is kept.
import ExcelJS from 'exceljs';

/** Points per line of the default 11 pt font (Excel's default row height). */
export const LINE_HEIGHT_PT = 15;
/** exceljs' default column width, in characters, when none was set. */
const DEFAULT_WIDTH = 8.43;
/**
 * Characters of text per character of width. The width unit is the widest digit; average
 * French text is narrower in Calibri but not in the fonts LibreOffice falls back to (DejaVu),
 * and words break early: count a character as a digit, less 5 % lost at line ends, and bold
 * a little wider.
 */
const FILL = { regular: 0.95, bold: 0.85 };
/** Excel's own cap on a row's height, in points. */
const MAX_HEIGHT_PT = 409;

/** The number of lines `text` takes in a wrapped cell `width` characters wide. */
export function wrappedLines(text: string, width: number, bold = false): number {
  const perLine = Math.max(1, Math.floor(width * (bold ? FILL.bold : FILL.regular)));
  return text.split(/\r?\n/).reduce((n, line) => n + paragraphLines(line, perLine), 0);
}

/** How many lines of `perLine` characters one paragraph fills, breaking between words as a spreadsheet does. */
function paragraphLines(paragraph: string, perLine: number): number {
  let lines = 1;
  let used = 0;
  for (const word of paragraph.split(' ')) {
    const need = used === 0 ? word.length : used + 1 + word.length;
    if (need <= perLine) used = need;
    else if (used === 0) {
      // A word longer than the line is cut across lines.
      lines += Math.ceil(word.length / perLine) - 1;
      used = word.length % perLine || perLine;
    } else {
      lines++;
      used = word.length;
      if (used > perLine) {
        lines += Math.ceil(used / perLine) - 1;
        used = used % perLine || perLine;
      }
    }
  }
  return lines;
}

/** The text a cell shows, as far as its length goes (a formula's result is unknown: one line). */
function shownText(cell: ExcelJS.Cell): string {
  const v = cell.value;
  if (typeof v === 'string') return v;
  if (v && typeof v === 'object' && 'richText' in v) return v.richText.map((r) => r.text).join('');
  return '';
}

/** Grows each row of `ws` whose wrapped cells need more than one line. */
export function fitRowHeights(ws: ExcelJS.Worksheet): void {
  ws.eachRow((row) => {
    let lines = 1;
    row.eachCell((cell, col) => {
      if (!cell.alignment?.wrapText) return;
      const text = shownText(cell);
      if (text === '') return;
      lines = Math.max(lines, wrappedLines(text, ws.getColumn(col).width ?? DEFAULT_WIDTH, cell.font?.bold === true));
    });
    if (lines < 2) return;
    const height = Math.min(MAX_HEIGHT_PT, lines * LINE_HEIGHT_PT);
    if (!row.height || row.height < height) row.height = height;
    // In a tall row a one-line cell would sit at the bottom, away from the text it goes with.
    row.eachCell((cell) => {
      if (!cell.alignment?.vertical) cell.alignment = { ...cell.alignment, vertical: 'top' };
    });
  });
}
