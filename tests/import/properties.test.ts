// Whatever is pasted, the importer returns a schema-valid result, never throws,
// is deterministic, and takes its titles from the text (it never writes any).
import fc from 'fast-check';
import { importText } from '../../src/core/import';
import { expectWellFormedImport } from '../helpers/well-formed';
import { fold, splitLines, normaliseSpaces } from '../../src/core/import/text';
import { frImport } from '../../src/i18n/fr-import';

/** Lines in the shapes convention texts use, assembled at random into "texts". */
const fragment = fc.oneof(
  fc.constantFrom(
    'Axe 1 : Soutenir les familles',
    'Enjeu n°2 – Bien vieillir',
    'Ambition III : Mobilité',
    'Fiche action n°4 : Créer un RPE',
    'FA 5 –',
    'Objectifs :',
    'Objectif : Réduire le non-recours',
    '- 40 513 € pour la coordination',
    '• 1 234,56 € pour la crèche',
    '16 782 € euros pour la MJC',
    'Les principaux enjeux sont :',
    '16 fiches actions ont été élaborées :',
    'L’enveloppe annuelle versée par la CAF sera de 241 801 € :',
    'Soit au total une enveloppe de 725 403 € pour les 3 années (2023-2025).',
    'Petite enfance',
    'Jeunesse :',
    'Le deuxième axe vise à agir.',
    'signée par la CAF du Tarn et la Communauté de communes du Sor',
    'pour une durée de 4 ans à compter de 2023',
    'à l’horizon 2026 de la convention',
    'Bénéficiaire\t2023\t2024',
    'Crèche\t1 000\t12abc',
    'Page Facebook',
    'Ce site utilise des cookies.',
    'Publié le 3 mars',
    '',
    '   ',
    'Pilote : mairie',
    'Partenaires : CAF, PMI',
    'Axe : 9',
    '1. Une action',
    'a) autre',
    'II. Chapitre',
    '2023-2099',
    'Enveloppe 2024 : 10 €',
    '|||',
    '€€€',
    ':',
    '- ',
    '1.',
    'Axe 2',
    '1.2 Créer un lieu',
    'Action 2.1 : Ouvrir',
    'En matière de jeunesse : agir',
    'Petite enfance : accueillir',
    'Le plan d’actions :',
    'Structure | Type | Montant annuel',
    'Crèche | EAJE | 1 000 €',
    'Entre :',
    'Fait à Albi, le 3 mars 2022',
    'à compter de sa signature',
    'autour de 2 axes : la jeunesse et le logement',
    'L’axe autour de la jeunesse comporte 3 actions.',
    'Intitulé : Créer',
    'Indicateurs :',
    'Orientation 1.1 : Soutenir',
    'FICHE ACTION N°3',
    'Les enjeux retenus :',
    '• Soutenir les familles',
    '    ◦ Développer la garde',
  ),
  fc.string({ maxLength: 60 }),
  fc.string({ unit: fc.constantFrom('a', 'é', ' ', '-', '•', ':', '€', '1', '2', '0', '\n', '\t', '(', ')', '’', 'A', 'x', 'I'), maxLength: 40 }),
);
const textArb = fc.oneof(
  fc.string({ maxLength: 400 }),
  fc.array(fragment, { maxLength: 40 }).map((ls) => ls.join('\n')),
);

describe('importText on arbitrary text', () => {
  it('never throws and always returns a schema-valid result', () => {
    fc.assert(
      fc.property(textArb, (text) => {
        const r = importText(text);
        expectWellFormedImport(r);
        // …by construction, not by the last-resort reduction of an invalid draft.
        expect(r.consistency.map((f) => f.message)).not.toContain(frImport.draftReduced);
      }),
      { numRuns: 1500 },
    );
  });

  it('is deterministic, points every item at a real line, every ref and fiche at a real element, ids unique', () => {
    fc.assert(
      fc.property(textArb, (text) => {
        const r = importText(text);
        expect(importText(text)).toEqual(r);
        const lineCount = text.split(/\r\n|\r|\n/).length;
        const ids = new Set([
          ...r.draft.axes.map((a) => a.id),
          ...r.draft.actions.map((a) => a.id),
          ...r.draft.budget.map((l) => l.id),
          ...r.draft.signatories.map((_, i) => `S${i + 1}`),
        ]);
        for (const item of r.items) {
          expect(item.line).toBeGreaterThanOrEqual(0);
          expect(item.line).toBeLessThanOrEqual(lineCount);
          if (item.ref) expect(ids.has(item.ref)).toBe(true);
        }
        expect(r.counts.recognised + r.counts.uncertain).toBe(r.items.length);
        const axisIds = new Set(r.draft.axes.map((a) => a.id));
        for (const a of r.draft.actions) expect(a.axisId === '' || axisIds.has(a.axisId)).toBe(true);
        expect(new Set(r.draft.axes.map((a) => a.id)).size).toBe(r.draft.axes.length);
        expect(new Set(r.draft.budget.map((l) => l.id)).size).toBe(r.draft.budget.length);
        expect(new Set(r.draft.actions.map((a) => a.id)).size).toBe(r.draft.actions.length);
      }),
      { numRuns: 800 },
    );
  });

  it('takes axis and action titles, objectives and beneficiaries from the text itself', () => {
    fc.assert(
      fc.property(textArb, (text) => {
        // What the importer reads: each line as written and without its list marker (table
        // cells come from the line as written), spaces normalised.
        const source = splitLines(text)
          .map((l) => `${fold(normaliseSpaces(text.normalize('NFC').split(/\r\n|\r|\n/)[l.n - 1]))} ${fold(l.text)}`)
          .join(' ');
        const r = importText(text);
        // The only title the importer composes (an axis the text announces without naming) is flagged as such.
        const composed = new Set(r.items.filter((i) => i.kind === 'axis' && i.note === frImport.axisComposed).map((i) => i.ref));
        const taken = [
          ...r.draft.axes.filter((a) => !composed.has(a.id)).map((a) => a.title),
          ...r.draft.actions.map((a) => a.title),
          ...r.draft.axes.flatMap((a) => a.objectives),
          ...r.draft.budget.map((l) => l.beneficiary),
        ];
        // The first letter may have been capitalised ("ß" becomes "SS"): the rest is the text's own.
        for (const t of taken) expect(source).toContain(fold(t).slice(1));
      }),
      { numRuns: 800 },
    );
  });

  it('never turns page furniture into content', () => {
    const furniture = fc.constantFrom(
      'Page Facebook',
      'Ce site utilise des cookies et technologies similaires.',
      'Publié le 12 mars 2024',
      'Partager',
      'Mentions légales',
      '© Mairie 2024',
    );
    // Openings after which ordinary lines are content: a fiche's description, an axis' paragraphs, a list.
    const opening = fc.constantFrom(
      'Fiche action n°1 : Créer un RPE\nDescription : un lieu ouvert',
      'Axe 1 : Soutenir les familles',
      'Les enjeux retenus sont :',
      '',
    );
    fc.assert(
      fc.property(
        opening,
        fc.array(
          fc.oneof(
            furniture,
            furniture.map((f) => `- ${f}`),
            fragment,
          ),
          { maxLength: 30 },
        ),
        (start, ls) => {
          const json = JSON.stringify(importText([start, ...ls].join('\n')).draft);
          for (const word of ['Facebook', 'cookies', 'Publié le', 'Mentions légales', '©']) expect(json).not.toContain(word);
        },
      ),
      { numRuns: 200 },
    );
  });
});
