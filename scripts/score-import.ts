// npm run score:import [-- --verbose]: precision and recall of the importer on the
// hand-written corpus of tests/import/corpus/ (texts of our own writing with the
// draft a careful reader would type from each), plus period, signature date and
// announced-count accuracy. Prints figures; the thresholds live in tests/import/corpus.test.ts.
import { scoreCorpus } from '../tests/import/corpus-score';
import { counted } from '../src/i18n/fr-grammar';

const verbose = process.argv.includes('--verbose') || process.argv.includes('-v');
const s = scoreCorpus();
const pct = (x: number) => `${(x * 100).toFixed(1)} %`;
const pr = (x: { precision: number; recall: number }) => `précision ${pct(x.precision)}, rappel ${pct(x.recall)}`;

if (verbose) {
  for (const t of s.texts) {
    if (t.misses.length === 0) continue;
    console.log(t.name);
    for (const m of t.misses) console.log(`  - ${m}`);
  }
  console.log('');
}
console.log(`Corpus : ${s.texts.length} textes, ${counted(s.crashes, 'plantage')}`);
console.log(`Signataires : ${pr(s.signatories)}`);
console.log(`Axes        : ${pr(s.axes)}`);
console.log(`Actions     : ${pr(s.actions)}`);
console.log(
  `Période     : juste dans ${s.period.right}/${s.period.stated} textes qui en donnent une (${pct(s.period.right / Math.max(1, s.period.stated))}), vide dans ${s.period.emptyRight}/${s.period.unstated} qui n’en donnent pas`,
);
console.log(`Date        : juste dans ${s.dates.right}/${s.dates.total} textes qui la donnent`);
console.log(`Nombres annoncés : vérifiés dans ${s.counts.right}/${s.counts.total} textes qui en annoncent`);
