// A faithful-enough fake of the parts of DocumentApp the summary uses: Body,
// Paragraph, ListItem, Table, Text, find/replaceText with RE2 patterns and
// Java-style replacements, clear() leaving one paragraph, the "last paragraph"
// rule, openById throwing for a deleted document, closed documents. Every call
// is counted (calls.get('Body.appendParagraph')), so tests and benchmarks
// measure service calls instead of guessing them.
import { CallCounter } from './counter';
import type {
  DocsApp,
  DocsBody,
  DocsDocument,
  DocsBlobs,
  DocsElement,
  DocsInlineImage,
  DocsListItem,
  DocsParagraph,
  DocsRangeElement,
  DocsTable,
  DocsTableCell,
  DocsTableRow,
  DocsText,
} from '../../src/adapters/docs/docs-api';

const ENUMS = {
  ParagraphHeading: { TITLE: 'TITLE', SUBTITLE: 'SUBTITLE', HEADING1: 'HEADING1', HEADING2: 'HEADING2', HEADING3: 'HEADING3', NORMAL: 'NORMAL' },
  GlyphType: { BULLET: 'BULLET' },
  HorizontalAlignment: { LEFT: 'LEFT', RIGHT: 'RIGHT' },
  Attribute: { BOLD: 'BOLD', ITALIC: 'ITALIC', BACKGROUND_COLOR: 'BACKGROUND_COLOR' },
  ElementType: {
    BODY_SECTION: 'BODY_SECTION',
    PARAGRAPH: 'PARAGRAPH',
    LIST_ITEM: 'LIST_ITEM',
    TABLE: 'TABLE',
    TABLE_CELL: 'TABLE_CELL',
    TABLE_ROW: 'TABLE_ROW',
  },
};

type Container = FakeBody | FakeTableCell;
export type Span = { start: number; end: number; attribute: 'BOLD' | 'ITALIC' | 'LINK_URL'; value: unknown };

