// Summary: time to build the model and render it, and — the figure that matters
// in Apps Script — the number of Document service calls per generation (DocumentApp and
// the Docs advanced service), measured on the counting fakes (each real call costs a round trip).
import { checkAsGenerated } from '../src/core/workbook/refresh';
import { syntheticConvention } from '../tests/helpers/synthetic';
import { Convention } from '../src/core/domain/schema';
import { buildConventionSummary } from '../src/core/summary/convention-summary';
import { buildActionFiches } from '../src/core/summary/action-fiche';
import { renderDocx } from '../src/adapters/docx/render';
import { renderMarkdown } from '../src/adapters/markdown/render';
import { writeSummary } from '../src/app/summary';
import { docsSummaryDocuments } from '../src/adapters/docs/summary-documents';
import { FakeDocumentApp } from '../tests/fakes/document-app';
import { FakeDocsAdvanced } from '../tests/fakes/docs-advanced';
import { loadExample } from '../tests/helpers/examples';
import { medianMs, fmtMs } from './util';

function docsCalls(convention: Convention): { first: number; again: number; perKind: string } {
  const report = checkAsGenerated(convention);
  const docs = new FakeDocumentApp();
  const store = new Map<string, string>();
  const props = { getProperty: (k: string) => store.get(k) ?? null, setProperty: (k: string, v: string) => void store.set(k, v) };
  const generate = () => writeSummary(docsSummaryDocuments(docs, new FakeDocsAdvanced(docs)), props, { convention, report, meta: { generatedAt: new Date() } });
  generate();
  const first = docs.calls.total();
  const top = Object.entries(docs.calls.toJSON())
    .sort((a, b) => b[1] - a[1])
    .slice(0, 4)
    .map(([k, n]) => `${k} ${n}`)
    .join(', ');
  docs.calls.reset();
  generate();
  return { first, again: docs.calls.total(), perKind: top };
}

export async function run() {
  const seed = loadExample('thore-montagne-noire');
  const seedReport = checkAsGenerated(seed);
  const meta = { generatedAt: new Date() };
  console.log(`seed 001 model: ${fmtMs(medianMs(() => buildConventionSummary(seed, seedReport, meta)))} (median of 5)`);
  const seedDoc = buildConventionSummary(seed, seedReport, meta);
  let t0 = performance.now();
  const bytes = (await renderDocx(seedDoc)).length;
  console.log(`seed 001 .docx: ${fmtMs(performance.now() - t0)}, ${bytes} bytes; Markdown ${fmtMs(medianMs(() => renderMarkdown(seedDoc)))}`);
  const calls = docsCalls(seed);
  console.log(`seed 001 Google Docs: ${calls.first} Document service calls (first, create), ${calls.again} (regeneration); most: ${calls.perKind}`);

  const big = syntheticConvention({ actions: 200, lines: 500, years: 5 });
  const bigReport = checkAsGenerated(big);
  console.log(`synthetic 200 actions × 500 lines × 5 years model: ${fmtMs(medianMs(() => buildConventionSummary(big, bigReport, meta)))}`);
  t0 = performance.now();
  const fiches = await renderDocx(buildActionFiches(big, bigReport, meta));
  console.log(`synthetic: 200 fiches .docx ${fmtMs(performance.now() - t0)}, ${fiches.length} bytes`);
  const bigCalls = docsCalls(big);
  console.log(`synthetic Google Docs: ${bigCalls.first} Document service calls; most: ${bigCalls.perKind}`);
  const largest = docsCalls(syntheticConvention({ actions: 1000, lines: 5000, years: 3 }));
  console.log(`synthetic 1 000 actions × 5 000 lines × 3 years Google Docs: ${largest.first} calls; most: ${largest.perKind}`);
  console.log('\nDocument service calls per summary (DocumentApp + Docs advanced service), goal ≤ 150 each:');
  console.table([
    { summary: 'seed 001', before: 444, now: calls.first },
    { summary: '200 actions × 500 lines × 5 years', before: 12470, now: bigCalls.first },
    { summary: '1 000 actions × 5 000 lines × 3 years', before: 88426, now: largest.first },
  ]);
}
