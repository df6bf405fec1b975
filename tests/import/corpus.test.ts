// The importer on the hand-written corpus of tests/import/corpus/ (texts of our own
// writing in the styles of commune pages, press articles, PDF extracts and
// amendments, each with the draft a careful reader would type): the thresholds the
// product must meet on texts it has never seen. `npm run score:import -- -v` says
// what was missed, text by text.
import { scoreCorpus, loadCorpus } from './corpus-score';

describe('the hand-written corpus', () => {
  const corpus = loadCorpus();
  const s = scoreCorpus(corpus);

  it('holds some thirty texts, each with its expected draft', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(30);
  });

  it('never crashes and invents no signatory, axis or action', () => {
    expect(s.crashes).toBe(0);
    expect(s.texts.flatMap((t) => t.misses.filter((m) => m.includes(' en trop ')).map((m) => `${t.name}: ${m}`))).toEqual([]);
  });

  it('finds the signatories (precision ≥ 0.95, recall ≥ 0.90), the axes (recall ≥ 0.85) and the actions', () => {
    expect(s.signatories.precision).toBeGreaterThanOrEqual(0.95);
    expect(s.signatories.recall).toBeGreaterThanOrEqual(0.9);
    expect(s.axes.recall).toBeGreaterThanOrEqual(0.85);
    expect(s.actions.recall).toBeGreaterThanOrEqual(0.85);
  });

  it('reads the period in at least 90 % of the texts that state one, and leaves it empty in every text that states none', () => {
    expect(s.period.right / s.period.stated).toBeGreaterThanOrEqual(0.9);
    expect(s.period.emptyRight).toBe(s.period.unstated);
  });

  it('checks every announced count, flagging exactly those the text contradicts', () => {
    expect(s.counts.right).toBe(s.counts.total);
    expect(s.counts.total).toBeGreaterThanOrEqual(10);
  });

  it('dates the signature right in every text that gives it, with or without its year', () => {
    expect(s.dates.right).toBe(s.dates.total);
  });
});
