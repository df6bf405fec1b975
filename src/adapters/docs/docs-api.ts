// The few parts of Apps Script's DocumentApp the summary uses, typed minimally so
// the Docs renderer is plain TypeScript: the real service and the test fake
// (tests/fakes/document-app.ts) both satisfy these interfaces.

/** Enum values are opaque: Apps Script passes its own enum objects, the fake passes strings. */
type EnumValue = unknown;

export interface DocsEnums {
  ParagraphHeading: { TITLE: EnumValue; SUBTITLE: EnumValue; HEADING1: EnumValue; HEADING2: EnumValue; HEADING3: EnumValue; NORMAL: EnumValue };
  GlyphType: { BULLET: EnumValue };
  HorizontalAlignment: { LEFT: EnumValue; RIGHT: EnumValue };
  Attribute: { BOLD: EnumValue; ITALIC: EnumValue; BACKGROUND_COLOR: EnumValue };
  ElementType: { BODY_SECTION: EnumValue; PARAGRAPH: EnumValue; LIST_ITEM: EnumValue; TABLE: EnumValue; TABLE_CELL: EnumValue };
}

export interface DocsText {
  getText(): string;
  setBold(start: number, endInclusive: number, bold: boolean): DocsText;
  setItalic(start: number, endInclusive: number, italic: boolean): DocsText;
  setLinkUrl(start: number, endInclusive: number, url: string): DocsText;
  getParent(): DocsElement;
}

export interface DocsElement {
  getType(): EnumValue;
  getParent(): DocsElement | null;
  asParagraph(): DocsParagraph;
  asListItem(): DocsListItem;
  asTable(): DocsTable;
}

export interface DocsParagraph extends DocsElement {
  getText(): string;
  setText(text: string): DocsParagraph;
  setHeading(heading: EnumValue): DocsParagraph;
  setAlignment(alignment: EnumValue): DocsParagraph;
  editAsText(): DocsText;
  removeFromParent(): DocsParagraph;
  copy(): DocsParagraph;
}

export interface DocsListItem extends DocsElement {
  getText(): string;
  setGlyphType(glyph: EnumValue): DocsListItem;
  editAsText(): DocsText;
  copy(): DocsListItem;
}

export interface DocsTableCell {
  getChild(index: number): DocsElement;
}

export interface DocsTableRow {
  setAttributes(attributes: Record<string, unknown>): DocsTableRow;
}

export interface DocsTable extends DocsElement {
  getNumRows(): number;
  getRow(index: number): DocsTableRow;
  getCell(row: number, cell: number): DocsTableCell;
  setColumnWidth(column: number, widthPoints: number): DocsTable;
  copy(): DocsTable;
}

/** An image in the body (Body.appendImage puts it in a paragraph of its own). */
export interface DocsInlineImage {
  setWidth(pixels: number): DocsInlineImage;
  setHeight(pixels: number): DocsInlineImage;
  setAltDescription(description: string): DocsInlineImage;
}

/** Apps Script's Utilities, for the one thing the documents need of it: bytes made a blob. */
export interface DocsBlobs {
  /** `data`: bytes as Java's signed bytes, -128 to 127. */
  newBlob(data: number[], contentType: string, name: string): unknown;
}

export interface DocsRangeElement {
  getElement(): DocsText;
}

export interface DocsBody {
  clear(): DocsBody;
  setPageWidth(points: number): DocsBody;
  setPageHeight(points: number): DocsBody;
  getNumChildren(): number;
  getChild(index: number): DocsElement;
  getChildIndex(child: DocsElement): number;
  appendParagraph(text: string | DocsParagraph): DocsParagraph;
  appendListItem(text: string | DocsListItem): DocsListItem;
  appendTable(cells: string[][] | DocsTable): DocsTable;
  appendPageBreak(): unknown;
  appendImage(blob: unknown): DocsInlineImage;
  insertTable(index: number, cells: string[][]): DocsTable;
  findText(pattern: string, from?: DocsRangeElement): DocsRangeElement | null;
  replaceText(pattern: string, replacement: string): unknown;
  getText(): string;
}

/** A document's footer section (FooterSection): one line of text here. */
export interface DocsFooter {
  setText(text: string): unknown;
  getText(): string;
}

export interface DocsDocument {
  getId(): string;
  getUrl(): string;
  getName(): string;
  getBody(): DocsBody;
  /** The footer, or null when the document has none (addFooter throws when it has one). */
  getFooter(): DocsFooter | null;
  addFooter(): DocsFooter;
  saveAndClose(): void;
}

/** DocumentApp itself: open, create and the enums. */
export interface DocsApp extends DocsEnums {
  openById(id: string): DocsDocument;
  create(name: string): DocsDocument;
}

// ---- The Docs advanced service (Docs REST API v1 through Apps Script's `Docs` global) ----
// Only what the summary reads and sends: the body's structural elements with their
// UTF-16 indices, and the four style requests it batches.

export interface DocsRestParagraph {
  elements?: unknown[];
  paragraphStyle?: Record<string, unknown>;
}

export interface DocsRestTableCell {
  startIndex: number;
  endIndex: number;
  content: DocsRestStructuralElement[];
  tableCellStyle?: Record<string, unknown>;
}

export interface DocsRestTableRow {
  startIndex: number;
  endIndex: number;
  tableCells: DocsRestTableCell[];
}

export interface DocsRestTable {
  rows: number;
  columns: number;
  tableRows: DocsRestTableRow[];
}

/** One element of body.content: the section break has no startIndex. */
export interface DocsRestStructuralElement {
  startIndex?: number;
  endIndex: number;
  paragraph?: DocsRestParagraph;
  table?: DocsRestTable;
  sectionBreak?: unknown;
  tableOfContents?: unknown;
}

export interface DocsRestDocument {
  documentId: string;
  body: { content: DocsRestStructuralElement[] };
}

export type DocsRange = { startIndex: number; endIndex: number };
export type DocsTextStyle = { bold?: boolean; italic?: boolean; link?: { url: string } };
export type DocsRgb = { red: number; green: number; blue: number };
type Location = { index: number };

export type DocsRequest =
  | { updateParagraphStyle: { range: DocsRange; paragraphStyle: { alignment: 'START' | 'CENTER' | 'END' | 'JUSTIFIED' }; fields: 'alignment' } }
  | { updateTextStyle: { range: DocsRange; textStyle: DocsTextStyle; fields: string } }
  | {
      updateTableCellStyle: {
        tableRange: { tableCellLocation: { tableStartLocation: Location; rowIndex: number; columnIndex: number }; rowSpan: number; columnSpan: number };
        tableCellStyle: { backgroundColor: { color: { rgbColor: DocsRgb } } };
        fields: 'backgroundColor';
      };
    }
  | {
      updateTableColumnProperties: {
        tableStartLocation: Location;
        columnIndices: number[];
        tableColumnProperties: { widthType: 'FIXED_WIDTH'; width: { magnitude: number; unit: 'PT' } };
        fields: 'widthType,width';
      };
    };

/** Apps Script's `Docs` advanced service, as far as the summary uses it (enabled in appsscript.json). */
export interface DocsAdvanced {
  Documents: {
    get(documentId: string): DocsRestDocument;
    batchUpdate(resource: { requests: DocsRequest[] }, documentId: string): unknown;
  };
}
