// Document model → .docx (the `docx` package). A4 portrait, French language,
// tables sized to the text width with a repeated, shaded header row.
import {
  AlignmentType,
  BorderStyle,
  Document,
  ExternalHyperlink,
  Footer,
  HeadingLevel,
  ImageRun,
  Packer,
  PageBreak,
  PageNumber,
  PageOrientation,
  Paragraph,
  ParagraphChild,
  ShadingType,
  TabStopType,
  Table as DocxTable,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { Block, Chart, Orientation, Run, SummaryDocument, Table } from '../../core/summary/model';
import { chartImage } from '../chart/bar-chart';
import { frSummary } from '../../i18n/fr-summary';

const CM = 567; // twips per centimetre
const A4 = { short: 21 * CM, long: Math.round(29.7 * CM) };
const MARGIN = 2 * CM;
const pageOf = (o: Orientation) => (o === 'landscape' ? { width: A4.long, height: A4.short } : { width: A4.short, height: A4.long });
const FONT = 'Arial';
const LANGUAGE = { value: 'fr-FR' };
const TABLE_FONT_SIZE = 17; // half-points: 8.5 pt keeps 7 money columns on a portrait page
const BORDER = { style: BorderStyle.SINGLE, size: 4, color: '9AA5B1' };

function runChildren(runs: Run[], size?: number): ParagraphChild[] {
  return runs.map((r) => {
    const run = new TextRun({ text: r.text, bold: r.bold, italics: r.italic, size, ...(r.link ? { style: 'Hyperlink' } : {}) });
    return r.link ? new ExternalHyperlink({ link: r.link, children: [run] }) : run;
  });
}

/** Relative widths → twips that add up to the text width exactly (Word and LibreOffice both honour fixed widths). */
function columnWidths(widths: number[], textWidth: number): number[] {
  const sum = widths.reduce((s, w) => s + w, 0);
  const cols = widths.map((w) => Math.floor((w / sum) * textWidth));
  cols[cols.length - 1] += textWidth - cols.reduce((s, w) => s + w, 0);
  return cols;
}

function tableOf(t: Table, textWidth: number): DocxTable {
  const widths = columnWidths(t.widths, textWidth);
  const cell = (value: string, col: number, kind: 'header' | 'body' | 'total') =>
    new TableCell({
      width: { size: widths[col], type: WidthType.DXA },
      margins: { top: 40, bottom: 40, left: 80, right: 80 },
      shading: kind === 'body' ? undefined : { type: ShadingType.CLEAR, fill: kind === 'header' ? 'DCE3EA' : 'F0F3F6', color: 'auto' },
      children: [
        new Paragraph({
          alignment: t.align[col] === 'right' ? AlignmentType.RIGHT : AlignmentType.LEFT,
          spacing: { after: 0 },
          children: [new TextRun({ text: value, bold: kind !== 'body', size: TABLE_FONT_SIZE })],
        }),
      ],
    });
  const row = (cells: string[], kind: 'header' | 'body' | 'total') =>
    new TableRow({ tableHeader: kind === 'header', cantSplit: true, children: cells.map((v, i) => cell(v, i, kind)) });
  return new DocxTable({
    width: { size: textWidth, type: WidthType.DXA },
    columnWidths: widths,
    layout: 'fixed',
    borders: { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER, insideHorizontal: BORDER, insideVertical: BORDER },
    rows: [row(t.header, 'header'), ...t.rows.map((r) => row(r, 'body')), ...t.totals.map((r) => row(r, 'total'))],
  });
}

/** Twips of the text width → points. */
const TWIPS_PER_PT = 20;
const PX_PER_PT = 96 / 72;

/** A chart as a PNG drawn at the text width, centred in its own paragraph, its title as alternative text. */
function chartOf(chart: Chart, textWidth: number): Paragraph {
  const image = chartImage(chart, Math.floor(textWidth / TWIPS_PER_PT));
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    keepNext: true,
    children: [
      new ImageRun({
        type: 'png',
        data: image.png,
        transformation: { width: Math.round(image.widthPt * PX_PER_PT), height: Math.round(image.heightPt * PX_PER_PT) },
        altText: { name: chart.title, title: chart.title, description: chart.title },
      }),
    ],
  });
}

