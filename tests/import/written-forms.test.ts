// How French administrative and press texts state signatories, axes, periods,
// counts and signature dates, each rule in several phrasings of our own writing.
import { importText } from '../../src/core/import';

const parties = (text: string) => importText(text).draft.signatories;
const itemsOf = (text: string, kind: string) => importText(text).items.filter((i) => i.kind === kind);

describe('signatories named outside "CAF de X / Communauté de communes Y"', () => {
  it.each([
    [
      'les maires des communes signataires, M. Jean Roux, maire de Saint-Félix, et Mme Anne Lhoste, maire de Vabre',
      'Autour de la Caf du Tarn, les maires des communes signataires, M. Jean Roux, maire de Saint-Félix, et Mme Anne Lhoste, maire de Vabre, ont paraphé la CTG.',
      ['Commune de Saint-Félix', 'Commune de Vabre'],
    ],
    ['le maire de X et la Caf ont signé', 'Le maire de Réalmont et la Caf du Tarn ont signé la convention.', ['Commune de Réalmont']],
    [
      'les maires de A, B et C ont signé',
      'Les maires de Lautrec, Vielmur et Serviès ont signé la convention avec la Caf du Tarn.',
      ['Commune de Lautrec', 'Commune de Vielmur', 'Commune de Serviès'],
    ],
  ])('%s', (_, text, communes) => {
    const s = parties(text);
    expect(s.filter((p) => p.role === 'commune').map((p) => p.name)).toEqual(communes);
    expect(s).toContainEqual({ name: 'Caf du Tarn', role: 'caf' });
  });

  it('reads several CAFs in one phrase, one row each', () => {
    expect(parties('La convention est signée entre les Caf de l’Aude et de l’Hérault et la communauté de communes du Minervois.')).toEqual([
      { name: 'Caf de l’Aude', role: 'caf' },
      { name: 'Caf de l’Hérault', role: 'caf' },
      { name: 'Communauté de communes du Minervois', role: 'epci' },
    ]);
  });

  it.each([
    ['la Caisse primaire d’assurance maladie du Tarn', 'Caisse primaire d’assurance maladie du Tarn'],
    ['la CARSAT Occitanie', 'CARSAT Occitanie'],
    ['le SIVOM de la Vallée', 'SIVOM de la Vallée'],
    ['le syndicat intercommunal à vocation multiple du Haut Pays', 'Syndicat intercommunal à vocation multiple du Haut Pays'],
    ['l’association Familles Rurales', 'Association Familles Rurales'],
    ['le centre communal d’action sociale de Graulhet', 'Centre communal d’action sociale de Graulhet'],
  ])('gives the role "autre" to %s when it signs', (phrase, name) => {
    expect(parties(`La convention est signée par la Caf du Tarn et ${phrase}.`)).toEqual([
      { name: 'Caf du Tarn', role: 'caf' },
      { name, role: 'autre' },
    ]);
  });

  it('reads the parties listed under "est signée par :"', () => {
    expect(parties('La présente convention est signée par :\n- la Caf du Lot,\n- le SIVU des Causses,\n- l’association Les Petits Loups.')).toEqual([
      { name: 'Caf du Lot', role: 'caf' },
      { name: 'SIVU des Causses', role: 'autre' },
      { name: 'Association Les Petits Loups', role: 'autre' },
    ]);
  });
});

