import { FakeDocumentApp, FakeParagraph, FakeTable, FakeListItem } from '../fakes/document-app';
import { FakeDocsAdvanced } from '../fakes/docs-advanced';
import { generateSummary, writeSummary } from '../../src/app/summary';
import { docsSummaryDocuments } from '../../src/adapters/docs/summary-documents';
import { withLock } from '../../src/app/lock';
import { MemoryWorkbook } from '../../src/adapters/memory/port';
import { planWorkbook } from '../../src/core/workbook/plan';
import { applyPlan } from '../../src/core/workbook/snapshot-apply';
import { readSettings } from '../../src/app/settings';
import { UserError } from '../../src/app/errors';
import { MAX_REQUESTS_PER_BATCH, renderToBody } from '../../src/adapters/docs/write';
import { buildConventionSummary } from '../../src/core/summary/convention-summary';
import { buildActionFiches } from '../../src/core/summary/action-fiche';
import { plainSpaces } from '../../src/core/domain/money';
import { GENERATED_AT, SHEET_URL, thore, sixYears } from './fixtures';
import { syntheticConvention } from '../helpers/synthetic';
import { checkAsGenerated } from '../../src/core/workbook/refresh';

function memoryProps() {
  const data = new Map<string, string>();
  return { getProperty: (k: string) => data.get(k) ?? null, setProperty: (k: string, v: string) => void data.set(k, v) };
}

type Deps = { documents: ReturnType<typeof docsSummaryDocuments>; props: ReturnType<typeof memoryProps>; input: Parameters<typeof writeSummary>[2] };

function setup(edit?: Parameters<typeof thore>[0]) {
  const docs = new FakeDocumentApp();
  const props = memoryProps();
  const { convention, report } = thore(edit);
  const deps: Deps = {
    documents: docsSummaryDocuments(docs, new FakeDocsAdvanced(docs)),
    props,
    input: { convention, report, meta: { generatedAt: GENERATED_AT, spreadsheetUrl: SHEET_URL } },
  };
  return { docs, props, deps, convention };
}

const generateSummaryDoc = (deps: Deps) => writeSummary(deps.documents, deps.props, deps.input);

const bodyOf = (docs: FakeDocumentApp, id: string) => docs.files.get(id)!.body;