const HEADINGS = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;

function blockOf(b: Block, textWidth: number): (Paragraph | DocxTable)[] {
  switch (b.kind) {
    case 'title':
      return [new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(b.text)] })];
    case 'subtitle':
      return [new Paragraph({ style: 'Subtitle', children: [new TextRun(b.text)] })];
    case 'heading':
      return [new Paragraph({ heading: HEADINGS[b.level], children: [new TextRun(b.text)] })];
    case 'paragraph':
      return [new Paragraph({ children: runChildren(b.runs) })];
    case 'bullets':
      // Items sit close together; the last one keeps a gap before what follows.
      return b.items.map(
        (item, i) => new Paragraph({ bullet: { level: 0 }, spacing: { after: i === b.items.length - 1 ? 160 : 40 }, children: runChildren(item) }),
      );
    case 'table':
      // An empty paragraph after a table keeps two consecutive tables from merging into one.
      return [tableOf(b, textWidth), new Paragraph({ children: [] })];
    case 'chart':
      return [chartOf(b, textWidth)];
    case 'pageBreak':
      return [new Paragraph({ children: [new PageBreak()] })];
  }
}

const heading = (size: number, color: string, before: number) => ({
  run: { font: FONT, size, bold: true, color },
  paragraph: { spacing: { before, after: 120 }, keepNext: true },
});

export function docxDocument(doc: SummaryDocument): Document {
  const page = pageOf(doc.orientation);
  const textWidth = page.width - 2 * MARGIN;
  return new Document({
    title: doc.name,
    creator: frSummary.creator,
    styles: {
      default: {
        document: { run: { font: FONT, size: 21, language: LANGUAGE }, paragraph: { spacing: { after: 100 } } },
        title: { run: { font: FONT, size: 40, bold: true, color: '1F3A5F' }, paragraph: { spacing: { after: 120 } } },
        heading1: heading(30, '1F3A5F', 360),
        heading2: heading(25, '2E5A88', 240),
        heading3: heading(22, '2E5A88', 200),
      },
      paragraphStyles: [
        { id: 'Subtitle', name: 'Subtitle', basedOn: 'Normal', run: { font: FONT, size: 24, color: '4A5A6A' }, paragraph: { spacing: { after: 240 } } },
      ],
      characterStyles: [{ id: 'Hyperlink', name: 'Hyperlink', run: { color: '1155CC', underline: {} } }],
    },
    sections: [
      {
        properties: {
          page: {
            // docx swaps width and height itself for landscape: give the portrait size and the orientation.
            size: { width: A4.short, height: A4.long, orientation: doc.orientation === 'landscape' ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT },
            margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
          },
        },
        footers: { default: footerOf(doc.footer, textWidth) },
        children: doc.blocks.flatMap((b) => blockOf(b, textWidth)),
      },
    ],
  });
}

/** The foot of each page: the document's footer line on the left, « Page 3 / 12 » on the right. */
function footerOf(text: string | undefined, textWidth: number): Footer {
  const small = { font: FONT, size: 16, color: '4A5A6A' };
  return new Footer({
    children: [
      new Paragraph({
        tabStops: [{ type: TabStopType.RIGHT, position: textWidth }],
        children: [
          new TextRun({ ...small, text: text ?? '' }),
          new TextRun({ ...small, children: ['\t', `${frSummary.pageWord} `, PageNumber.CURRENT, ` ${frSummary.pageOf} `, PageNumber.TOTAL_PAGES] }),
        ],
      }),
    ],
  });
}

export async function renderDocx(doc: SummaryDocument): Promise<Buffer> {
  return Packer.toBuffer(docxDocument(doc));
}
