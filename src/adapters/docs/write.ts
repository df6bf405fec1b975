// Document model → Google Docs body, through the minimal DocumentApp interface.
// Rewrites the body in place (regeneration keeps the same document and its link).
import type { Block, Orientation, Run, SummaryDocument, Table } from '../../core/summary/model';
import { runsText } from '../../core/summary/blocks';
import { DocsApp, DocsBody, DocsEnums, DocsTable, DocsText } from './docs-api';
import { UserError } from '../../app/errors';
import { frSummary } from '../../i18n/fr-summary';

/** A4 in points, and Docs' default 2.54 cm margins. */
const A4_PT = { short: 595, long: 842 };
const MARGIN_PT = 72;
export const textWidthPt = (o: Orientation) => (o === 'landscape' ? A4_PT.long : A4_PT.short) - 2 * MARGIN_PT;
const HEADER_FILL = '#dce3ea';
const TOTAL_FILL = '#f0f3f6';

/** Clears the body and writes the document; the Docs file name follows the document's. */
export function renderToBody(body: DocsBody, doc: SummaryDocument, docs: DocsEnums): void {
  body.clear();
  const landscape = doc.orientation === 'landscape';
  body.setPageWidth(landscape ? A4_PT.long : A4_PT.short).setPageHeight(landscape ? A4_PT.short : A4_PT.long);
  // clear() leaves one empty paragraph that a body can never lose while it is the last one:
  // remember it, append everything after it, then remove it.
  const leftover = body.getChild(0);
  for (const block of doc.blocks) appendBlock(body, block, docs, textWidthPt(doc.orientation));
  if (body.getNumChildren() > 1) leftover.asParagraph().removeFromParent();
}

function styleRuns(text: DocsText, runs: Run[]): void {
  let offset = 0;
  for (const r of runs) {
    const end = offset + r.text.length - 1;
    if (r.text.length > 0) {
      if (r.bold) text.setBold(offset, end, true);
      if (r.italic) text.setItalic(offset, end, true);
      if (r.link) text.setLinkUrl(offset, end, r.link);
    }
    offset += r.text.length;
  }
}

const styled = (runs: Run[]) => runs.some((r) => r.bold || r.italic || r.link);

function appendBlock(body: DocsBody, b: Block, docs: DocsEnums, widthPt: number): void {
  const H = docs.ParagraphHeading;
  switch (b.kind) {
    case 'title':
      body.appendParagraph(b.text).setHeading(H.TITLE);
      return;
    case 'subtitle':
      body.appendParagraph(b.text).setHeading(H.SUBTITLE);
      return;
    case 'heading':
      body.appendParagraph(b.text).setHeading(b.level === 1 ? H.HEADING1 : b.level === 2 ? H.HEADING2 : H.HEADING3);
      return;
    case 'paragraph': {
      // Set explicitly rather than rely on the style an appended paragraph starts with.
      const p = body.appendParagraph(runsText(b.runs)).setHeading(H.NORMAL);
      if (styled(b.runs)) styleRuns(p.editAsText(), b.runs);
      return;
    }
    case 'bullets':
      for (const item of b.items) {
        const li = body.appendListItem(runsText(item)).setGlyphType(docs.GlyphType.BULLET);
        if (styled(item)) styleRuns(li.editAsText(), item);
      }
      return;
    case 'table':
      styleTable(body.appendTable([b.header, ...b.rows, ...b.totals]), b, docs, widthPt);
      return;
    case 'pageBreak':
      body.appendPageBreak();
      return;
  }
}

/** Header and total rows bold on a tint, amounts right-aligned, widths scaled to the page. */
export function styleTable(table: DocsTable, t: Table, docs: DocsEnums, widthPt = textWidthPt('portrait')): void {
  const A = docs.Attribute;
  table.getRow(0).setAttributes({ [String(A.BOLD)]: true, [String(A.BACKGROUND_COLOR)]: HEADER_FILL });
  const firstTotal = 1 + t.rows.length;
  for (let r = firstTotal; r < firstTotal + t.totals.length; r++) table.getRow(r).setAttributes({ [String(A.BOLD)]: true, [String(A.BACKGROUND_COLOR)]: TOTAL_FILL });
  const sum = t.widths.reduce((s, w) => s + w, 0);
  t.widths.forEach((w, c) => table.setColumnWidth(c, Math.round((w / sum) * widthPt)));
  const rowCount = 1 + t.rows.length + t.totals.length;
  t.align.forEach((align, c) => {
    if (align !== 'right') return;
    for (let r = 0; r < rowCount; r++) table.getCell(r, c).getChild(0).asParagraph().setAlignment(docs.HorizontalAlignment.RIGHT);
  });
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
export function writeSummaryToDocs(app: DocsApp, rememberedId: string | null, doc: SummaryDocument, fill: (body: DocsBody) => void = (body) => renderToBody(body, doc, app)): DocsTarget {
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
  fill(document.getBody());
  // Read before closing: a closed document answers no more calls.
  const target = { documentId: document.getId(), url: document.getUrl(), created };
  document.saveAndClose();
  return target;
}
