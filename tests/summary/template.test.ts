import * as fc from 'fast-check';
import { FakeDocumentApp, FakeTable, FakeBody } from '../fakes/document-app';
import { FakeDocsAdvanced } from '../fakes/docs-advanced';
import { writeSummary, chooseSummaryTemplate, templateIdFrom } from '../../src/app/summary';
import { readSettings, writeSettings } from '../../src/app/settings';
import { docsSummaryDocuments } from '../../src/adapters/docs/summary-documents';
import { UserError } from '../../src/app/errors';
import {
  escapeRe2,
  escapeReplacement,
  placeholderPattern,
  unknownPlaceholders,
  INLINE_PLACEHOLDERS,
  BLOCK_PLACEHOLDERS,
} from '../../src/core/summary/template';
import { frTemplate } from '../../src/i18n/fr-summary';
import { plainSpaces } from '../../src/core/domain/money';
import { GENERATED_AT, SHEET_URL, thore } from './fixtures';

function memoryProps() {
  const data = new Map<string, string>();
  return { getProperty: (k: string) => data.get(k) ?? null, setProperty: (k: string, v: string) => void data.set(k, v) };
}

type Deps = { documents: ReturnType<typeof docsSummaryDocuments>; props: ReturnType<typeof memoryProps>; input: Parameters<typeof writeSummary>[2] };
const generateSummaryDoc = (deps: Deps) => writeSummary(deps.documents, deps.props, deps.input);

function withTemplate(fill: (body: FakeBody) => void, edit?: Parameters<typeof thore>[0]) {
  const docs = new FakeDocumentApp();
  const templateId = docs.seed('Modèle CTG', fill);
  const { convention, report } = thore(edit);
  const props = memoryProps();
  writeSettings(props, { summaryTemplateId: templateId });
  const deps: Deps = {
    documents: docsSummaryDocuments(docs, new FakeDocsAdvanced(docs)),
    props,
    input: { convention, report, meta: { generatedAt: GENERATED_AT, spreadsheetUrl: SHEET_URL } },
  };
  return { docs, deps, templateId };
}

describe('escaping for Docs RE2 patterns and Java-style replacements', () => {
  it('an escaped text matches itself literally, whole, whatever it holds', () => {
    fc.assert(fc.property(fc.string({ minLength: 1 }), (s) => new RegExp(`^${escapeRe2(s)}$`).test(s)));
    // Metacharacters are literal: "a.c" does not match "abc", "{{x}}" does match itself.
    expect(new RegExp(escapeRe2('a.c')).test('abc')).toBe(false);
    expect(new RegExp(`^${escapeRe2('{{x}} (1+1) [a] ^$ \\ |')}$`).test('{{x}} (1+1) [a] ^$ \\ |')).toBe(true);
  });

  it('an escaped replacement comes out unchanged through the fake replaceText (which throws on a bare $)', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const docs = new FakeDocumentApp();
        const body = docs.create('t').body;
        body.appendParagraph('avant {{x}} après');
        body.replaceText(placeholderPattern('x'), escapeReplacement(s));
        return body.children[1] !== undefined && (body.children[1] as unknown as { text: string }).text === `avant ${s} après`;
      }),
    );
    const docs = new FakeDocumentApp();
    docs.create('t').body.appendParagraph('{{x}}');
    expect(() => docs.files.get('doc-1')!.body.replaceText(placeholderPattern('x'), '1 $ 2')).toThrow(/Illegal group reference/);
  });

  it('every placeholder has its French description and the other way round', () => {
    expect(Object.keys(frTemplate).sort()).toEqual([...Object.keys(INLINE_PLACEHOLDERS), ...Object.keys(BLOCK_PLACEHOLDERS)].sort());
  });

  it('finds unknown placeholders once each, tolerating inner spaces', () => {
    expect(unknownPlaceholders('{{territoire}} {{ maire }} {{maire}} {{ periode }} {{Date}}')).toEqual(['maire', 'Date']);
  });
});

