// A fake of Apps Script's Docs advanced service (Docs REST API v1) over the documents the
// DocumentApp fake holds. Documents.get computes body.content with Google's UTF-16 indices:
// the section break ends at 1; a paragraph spans its text, a page break if any, and its
// newline; a table has a start marker, each row and each cell a marker of its own, and an
// end marker (a table at 2: its first row at 3, first cell at 4, that cell's paragraph at 5);
// an inline image is one index of its paragraph.
// batchUpdate applies the four style requests the summary sends and, like Google, rejects
// the whole batch when one request is wrong: an unknown request kind or field, a fields mask
// naming a field it does not know, an index or a cell out of range, an empty text range, a
// column narrower than 5 pt. It also refuses a document whose DocumentApp edits are not saved
// yet (Google would answer with the old content). Every call is counted as `Docs.Documents.*`.
import { CallCounter } from './counter';
import { FakeBody, FakeDocumentApp, FakeParagraph, FakeTable } from './document-app';
import type { DocsAdvanced, DocsRequest, DocsRestDocument, DocsRestStructuralElement } from '../../src/adapters/docs/docs-api';

type Obj = Record<string, unknown>;
type Placed = { start: number; end: number; paragraph: FakeParagraph };
type PlacedTable = { start: number; table: FakeTable; cells: Placed[][][] };
type Layout = { content: DocsRestStructuralElement[]; paragraphs: Placed[]; tables: Map<number, PlacedTable>; end: number };

/** Google's 400 answer, as Apps Script throws it. */
class InvalidRequest extends Error {
  constructor(where: string, what: string) {
    super(`API call to docs.documents.batchUpdate failed with error: Invalid requests${where}: ${what}`);
  }
}

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isInt = (v: unknown): v is number => Number.isInteger(v);

/** Rejects any key the message does not define (the JSON payload's "Unknown name"). */
function keys(where: string, value: unknown, allowed: string[], required: string[] = allowed): Obj {
  if (!isObj(value)) throw new InvalidRequest(where, 'expected an object');
  for (const k of Object.keys(value)) if (!allowed.includes(k)) throw new InvalidRequest(where, `Unknown name "${k}"`);
  for (const k of required) if (value[k] === undefined) throw new InvalidRequest(where, `missing ${k}`);
  return value;
}

/** The fields mask: at least one field, each one the fake knows how to apply. */
function mask(where: string, fields: unknown, known: string[]): string[] {
  if (typeof fields !== 'string' || fields.trim() === '') throw new InvalidRequest(where, "At least one field must be listed in 'fields'.");
  const names = fields.split(',').map((f) => f.trim());
  for (const n of names) if (!known.includes(n)) throw new InvalidRequest(where, `Invalid field mask: unknown field "${n}"`);
  return names;
}

function layout(body: FakeBody): Layout {
  const content: DocsRestStructuralElement[] = [{ endIndex: 1, sectionBreak: { sectionStyle: { sectionType: 'CONTINUOUS' } } }];
  const paragraphs: Placed[] = [];
  const tables = new Map<number, PlacedTable>();
  let i = 1;
  const paragraph = (p: FakeParagraph): DocsRestStructuralElement => {
    const start = i;
    // An inline image is one index (an inlineObjectElement), before the paragraph's text.
    const images = p.images.map((_, k) => ({
      startIndex: start + k,
      endIndex: start + k + 1,
      inlineObjectElement: { inlineObjectId: `kix.image${start + k}` },
    }));
    i += (p.pageBreak ? 1 : 0) + images.length + p.text.length + 1;
    paragraphs.push({ start, end: i, paragraph: p });
    const textStart = start + images.length;
    return {
      startIndex: start,
      endIndex: i,
      paragraph: {
        elements: [...images, { startIndex: textStart, endIndex: i, textRun: { content: `${p.text}\n` } }],
        paragraphStyle: { ...p.paragraphStyle },
      },
    };
  };
  for (const child of body.children) {
    if (child instanceof FakeTable) {
      const start = i++;
      const placed: PlacedTable = { start, table: child, cells: [] };
      const tableRows = child.rows.map((row) => {
        const rowStart = i++;
        const cells: Placed[][] = [];
        const tableCells = row.cells.map((cell) => {
          const cellStart = i++;
          const first = paragraphs.length;
          const cellContent = cell.children.map(paragraph);
          cells.push(paragraphs.slice(first));
          const tableCellStyle = cell.backgroundColor ? { backgroundColor: { color: { rgbColor: rgbOf(cell.backgroundColor) } } } : {};
          return { startIndex: cellStart, endIndex: i, content: cellContent, tableCellStyle };
        });
        placed.cells.push(cells);
        return { startIndex: rowStart, endIndex: i, tableCells };
      });
      i++;
      tables.set(start, placed);
      content.push({ startIndex: start, endIndex: i, table: { rows: child.rows.length, columns: child.rows[0]?.cells.length ?? 0, tableRows } });
    } else content.push(paragraph(child as unknown as FakeParagraph));
  }
  return { content, paragraphs, tables, end: i };
}