describe('the same body named twice is one row', () => {
  it.each([
    ['by its département number', 'La Caf du Gers et la Ville d’Auch ont signé la CTG. « La Caf 32 nous soutient », dit le maire.'],
    ['by its number first', 'La Caf 32 et la Ville d’Auch ont signé la CTG. La Caf du Gers financera la coordination.'],
    ['in its long form', 'La Caf du Gers et la Ville d’Auch ont signé la CTG. La Caisse d’allocations familiales du Gers la financera.'],
  ])('%s', (_, text) => {
    const r = importText(text);
    expect(r.draft.signatories).toEqual([
      { name: 'Caf du Gers', role: 'caf' },
      { name: 'Ville d’Auch', role: 'commune' },
    ]);
    // The other spelling is listed, tied to the row it was merged into.
    expect(r.items).toContainEqual(expect.objectContaining({ kind: 'signatory', status: 'uncertain', ref: 'S1' }));
  });

  it('joins a name broken across two lines', () => {
    expect(parties('La Caf du Gers et la Communauté de communes des Coteaux du\nSavès ont signé la convention territoriale globale.')).toEqual([
      { name: 'Caf du Gers', role: 'caf' },
      { name: 'Communauté de communes des Coteaux du Savès', role: 'epci' },
    ]);
  });

  it('cuts the title glued after the name in a signature block', () => {
    expect(
      parties(
        'Pour la Caisse d’allocations familiales du Lot La Directrice\nMarie Durand\n\nPour la Communauté de communes Causse de Labastide Président\nPaul Bessières',
      ),
    ).toEqual([
      { name: 'Caisse d’allocations familiales du Lot', role: 'caf' },
      { name: 'Communauté de communes Causse de Labastide', role: 'epci' },
    ]);
  });
});

describe('bodies that only take part are uncertain items, not rows', () => {
  it.each([
    [
      'implique la mobilisation de…',
      'La Caf de l’Ain et la commune de Bourg ont signé la CTG. Elle implique la mobilisation du Département, de la MSA et de la CPAM.',
    ],
    ['une étude réalisée par…', 'La Caf de l’Ain et la commune de Bourg ont signé la CTG, fondée sur une étude réalisée par le Département de l’Ain.'],
    ['en présence de…', 'La Caf de l’Ain et la commune de Bourg ont signé la CTG en présence du Conseil départemental de l’Ain et de la MSA Ain-Rhône.'],
    ['avec le soutien de…', 'La Caf de l’Ain et la commune de Bourg ont signé la CTG, avec le soutien du Département de l’Ain.'],
  ])('%s', (_, text) => {
    const r = importText(text);
    expect(r.draft.signatories).toEqual([
      { name: 'Caf de l’Ain', role: 'caf' },
      { name: 'Commune de Bourg', role: 'commune' },
    ]);
    const listed = r.items.filter((i) => i.kind === 'signatory' && i.status === 'uncertain');
    expect(listed.length).toBeGreaterThan(0);
    for (const i of listed) expect(i.ref).toBeUndefined();
  });

  it('keeps a mayor named only as a guest out of the rows', () => {
    const r = importText('La Caf de l’Ain et la commune de Bourg ont signé la CTG, en présence de Mme Lise Morel, maire de Ceyzériat.');
    expect(r.draft.signatories.map((s) => s.name)).toEqual(['Caf de l’Ain', 'Commune de Bourg']);
    expect(r.items).toContainEqual(expect.objectContaining({ kind: 'signatory', label: 'Commune de Ceyzériat', status: 'uncertain' }));
  });
});

