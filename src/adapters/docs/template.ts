// Template mode on a Google Docs body: copy the user's template into the summary
// document, put tables where block placeholders stand, replace the text ones,
// and list the placeholders nobody knows (they stay visible in the document).
import { DocsBody, DocsEnums } from './docs-api';
import type { Table } from '../../core/summary/model';
import { textWidthPt, type StyledTable } from './write';
import { BlockPlaceholder, InlinePlaceholder, escapeReplacement, placeholderPattern, unknownPlaceholders } from '../../core/summary/template';

/** Replaces the body's content by a copy of the template's (paragraphs, list items, tables). */
export function copyTemplateBody(target: DocsBody, template: DocsBody, docs: DocsEnums): void {
  target.clear();
  const leftover = target.getChild(0);
  const n = template.getNumChildren();
  for (let i = 0; i < n; i++) {
    const child = template.getChild(i);
    const type = child.getType();
    if (type === docs.ElementType.PARAGRAPH) target.appendParagraph(child.asParagraph().copy());
    else if (type === docs.ElementType.LIST_ITEM) target.appendListItem(child.asListItem().copy());
    else if (type === docs.ElementType.TABLE) target.appendTable(child.asTable().copy());
    // Other elements (table of contents, horizontal rules) are Docs-only furniture a copy cannot rebuild.
  }
  if (target.getNumChildren() > 1) leftover.asParagraph().removeFromParent();
}

/**
 * Fills placeholders in place. Returns the unknown placeholder names, plus any
 * block placeholder that does not stand alone in a paragraph of the body, and the
 * tables it inserted (styled by styleDocument once the document is saved).
 */
export function fillTemplate(
  body: DocsBody,
  values: Record<InlinePlaceholder, string>,
  tables: Record<BlockPlaceholder, Table>,
  docs: DocsEnums,
): { unknown: string[]; tables: StyledTable[] } {
  const unknown = unknownPlaceholders(body.getText());
  const misplaced: string[] = [];
  const inserted: StyledTable[] = [];
  for (const [name, table] of Object.entries(tables) as [BlockPlaceholder, Table][]) {
    if (!placeBlock(body, name, table, docs, inserted)) misplaced.push(name);
  }
  for (const [name, value] of Object.entries(values)) body.replaceText(placeholderPattern(name), escapeReplacement(value));
  return { unknown: [...unknown, ...misplaced], tables: inserted };
}

/** Every body paragraph that holds only `{{name}}` becomes the table. False if an occurrence stands elsewhere (left as is). */
function placeBlock(body: DocsBody, name: string, table: Table, docs: DocsEnums, inserted: StyledTable[]): boolean {
  const pattern = placeholderPattern(name);
  const alone = new RegExp(`^\\s*${pattern}\\s*$`);
  // Collect first, then edit from the last one, so earlier positions stay valid.
  const paragraphs = [];
  for (let found = body.findText(pattern); found; found = body.findText(pattern, found)) paragraphs.push(found.getElement().getParent());
  let allPlaced = true;
  for (const paragraph of paragraphs.reverse()) {
    const parent = paragraph.getParent();
    const standsAlone =
      parent !== null &&
      parent.getType() === docs.ElementType.BODY_SECTION &&
      paragraph.getType() === docs.ElementType.PARAGRAPH &&
      alone.test(paragraph.asParagraph().getText());
    if (!standsAlone) {
      allPlaced = false;
      continue;
    }
    const index = body.getChildIndex(paragraph);
    inserted.push({ table: body.insertTable(index, [table.header, ...table.rows, ...table.totals]), model: table, widthPt: textWidthPt('portrait') });
    // A body must end with a paragraph: the last one is emptied instead of removed.
    if (index + 2 === body.getNumChildren()) paragraph.asParagraph().setText('');
    else paragraph.asParagraph().removeFromParent();
  }
  return allPlaced;
}
