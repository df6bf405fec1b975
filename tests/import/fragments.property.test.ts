// Fragments of the phrasings real CTG texts use (of our own writing), cut at any
// word and put together in any order: whatever comes out, every signatory, axis and
// action of the draft is named in the text itself — the importer never invents one.
import fc from 'fast-check';
import { importText } from '../../src/core/import';
import { fold, normaliseSpaces } from '../../src/core/import/text';
import { repairMojibake } from '../../src/core/import/mojibake';
import { frImport } from '../../src/i18n/fr-import';

const PHRASINGS = [
  'Autour de la table, les maires des communes signataires, M. Paul Verdier, maire de Saint-Aubin, et Mme Claire Roux, maire de Vabre, ont paraphé la CTG.',
  'La convention a été signée entre les Caf de l’Aude et de l’Hérault, la communauté de communes du Minervois et le syndicat intercommunal à vocation multiple des Causses.',
  'Le maire de Réalmont et la directrice de la Caf du Tarn ont signé lundi 13 mars la convention.',
  'La Caf du Gers et la Ville d’Auch ont signé la CTG. « La Caf 32 nous soutient », dit le maire.',
  'La Communauté de communes des Coteaux du',
  'Savès, également signataire, portera la coordination.',
  'Pour la Communauté de communes Aubrac Lot Causses Président',
  'Sa mise en œuvre implique la mobilisation du Département, de la MSA et de la CPAM.',
  'Le diagnostic a été réalisé par le Département de la Lozère en 2021.',
  'en présence de Mme Anne Girard, maire de Gray-la-Ville, et de représentants de la Région Bourgogne.',
  'La présente convention est signée par :',
  '- la Caisse d’allocations familiales de la Charente,',
  '- l’association Les Francas de la Charente.',
  'Entre :',
  'La Caisse primaire d’assurance maladie des Landes, représentée par son directeur,',
  'Il est convenu ce qui suit :',
  'Elle est articulée autour de six thèmes : « grandir », « s’épanouir », « apprendre » et enfin « vieillir ».',
  'Elle se concentre sur plusieurs domaines d’intervention :',
  '- la petite enfance ;',
  '- l’accès aux droits.',
  'Le projet est décliné en 2 enjeux et une quinzaine d’actions.',
  'Les familles peinent à faire garder leurs enfants le samedi. Pour y répondre :',
  '- ouvrir la crèche le samedi matin',
  'Les jeunes quittent le territoire après le lycée. Une action :',
  '- créer un point information jeunesse',
  'pour une durée de cinq ans, de 2022 à 2026',
  'Le texte court jusqu’au 31 décembre 2027.',
  'd’une durée de quatre ans, soit jusqu’en 2029, prend la suite de la précédente, de 2020 à 2024',
  'Projet de territoire – CTG 2020 2024',
  'Convention territoriale globale 2022-2026Â signÃ©e par la Caf',
  'à l’horizon 2027',
  'La CTG prévoit 8 fiches d’actions.',
  'Le plan comporte 7 actions :',
  '1. Créer un multi-accueil',
  '2. Ouvrir un espace jeunes',
  'Cinq enjeux ont été retenus.',
  'Elle retient sept thèmes de travail.',
  'Petite enfance',
  'Axe 1 : Soutenir les familles',
  'Fiche action n°2 : Créer un relais petite enfance',
  'La CTG a été signée le mercredi 30 novembre.',
  'Publié le 12 avril 2024',
];

/** A phrasing, whole or cut at word boundaries. */
const fragment = fc.tuple(fc.constantFrom(...PHRASINGS), fc.nat(), fc.nat()).map(([p, a, b]) => {
  const words = p.split(' ');
  const from = a % words.length;
  const to = from + 1 + (b % (words.length - from));
  return b % 3 === 0 ? p : words.slice(from, to).join(' ');
});
const text = fc.array(fc.oneof(fragment, fc.constant('')), { maxLength: 25 }).map((ls) => ls.join('\n'));

/** The text as the importer reads it, folded, with each line's wrapping undone (a name may run over two lines). */
function readable(t: string): string {
  const lines = t.split('\n').map((l) => fold(normaliseSpaces(repairMojibake(l))));
  return `${lines.join(' ')} ${lines.join('\n')}`;
}

/** The part of a signatory's name that is the text's own ("Commune de X" for "maire de X", "Caf de B" for "les Caf de A et de B"). */
const ownPart = (name: string) => fold(name).replace(/^(?:commune|mairie|caf)\s+(?:de la |de l'|du |des |de |d')?/, '');

describe('fragments of real phrasings', () => {
  it('never give a signatory, axis or action that the text does not name', () => {
    fc.assert(
      fc.property(text, (t) => {
        const r = importText(t);
        const source = readable(t);
        for (const s of r.draft.signatories) if (s.name !== frImport.bareCafName) expect(source).toContain(ownPart(s.name));
        const titled = new Set(r.items.filter((i) => i.kind === 'axis' && i.note === frImport.axisComposed).map((i) => i.ref));
        for (const a of r.draft.axes) if (!titled.has(a.id)) expect(source).toContain(fold(a.title).slice(1));
        for (const a of r.draft.actions) expect(source).toContain(fold(a.title).slice(1));
        // Every row is listed with its line, recognised or to be checked.
        r.draft.signatories.forEach((_, k) => expect(r.items.some((i) => i.kind === 'signatory' && i.ref === `S${k + 1}`)).toBe(true));
      }),
      { numRuns: 1200 },
    );
  });
});
