// The seed 001 example with its illustrative 2023 follow-up, plus a co-funded line (a
// commune) so that "all funders" differs from "CAF lines", and some réalisé for 2024.
import { loadExample, clone } from '../helpers/examples';
import { Convention } from '../../src/core/domain/schema';

export function followedConvention(): Convention {
  const c = clone(loadExample('thore-montagne-noire'));
  c.budget.push({
    id: 'L10',
    beneficiary: 'Commune de Labruguière',
    equipment: 'Accueil de loisirs',
    nature: 'Participation communale',
    funder: 'commune',
    actionId: 'FA04',
    amounts: { '2023': 1200000, '2024': 1200000, '2025': 1200000 },
  });
  c.realised!.push({ lineId: 'L10', amounts: { '2023': 1134050 }, comment: 'Participation versée en deux fois.' });
  // 2024: only two lines entered so far.
  c.realised!.find((r) => r.lineId === 'L02')!.amounts['2024'] = 4080000;
  c.realised!.find((r) => r.lineId === 'L03')!.amounts['2024'] = 3350000;
  return c;
}

/** What the cells hold, summed by hand from the convention (not by the product's helpers). */
export function expectedFigures(c: Convention, year: number) {
  const y = String(year);
  const lineOf = new Map(c.budget.map((l) => [l.id, l]));
  const planned = (caf: boolean) => c.budget.filter((l) => (l.funder === 'caf') === caf || !caf).reduce((s, l) => s + Number(l.amounts[y] ?? 0), 0);
  const realised = (caf: boolean) =>
    (c.realised ?? [])
      .filter((r) => r.amounts[y] !== undefined && (!caf || lineOf.get(r.lineId)?.funder === 'caf'))
      .reduce((s, r) => s + Number(r.amounts[y]), 0);
  return { cafPlanned: planned(true), cafRealised: realised(true), allPlanned: planned(false), allRealised: realised(false) };
}
