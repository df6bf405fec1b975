// Document model → Google Docs body: the text through DocumentApp (one call per block,
// one per table), then every table's styling (fills, bold, alignment, widths) in one
// Docs.Documents.batchUpdate, with indices read by one Documents.get of the saved document.
// Rewrites the body in place (regeneration keeps the same document and its link).
import type { Block, Chart, Orientation, Run, SummaryDocument, Table } from '../../core/summary/model';
import { chartImage } from '../chart/bar-chart';
import { runsText } from '../../core/summary/blocks';
import type {
  DocsAdvanced,
  DocsApp,
  DocsBlobs,
  DocsBody,
  DocsEnums,
  DocsRange,
  DocsRequest,
  DocsRestDocument,
  DocsRestStructuralElement,
  DocsRgb,
  DocsTable,
  DocsTextStyle,
} from './docs-api';
import { UserError } from '../../app/errors';
import { frSummary } from '../../i18n/fr-summary';

/** A4 in points, and Docs' default 2.54 cm margins. */
const A4_PT = { short: 595, long: 842 };
const MARGIN_PT = 72;
export const textWidthPt = (o: Orientation) => (o === 'landscape' ? A4_PT.long : A4_PT.short) - 2 * MARGIN_PT;
const HEADER_FILL = '#dce3ea';
const TOTAL_FILL = '#f0f3f6';

/** A table written through DocumentApp, to be styled by the batch once the document is saved. */
export type StyledTable = { table: DocsTable; model: Table; widthPt: number };

/**
 * What the batch styles, by the DocumentApp child index of the element in the body: a table
 * (fills, bold, alignment, widths) or a paragraph's runs (bold, italic, links).
 */
export type PlacedStyle = { childIndex: number } & ({ kind: 'table'; model: Table; widthPt: number } | { kind: 'runs'; runs: Run[] });

/** Clears the body and writes the document's text (and images: `blobs` makes them); returns what styleDocument styles once it is saved. */
export function renderToBody(body: DocsBody, doc: SummaryDocument, docs: DocsEnums, blobs?: DocsBlobs): PlacedStyle[] {
  body.clear();
  const landscape = doc.orientation === 'landscape';
  body.setPageWidth(landscape ? A4_PT.long : A4_PT.short).setPageHeight(landscape ? A4_PT.short : A4_PT.long);
  // clear() leaves one empty paragraph that a body can never lose while it is the last one:
  // remember it, append everything after it, then remove it.
  const leftover = body.getChild(0);
  // Child indices are counted, not asked for: the leftover stands at 0 until it goes.
  const out = { styles: [] as PlacedStyle[], next: 1 };
  for (const block of doc.blocks) appendBlock(body, block, { docs, blobs, widthPt: textWidthPt(doc.orientation) }, out);
  if (out.next > 1) {
    leftover.asParagraph().removeFromParent();
    for (const s of out.styles) s.childIndex--;
  }
  return out.styles;
}

const styled = (runs: Run[]) => runs.some((r) => r.text.length > 0 && (r.bold || r.italic || r.link));

/**
 * A chart as the PNG the .docx embeds, at the text width. Apps Script turns an array of
 * numbers into Java bytes, which are signed: bytes above 127 are passed as negative numbers.
 */
function appendChart(body: DocsBody, chart: Chart, blobs: DocsBlobs | undefined, widthPt: number): void {
  if (!blobs) throw new Error('A chart needs the Utilities service to make its image.');
  const image = chartImage(chart, widthPt);
  const bytes = Array.from(image.png, (b) => (b > 127 ? b - 256 : b));
  // Docs sizes inline images in pixels that it lays out as points: the text width in points fills the line.
  body
    .appendImage(blobs.newBlob(bytes, 'image/png', 'graphique.png'))
    .setWidth(image.widthPt)
    .setHeight(image.heightPt)
    .setAltDescription(chart.title);
}

type Target = { docs: DocsEnums; blobs: DocsBlobs | undefined; widthPt: number };