describe('Google Docs renderer (against the DocumentApp fake)', () => {
  it('builds the headings, bullets and tables of the model, in order, with no stray first paragraph', () => {
    const { docs, deps } = setup();
    const result = generateSummaryDoc(deps);
    const outline = bodyOf(docs, result.documentId).outline();
    expect(outline[0]).toBe('TITLE Synthèse — CTG Thoré Montagne Noire');
    expect(outline[1]).toBe('NORMAL Territoire\u00A0: Communauté de communes Thoré Montagne Noire');
    expect(outline.filter((l) => l.startsWith('HEADING1 '))).toEqual([
      'HEADING1 Signataires',
      'HEADING1 Axes et fiches actions',
      'HEADING1 Financement',
      'HEADING1 Contrôle de l’enveloppe CAF',
      'HEADING1 Points à corriger ou à vérifier',
    ]);
    expect(outline.filter((l) => l.startsWith('HEADING2 '))).toHaveLength(6);
    // 6 action tables (header + 7,1,1,1,4,2 actions; 3 columns: no fiche has a pilote or an échéance), the budget (header + 9 lines + CAF total, 7 columns), the envelope (header + 3 years + total).
    expect(outline.filter((l) => l.startsWith('TABLE'))).toEqual([
      'TABLE 8x3',
      'TABLE 2x3',
      'TABLE 2x3',
      'TABLE 2x3',
      'TABLE 5x3',
      'TABLE 3x3',
      'TABLE 11x7',
      'TABLE 5x5',
    ]);
    expect(outline.filter((l) => l.startsWith('LIST_ITEM'))).toContain('LIST_ITEM CAF du Tarn (CAF)');
  });

  it('styles tables through one Docs batchUpdate: bold header and totals on a cell shading, amounts right-aligned, widths filling the page', () => {
    const { docs, deps } = setup();
    const body = bodyOf(docs, generateSummaryDoc(deps).documentId);
    const budget = body.children.filter((c): c is FakeTable => c instanceof FakeTable)[6];
    // Header: every cell shaded (a cell fill, not a text highlight on the row) and its text bold.
    expect(budget.rows[0].cells.map((c) => c.backgroundColor)).toEqual(Array(7).fill('#dce3ea'));
    expect(budget.rows[0].cells.every((c) => c.children[0].spanAt('BOLD', 0, c.children[0].text.length - 1) === true)).toBe(true);
    expect(budget.rows[0].attributes).toEqual({});
    // A budget line: neither shaded nor bold.
    expect(budget.rows[1].cells.map((c) => c.backgroundColor)).toEqual(Array(7).fill(null));
    expect(budget.rows[1].cells.flatMap((c) => c.children[0].spans)).toEqual([]);
    // The CAF total: bold on the lighter tint.
    expect(budget.rows[10].cells.map((c) => c.backgroundColor)).toEqual(Array(7).fill('#f0f3f6'));
    const total = budget.rows[10].cells[6].children[0];
    expect(plainSpaces(total.text)).toBe('725 403,00 €');
    expect(total.spanAt('BOLD', 0, total.text.length - 1)).toBe(true);
    // Amounts right-aligned (END), text columns left as they are, header included.
    expect(budget.rows[3].cells[3].children[0].paragraphStyle).toEqual({ alignment: 'END' });
    expect(budget.rows[0].cells[6].children[0].paragraphStyle).toEqual({ alignment: 'END' });
    expect(budget.rows[3].cells[0].children[0].paragraphStyle).toEqual({});
    const widths = [...budget.columnProperties.values()];
    expect(widths).toHaveLength(7);
    expect(widths.every((w) => w.widthType === 'FIXED_WIDTH')).toBe(true);
    expect(Math.abs(widths.reduce((s, w) => s + w.widthPt!, 0) - 451)).toBeLessThanOrEqual(4);
    // Nothing styled cell by cell through DocumentApp.
    expect(docs.calls.total('Table.', 'TableRow.', 'TableCell.', 'Paragraph.setAlignment')).toBe(0);
    expect([body.pageWidth, body.pageHeight]).toEqual([595, 842]); // A4 portrait, whatever the account's default
  });

  it('turns the page to landscape for six years, and the tables widen with it', () => {
    const { docs, deps } = setup(sixYears);
    const body = bodyOf(docs, generateSummaryDoc(deps).documentId);
    expect([body.pageWidth, body.pageHeight]).toEqual([842, 595]);
    const budget = body.children.filter((c): c is FakeTable => c instanceof FakeTable)[6];
    const widths = [...budget.columnProperties.values()];
    expect(widths).toHaveLength(10);
    expect(Math.abs(widths.reduce((s, w) => s + w.widthPt!, 0) - 698)).toBeLessThanOrEqual(5);
  });

  it('makes bold labels and the link back to the spreadsheet real text attributes', () => {
    const { docs, deps } = setup();
    const body = bodyOf(docs, generateSummaryDoc(deps).documentId);
    const paragraphs = body.children.filter((c): c is FakeParagraph => c instanceof FakeParagraph && !(c instanceof FakeListItem));
    const territory = paragraphs.find((p) => plainSpaces(p.text).startsWith('Territoire : '))!;
    expect(territory.spanAt('BOLD', 0, 'Territoire : '.length - 1)).toBe(true);
    const footer = paragraphs[paragraphs.length - 1];
    expect(footer.text).toBe('Document généré le 22/11/2026 à partir du classeur CTG. Ouvrir le classeur');
    const linkStart = footer.text.indexOf('Ouvrir');
    expect(footer.spanAt('LINK_URL', linkStart, footer.text.length - 1)).toBe(SHEET_URL);
    expect(footer.heading).toBe('NORMAL');
  });

  it('rewrites the same document on the next click, without piling content up', () => {
    const { docs, props, deps } = setup();
    const first = generateSummaryDoc(deps);
    expect(first).toMatchObject({ documentId: 'doc-1', created: true, unknownPlaceholders: [], url: 'https://docs.google.com/open?id=doc-1' });
    expect(readSettings(props).summaryDocumentId).toBe('doc-1');
    const before = bodyOf(docs, 'doc-1').outline();
    docs.calls.reset();
    const second = generateSummaryDoc(deps);
    expect(second).toMatchObject({ documentId: 'doc-1', created: false });
    expect(docs.calls.counts.get('DocumentApp.create') ?? 0).toBe(0);
    expect(docs.calls.counts.get('DocumentApp.openById') ?? 0).toBe(1);
    expect(bodyOf(docs, 'doc-1').outline()).toEqual(before);
    expect(docs.files.size).toBe(1);
    // One footer section on every page, written again (not added twice) on regeneration.
    expect(docs.calls.counts.get('Document.addFooter') ?? 0).toBe(0);
    expect(plainSpaces(docs.files.get('doc-1')!.footerBox!.footer!.text)).toBe('CTG Thoré Montagne Noire · synthèse du 22/11/2026');
  });

  it('keeps the name a person gave the document when regenerating', () => {
    const { docs, deps } = setup();
    generateSummaryDoc(deps);
    docs.openById('doc-1').setName('Synthèse pour le comité de pilotage');
    generateSummaryDoc(deps);
    expect(docs.files.get('doc-1')!.name).toBe('Synthèse pour le comité de pilotage');
  });

  it('reflects a change of the workbook when regenerating', () => {
    const { docs, deps } = setup();
    generateSummaryDoc(deps);
    const { report, convention } = thore((c) => (c.budget[1].amounts['2024'] = 4080100));
    generateSummaryDoc({ ...deps, input: { convention, report, meta: { generatedAt: GENERATED_AT } } });
    expect(plainSpaces(bodyOf(docs, 'doc-1').getText())).toContain('dépassement de 1,00 €');
  });

  it('never replaces a remembered document that does not open; a new one only when asked for, and then remembered', () => {
    const { docs, props, deps } = setup();
    generateSummaryDoc(deps);
    docs.deleteDocument('doc-1');
    expect(() => generateSummaryDoc(deps)).toThrow(UserError);
    expect(docs.files.size).toBe(0);
    expect(readSettings(props).summaryDocumentId).toBe('doc-1');
    const again = writeSummary(deps.documents, deps.props, deps.input, 'new');
    expect(again).toMatchObject({ documentId: 'doc-2', created: true });
    expect(readSettings(props).summaryDocumentId).toBe('doc-2');
  });

  it('refuses to run while a co-editor holds the lock, with a French message, and releases it after a run', () => {
    const docs = new FakeDocumentApp();
    const { convention } = thore();
    const book = new MemoryWorkbook(applyPlan({ sheets: [] }, planWorkbook(convention, { sheets: [] }).plan));
    const portWith = (lock: { tryLock: () => boolean; releaseLock: () => void }) => ({
      ...book.port(),
      withLock: <T>(fn: () => T) => withLock(lock, fn),
      documents: () => docsSummaryDocuments(docs, new FakeDocsAdvanced(docs)),
    });
    const busy = { tryLock: () => false, releaseLock: jest.fn() };
    expect(() => generateSummary(portWith(busy))).toThrow(UserError);
    expect(() => generateSummary(portWith(busy))).toThrow(/Un autre co-éditeur est en train de modifier/);
    expect(docs.files.size).toBe(0);
    const free = { tryLock: () => true, releaseLock: jest.fn() };
    generateSummary(portWith(free));
    expect(free.releaseLock).toHaveBeenCalledTimes(1);
    expect(docs.files.size).toBe(1);
  });

  it('renders one fiche per page when given the fiches document', () => {
    const docs = new FakeDocumentApp();
    const { convention, report } = thore();
    const doc = docs.create('x');
    renderToBody(doc.getBody(), buildActionFiches(convention, report, { generatedAt: GENERATED_AT }), docs);
    expect(doc.body.outline().filter((l) => l === 'PAGE_BREAK')).toHaveLength(15);
  });

  it('costs 114 Document service calls for the seed summary: one per block, one Documents.get and one batchUpdate for all the styling, the footer (see bench/summary.bench.ts)', () => {
    const { docs, deps } = setup();
    generateSummaryDoc(deps);
    // One append per table and per bullet of the model (no per-cell writes): counted by hand from the seed.
    expect(docs.calls.counts.get('Body.appendTable') ?? 0).toBe(8);
    // Signatories, objectives, years, and the one finding of the example (its L04 réalisé over the plan) where « Aucune anomalie » stood.
    expect(docs.calls.counts.get('Body.appendListItem') ?? 0).toBe(4 + 7 + 3 + 1);
    expect(docs.calls.counts.get('Body.clear') ?? 0).toBe(1);
    expect(docs.calls.counts.get('Docs.Documents.get')).toBe(1);
    expect(docs.calls.counts.get('Docs.Documents.batchUpdate')).toBe(1);
    expect(docs.calls.total('Text.', 'Table.', 'TableRow.', 'TableCell.', 'Paragraph.editAsText', 'ListItem.editAsText', 'Paragraph.setAlignment')).toBe(0);
    expect(docs.calls.total()).toBe(114); // 113 less the subtitle's paragraph (appendParagraph, setHeading), plus the footer (getFooter, addFooter, setText)
  });

  it('styles the largest territory in a few batches: 1 000 actions × 5 000 budget lines × 3 years within 150 calls', () => {
    const docs = new FakeDocumentApp();
    const advanced = new FakeDocsAdvanced(docs);
    const convention = syntheticConvention({ actions: 1000, lines: 5000, years: 3 });
    writeSummary(docsSummaryDocuments(docs, advanced), memoryProps(), {
      convention,
      report: checkAsGenerated(convention),
      meta: { generatedAt: GENERATED_AT },
    });
    // One batch per MAX_REQUESTS_PER_BATCH requests (a precaution on the payload's size), all full but the last.
    const sizes = advanced.batches.map((b) => b.requests.length);
    expect(sizes.length).toBe(Math.ceil(sizes.reduce((s, n) => s + n, 0) / MAX_REQUESTS_PER_BATCH));
    expect(sizes.slice(0, -1).every((n) => n === MAX_REQUESTS_PER_BATCH)).toBe(true);
    expect(docs.calls.counts.get('Docs.Documents.get')).toBe(1);
    expect(docs.calls.total()).toBeLessThanOrEqual(150);
    // Every amount of the budget table right-aligned.
    const budget = [...docs.files.values()][0].body.children.filter((c): c is FakeTable => c instanceof FakeTable).find((t) => t.rows.length > 5000)!;
    const amounts = budget.rows.flatMap((r) => r.cells.slice(-4).map((c) => c.children[0].paragraphStyle.alignment));
    expect(new Set(amounts)).toEqual(new Set(['END']));
  });
});

