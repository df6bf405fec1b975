// A small convention written for these tests (not a seed text).
import { Convention } from '../../src/core/domain/schema';

export function smallConvention(): Convention {
  return {
    name: 'CTG des Trois Vallées',
    territory: 'Communauté de communes des Trois Vallées',
    signatories: [{ name: 'CAF de test', role: 'caf' }, { name: 'Communauté de communes', role: 'epci' }],
    period: { startYear: 2024, endYear: 2025 },
    signatureDate: '2023-12-14',
    coordinator: 'Camille Martin',
    toleranceCents: 0,
    envelopes: [{ year: 2024, amountCents: 5000000 }, { year: 2025, amountCents: 5000000 }],
    envelopeTotalCents: 10000000,
    axes: [
      { id: 'AX1', title: 'Petite enfance', type: 'axe', themes: ['petite enfance'], objectives: ['Augmenter l’offre d’accueil'] },
      { id: 'AX2', title: 'Jeunesse', type: 'axe', themes: ['jeunesse'], objectives: [] },
    ],
    actions: [
      { id: 'FA01', title: 'Crèche des Vallées', axisId: 'AX1', themes: [], objectives: [], context: '', description: '', audience: 'Familles', territory: '', lead: 'EPCI', partners: ['CAF'], means: '', schedule: '2025', indicators: [{ label: 'Nombre de places', baseline: 20, target: 30, unit: 'places' }], status: 'en-cours' },
      { id: 'FA02', title: 'Point jeunes', axisId: 'AX2', themes: [], objectives: [], context: '', description: '', audience: 'Jeunes', territory: '', lead: 'Commune', partners: [], means: '', schedule: '', indicators: [], status: 'non-demarree' },
    ],
    budget: [
      // 30 000 + 15 000 + 5 000 = 50 000 € of CAF lines a year, plus a commune line.
      { id: 'L01', beneficiary: 'Crèche des Vallées', equipment: 'EAJE', nature: 'Bonus territoire', funder: 'caf', actionId: 'FA01', amounts: { '2024': 3000000, '2025': 3000000 } },
      { id: 'L02', beneficiary: 'Point jeunes', equipment: 'ALSH', nature: 'Bonus territoire', funder: 'caf', actionId: 'FA02', amounts: { '2024': 1500000, '2025': 1500000 } },
      { id: 'L03', beneficiary: 'Coordination', equipment: '', nature: 'Poste de coordination', funder: 'caf', actionId: '', amounts: { '2024': 500000, '2025': 500000 } },
      { id: 'L04', beneficiary: 'Point jeunes', equipment: 'ALSH', nature: 'Part communale', funder: 'commune', actionId: 'FA02', amounts: { '2024': 800000, '2025': 800000 } },
    ],
  };
}