function appendBlock(body: DocsBody, b: Block, { docs, blobs, widthPt }: Target, out: { styles: PlacedStyle[]; next: number }): void {
  const H = docs.ParagraphHeading;
  const runs = (items: Run[]) => {
    if (styled(items)) out.styles.push({ childIndex: out.next, kind: 'runs', runs: items });
    out.next++;
  };
  switch (b.kind) {
    case 'title':
      body.appendParagraph(b.text).setHeading(H.TITLE);
      out.next++;
      return;
    case 'subtitle':
      body.appendParagraph(b.text).setHeading(H.SUBTITLE);
      out.next++;
      return;
    case 'heading':
      body.appendParagraph(b.text).setHeading(b.level === 1 ? H.HEADING1 : b.level === 2 ? H.HEADING2 : H.HEADING3);
      out.next++;
      return;
    case 'paragraph':
      // Set explicitly rather than rely on the style an appended paragraph starts with.
      body.appendParagraph(runsText(b.runs)).setHeading(H.NORMAL);
      runs(b.runs);
      return;
    case 'bullets':
      for (const item of b.items) {
        body.appendListItem(runsText(item)).setGlyphType(docs.GlyphType.BULLET);
        runs(item);
      }
      return;
    case 'table':
      body.appendTable([b.header, ...b.rows, ...b.totals]);
      out.styles.push({ childIndex: out.next++, kind: 'table', model: b, widthPt });
      return;
    case 'chart':
      appendChart(body, b, blobs, widthPt);
      out.next++;
      return;
    case 'pageBreak':
      // Apps Script puts the page break in a paragraph of its own.
      body.appendPageBreak();
      out.next++;
      return;
  }
}

/** Reads where each table inserted by hand stands: one getChildIndex per table, whatever its size. */
export function placeTables(body: DocsBody, tables: StyledTable[]): PlacedStyle[] {
  return tables.map(({ table, model, widthPt }) => ({ childIndex: body.getChildIndex(table), kind: 'table', model, widthPt }));
}

/** Bold, italic and links of a paragraph's runs, on the text of the saved paragraph. */
export function runStyleRequests(element: DocsRestStructuralElement, runs: Run[]): DocsRequest[] {
  const length = runsText(runs).length;
  if (!element.paragraph || element.startIndex === undefined || element.endIndex - element.startIndex !== length + 1)
    throw new Error(`The saved document does not hold the paragraph of ${length} characters written at this place.`);
  const requests: DocsRequest[] = [];
  let startIndex = element.startIndex;
  for (const r of runs) {
    const endIndex = startIndex + r.text.length;
    const textStyle: DocsTextStyle = {};
    if (r.bold) textStyle.bold = true;
    if (r.italic) textStyle.italic = true;
    if (r.link) textStyle.link = { url: r.link };
    const fields = Object.keys(textStyle).join(',');
    if (r.text.length > 0 && fields) requests.push({ updateTextStyle: { range: { startIndex, endIndex }, textStyle, fields } });
    startIndex = endIndex;
  }
  return requests;
}

const rgb = (hex: string): DocsRgb => {
  const n = (i: number) => parseInt(hex.slice(i, i + 2), 16) / 255;
  return { red: n(1), green: n(3), blue: n(5) };
};

/** The text of a cell, from its first paragraph to its last one's end (newline included). */
function cellRange(cell: { content: DocsRestStructuralElement[] }): DocsRange {
  return { startIndex: cell.content[0].startIndex ?? 0, endIndex: cell.content[cell.content.length - 1].endIndex };
}

/**
 * Header and total rows bold on a tint (cell shading), amounts right-aligned, widths scaled
 * to the page: the requests for one table of the saved document.
 */
