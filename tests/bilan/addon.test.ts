// "Générer le bilan annuel" through the add-on's server API on the Apps Script fakes: the
// spreadsheet holds the seed 001 workbook with its 2023 follow-up; DocumentApp, the Docs
// advanced service and Utilities are the counting fakes.
import { gasPort } from '../../src/hosts/apps-script/port';
import { serverApi } from '../../src/app/server-api';
import { callServer } from '../../src/app/server-functions';
import { readSettings } from '../../src/app/settings';
import { userMessage } from '../../src/app/errors';
import { planWorkbook } from '../../src/core/workbook/plan';
import { checkAsGenerated } from '../../src/core/workbook/refresh';
import { buildAnnualReview } from '../../src/core/summary/annual-review';
import { chartImage } from '../../src/adapters/chart/bar-chart';
import { textWidthPt } from '../../src/adapters/docs/write';
import { plainSpaces, formatMoney } from '../../src/core/domain/money';
import type { Chart } from '../../src/core/summary/model';
import { fakeAppsScript, installGlobals, FakeWorld } from '../fakes/globals';
import { FakeBlob, FakeParagraph } from '../fakes/document-app';
import { loadExample } from '../helpers/examples';

/** The Document services' calls (the spreadsheet's are counted apart). */
const DOCUMENT_CALLS = ['DocumentApp.', 'Document.', 'Body.', 'Paragraph.', 'ListItem.', 'Table', 'Text.', 'Docs.', 'Utilities.', 'InlineImage.'];

function seeded(): FakeWorld {
  const w = fakeAppsScript();
  run(w, () => gasPort().apply(planWorkbook(loadExample('thore-montagne-noire'), { sheets: [] }).plan));
  w.counter.reset();
  return w;
}

function run<T>(w: FakeWorld, fn: () => T): T {
  const uninstall = installGlobals(w);
  try {
    return fn();
  } finally {
    uninstall();
  }
}

const failure = (w: FakeWorld, fn: () => unknown) => {
  try {
    run(w, fn);
    return '';
  } catch (e) {
    return userMessage(e);
  }
};

/** What the sidebar shows when a server function fails: callServer's Error carries the French sentence. */
const sidebarError = (w: FakeWorld, fn: () => unknown) => {
  try {
    run(w, fn);
    return '';
  } catch (e) {
    return (e as Error).message;
  }
};

describe('Générer le bilan annuel (add-on)', () => {
  it('writes the 2023 bilan of seed 001 as a Google Doc with its chart, within the summary’s call budget', () => {
    const w = seeded();
    const summary = run(w, () => serverApi(gasPort()).generateSummary());
    const summaryCalls = w.counter.total(...DOCUMENT_CALLS);
    w.counter.reset();
    const result = run(w, () => callServer(serverApi(gasPort()), 'generateBilan', [2023]));
    const bilanCalls = w.counter.total(...DOCUMENT_CALLS);
    expect(result).toMatchObject({ year: 2023, documentId: 'doc-2', created: true });
    expect(summary.documentId).toBe('doc-1');
    // Measured: 86 calls for the bilan, 115 for the summary (DocumentApp, Docs API and Utilities) — one per block, one Documents.get, one batchUpdate, the image, the footer.
    expect(bilanCalls).toBeLessThanOrEqual(150);
    expect(bilanCalls).toBeLessThanOrEqual(summaryCalls + 20);
    expect(w.counter.counts.get('Docs.Documents.batchUpdate')).toBe(1);
    expect(w.counter.counts.get('Utilities.newBlob')).toBe(1);

    const body = w.globals.DocumentApp.files.get('doc-2')!.body;
    const outline = body.outline();
    expect(outline[0]).toBe('TITLE Bilan annuel 2023');
    const text = plainSpaces(body.getText());
    const convention = loadExample('thore-montagne-noire');
    const realised = convention.realised!.reduce((s, r) => s + Number(r.amounts['2023']), 0);
    expect(text).toContain(`Réalisé\t${plainSpaces(formatMoney(realised))}`);
    // The chart: the same PNG bytes the .docx embeds, at the text width, described for screen readers.
    const image = (body.children.find((c) => c instanceof FakeParagraph && c.images.length > 0) as FakeParagraph).images[0];
    const chart = buildAnnualReview(convention, checkAsGenerated(convention), 2023, { generatedAt: new Date() }).blocks.find(
      (b): b is Chart => b.kind === 'chart',
    )!;
    const expected = chartImage(chart, textWidthPt('portrait'));
    expect(image.blob).toBeInstanceOf(FakeBlob);
    expect(Buffer.from(image.blob.unsigned()).equals(Buffer.from(expected.png))).toBe(true);
    expect([image.width, image.height]).toEqual([expected.widthPt, expected.heightPt]);
    expect(image.altDescription).toBe(chart.title);
    // The styling batch found every paragraph and table after the image (its one index counted).
    expect(outline.filter((l) => l.startsWith('IMAGE'))).toHaveLength(1);
  });

  it('rewrites the same document when a year is generated again; another year has its own; the sidebar links to each', () => {
    const w = seeded();
    const first = run(w, () => serverApi(gasPort()).generateBilan(2023));
    const before = w.globals.DocumentApp.files.get(first.documentId)!.body.outline();
    w.counter.reset();
    const again = run(w, () => serverApi(gasPort()).generateBilan(2023));
    expect(again).toMatchObject({ documentId: first.documentId, created: false });
    expect(w.counter.counts.get('DocumentApp.create') ?? 0).toBe(0);
    expect(w.globals.DocumentApp.files.get(first.documentId)!.body.outline()).toEqual(before);
    const other = run(w, () => serverApi(gasPort()).generateBilan(2024));
    expect(other).toMatchObject({ created: true });
    expect(other.documentId).not.toBe(first.documentId);
    expect(w.globals.DocumentApp.files.size).toBe(2);
    const settings = readSettings(w.globals.PropertiesService.getDocumentProperties());
    expect(settings.bilanDocuments).toEqual({ '2023': { id: first.documentId, url: first.url }, '2024': { id: other.documentId, url: other.url } });
    const state = run(w, () => serverApi(gasPort()).getSidebarState());
    expect(state.bilan).toEqual({
      years: [2023, 2024, 2025],
      defaultYear: expect.any(Number),
      links: [
        { year: 2023, url: first.url },
        { year: 2024, url: other.url },
      ],
    });
  });

  it('never replaces a year’s document that does not open, and refuses a year outside the period, in French', () => {
    const w = seeded();
    const first = run(w, () => serverApi(gasPort()).generateBilan(2023));
    w.globals.DocumentApp.deleteDocument(first.documentId);
    expect(failure(w, () => serverApi(gasPort()).generateBilan(2023))).toMatch(/ne s’ouvre pas avec votre compte Google/);
    expect(w.globals.DocumentApp.files.size).toBe(0);
    expect(sidebarError(w, () => callServer(serverApi(gasPort()), 'generateBilan', [2031]))).toBe(
      '2031 est hors de la période de la convention (2023–2025)\u00A0: choisissez une année de 2023 à 2025.',
    );
    expect(sidebarError(w, () => callServer(serverApi(gasPort()), 'generateBilan', ['2023']))).toMatch(/^Demande invalide\u00A0: /);
  });
});
