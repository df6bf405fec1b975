// The three seed texts: what the issue says each must yield, checked against
// the texts themselves (figures summed by hand from the seed pages).
import { importText } from '../../src/core/import';
import { expectWellFormedImport } from '../helpers/well-formed';
import { Convention } from '../../src/core/domain/schema';
import { checkAsGenerated } from '../../src/core/workbook/refresh';
import { loadSeed } from '../helpers/seeds';

describe('seed 001 — Thoré Montagne Noire', () => {
  const result = importText(loadSeed('001'));
  const { draft } = result;

  it('gives a schema-valid result and draft', () => {
    expectWellFormedImport(result);
    expect(Convention.safeParse(draft).success).toBe(true);
  });

  it('reads the period 2023-2025 and the CAF du Tarn among the signatories', () => {
    expect(draft.period).toEqual({ startYear: 2023, endYear: 2025 });
    expect(draft.signatories).toContainEqual({ name: 'CAF du Tarn', role: 'caf' });
    expect(draft.signatories).toContainEqual({ name: 'Mairie de St-Amans-Soult', role: 'commune' });
    expect(draft.territory).toBe('Communauté de communes Thoré Montagne Noire');
  });

  it('reads the 16 fiches actions with their titles', () => {
    expect(draft.actions.map((a) => a.id)).toEqual(Array.from({ length: 16 }, (_, i) => `FA${String(i + 1).padStart(2, '0')}`));
    expect(draft.actions[0].title).toBe(
      'Maintenir et accompagner les 4 structures petite enfance et les 4 structures enfance/jeunesse existantes dans leur quotidien',
    );
    expect(draft.actions[7].title).toBe('Tisser des liens entre les structures médicales du territoire');
    expect(draft.actions[15].title).toBe('Améliorer l’accueil des nouveaux habitants en lien avec les habitants du territoire');
  });

  it('suggests the enjeu a fiche shares its themes with, flagged uncertain, and leaves the others unattached', () => {
    const axisOf = (id: string) => draft.actions.find((a) => a.id === id)?.axisId;
    expect([axisOf('FA01'), axisOf('FA08'), axisOf('FA09'), axisOf('FA10'), axisOf('FA15')]).toEqual(['AX1', 'AX2', 'AX3', 'AX4', 'AX6']);
    expect(axisOf('FA11')).toBe(''); // a CIAS: no theme of the vocabulary, no guess
    expect(result.items.find((i) => i.ref === 'FA08')).toMatchObject({ kind: 'action', status: 'uncertain' });
  });

  it('reads the 9 CAF budget lines, each on every year of the period', () => {
    expect(draft.budget).toHaveLength(9);
    expect(draft.budget.every((l) => l.funder === 'caf')).toBe(true);
    const mjc = draft.budget.find((l) => l.beneficiary === 'MJC St-Amans/Albine');
    expect(mjc?.amounts).toEqual({ 2023: 1_678_200, 2024: 1_678_200, 2025: 1_678_200 }); // "16 782 € euros"
    expect(draft.budget[0].amounts['2024']).toBe(4_051_300); // coordination, 40 513 €
    // 40 513 + 40 800 + 34 000 + 34 000 + 16 782 + 3 095 + 25 760 + 29 430 + 17 421 = 241 801 €
    const perYear = [2023, 2024, 2025].map((y) => draft.budget.reduce((s, l) => s + (l.amounts[String(y)] as number), 0));
    expect(perYear).toEqual([24_180_100, 24_180_100, 24_180_100]);
  });

  it('reads the 241 801 € annual envelope and the 725 403 € total, and they balance', () => {
    expect(draft.envelopes).toEqual([2023, 2024, 2025].map((year) => ({ year, amountCents: 24_180_100 })));
    expect(draft.envelopeTotalCents).toBe(72_540_300);
    const report = checkAsGenerated(draft);
    expect(report.years.map((y) => y.status)).toEqual(['balanced', 'balanced', 'balanced']);
    expect(report.total.status).toBe('balanced');
    expect(result.consistency.filter((f) => f.severity !== 'info')).toEqual([]);
  });

  it('dates "mercredi 30 novembre" in 2022, the only year from 2022 to 2025 where 30 November is a Wednesday, and says so', () => {
    expect(draft.signatureDate).toBe('2022-11-30');
    expect(result.items).toContainEqual(expect.objectContaining({ kind: 'signature-date', label: '30 novembre', status: 'uncertain', line: 3 }));
  });

  it('leaves web-page furniture out of the draft', () => {
    const json = JSON.stringify(draft);
    expect(json).not.toMatch(/Facebook|cookies|\.jpg/);
  });
});

