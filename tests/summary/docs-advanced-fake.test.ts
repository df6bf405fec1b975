// The Docs advanced service fake computes Google's indices and rejects what Google rejects.
import { FakeDocumentApp, FakeTable } from '../fakes/document-app';
import { FakeDocsAdvanced } from '../fakes/docs-advanced';
import type { DocsRequest } from '../../src/adapters/docs/docs-api';

function saved() {
  const docs = new FakeDocumentApp();
  const id = docs.seed('t', (body) => {
    body.appendParagraph('ab');
    body.appendTable([
      ['x', ''],
      ['yz', 'w'],
    ]);
    body.appendParagraph('');
  });
  return { docs, id, api: new FakeDocsAdvanced(docs) };
}

describe('Docs advanced service fake', () => {
  it('numbers the body as Google does: section break to 1, each paragraph its text and newline, a table, row and cell a marker each', () => {
    const { id, api } = saved();
    const [section, paragraph, table, last] = api.Documents.get(id).body.content;
    expect(section).toMatchObject({ endIndex: 1 });
    expect(section.startIndex).toBeUndefined();
    expect(paragraph).toMatchObject({ startIndex: 1, endIndex: 4 });
    const rows = table.table!.tableRows;
    expect([table.startIndex, rows[0].startIndex, rows[0].tableCells[0].startIndex, rows[0].tableCells[0].content[0].startIndex]).toEqual([4, 5, 6, 7]);
    expect(rows[0].tableCells[0].content[0].endIndex).toBe(9); // 'x' + newline
    expect(rows[0].tableCells[1]).toMatchObject({ startIndex: 9, endIndex: 11 }); // marker + empty paragraph
    expect(rows[1]).toMatchObject({ startIndex: 11, endIndex: 19 }); // marker, cell 'yz' (12–16), cell 'w' (16–19)
    expect(table.endIndex).toBe(20); // the end marker
    expect(last).toMatchObject({ startIndex: 20, endIndex: 21 });
  });

  it('rejects the whole batch when one request is wrong, and applies nothing', () => {
    const { docs, id, api } = saved();
    const ok: DocsRequest = { updateParagraphStyle: { range: { startIndex: 7, endIndex: 9 }, paragraphStyle: { alignment: 'END' }, fields: 'alignment' } };
    const reject = (request: unknown) =>
      expect(() => api.Documents.batchUpdate({ requests: [ok, request as DocsRequest] }, id)).toThrow(/Invalid requests\[1\]/);
    reject({ updateParagraphStyle: { range: { startIndex: 7, endIndex: 99 }, paragraphStyle: { alignment: 'END' }, fields: 'alignment' } }); // past the body
    reject({ updateParagraphStyle: { range: { startIndex: 7, endIndex: 7 }, paragraphStyle: { alignment: 'END' }, fields: 'alignment' } }); // empty
    reject({ updateParagraphStyle: { range: { startIndex: 7, endIndex: 9 }, paragraphStyle: { alignment: 'RIGHT' }, fields: 'alignment' } }); // DocumentApp's word, not the API's
    reject({ updateParagraphStyle: { range: { startIndex: 7, endIndex: 9 }, paragraphStyle: { align: 'END' }, fields: 'alignment' } }); // unknown field
    reject({ updateParagraphStyle: { range: { startIndex: 7, endIndex: 9 }, paragraphStyle: { alignment: 'END' }, fields: 'alignement' } }); // unknown field in the mask
    reject({ updateParagraphStyle: { range: { startIndex: 7, endIndex: 9 }, paragraphStyle: { alignment: 'END' } } }); // no mask
    reject({ setAlignment: {} }); // unknown kind
    reject({
      updateTableCellStyle: {
        tableRange: { tableCellLocation: { tableStartLocation: { index: 5 }, rowIndex: 0, columnIndex: 0 }, rowSpan: 1, columnSpan: 2 },
        tableCellStyle: { backgroundColor: { color: { rgbColor: { red: 1 } } } },
        fields: 'backgroundColor',
      },
    }); // not a table start
    reject({
      updateTableCellStyle: {
        tableRange: { tableCellLocation: { tableStartLocation: { index: 4 }, rowIndex: 1, columnIndex: 0 }, rowSpan: 2, columnSpan: 2 },
        tableCellStyle: { backgroundColor: { color: { rgbColor: { red: 1 } } } },
        fields: 'backgroundColor',
      },
    }); // rows past the table
    reject({
      updateTableColumnProperties: {
        tableStartLocation: { index: 4 },
        columnIndices: [2],
        tableColumnProperties: { widthType: 'FIXED_WIDTH', width: { magnitude: 50, unit: 'PT' } },
        fields: 'widthType,width',
      },
    }); // no third column
    reject({
      updateTableColumnProperties: {
        tableStartLocation: { index: 4 },
        columnIndices: [0],
        tableColumnProperties: { widthType: 'FIXED_WIDTH', width: { magnitude: 4, unit: 'PT' } },
        fields: 'widthType,width',
      },
    }); // under 5 pt
    expect(() => api.Documents.batchUpdate({ requests: [] }, id)).toThrow(/at least one request/);
    const table = docs.files.get(id)!.body.children.find((c): c is FakeTable => c instanceof FakeTable)!;
    expect(table.rows[0].cells[0].children[0].paragraphStyle).toEqual({});
    api.Documents.batchUpdate({ requests: [ok] }, id);
    expect(table.rows[0].cells[0].children[0].paragraphStyle).toEqual({ alignment: 'END' });
  });

  it('does not see DocumentApp edits before saveAndClose, nor a document the user cannot open', () => {
    const { docs, id, api } = saved();
    const doc = docs.openById(id);
    doc.getBody().appendParagraph('new');
    expect(() => api.Documents.get(id)).toThrow(/not saved/);
    doc.saveAndClose();
    expect(api.Documents.get(id).body.content).toHaveLength(5);
    docs.setSharedWithCurrentUser(id, false);
    expect(() => api.Documents.get(id)).toThrow(/not found/);
  });
});
