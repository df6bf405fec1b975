// Large synthetic conventions, for benchmarks and scale tests. Deterministic.
import { Convention, ids, periodYears } from '../../src/core/domain/schema';

export function syntheticConvention(opts: { actions: number; lines: number; years: number; startYear?: number }): Convention {
  const startYear = opts.startYear ?? 2023;
  const period = { startYear, endYear: startYear + opts.years - 1 };
  const years = periodYears(period);
  const axes = Array.from({ length: 6 }, (_, i) => ({
    id: ids.axis(i + 1),
    title: `Axe ${i + 1}`,
    type: 'axe' as const,
    themes: ['enfance'],
    objectives: [`Objectif ${i + 1}`],
  }));
  const actions = Array.from({ length: opts.actions }, (_, i) => ({
    id: ids.action(i + 1),
    title: `Fiche action ${i + 1}`,
    axisId: axes[i % axes.length].id,
    themes: ['enfance'],
    objectives: [],
    context: '',
    description: `Description ${i + 1}`,
    audience: 'Familles',
    territory: '',
    lead: 'Commune',
    partners: ['CAF'],
    means: '',
    schedule: '2025',
    indicators: [{ label: 'Nombre de familles', baseline: 10, target: 20, unit: 'familles' }],
    status: 'en-cours' as const,
  }));
  const budget = Array.from({ length: opts.lines }, (_, i) => ({
    id: ids.budgetLine(i + 1),
    beneficiary: `Structure ${i % 500}`,
    equipment: 'ALSH',
    nature: 'Bonus territoire CTG',
    funder: i % 4 === 3 ? ('commune' as const) : ('caf' as const),
    actionId: actions.length ? actions[i % actions.length].id : '',
    amounts: Object.fromEntries(years.map((y) => [String(y), 100000 + (i % 97) * 100])),
  }));
  const envelopes = years.map((year) => ({
    year,
    amountCents: budget.filter((l) => l.funder === 'caf').reduce((s, l) => s + (l.amounts[String(year)] as number), 0),
  }));
  return {
    name: 'CTG synthétique',
    territory: 'Territoire de test',
    signatories: [{ name: 'CAF de test', role: 'caf' }],
    period,
    coordinator: '',
    toleranceCents: 0,
    envelopes,
    axes,
    actions,
    budget,
  };
}