describe('renderToBody on a body that held something else', () => {
  it('replaces old content entirely', () => {
    const docs = new FakeDocumentApp();
    const doc = docs.create('old');
    doc.body.appendParagraph('ancien contenu');
    doc.body.appendTable([['a']]);
    const { convention, report } = thore();
    renderToBody(doc.body, buildConventionSummary(convention, report, { generatedAt: GENERATED_AT }), docs);
    expect(doc.body.getText()).not.toContain('ancien contenu');
    expect(doc.body.outline()[0]).toMatch(/^TITLE /);
  });
});

describe('the summary ids live in the workbook settings', () => {
  it('reads and writes fields of the settings JSON without losing the others', () => {
    const raw = new Map<string, string>([['ctg.settings', JSON.stringify({ initializedAt: '2026-11-01T08:00:00.000Z' })]]);
    const props = { getProperty: (k: string) => raw.get(k) ?? null, setProperty: (k: string, v: string) => void raw.set(k, v) };
    const { docs, deps } = setup();
    const result = generateSummaryDoc({ ...deps, props });
    expect(readSettings(props)).toEqual({ initializedAt: '2026-11-01T08:00:00.000Z', summaryDocumentId: result.documentId, summaryUrl: result.url });
    expect(generateSummaryDoc({ ...deps, props }).documentId).toBe(result.documentId);
    expect(docs.files.size).toBe(1);
  });
});
