import { buildActionFiches, UnknownActionError } from '../../src/core/summary/action-fiche';
import { plainSpaces } from '../../src/core/domain/money';
import { GENERATED_AT, thore, headings, allText, tableWithHeader } from './fixtures';

const meta = { generatedAt: GENERATED_AT };

describe('fiches actions', () => {
  it('gives every field of one fiche, its indicators with baseline and target, and its budget lines', () => {
    const { convention, report } = thore((c) => {
      Object.assign(c.actions[6], {
        objectives: ['Clarifier les missions', 'Coordonner les accueils'],
        context: 'Deux structures, des missions qui se recouvrent.',
        description: 'Rédiger une feuille de route commune.',
        audience: 'Familles et professionnels',
        territory: 'Toute la communauté de communes',
        lead: 'Communauté de communes',
        partners: ['CAF du Tarn'],
        means: 'Chargée de coopération',
        schedule: '2024',
        status: 'en-cours',
        indicators: [{ label: 'Réunions du pôle', baseline: 0, target: 1500.5, unit: 'réunions' }, { label: 'Feuille de route' }],
      });
      c.budget[7].actionId = 'FA07';
    });
    const doc = buildActionFiches(convention, report, meta, 'fa07');
    const text = allText(doc);
    expect(doc.name).toBe('Fiche action FA07 — Déterminer les missions et coordinations du pôle enfance-jeunesse');
    expect(headings(doc, 1)).toEqual(['Fiche action FA07 — Déterminer les missions et coordinations du pôle enfance-jeunesse']);
    expect(text).toEqual(
      expect.arrayContaining([
        'Axe : Enjeu 1 — Le soutien aux familles',
        'Statut : En cours',
        'Objectifs :',
        'Clarifier les missions',
        'Coordonner les accueils',
        'Constat : Deux structures, des missions qui se recouvrent.',
        'Description : Rédiger une feuille de route commune.',
        'Public visé : Familles et professionnels',
        'Territoire : Toute la communauté de communes',
        'Pilote / porteur : Communauté de communes',
        'Partenaires : CAF du Tarn',
        'Moyens : Chargée de coopération',
        'Calendrier / échéance : 2024',
      ]),
    );
    const [indicators] = tableWithHeader(doc, 'Indicateur');
    expect(indicators.rows.map((r) => r.map(plainSpaces))).toEqual([
      ['Réunions du pôle', '0', '1 500,5', 'réunions'],
      ['Feuille de route', 'non renseigné', 'non renseigné', 'non renseigné'],
    ]);
    const [budget] = tableWithHeader(doc, 'Bénéficiaire');
    expect(budget.rows.map((r) => r[0])).toEqual(['Amicale laïque']);
    expect(plainSpaces(budget.totals[0][6])).toBe('88 290,00 €');
  });

  it('produces all 16 fiches, one per page, when no id is given', () => {
    const { convention, report } = thore();
    const doc = buildActionFiches(convention, report, meta);
    expect(doc.name).toBe('Fiches actions — CTG Thoré Montagne Noire');
    expect(headings(doc, 1)).toHaveLength(16);
    expect(doc.blocks.filter((b) => b.kind === 'pageBreak')).toHaveLength(15);
    for (const a of convention.actions) expect(headings(doc, 1)).toContain(`Fiche action ${a.id} — ${a.title}`);
    // FA01 carries the eight structure lines; no indicator is known yet.
    expect(tableWithHeader(doc, 'Bénéficiaire')[0].rows).toHaveLength(8);
    expect(allText(doc)).toContain('Aucun indicateur renseigné.');
  });

  it('refuses an unknown id with a French message listing the known ones', () => {
    const { convention, report } = thore();
    expect(() => buildActionFiches(convention, report, meta, 'FA99')).toThrow(UnknownActionError);
    expect(() => buildActionFiches(convention, report, meta, 'FA99')).toThrow(/Fiche action «\sFA99\s» introuvable\. Fiches connues\s: FA01, FA02, .*FA16\./);
  });
});