/** RE2 has no lookaround and no backreferences: Apps Script rejects them. */
function re2(pattern: string): RegExp {
  if (/\(\?[=!<]|\\[1-9]/.test(pattern)) throw new Error(`Invalid regular expression pattern ${pattern}`);
  try {
    return new RegExp(pattern, 'g');
  } catch {
    throw new Error(`Invalid regular expression pattern ${pattern}`);
  }
}

/** Java's Matcher.appendReplacement rules: `\x` is x, `$n` is group n, any other `$` is an error. */
function javaReplacement(replacement: string, match: RegExpExecArray): string {
  let out = '';
  for (let i = 0; i < replacement.length; i++) {
    const ch = replacement[i];
    if (ch === '\\') {
      if (i + 1 >= replacement.length) throw new Error('character to be escaped is missing');
      out += replacement[++i];
    } else if (ch === '$') {
      const digits = /^\d+/.exec(replacement.slice(i + 1));
      if (!digits) throw new Error('Illegal group reference');
      const group = Number(digits[0]);
      if (group >= match.length) throw new Error(`No group ${group}`);
      out += match[group] ?? '';
      i += digits[0].length;
    } else out += ch;
  }
  return out;
}

abstract class FakeElement implements DocsElement {
  parent: Container | null = null;
  constructor(readonly calls: CallCounter) {}
  abstract readonly type: string;
  getType() {
    this.calls.hit(`${this.constructor.name.replace('Fake', '')}.getType`);
    return this.type;
  }
  getParent(): DocsElement | null {
    this.calls.hit(`${this.constructor.name.replace('Fake', '')}.getParent`);
    return this.parent as unknown as DocsElement | null;
  }
  asParagraph(): DocsParagraph {
    this.calls.hit(`${this.constructor.name.replace('Fake', '')}.asParagraph`);
    if (!(this instanceof FakeParagraph) || this instanceof FakeListItem) throw new Error(`Cannot cast ${this.type} to PARAGRAPH`);
    return this as unknown as DocsParagraph;
  }
  asListItem(): DocsListItem {
    this.calls.hit(`${this.constructor.name.replace('Fake', '')}.asListItem`);
    if (!(this instanceof FakeListItem)) throw new Error(`Cannot cast ${this.type} to LIST_ITEM`);
    return this;
  }
  asTable(): DocsTable {
    this.calls.hit(`${this.constructor.name.replace('Fake', '')}.asTable`);
    if (!(this instanceof FakeTable)) throw new Error(`Cannot cast ${this.type} to TABLE`);
    return this;
  }
  /** Detaches from the parent container. */
  removeFromParent() {
    this.calls.hit(`${this.constructor.name.replace('Fake', '')}.removeFromParent`);
    const parent = this.parent;
    if (!parent) return this;
    if (parent instanceof FakeBody && this instanceof FakeParagraph && parent.children[parent.children.length - 1] === this) {
      throw new Error("Can't remove the last paragraph in a document section.");
    }
    const siblings = parent.children as FakeElement[];
    siblings.splice(siblings.indexOf(this), 1);
    this.parent = null;
    return this;
  }
}

/** What Utilities.newBlob makes: the bytes (Java's signed bytes), their type and a name. */
export class FakeBlob {
  constructor(
    readonly bytes: number[],
    readonly contentType: string,
    readonly name: string,
  ) {}
  /** The bytes as a file holds them (0 to 255). */
  unsigned(): Uint8Array {
    return Uint8Array.from(this.bytes, (b) => b & 0xff);
  }
}

/** Utilities, for its newBlob: numbers outside a Java byte (-128 to 127) cannot become a byte[]. */
export class FakeUtilities implements DocsBlobs {
  constructor(readonly calls: CallCounter) {}
  newBlob(data: number[], contentType: string, name: string) {
    this.calls.hit('Utilities.newBlob');
    const bad = data.findIndex((b) => !Number.isInteger(b) || b < -128 || b > 127);
    if (bad >= 0) throw new Error(`Cannot convert ${data[bad]} to byte (index ${bad}).`);
    return new FakeBlob([...data], contentType, name);
  }
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** An image inline in a paragraph (Body.appendImage), its size in pixels and its alternative text. */
export class FakeInlineImage implements DocsInlineImage {
  width: number;
  height: number;
  altDescription: string | null = null;
  constructor(
    readonly calls: CallCounter,
    readonly blob: FakeBlob,
  ) {
    // A new image takes the size its PNG header says (IHDR width and height, in pixels).
    const bytes = blob.unsigned();
    const u32 = (at: number) => ((bytes[at] << 24) | (bytes[at + 1] << 16) | (bytes[at + 2] << 8) | bytes[at + 3]) >>> 0;
    [this.width, this.height] = [u32(16), u32(20)];
  }
  private size(method: string, pixels: number) {
    this.calls.hit(`InlineImage.${method}`);
    if (!(pixels > 0)) throw new Error(`Invalid value ${pixels}: an image's size is positive.`);
    return pixels;
  }
  setWidth(pixels: number) {
    this.width = this.size('setWidth', pixels);
    return this;
  }
  setHeight(pixels: number) {
    this.height = this.size('setHeight', pixels);
    return this;
  }
  setAltDescription(description: string) {
    this.calls.hit('InlineImage.setAltDescription');
    this.altDescription = description;
    return this;
  }
}

/** A paragraph; its text and its character attributes (spans). */
export class FakeParagraph extends FakeElement implements DocsParagraph {
  readonly type: string = 'PARAGRAPH';
  heading = 'NORMAL';
  alignment = 'LEFT';
  pageBreak = false;
  /** Inline images (each one character of the paragraph for the Docs API). */
  images: FakeInlineImage[] = [];
  spans: Span[] = [];
  /** Paragraph style set through the Docs advanced service (updateParagraphStyle), e.g. { alignment: 'END' }. */
  paragraphStyle: Record<string, unknown> = {};
  constructor(
    calls: CallCounter,
    public text = '',
  ) {
    super(calls);
  }
  protected get kind() {
    return 'Paragraph';
  }
  getText() {
    this.calls.hit(`${this.kind}.getText`);
    return this.text;
  }
  setText(text: string) {
    this.calls.hit(`${this.kind}.setText`);
    this.text = text;
    this.spans = [];
    return this;
  }
  setHeading(heading: unknown) {
    this.calls.hit(`${this.kind}.setHeading`);
    this.heading = String(heading);
    return this;
  }
  setAlignment(alignment: unknown) {
    this.calls.hit(`${this.kind}.setAlignment`);
    this.alignment = String(alignment);
    return this;
  }
  editAsText(): DocsText {
    this.calls.hit(`${this.kind}.editAsText`);
    return new FakeText(this);
  }
  override removeFromParent() {
    super.removeFromParent();
    return this;
  }
  copy(): this {
    this.calls.hit(`${this.kind}.copy`);
    const clone = Object.assign(Object.create(Object.getPrototypeOf(this)), this, {
      parent: null,
      spans: this.spans.map((s) => ({ ...s })),
      images: [...this.images],
      paragraphStyle: { ...this.paragraphStyle },
    });
    return clone;
  }
  /** Text with the attribute over [start, end], or undefined: for assertions. */
  spanAt(attribute: Span['attribute'], start: number, end: number) {
    return this.spans.find((s) => s.attribute === attribute && s.start === start && s.end === end)?.value;
  }
}

export class FakeListItem extends FakeParagraph implements DocsListItem {
  override readonly type = 'LIST_ITEM';
  glyph: string | null = null;
  protected override get kind() {
    return 'ListItem';
  }
  setGlyphType(glyph: unknown) {
    this.calls.hit('ListItem.setGlyphType');
    this.glyph = String(glyph);
    return this;
  }
}

/** The text view of a paragraph (editAsText). Offsets are inclusive, and must lie inside the text. */
export class FakeText implements DocsText {
  constructor(readonly owner: FakeParagraph) {}
  private mark(name: string, attribute: Span['attribute'], start: number, end: number, value: unknown) {
    this.owner.calls.hit(`Text.${name}`);
    if (start < 0 || end >= this.owner.text.length || end < start)
      throw new Error(`Index (${start}-${end}) must be less than the content length (${this.owner.text.length}).`);
    this.owner.spans.push({ start, end, attribute, value });
    return this;
  }
  getText() {
    this.owner.calls.hit('Text.getText');
    return this.owner.text;
  }
  setBold(start: number, end: number, bold: boolean) {
    return this.mark('setBold', 'BOLD', start, end, bold);
  }
  setItalic(start: number, end: number, italic: boolean) {
    return this.mark('setItalic', 'ITALIC', start, end, italic);
  }
  setLinkUrl(start: number, end: number, url: string) {
    return this.mark('setLinkUrl', 'LINK_URL', start, end, url);
  }
  getParent(): DocsElement {
    this.owner.calls.hit('Text.getParent');
    return this.owner;
  }
}

export class FakeTableCell implements DocsTableCell {
  readonly type = 'TABLE_CELL';
  children: FakeParagraph[];
  /** Cell shading set through the Docs advanced service (updateTableCellStyle), as #rrggbb. */
  backgroundColor: string | null = null;
  constructor(
    readonly calls: CallCounter,
    text: string,
    readonly row: FakeTableRow,
  ) {
    const p = new FakeParagraph(calls, text);
    p.parent = this;
    this.children = [p];
  }
  getType() {
    this.calls.hit('TableCell.getType');
    return this.type;
  }
  getChild(index: number): DocsElement {
    this.calls.hit('TableCell.getChild');
    return this.children[index];
  }
  getText() {
    return this.children.map((c) => c.text).join('\n');
  }
}

export class FakeTableRow implements DocsTableRow {
  attributes: Record<string, unknown> = {};
  cells: FakeTableCell[];
  constructor(
    readonly calls: CallCounter,
    texts: string[],
  ) {
    this.cells = texts.map((t) => new FakeTableCell(calls, t, this));
  }
  setAttributes(attributes: Record<string, unknown>) {
    this.calls.hit('TableRow.setAttributes');
    Object.assign(this.attributes, attributes);
    return this;
  }
}

export class FakeTable extends FakeElement implements DocsTable {
  readonly type = 'TABLE';
  rows: FakeTableRow[];
  columnWidths = new Map<number, number>();
  /** Column properties set through the Docs advanced service (updateTableColumnProperties). */
  columnProperties = new Map<number, { widthType: string; widthPt?: number }>();
  constructor(calls: CallCounter, cells: string[][]) {
    super(calls);
    const width = cells[0]?.length ?? 0;
    if (cells.some((r) => r.length !== width)) throw new Error('All rows of a table must have the same number of cells.');
    this.rows = cells.map((r) => new FakeTableRow(calls, r));
  }
  getNumRows() {
    this.calls.hit('Table.getNumRows');
    return this.rows.length;
  }
  getRow(index: number) {
    this.calls.hit('Table.getRow');
    if (!this.rows[index]) throw new Error(`Child index (${index}) must be less than the number of child elements (${this.rows.length}).`);
    return this.rows[index];
  }
  getCell(row: number, cell: number) {
    this.calls.hit('Table.getCell');
    const c = this.rows[row]?.cells[cell];
    if (!c) throw new Error(`Cell (${row}, ${cell}) is out of range.`);
    return c;
  }
  setColumnWidth(column: number, width: number) {
    this.calls.hit('Table.setColumnWidth');
    if (column >= (this.rows[0]?.cells.length ?? 0)) throw new Error(`Column index (${column}) out of range.`);
    this.columnWidths.set(column, width);
    return this;
  }
  copy(): FakeTable {
    this.calls.hit('Table.copy');
    return new FakeTable(this.calls, this.cellTexts());
  }
  cellTexts(): string[][] {
    return this.rows.map((r) => r.cells.map((c) => c.getText()));
  }
  paragraphs(): FakeParagraph[] {
    return this.rows.flatMap((r) => r.cells.flatMap((c) => c.children));
  }
}

class FakeRangeElement implements DocsRangeElement {
  constructor(
    readonly text: FakeText,
    readonly start: number,
    readonly endInclusive: number,
  ) {}
  getElement() {
    return this.text;
  }
  getStartOffset() {
    return this.start;
  }
  getEndOffsetInclusive() {
    return this.endInclusive;
  }
}

export class FakeBody implements DocsBody {
  readonly type = 'BODY_SECTION';
  children: FakeElement[] = [];
  /** US Letter, as a new Google Doc in many accounts. */
  pageWidth = 612;
  pageHeight = 792;
  constructor(readonly calls: CallCounter) {
    this.children = [this.adopt(new FakeParagraph(calls))];
  }
  private adopt<T extends FakeElement>(el: T): T {
    if (el.parent) throw new Error('Element must be detached.');
    el.parent = this;
    return el;
  }
  private append<T extends FakeElement>(el: T): T {
    this.children.push(this.adopt(el));
    return el;
  }
  getType() {
    this.calls.hit('Body.getType');
    return this.type;
  }
  clear() {
    this.calls.hit('Body.clear');
    for (const c of this.children) c.parent = null;
    // A body always keeps one (empty) paragraph.
    this.children = [this.adopt(new FakeParagraph(this.calls))];
    return this;
  }
  setPageWidth(points: number) {
    this.calls.hit('Body.setPageWidth');
    this.pageWidth = points;
    return this;
  }
  setPageHeight(points: number) {
    this.calls.hit('Body.setPageHeight');
    this.pageHeight = points;
    return this;
  }
  getNumChildren() {
    this.calls.hit('Body.getNumChildren');
    return this.children.length;
  }
  getChild(index: number): DocsElement {
    this.calls.hit('Body.getChild');
    if (!this.children[index]) throw new Error(`Child index (${index}) must be less than the number of child elements (${this.children.length}).`);
    return this.children[index];
  }
  getChildIndex(child: DocsElement) {
    this.calls.hit('Body.getChildIndex');
    const i = this.children.indexOf(child as FakeElement);
    if (i < 0) throw new Error('Element does not contain the specified child element.');
    return i;
  }
  appendParagraph(text: string | DocsParagraph) {
    this.calls.hit('Body.appendParagraph');
    return this.append(typeof text === 'string' ? new FakeParagraph(this.calls, text) : (text as FakeParagraph));
  }
  appendListItem(text: string | DocsListItem) {
    this.calls.hit('Body.appendListItem');
    return this.append(typeof text === 'string' ? new FakeListItem(this.calls, text) : (text as FakeListItem));
  }
  appendTable(cells: string[][] | DocsTable) {
    this.calls.hit('Body.appendTable');
    return this.append(Array.isArray(cells) ? new FakeTable(this.calls, cells) : (cells as FakeTable));
  }
  /** Docs accepts PNG, JPEG and GIF blobs; the image goes in a new paragraph of its own. */
  appendImage(blob: unknown) {
    this.calls.hit('Body.appendImage');
    if (!(blob instanceof FakeBlob)) throw new Error('Invalid argument: image (a Blob or BlobSource).');
    if (blob.contentType !== 'image/png' || PNG_SIGNATURE.some((b, i) => (blob.bytes[i] & 0xff) !== b)) throw new Error('Invalid image data.');
    const p = this.append(new FakeParagraph(this.calls));
    const image = new FakeInlineImage(this.calls, blob);
    p.images.push(image);
    return image;
  }
  appendPageBreak() {
    this.calls.hit('Body.appendPageBreak');
    // Apps Script puts the page break inside a new paragraph.
    const p = this.append(new FakeParagraph(this.calls));
    p.pageBreak = true;
    return p;
  }
  insertTable(index: number, cells: string[][]) {
    this.calls.hit('Body.insertTable');
    if (index < 0 || index > this.children.length) throw new Error(`Index (${index}) out of range.`);
    const table = this.adopt(new FakeTable(this.calls, cells));
    this.children.splice(index, 0, table);
    return table;
  }
  /** Every paragraph-like element in document order, table cells included. */
  textElements(): FakeParagraph[] {
    return this.children.flatMap((c) => (c instanceof FakeTable ? c.paragraphs() : c instanceof FakeParagraph ? [c] : []));
  }
  findText(pattern: string, from?: DocsRangeElement): DocsRangeElement | null {
    this.calls.hit('Body.findText');
    const regex = re2(pattern);
    const elements = this.textElements();
    const after = from as FakeRangeElement | undefined;
    const startIndex = after ? elements.indexOf(after.text.owner) : 0;
    let startOffset = after ? after.endInclusive + 1 : 0;
    for (let i = Math.max(0, startIndex); i < elements.length; i++, startOffset = 0) {
      regex.lastIndex = startOffset;
      const m = regex.exec(elements[i].text);
      if (m && m[0].length > 0) return new FakeRangeElement(new FakeText(elements[i]), m.index, m.index + m[0].length - 1);
    }
    return null;
  }
  /** Replaces every match in every text element; character attributes of a replaced element are dropped (enough for the tests). */
  replaceText(pattern: string, replacement: string) {
    this.calls.hit('Body.replaceText');
    const regex = re2(pattern);
    for (const el of this.textElements()) {
      let out = '';
      let last = 0;
      regex.lastIndex = 0;
      for (let m = regex.exec(el.text); m; m = regex.exec(el.text)) {
        if (m[0].length === 0) {
          regex.lastIndex++;
          continue;
        }
        out += el.text.slice(last, m.index) + javaReplacement(replacement, m);
        last = m.index + m[0].length;
      }
      if (last > 0) {
        el.text = out + el.text.slice(last);
        el.spans = [];
      }
    }
    return this;
  }
  getText() {
    this.calls.hit('Body.getText');
    return this.children
      .map((c) =>
        c instanceof FakeTable
          ? c
              .cellTexts()
              .map((r) => r.join('\t'))
              .join('\n')
          : (c as FakeParagraph).text,
      )
      .join('\n');
  }
  /** A readable outline of the body, for assertions (not counted). */
  outline(): string[] {
    return this.children.map((c) => {
      if (c instanceof FakeTable) return `TABLE ${c.rows.length}x${c.rows[0]?.cells.length ?? 0}`;
      if (c instanceof FakeListItem) return `LIST_ITEM ${c.text}`;
      const p = c as FakeParagraph;
      if (p.images.length) return `IMAGE ${p.images.map((i) => `${i.width}x${i.height}`).join(' ')}`;
      return p.pageBreak ? 'PAGE_BREAK' : `${p.heading} ${p.text}`;
    });
  }
}

/** A footer section: its text. */
export class FakeFooter {
  constructor(
    private readonly calls: CallCounter,
    public text = '',
  ) {}
  setText(text: string) {
    this.calls.hit('FooterSection.setText');
    this.text = text;
    return this;
  }
  getText() {
    this.calls.hit('FooterSection.getText');
    return this.text;
  }
}

export class FakeDocument implements DocsDocument {
  body: FakeBody;
  /** Shared by every handle on the same document (kept in FakeDocumentApp.files). */
  footerBox: { footer: FakeFooter | null } = { footer: null };
  closed = false;
  /** The body was handed out: edits through this handle reach the Docs API only once it is saved and closed. */
  bodyRead = false;
  constructor(
    readonly calls: CallCounter,
    readonly id: string,
    public name: string,
  ) {
    this.body = new FakeBody(calls);
  }
  /** Counts the call; a closed document refuses every call, as in Apps Script. */
  private use(method: string) {
    this.calls.hit(`Document.${method}`);
    if (this.closed) throw new Error('Document is closed, its contents cannot be updated.');
  }
  getId() {
    this.use('getId');
    return this.id;
  }
  getUrl() {
    this.use('getUrl');
    return `https://docs.google.com/open?id=${this.id}`;
  }
  getName() {
    this.use('getName');
    return this.name;
  }
  setName(name: string) {
    this.use('setName');
    this.name = name;
    return this;
  }
  getBody() {
    this.use('getBody');
    this.bodyRead = true;
    return this.body;
  }
  getFooter() {
    this.use('getFooter');
    return this.footerBox.footer;
  }
  addFooter() {
    this.use('addFooter');
    // Apps Script: a document has at most one footer section.
    if (this.footerBox.footer) throw new Error('Exception: Document tab already contains a footer.');
    this.footerBox.footer = new FakeFooter(this.calls);
    return this.footerBox.footer;
  }
  saveAndClose() {
    this.use('saveAndClose');
    this.closed = true;
  }
}

export class FakeDocumentApp implements DocsApp {
  constructor(readonly calls: CallCounter = new CallCounter()) {}
  readonly ParagraphHeading = ENUMS.ParagraphHeading;
  readonly GlyphType = ENUMS.GlyphType;
  readonly HorizontalAlignment = ENUMS.HorizontalAlignment;
  readonly Attribute = ENUMS.Attribute;
  readonly ElementType = ENUMS.ElementType;
  /** Stored documents; a closed FakeDocument is reopened as a new handle on the same content. */
  readonly files = new Map<string, { name: string; body: FakeBody; footerBox?: { footer: FakeFooter | null } }>();
  private nextId = 1;

  create(name: string) {
    this.calls.hit('DocumentApp.create');
    const doc = new FakeDocument(this.calls, `doc-${this.nextId++}`, name);
    this.files.set(doc.id, { name, body: doc.body, footerBox: doc.footerBox });
    return this.track(doc);
  }
  openById(id: string) {
    this.calls.hit('DocumentApp.openById');
    const file = this.files.get(id);
    // DocumentApp's one message for both: a deleted document and one not shared with this user.
    if (!file || this.unshared.has(id)) throw new Error("Document is missing (perhaps it was deleted, or you don't have read access?)");
    const doc = new FakeDocument(this.calls, id, file.name);
    doc.body = file.body;
    file.footerBox ??= { footer: null };
    doc.footerBox = file.footerBox;
    return this.track(doc);
  }
  /** What a user does in Drive: the document disappears. */
  deleteDocument(id: string) {
    this.files.delete(id);
  }
  /** Documents that exist but are not shared with the current user (another co-editor created them). */
  private readonly unshared = new Set<string>();
  /** The current user loses (or never had) access to the document; shared again with `shared = true`. */
  setSharedWithCurrentUser(id: string, shared: boolean) {
    if (shared) this.unshared.delete(id);
    else this.unshared.add(id);
  }
  /** A document that already exists (a user's template), built from outline-like content. */
  seed(name: string, fill: (body: FakeBody) => void): string {
    return this.seedWithId(`doc-${this.nextId++}`, name, fill);
  }
  seedWithId(id: string, name: string, fill: (body: FakeBody) => void): string {
    const doc = new FakeDocument(this.calls, id, name);
    fill(doc.body);
    // A typed document has no leading empty paragraph: drop the one every new body starts with.
    if (doc.body.children.length > 1) doc.body.children.shift()!.parent = null;
    this.files.set(doc.id, { name, body: doc.body });
    this.calls.reset();
    return doc.id;
  }
  /** Handles of this execution, to tell whether a document has edits not yet saved. */
  readonly handles: FakeDocument[] = [];
  /** True when a handle that may have edited the body is still open (its edits are not saved). */
  hasUnsavedEdits(id: string): boolean {
    return this.handles.some((h) => h.id === id && h.bodyRead && !h.closed);
  }
  /** Whether the current user can open the document (it exists and is shared with them). */
  canOpen(id: string): boolean {
    return this.files.has(id) && !this.unshared.has(id);
  }
  private track(doc: FakeDocument) {
    this.handles.push(doc);
    const setName = doc.setName.bind(doc);
    doc.setName = (name: string) => {
      this.files.get(doc.id)!.name = name;
      return setName(name);
    };
    return doc;
  }
}