describe('axes stated inline', () => {
  const titles = (text: string) => importText(text).draft.axes.map((a) => [a.type, a.title]);

  it.each([
    'Elle est articulée autour de trois thèmes : « bien grandir », « bien vivre sa jeunesse » et enfin « bien vieillir ».',
    'La CTG s’organise en 3 thèmes : « bien grandir » ; « bien vivre sa jeunesse » ; « bien vieillir ». Le comité se réunit deux fois par an.',
  ])('quoted names after a count: %s', (text) => {
    expect(titles(text)).toEqual([
      ['thematique', 'Bien grandir'],
      ['thematique', 'Bien vivre sa jeunesse'],
      ['thematique', 'Bien vieillir'],
    ]);
  });

  it('takes quoted names even when fewer than announced, and says the count differs', () => {
    const r = importText('Elle s’articule autour de quatre axes : « grandir », « s’épanouir » et « vieillir ».');
    expect(r.draft.axes.map((a) => a.title)).toEqual(['Grandir', 'S’épanouir', 'Vieillir']);
    expect(r.items.filter((i) => i.kind === 'axis').every((i) => i.status === 'uncertain')).toBe(true);
    expect(r.items).toContainEqual(expect.objectContaining({ kind: 'announced-count', label: '4 axes', status: 'uncertain' }));
  });

  it('reads "plusieurs domaines d’intervention :" followed by bullets', () => {
    expect(titles('Elle se concentre sur plusieurs domaines d’intervention :\n- l’accueil du jeune enfant ;\n- la jeunesse ;\n- le logement.')).toEqual([
      ['thematique', 'L’accueil du jeune enfant'],
      ['thematique', 'La jeunesse'],
      ['thematique', 'Le logement'],
    ]);
  });

  it('makes untitled axes from "déclinés en N enjeux" and N paragraph-and-list groups, titled from their paragraph and flagged', () => {
    const r = importText(
      [
        'Le plan est décliné en 2 enjeux et 3 actions.',
        '',
        'Les familles peinent à faire garder leurs enfants le samedi. Pour y répondre :',
        '- ouvrir la crèche le samedi matin',
        '- recenser les assistantes maternelles disponibles',
        '',
        'Les jeunes quittent le territoire après le lycée. Une action :',
        '- créer un point information jeunesse',
      ].join('\n'),
    );
    expect(r.draft.axes.map((a) => [a.type, a.title])).toEqual([
      ['enjeu', 'Les familles peinent à faire garder leurs enfants le samedi'],
      ['enjeu', 'Les jeunes quittent le territoire après le lycée'],
    ]);
    expect(r.draft.actions.map((a) => [a.axisId, a.title])).toEqual([
      ['AX1', 'Ouvrir la crèche le samedi matin'],
      ['AX1', 'Recenser les assistantes maternelles disponibles'],
      ['AX2', 'Créer un point information jeunesse'],
    ]);
    expect(r.items.filter((i) => i.kind === 'axis').map((i) => [i.status, i.line])).toEqual([
      ['uncertain', 3],
      ['uncertain', 7],
    ]);
    expect(r.consistency.filter((f) => f.severity === 'warning')).toEqual([]);
  });

  it('makes no axis from groups when their number differs from the one announced', () => {
    const r = importText(
      'Le plan est décliné en 3 enjeux.\n\nLes familles peinent à faire garder leurs enfants. Pour y répondre :\n- ouvrir la crèche le samedi',
    );
    expect(r.draft.axes).toEqual([]);
  });

  it('does not take a press headline "Thème : phrase" for an axis', () => {
    expect(titles('Petite enfance et jeunesse : un contrat pour quatre ans')).toEqual([]);
  });
});

describe('periods', () => {
  const period = (text: string) => importText(text).draft.period;

  it.each([
    ['duration and range together', 'La convention est conclue pour une durée de cinq ans, de 2022 à 2026.', { startYear: 2022, endYear: 2026 }],
    ['end date with the duration elsewhere', 'La CTG a une durée de cinq ans.\nLe texte court jusqu’au 31 décembre 2027.', { startYear: 2023, endYear: 2027 }],
    [
      'the current convention, not the earlier one',
      'La nouvelle CTG, d’une durée de quatre ans, soit jusqu’en 2029, succède à la précédente, qui couvrait 2021 à 2025.',
      { startYear: 2026, endYear: 2029 },
    ],
    [
      'the old contract and the new convention in one sentence',
      'Après le contrat enfance jeunesse 2016-2019, la commune a signé la convention territoriale globale 2020-2023.',
      { startYear: 2020, endYear: 2023 },
    ],
    [
      'years only in a title, without their dash',
      'Projet de territoire – CTG 2020 2024\n\nLes élus ont validé le diagnostic.',
      { startYear: 2020, endYear: 2024 },
    ],
    ['mojibake left by a copy', 'Convention territoriale globale 2022-2026Â', { startYear: 2022, endYear: 2026 }],
    ['mojibake inside words', 'La convention a Ã©tÃ© signÃ©e pour 2024-2027.', { startYear: 2024, endYear: 2027 }],
    ['"à l’horizon" in a title, the convention named below it', 'UN PROJET À L’HORIZON 2029\nConvention territoriale globale de la Caf', { endYear: 2029 }],
    ['"valable N ans à compter du"', 'La convention, valable quatre ans à compter du 1er janvier 2025, a été signée.', { startYear: 2025, endYear: 2028 }],
  ])('%s', (_, text, expected) => {
    expect(period(text)).toEqual(expected);
  });

  it('takes no period from "jusqu’au 31 décembre" without a duration, nor from an earlier convention alone', () => {
    expect(period('Les inscriptions sont ouvertes jusqu’au 31 décembre 2025.')).toEqual({});
    expect(period('Le bilan de la précédente convention, 2018-2021, est positif.')).toEqual({});
  });
});