describe('template mode', () => {
  it('replaces text placeholders, puts the budget table where its placeholder stands, lists unknown ones', () => {
    const { docs, deps, templateId } = withTemplate((body) => {
      body.appendParagraph('CTG {{territoire}} — {{ periode }}');
      body.appendParagraph('Enveloppe annuelle : {{enveloppe_annuelle}}, soit {{enveloppe_totale}} en tout.');
      body.appendListItem('Signée par {{signataires}}');
      body.appendParagraph('{{tableau_budget}}');
      body.appendParagraph('Monsieur le maire {{maire}}, le {{date_generation}}.');
    });
    const result = generateSummaryDoc(deps);
    expect(result.unknownPlaceholders).toEqual(['maire']);
    const body = docs.files.get(result.documentId)!.body;
    expect(body.outline().map(plainSpaces)).toEqual([
      'NORMAL CTG Communauté de communes Thoré Montagne Noire — 2023–2025',
      'NORMAL Enveloppe annuelle : 241 801,00 €, soit 725 403,00 € en tout.',
      'LIST_ITEM Signée par Communes de la Communauté de communes Thoré Montagne Noire (Commune), Mairie de St-Amans-Soult (Commune), Mairie de Pont-de-l’Arn (Commune), CAF du Tarn (CAF)',
      'TABLE 11x7',
      'NORMAL Monsieur le maire {{maire}}, le 22/11/2026.',
    ]);
    const table = body.children[3] as FakeTable;
    expect(plainSpaces(table.rows[10].cells[6].getText())).toBe('725 403,00 €');
    // Styled like the default layout's tables, through the Docs batch.
    expect(table.rows[0].cells.map((c) => c.backgroundColor)).toEqual(Array(7).fill('#dce3ea'));
    expect(table.rows[10].cells[6].children[0].spanAt('BOLD', 0, table.rows[10].cells[6].children[0].text.length - 1)).toBe(true);
    expect(table.rows[4].cells[3].children[0].paragraphStyle).toEqual({ alignment: 'END' });
    expect(table.columnProperties.size).toBe(7);
    // The template itself is untouched.
    expect(docs.files.get(templateId)!.body.getText()).toContain('{{tableau_budget}}');
  });

  it('styles only the tables it inserts, not a table of the template before them', () => {
    const { docs, deps } = withTemplate((body) => {
      body.appendTable([
        ['Objet', 'Montant'],
        ['Loyer', '10'],
      ]);
      body.appendParagraph('{{tableau_enveloppe}}');
    });
    const body = docs.files.get(generateSummaryDoc(deps).documentId)!.body;
    const [theirs, ours] = body.children.filter((c): c is FakeTable => c instanceof FakeTable);
    expect(theirs.rows[0].cells.map((c) => c.backgroundColor)).toEqual([null, null]);
    expect(theirs.columnProperties.size).toBe(0);
    expect(ours.rows[0].cells.map((c) => c.backgroundColor)).toEqual(Array(5).fill('#dce3ea'));
  });

  it('writes territory names holding $, \\ and RE2 metacharacters literally, and never expands a placeholder typed inside a value', () => {
    const { docs, deps } = withTemplate(
      (body) => body.appendParagraph('Territoire : {{territoire}}.'),
      (c) => (c.territory = 'Saint-$1 \\ (Val) [x]+ {{periode}}'),
    );
    const result = generateSummaryDoc(deps);
    expect(docs.files.get(result.documentId)!.body.outline()).toEqual(['NORMAL Territoire : Saint-$1 \\ (Val) [x]+ {\u2060{periode}}.']);
  });

  it('leaves a block placeholder that shares its paragraph in place, and lists it', () => {
    const { docs, deps } = withTemplate((body) => {
      body.appendParagraph('Budget : {{tableau_budget}}');
      body.appendParagraph('{{tableau_enveloppe}}');
    });
    const result = generateSummaryDoc(deps);
    expect(result.unknownPlaceholders).toEqual(['tableau_budget']);
    expect(docs.files.get(result.documentId)!.body.outline()).toEqual(['NORMAL Budget : {{tableau_budget}}', 'TABLE 5x5', 'NORMAL ']);
  });

  it('regenerates in place from the template: same document, same layout', () => {
    const { docs, deps } = withTemplate((body) => {
      body.appendParagraph('{{convention}}');
      body.appendParagraph('{{liste_actions}}');
    });
    const first = generateSummaryDoc(deps);
    const second = generateSummaryDoc(deps);
    expect(second.documentId).toBe(first.documentId);
    expect(docs.files.get(second.documentId)!.body.outline()).toEqual(['NORMAL CTG Thoré Montagne Noire', 'TABLE 17x3', 'NORMAL ']);
  });

  it('says in French when the template is gone, and leaves the last summary as it was', () => {
    const { docs, deps, templateId } = withTemplate((body) => body.appendParagraph('{{territoire}}'));
    const previous = generateSummaryDoc(deps);
    const before = docs.files.get(previous.documentId)!.body.outline();
    docs.deleteDocument(templateId);
    expect(() => generateSummaryDoc(deps)).toThrow(UserError);
    expect(() => generateSummaryDoc(deps)).toThrow(
      /Le modèle de synthèse \(https:\/\/docs.google.com\/document\/d\/.*\/edit\) ne s’ouvre pas avec votre compte Google/,
    );
    expect(docs.files.get(previous.documentId)!.body.outline()).toEqual(before);
    expect([...docs.files.keys()]).toEqual([previous.documentId]);
  });
});

