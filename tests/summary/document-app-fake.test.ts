// The DocumentApp fake behaves like Apps Script where the summary relies on it.
import { FakeDocumentApp, FakeParagraph, FakeBody } from '../fakes/document-app';

describe('DocumentApp fake', () => {
  it('keeps one empty paragraph after clear(), and refuses to remove the last paragraph', () => {
    const docs = new FakeDocumentApp();
    const body = docs.create('d').getBody() as unknown as FakeBody;
    body.appendParagraph('a');
    body.appendTable([['x']]);
    body.clear();
    expect(body.outline()).toEqual(['NORMAL ']);
    expect(() => (body.getChild(0) as FakeParagraph).removeFromParent()).toThrow("Can't remove the last paragraph in a document section.");
  });

  it('throws like Apps Script for a deleted document and for a closed one', () => {
    const docs = new FakeDocumentApp();
    const doc = docs.create('d');
    doc.saveAndClose();
    expect(() => doc.getBody()).toThrow('Document is closed');
    expect(docs.openById(doc.id).getName()).toBe('d');
    docs.deleteDocument(doc.id);
    expect(() => docs.openById(doc.id)).toThrow("Document is missing (perhaps it was deleted, or you don't have read access?)");
  });

  it('uses RE2 patterns (no lookaround) and Java replacements ($1 a group, \\$ a dollar, bare $ an error)', () => {
    const docs = new FakeDocumentApp();
    const body = docs.create('d').body;
    body.appendParagraph('prix 12 euros');
    body.replaceText('(\\d+) euros', '$1 \\$');
    expect(body.outline()[1]).toBe('NORMAL prix 12 $');
    expect(() => body.replaceText('prix', 'a $ b')).toThrow('Illegal group reference');
    expect(() => body.findText('prix(?= )')).toThrow('Invalid regular expression');
  });

  it('finds text in order, table cells included, and continues after a found range', () => {
    const docs = new FakeDocumentApp();
    const body = docs.create('d').body;
    body.appendParagraph('{{a}}');
    body.appendTable([['{{a}}', 'x']]);
    const first = body.findText('\\{\\{a\\}\\}')!;
    const second = body.findText('\\{\\{a\\}\\}', first)!;
    expect(first.getElement().getParent().getParent()).toBe(body);
    expect(second.getElement().getParent().getParent()!.getType()).toBe('TABLE_CELL');
    expect(body.findText('\\{\\{a\\}\\}', second)).toBeNull();
  });

  it('counts every call', () => {
    const docs = new FakeDocumentApp();
    const body = docs.create('d').getBody();
    body.appendParagraph('a').setHeading(docs.ParagraphHeading.HEADING1);
    expect(docs.calls.toJSON()).toEqual({ 'Body.appendParagraph': 1, 'Document.getBody': 1, 'DocumentApp.create': 1, 'Paragraph.setHeading': 1 });
  });
});