describe('announced counts, in every phrasing', () => {
  const list = (n: number) => Array.from({ length: n }, (_, i) => `${i + 1}. Action numéro ${i + 1} à mener`).join('\n');

  it.each([
    ['8 fiches d’actions', 'La CTG compte 8 fiches d’actions :', 'actions', 8],
    ['7 actions', 'Le plan comporte 7 actions.', 'actions', 7],
    ['5 enjeux', 'La convention retient 5 enjeux.', 'axes', 5],
    ['sept thèmes', 'Elle retient sept thèmes de travail.', 'axes', 7],
    ['une quinzaine d’actions', 'Une quinzaine d’actions sont prévues.', 'actions', 15],
  ])('%s, with an uncertain item when what was read differs', (_, sentence, what, count) => {
    const r = importText(`${sentence}\n${list(2)}`);
    const item = r.items.find((i) => i.kind === 'announced-count');
    expect(item).toMatchObject({ status: 'uncertain', line: 1 });
    expect(item?.label.startsWith(`${count} `)).toBe(true);
    expect(r.consistency).toContainEqual(expect.objectContaining({ severity: 'warning', line: 1 }));
    expect(what === 'actions' ? r.draft.actions.length : r.draft.axes.length).not.toBe(count);
  });

  it('agrees with a rough count within a fifth of it, and with an exact count', () => {
    const rough = importText(`Une quinzaine d’actions sont prévues :\n${list(14)}`);
    expect(rough.items.find((i) => i.kind === 'announced-count')).toMatchObject({ status: 'recognised' });
    const exact = importText(`Le plan comporte 7 actions :\n${list(7)}`);
    expect(exact.items.find((i) => i.kind === 'announced-count')).toMatchObject({ status: 'recognised' });
  });

  it('does not take the count of one axis, a part, or a rate for the whole text’s', () => {
    for (const text of [
      'L’axe consacré à la jeunesse comporte 3 actions.',
      'Le plan compte des actions, dont 3 actions nouvelles.',
      'On prévoit 2 actions par axe.',
    ])
      expect(itemsOf(text, 'announced-count')).toEqual([]);
  });
});

describe('signature date without a year', () => {
  it.each([
    ['the weekday among the years of the period', 'La CTG 2023-2027 a été signée jeudi 12 octobre.', '2023-10-12'],
    ['the weekday before the publication date', 'Publié le 12 avril 2024\nLa convention a été signée vendredi 5 avril.', '2024-04-05'],
    ['the publication date alone: the latest such day before it', 'Publié le 2 février 2024\nLa convention a été signée le 14 décembre.', '2023-12-14'],
  ])('%s', (_, text, date) => {
    const r = importText(text);
    expect(r.draft.signatureDate).toBe(date);
    expect(r.items).toContainEqual(expect.objectContaining({ kind: 'signature-date', status: 'uncertain' }));
  });

  it('leaves the date out when the weekday fits no year, or several, or nothing tells the year', () => {
    expect(importText('La CTG 2023-2027 a été signée mercredi 12 octobre.').draft.signatureDate).toBe('2022-10-12');
    expect(importText('La CTG 2023-2024 a été signée lundi 12 octobre.').draft.signatureDate).toBeUndefined();
    expect(importText('La CTG 2023-2027 a été signée le 12 octobre.').draft.signatureDate).toBeUndefined();
  });
});
