// The bilan's document model: each section from the convention's Suivi, Réalisé and
// Indicateurs rows of the year, and what is missing said in words.
import { buildAnnualReview, defaultReviewYear, distanceToTarget, reviewFigures, reviewYearProblem } from '../../src/core/summary/annual-review';
import { checkAsGenerated } from '../../src/core/workbook/refresh';
import type { Convention } from '../../src/core/domain/schema';
import type { Chart } from '../../src/core/summary/model';
import { allText, headings, tableWithHeader } from '../summary/fixtures';
import { expectedFigures, followedConvention } from './fixtures';

const NOW = new Date('2026-11-21T10:00:00Z');
const review = (c: Convention, year = 2023, now = NOW) => buildAnnualReview(c, checkAsGenerated(c), year, { generatedAt: now });

describe('bilan annuel (document model)', () => {
  const c = followedConvention();
  const doc = review(c);

  it('computes the key figures from the budget and réalisé rows', () => {
    const f = reviewFigures(c, checkAsGenerated(c), 2023);
    const hand = expectedFigures(c, 2023);
    expect(f).toEqual({
      year: 2023,
      envelopeCents: 24180100,
      caf: { plannedCents: hand.cafPlanned, realisedCents: hand.cafRealised },
      all: { plannedCents: hand.allPlanned, realisedCents: hand.allRealised },
    });
    expect(doc.name).toBe('Bilan 2023 — CTG Thoré Montagne Noire');
  });

  it('lists every fiche under its axis with the status, progress, comment and watch points of that year’s Suivi', () => {
    expect(headings(doc, 1)).toEqual([
      'Chiffres clés',
      'Ce qui manque',
      'Avancement des fiches actions',
      'Prévu et réalisé',
      'Indicateurs',
      'Décisions à prendre',
      'Points à vérifier',
    ]);
    const fiches = tableWithHeader(doc, 'N°');
    expect(fiches).toHaveLength(6);
    const rows = fiches.flatMap((t) => t.rows);
    expect(rows.map((r) => r[0])).toEqual(c.actions.map((a) => a.id));
    expect(rows[0].slice(2)).toEqual(['En cours', '40\u00A0%', c.followUp![0].comment, c.followUp![0].watchPoints]);
    expect(rows.find((r) => r[0] === 'FA12')!.slice(2, 4)).toEqual(['Abandonnée', 'non renseigné']);
  });

  it('falls back to the Actions status when a fiche has no Suivi row for the year, and says so', () => {
    const d = review(c, 2024);
    const rows = tableWithHeader(d, 'N°').flatMap((t) => t.rows);
    expect(rows[0].slice(2, 4)).toEqual(['Non démarrée (onglet Actions)', 'non renseigné']);
    expect(allText(d)).toContain(
      `16 fiches actions n’ont pas de ligne de suivi 2024 (onglet Suivi) : ${c.actions.map((a) => a.id).join(', ')} ; leur statut est celui de l’onglet Actions.`,
    );
  });

  it('gives prévu and réalisé per beneficiary (with the Réalisé comments) and per funder', () => {
    const [byBeneficiary] = tableWithHeader(doc, 'Bénéficiaire');
    const snorky = byBeneficiary.rows.find((r) => r[0] === 'Les Snorky’s')!;
    expect(snorky.slice(1, 5).map((s) => s.replace(/\s/g, ' '))).toEqual(['34 000,00 €', '34 276,00 €', '100,8 %', '+276,00 €']);
    expect(snorky[5]).toBe(c.realised!.find((r) => r.lineId === 'L04')!.comment);
    const [byFunder] = tableWithHeader(doc, 'Financeur');
    expect(byFunder.rows.map((r) => r[0])).toEqual(['CAF', 'Commune']);
    expect(byFunder.rows[1].slice(1, 4).map((s) => s.replace(/\s/g, ' '))).toEqual(['12 000,00 €', '11 340,50 €', '94,5 %']);
  });

  it('shows each indicator from its baseline to its target, with the value of the year and the distance left', () => {
    const [t] = tableWithHeader(doc, 'Fiche');
    expect(t.header).toEqual(['Fiche', 'Indicateur', 'Unité', 'Référence', '2023', 'Cible', 'Écart à la cible']);
    expect(t.rows.find((r) => r[0] === 'FA05')).toEqual([
      'FA05',
      'Familles venues aux actions parentalité',
      'familles',
      '40',
      '75',
      '120',
      'reste 45\u00A0familles (44\u00A0% du chemin)',
    ]);
    expect(t.rows.find((r) => r[0] === 'FA10')!.slice(4, 7)).toEqual(['non mesuré', '60', 'non renseigné']);
    expect(allText(doc)).toContain('1 indicateur n’a pas de valeur 2023 (onglet Indicateurs) : FA10 Seniors inscrits aux ateliers.');
  });

  it('words the distance to a target that falls, one reached, one without baseline or target', () => {
    expect(distanceToTarget({ label: 'Délai', baseline: 30, target: 10, unit: 'jours' }, 20)).toBe('reste 10\u00A0jours (50\u00A0% du chemin)');
    expect(distanceToTarget({ label: 'Délai', baseline: 30, target: 10 }, 8)).toBe('cible atteinte');
    expect(distanceToTarget({ label: 'Places', target: 90, unit: 'places' }, 84)).toBe('reste 6\u00A0places');
    expect(distanceToTarget({ label: 'Places' }, 84)).toBe('pas de cible');
  });

  it('lists the decisions typed in Suivi for the year, and nothing of another year', () => {
    const items = doc.blocks.flatMap((b) => (b.kind === 'bullets' ? b.items.map((i) => i.map((r) => r.text).join('')) : []));
    const decisions = c.followUp!.filter((f) => f.decisions).map((f) => `${f.actionId}\u00A0: ${f.decisions}`);
    expect(decisions).toHaveLength(5);
    for (const d of decisions) expect(items).toContain(d);
    expect(allText(review(c, 2025))).toContain('Aucune décision n’est inscrite pour 2025 (colonne Décisions de l’onglet Suivi).');
  });

  it('says plainly when nothing is entered for the year, and that a year not over is provisional', () => {
    const bare = followedConvention();
    delete bare.realised;
    const text = allText(review(bare, 2025, new Date('2025-06-01T10:00:00Z')));
    expect(text).toContain('Aucun réalisé n’est saisi pour 2025 (onglet Réalisé) : les taux de réalisation ne peuvent pas être calculés.');
    expect(text).toContain('Aucun réalisé n’est saisi pour les lignes CAF en 2025 : le taux de réalisation n’est pas encore connu.');
    expect(text).toContain('L’année 2025 n’est pas terminée : ce bilan est provisoire, les chiffres de l’année s’arrêtent à ce qui est saisi aujourd’hui.');
    expect(allText(review(bare, 2023))).not.toContain(
      'L’année 2023 n’est pas terminée : ce bilan est provisoire, les chiffres de l’année s’arrêtent à ce qui est saisi aujourd’hui.',
    );
  });

  it('draws prévu and réalisé of the CAF lines per year of the period in one chart', () => {
    const charts = doc.blocks.filter((b): b is Chart => b.kind === 'chart');
    expect(charts).toHaveLength(1);
    const hand = [2023, 2024, 2025].map((y) => expectedFigures(c, y));
    expect(charts[0].categories).toEqual(['2023', '2024', '2025']);
    expect(charts[0].series).toEqual([
      { name: 'Prévu CAF', values: hand.map((h) => h.cafPlanned) },
      { name: 'Réalisé CAF', values: [hand[0].cafRealised, hand[1].cafRealised, null] },
    ]);
  });

  it('checks the year against the period and proposes the last year already over', () => {
    expect(reviewYearProblem(c, 2023)).toBeNull();
    expect(reviewYearProblem(c, 2022)).toBe('2022 est hors de la période de la convention (2023–2025)\u00A0: choisissez une année de 2023 à 2025.');
    expect(reviewYearProblem({ ...c, period: { startYear: 2023 } }, 2023)).toMatch(/^La période de la convention est incomplète/);
    expect(defaultReviewYear(c, new Date('2024-03-15T12:00:00Z'))).toBe(2023);
    expect(defaultReviewYear(c, NOW)).toBe(2025);
    expect(defaultReviewYear(c, new Date('2023-03-15T12:00:00Z'))).toBe(2023);
  });
});

test('every page of the bilan is footed with the convention, the year reviewed and the day it was made', () => {
  const c = followedConvention();
  expect(review(c, 2023, new Date('2026-11-30T10:00:00')).footer).toBe('CTG Thoré Montagne Noire · bilan 2023 du 30/11/2026');
});