export function tableStyleRequests(element: DocsRestStructuralElement, t: Table, widthPt: number): DocsRequest[] {
  const table = element.table;
  const rowCount = 1 + t.rows.length + t.totals.length;
  const columns = t.header.length;
  if (!table || element.startIndex === undefined || table.rows !== rowCount || table.columns !== columns)
    throw new Error(`The saved document does not hold the ${rowCount}×${columns} table written at this place.`);
  const tableStartLocation = { index: element.startIndex };
  const requests: DocsRequest[] = [];
  const fill = (rowIndex: number, rowSpan: number, hex: string): DocsRequest => ({
    updateTableCellStyle: {
      tableRange: { tableCellLocation: { tableStartLocation, rowIndex, columnIndex: 0 }, rowSpan, columnSpan: columns },
      tableCellStyle: { backgroundColor: { color: { rgbColor: rgb(hex) } } },
      fields: 'backgroundColor',
    },
  });
  const firstTotal = 1 + t.rows.length;
  requests.push(fill(0, 1, HEADER_FILL));
  if (t.totals.length > 0) requests.push(fill(firstTotal, t.totals.length, TOTAL_FILL));
  for (const r of [0, ...t.totals.map((_, i) => firstTotal + i)]) {
    for (const cell of table.tableRows[r].tableCells) {
      const { startIndex, endIndex } = cellRange(cell);
      // The text without the paragraph's newline; an empty cell has none to make bold.
      if (endIndex - 1 > startIndex)
        requests.push({ updateTextStyle: { range: { startIndex, endIndex: endIndex - 1 }, textStyle: { bold: true }, fields: 'bold' } });
    }
  }
  const sum = t.widths.reduce((s, w) => s + w, 0);
  t.widths.forEach((w, c) =>
    requests.push({
      updateTableColumnProperties: {
        tableStartLocation,
        columnIndices: [c],
        tableColumnProperties: { widthType: 'FIXED_WIDTH', width: { magnitude: Math.round((w / sum) * widthPt), unit: 'PT' } },
        fields: 'widthType,width',
      },
    }),
  );
  t.align.forEach((align, c) => {
    if (align !== 'right') return;
    for (const row of table.tableRows)
      requests.push({ updateParagraphStyle: { range: cellRange(row.tableCells[c]), paragraphStyle: { alignment: 'END' }, fields: 'alignment' } });
  });
  return requests;
}

/** Requests per batchUpdate: a precaution on the request's size, never reached below ~2 000 budget lines × 5 years. */
export const MAX_REQUESTS_PER_BATCH = 20000;

/**
 * Styles a saved document: one Documents.get for the indices, then the
 * requests in one batchUpdate (more only past MAX_REQUESTS_PER_BATCH). The body's
 * structural elements, section breaks aside, stand in DocumentApp's child order.
 */
export function styleDocument(advanced: DocsAdvanced, documentId: string, placed: PlacedStyle[]): void {
  if (placed.length === 0) return;
  const saved: DocsRestDocument = advanced.Documents.get(documentId);
  const elements = saved.body.content.filter((e) => e.sectionBreak === undefined);
  const requests = placed.flatMap((p) => {
    const element = elements[p.childIndex] ?? { endIndex: 0 };
    return p.kind === 'table' ? tableStyleRequests(element, p.model, p.widthPt) : runStyleRequests(element, p.runs);
  });
  for (let i = 0; i < requests.length; i += MAX_REQUESTS_PER_BATCH)
    advanced.Documents.batchUpdate({ requests: requests.slice(i, i + MAX_REQUESTS_PER_BATCH) }, documentId);
}

export type DocsTarget = { documentId: string; url: string; created: boolean };

/** The link people open a Google Doc with. */
export const documentLink = (id: string) => `https://docs.google.com/document/d/${id}/edit`;

/**
 * Opens the remembered document, or creates one when there is none, and writes `doc`
 * into it. A remembered document that does not open is never replaced: openById throws
 * alike for a deleted document and for one its owner did not share with this co-editor,
 * so a UserError says so, and only an explicit choice (rememberedId null) creates another.
 */
export function writeSummaryToDocs(
  app: DocsApp,
  advanced: DocsAdvanced,
  rememberedId: string | null,
  doc: SummaryDocument,
  fill: (body: DocsBody) => PlacedStyle[] = (body) => renderToBody(body, doc, app),
): DocsTarget {
  let document = null;
  if (rememberedId) {
    try {
      document = app.openById(rememberedId);
    } catch {
      throw new UserError(frSummary.documentUnavailable(documentLink(rememberedId)));
    }
  }
  const created = document === null;
  // A document someone renamed keeps its name: only a new one gets ours.
  if (document === null) document = app.create(doc.name);
  const body = document.getBody();
  const placed = fill(body);
  // The footer on every page (convention, day of generation); DocumentApp cannot number pages.
  if (doc.footer) (document.getFooter() ?? document.addFooter()).setText(doc.footer);
  // Read before closing: a closed document answers no more calls.
  const target = { documentId: document.getId(), url: document.getUrl(), created };
  // The Docs API sees DocumentApp's edits only once they are saved.
  document.saveAndClose();
  styleDocument(advanced, target.documentId, placed);
  return target;
}