const hex = (n: number) =>
  Math.round(n * 255)
    .toString(16)
    .padStart(2, '0');
function rgbOf(color: string) {
  const c = (k: number) => parseInt(color.slice(k, k + 2), 16) / 255;
  return { red: c(1), green: c(3), blue: c(5) };
}

export class FakeDocsAdvanced implements DocsAdvanced {
  /** Every batch applied, for assertions: what was sent, per document. */
  readonly batches: { documentId: string; requests: DocsRequest[] }[] = [];
  readonly calls: CallCounter;
  constructor(readonly app: FakeDocumentApp) {
    this.calls = app.calls;
  }

  private body(method: string, id: string): FakeBody {
    const file = this.app.files.get(id);
    if (!file || !this.app.canOpen(id)) throw new Error(`API call to docs.documents.${method} failed with error: Requested entity was not found.`);
    if (this.app.hasUnsavedEdits(id))
      throw new Error(`Docs fake: document ${id} has DocumentApp edits not saved yet (saveAndClose first): the Docs API would not see them.`);
    return file.body;
  }

  readonly Documents = {
    get: (documentId: string): DocsRestDocument => {
      this.calls.hit('Docs.Documents.get');
      return { documentId, body: { content: layout(this.body('get', documentId)).content } };
    },
    batchUpdate: (resource: { requests: DocsRequest[] }, documentId: string): unknown => {
      this.calls.hit('Docs.Documents.batchUpdate');
      const doc = layout(this.body('batchUpdate', documentId));
      keys('', resource, ['requests']);
      if (!Array.isArray(resource.requests) || resource.requests.length === 0) throw new InvalidRequest('', 'must specify at least one request');
      // Check every request first: Google applies a batch whole or not at all.
      const edits = resource.requests.map((r, n) => this.check(`[${n}]`, r as unknown, doc));
      for (const edit of edits) edit();
      this.batches.push({ documentId, requests: resource.requests });
      return { documentId, replies: resource.requests.map(() => ({})) };
    },
  };