describe('choosing the template', () => {
  const ID = '1AbCdEfGhIjKlMnOpQrStUvWxYz_0123456789-ab';
  it('reads the id from a Docs link or a bare id, and nothing else', () => {
    expect(templateIdFrom(`https://docs.google.com/document/d/${ID}/edit#heading=h.x`)).toBe(ID);
    expect(templateIdFrom(`https://docs.google.com/document/u/1/d/${ID}/edit`)).toBe(ID);
    expect(templateIdFrom(`  ${ID} `)).toBe(ID);
    expect(templateIdFrom('https://docs.google.com/spreadsheets/d/' + ID + '/edit')).toBeNull();
    expect(templateIdFrom('mon modèle')).toBeNull();
  });

  it('stores a template that opens, refuses a bad link or a missing document in French, clears on empty input', () => {
    const docs = new FakeDocumentApp();
    const props = memoryProps();
    const documents = docsSummaryDocuments(docs, new FakeDocsAdvanced(docs));
    expect(() => chooseSummaryTemplate(documents, props, 'mon modèle')).toThrow(/«\smon modèle\s» n’est pas un lien vers un document Google Docs/);
    expect(() => chooseSummaryTemplate(documents, props, `https://docs.google.com/document/d/${ID}/edit`)).toThrow(UserError);
    expect(readSettings(props).summaryTemplateId).toBeUndefined();
    const known = docs.seedWithId(ID, 'Modèle comité de pilotage', (b) => b.appendParagraph('{{territoire}}'));
    expect(chooseSummaryTemplate(documents, props, `https://docs.google.com/document/d/${known}/edit`)).toEqual({
      templateId: ID,
      message: 'Modèle de synthèse enregistré\u00A0: «\u00A0Modèle comité de pilotage\u00A0». La prochaine synthèse suivra sa mise en page.',
    });
    expect(readSettings(props).summaryTemplateId).toBe(ID);
    expect(chooseSummaryTemplate(documents, props, '  ').templateId).toBeNull();
    expect(readSettings(props).summaryTemplateId).toBeUndefined(); // cleared: the default layout again
  });
});