describe('seed 000 — Sumène Artense', () => {
  const result = importText(loadSeed('000'));
  const { draft } = result;

  it('reads 3 axes with their themes', () => {
    expect(draft.axes).toHaveLength(3);
    expect(draft.axes[1].title).toBe('Maintenir un cadre de vie attractif pour attirer de nouveaux habitants');
    expect(draft.axes[2].title.startsWith('Renforcer l’accès aux services sur le territoire')).toBe(true);
    expect(draft.axes[0].themes).toEqual(expect.arrayContaining(['petite enfance', 'enfance', 'jeunesse']));
    expect(draft.axes[1].themes).toEqual(expect.arrayContaining(['seniors', 'mobilité', 'logement']));
    expect(draft.axes[2].themes).toEqual(expect.arrayContaining(['accès aux droits', 'santé']));
  });

  it('flags the first axis, whose title the text does not give, as uncertain', () => {
    expect(draft.axes[0].title).toBe('Petite enfance, enfance et jeunesse');
    expect(result.items).toContainEqual(expect.objectContaining({ kind: 'axis', ref: 'AX1', status: 'uncertain', line: 13 }));
  });

  it('reads the objectives written as sentences and bullets', () => {
    expect(draft.axes[0].objectives).toContain('Développer l’offre d’activités culturelles et sportives à destination des enfants');
    expect(draft.axes[2].objectives).toContain('Un renforcement de l’offre et l’accès aux soins');
  });

  it('invents no period and no figures', () => {
    expect(draft.period).toEqual({});
    expect(draft.budget).toEqual([]);
    expect(draft.envelopes).toEqual([]);
    expect(result.items).toContainEqual(expect.objectContaining({ kind: 'period', status: 'uncertain' }));
    expect(draft.signatories).toContainEqual({ name: 'CAF du Cantal', role: 'caf' });
    expect(draft.signatories).toContainEqual({ name: 'Sumène Artense communauté', role: 'epci' });
  });
});

describe('seed 003 — Grand Montauban', () => {
  const result = importText(loadSeed('003'));
  const { draft } = result;

  it('reads the 3 enjeux and the 7 thematic orientations', () => {
    const enjeux = draft.axes.filter((a) => a.type === 'enjeu').map((a) => a.title);
    expect(enjeux).toEqual([
      'Consolider les services aux familles et rendre plus lisible l’impact des actions à l’échelle de l’agglomération',
      'Animer et mailler le territoire pour anticiper les évolutions à venir',
      'Optimiser le pilotage du projet par une transversalité renforcée',
    ]);
    const orientations = draft.axes.filter((a) => a.type === 'orientation');
    expect(orientations.map((a) => a.title)).toEqual([
      'Petite enfance',
      'Enfance',
      'Jeunesse',
      'Famille et parentalité',
      'Animation de la vie sociale',
      'Action sociale et d’accès aux droits',
      'Logement',
    ]);
    expect(orientations[6].objectives).toEqual(['Accompagner l’évolution de l’offre de logement']);
    expect(draft.axes).toHaveLength(10);
  });

  it('reads the horizon 2026 as the end year only', () => {
    expect(draft.period).toEqual({ endYear: 2026 });
    expect(result.items).toContainEqual(expect.objectContaining({ kind: 'period', status: 'uncertain', line: 5 }));
  });

  it('does not take the generic goals of any CTG for axes', () => {
    expect(JSON.stringify(draft)).not.toContain('Valoriser le projet de territoire');
    expect(draft.signatories).toContainEqual({ name: 'Caisse d’allocations Familiales de Tarn-et-Garonne', role: 'caf' });
    expect(draft.name).toBe('CTG Grand Montauban');
  });

  it('checks the announced count of enjeux', () => {
    expect(result.consistency).toContainEqual(expect.objectContaining({ severity: 'info', line: 14 }));
  });
});