  private check(where: string, request: unknown, doc: Layout): () => void {
    if (!isObj(request)) throw new InvalidRequest(where, 'expected an object');
    const kinds = Object.keys(request);
    if (kinds.length !== 1) throw new InvalidRequest(where, 'a request holds exactly one kind');
    const kind = kinds[0];
    const at = `${where}.${kind}`;
    const r = request[kind];
    switch (kind) {
      case 'updateParagraphStyle': {
        const q = keys(at, r, ['range', 'paragraphStyle', 'fields']);
        const fields = mask(at, q.fields, ['alignment']);
        const style = keys(`${at}.paragraphStyle`, q.paragraphStyle, ['alignment'], []);
        if (style.alignment !== undefined && !['START', 'CENTER', 'END', 'JUSTIFIED'].includes(style.alignment as string))
          throw new InvalidRequest(at, `Invalid value at 'alignment' (${String(style.alignment)})`);
        const hits = this.paragraphs(at, q.range, doc);
        return () => hits.forEach(({ paragraph }) => fields.forEach((f) => (paragraph.paragraphStyle[f] = style[f])));
      }
      case 'updateTextStyle': {
        const q = keys(at, r, ['range', 'textStyle', 'fields']);
        const fields = mask(at, q.fields, ['bold', 'italic', 'link']);
        const style = keys(`${at}.textStyle`, q.textStyle, ['bold', 'italic', 'link'], []);
        if (style.link !== undefined) keys(`${at}.textStyle.link`, style.link, ['url']);
        const hits = this.paragraphs(at, q.range, doc);
        const { startIndex: start, endIndex: end } = q.range as { startIndex: number; endIndex: number };
        const attribute = { bold: 'BOLD', italic: 'ITALIC', link: 'LINK_URL' } as const;
        return () =>
          hits.forEach(({ start: ps, paragraph }) => {
            const textStart = ps + (paragraph.pageBreak ? 1 : 0) + paragraph.images.length;
            const from = Math.max(start, textStart) - textStart;
            const to = Math.min(end, textStart + paragraph.text.length) - textStart - 1;
            if (to < from) return;
            for (const f of fields as (keyof typeof attribute)[]) {
              const value = f === 'link' ? (style.link as { url: string } | undefined)?.url : style[f] === true;
              paragraph.spans.push({ start: from, end: to, attribute: attribute[f], value });
            }
          });
      }
      case 'updateTableCellStyle': {
        const q = keys(at, r, ['tableRange', 'tableCellStyle', 'fields']);
        mask(at, q.fields, ['backgroundColor']);
        const range = keys(`${at}.tableRange`, q.tableRange, ['tableCellLocation', 'rowSpan', 'columnSpan']);
        const location = keys(`${at}.tableRange.tableCellLocation`, range.tableCellLocation, ['tableStartLocation', 'rowIndex', 'columnIndex']);
        const table = this.table(at, location.tableStartLocation, doc);
        const { rowIndex: row, columnIndex: column, rowSpan, columnSpan } = { ...location, ...range } as Record<string, number>;
        const rows = table.table.rows.length;
        const columns = table.table.rows[0].cells.length;
        if (
          ![row, column, rowSpan, columnSpan].every(isInt) ||
          row < 0 ||
          column < 0 ||
          rowSpan < 1 ||
          columnSpan < 1 ||
          row + rowSpan > rows ||
          column + columnSpan > columns
        ) {
          throw new InvalidRequest(at, `The table range (row ${row}+${rowSpan}, column ${column}+${columnSpan}) is outside the ${rows}×${columns} table.`);
        }
        const style = keys(`${at}.tableCellStyle`, q.tableCellStyle, ['backgroundColor']);
        const color = keys(`${at}.tableCellStyle.backgroundColor`, style.backgroundColor, ['color']);
        const rgb = keys(`${at}.tableCellStyle.backgroundColor.color`, color.color, ['rgbColor']);
        const channels = keys(`${at}.tableCellStyle.backgroundColor.color.rgbColor`, rgb.rgbColor, ['red', 'green', 'blue'], []);
        if (!Object.values(channels).every((v) => typeof v === 'number' && v >= 0 && v <= 1))
          throw new InvalidRequest(at, 'a colour channel lies between 0 and 1');
        const value = `#${hex((channels.red as number) ?? 0)}${hex((channels.green as number) ?? 0)}${hex((channels.blue as number) ?? 0)}`;
        return () => {
          for (let y = row; y < row + rowSpan; y++) for (let x = column; x < column + columnSpan; x++) table.table.rows[y].cells[x].backgroundColor = value;
        };
      }
      case 'updateTableColumnProperties': {
        const q = keys(at, r, ['tableStartLocation', 'columnIndices', 'tableColumnProperties', 'fields']);
        const fields = mask(at, q.fields, ['widthType', 'width']);
        const table = this.table(at, q.tableStartLocation, doc);
        const columns = table.table.rows[0].cells.length;
        const indices = q.columnIndices;
        if (!Array.isArray(indices) || !indices.every((c) => isInt(c) && c >= 0 && c < columns))
          throw new InvalidRequest(at, `column index out of range (the table has ${columns} columns)`);
        const props = keys(`${at}.tableColumnProperties`, q.tableColumnProperties, ['widthType', 'width'], []);
        if (props.widthType !== undefined && !['EVENLY_DISTRIBUTED', 'FIXED_WIDTH'].includes(props.widthType as string))
          throw new InvalidRequest(at, `Invalid value at 'widthType' (${String(props.widthType)})`);
        let widthPt: number | undefined;
        if (props.width !== undefined) {
          const width = keys(`${at}.tableColumnProperties.width`, props.width, ['magnitude', 'unit']);
          if (width.unit !== 'PT') throw new InvalidRequest(at, `Invalid value at 'unit' (${String(width.unit)})`);
          widthPt = width.magnitude as number;
          if (typeof widthPt !== 'number' || widthPt < 5) throw new InvalidRequest(at, 'The column width must be at least 5 points.');
        }
        if (fields.includes('width') && props.widthType !== 'FIXED_WIDTH') throw new InvalidRequest(at, 'A width is set only with widthType FIXED_WIDTH.');
        return () => (indices as number[]).forEach((c) => table.table.columnProperties.set(c, { widthType: String(props.widthType), widthPt }));
      }
      default:
        throw new InvalidRequest(where, `Unknown name "${kind}"`);
    }
  }

  /** The paragraphs a range overlaps; the range lies inside the body, start before end. */
  private paragraphs(at: string, value: unknown, doc: Layout): Placed[] {
    const range = keys(`${at}.range`, value, ['startIndex', 'endIndex', 'segmentId'], ['startIndex', 'endIndex']);
    const { startIndex: start, endIndex: end } = range as { startIndex: number; endIndex: number };
    if (!isInt(start) || !isInt(end) || start < 1 || end > doc.end)
      throw new InvalidRequest(at, `Index ${String(start)}–${String(end)} must be within the body (1–${doc.end}).`);
    if (end <= start) throw new InvalidRequest(at, 'The range should not be empty.');
    const hits = doc.paragraphs.filter((p) => p.start < end && p.end > start);
    if (hits.length === 0) throw new InvalidRequest(at, `No paragraph at ${start}–${end}.`);
    return hits;
  }

  private table(at: string, value: unknown, doc: Layout): PlacedTable {
    const location = keys(`${at}.tableStartLocation`, value, ['index', 'segmentId'], ['index']);
    const table = doc.tables.get(location.index as number);
    if (!table) throw new InvalidRequest(at, `Invalid table start location: no table starts at ${String(location.index)}.`);
    return table;
  }
}
