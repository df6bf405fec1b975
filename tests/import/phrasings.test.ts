// One phrasing at a time: periods, signatories, headings and budget lines as
// French administrative texts write them.
import { importText } from '../../src/core/import';

const period = (text: string) => importText(text).draft.period;

describe('period phrasings', () => {
  it.each([
    ['La convention territoriale globale 2023-2025 est signée.', { startYear: 2023, endYear: 2025 }],
    ['Convention conclue de 2023 à 2026.', { startYear: 2023, endYear: 2026 }],
    ['La CTG couvre la période du 1er janvier 2024 au 31 décembre 2027.', { startYear: 2024, endYear: 2027 }],
    ['La convention est conclue pour une durée de 4 ans à compter du 1er janvier 2023.', { startYear: 2023, endYear: 2026 }],
    ['Elle fixe pour 3 ans, à partir de 2025, les priorités.', { startYear: 2025, endYear: 2027 }],
    ['Les perspectives à l’horizon 2026 inscrites dans la convention territoriale globale.', { endYear: 2026 }],
    ['CTG 2022–2026 : le bilan', { startYear: 2022, endYear: 2026 }],
  ])('%s', (text, expected) => {
    expect(period(text)).toEqual(expected);
  });

  it('starts a period "à compter de sa signature" the year it was signed, flagged uncertain', () => {
    const r = importText('La présente convention est conclue pour une durée de 4 ans à compter de sa signature.\nFait à Foix, le 14 mars 2022');
    expect(r.draft.period).toEqual({ startYear: 2022, endYear: 2025 });
    expect(r.draft.signatureDate).toBe('2022-03-14');
    expect(r.items).toContainEqual(expect.objectContaining({ kind: 'period', status: 'uncertain', line: 1 }));
  });

  it('quotes a date without its year as written, accents included', () => {
    const r = importText('Mardi 11 février, la convention a été signée en mairie.');
    expect(r.items).toContainEqual(expect.objectContaining({ kind: 'signature-date', label: '11 février', status: 'uncertain' }));
  });

  it('leaves the period empty for a duration without a start year, and says so', () => {
    const r = importText('La convention est signée pour 3 ans.');
    expect(r.draft.period).toEqual({});
    expect(r.items).toContainEqual(expect.objectContaining({ kind: 'period', status: 'uncertain', line: 1 }));
  });

  it('ignores years that are not a period: a survey date, children aged 3 to 6, a 10-year plan', () => {
    expect(period('Une enquête réalisée en 2023 auprès des habitants.\nLes enfants de moins de 3 ans.\nLe schéma 2015-2030 du département.')).toEqual({});
  });

  it('prefers the range the text ties to the convention, and reports the others', () => {
    const r = importText('Le précédent contrat enfance jeunesse 2016-2019.\nLa présente convention couvre 2020-2023.');
    expect(r.draft.period).toEqual({ startYear: 2020, endYear: 2023 });
    expect(r.consistency).toContainEqual(expect.objectContaining({ severity: 'warning', line: 2 }));
  });

  it('prefers "la présente convention est conclue du … au …" over the years of documents it cites', () => {
    const r = importText(
      'Vu la convention d’objectifs et de gestion 2023-2027 entre l’État et la Cnaf ;\nVu le schéma départemental des services aux familles 2020-2024 ;\nArticle 8 – Durée\nLa présente convention est conclue du 1er janvier 2022 au 31 décembre 2025.',
    );
    expect(r.draft.period).toEqual({ startYear: 2022, endYear: 2025 });
  });

  it('warns when the stated duration contradicts the range', () => {
    const r = importText('Convention signée pour 4 ans.\nPériode : 2023-2025.');
    expect(r.draft.period).toEqual({ startYear: 2023, endYear: 2025 });
    expect(r.consistency.some((f) => f.severity === 'warning' && f.line === 1)).toBe(true);
  });
});

describe('signatories', () => {
  const parties = (text: string) => importText(text).draft.signatories;

  it('reads the CAF, an EPCI, the Conseil départemental and the MSA named in a signing sentence', () => {
    expect(
      parties(
        'La convention est signée entre la CAF de la Haute-Garonne, la Communauté de communes du Pays de Lunel, le Conseil départemental et la MSA Midi-Pyrénées Nord.',
      ),
    ).toEqual([
      { name: 'CAF de la Haute-Garonne', role: 'caf' },
      { name: 'Communauté de communes du Pays de Lunel', role: 'epci' },
      { name: 'Conseil départemental', role: 'conseil-departemental' },
      { name: 'MSA Midi-Pyrénées Nord', role: 'msa' },
    ]);
  });

  it('counts the CAF once whether written "CAF du Gers" or "Caisse d’allocations familiales du Gers"', () => {
    const s = parties('Signée par la Caisse d’allocations familiales du Gers.\nLa CAF du Gers accompagne la Ville d’Auch.');
    expect(s.filter((x) => x.role === 'caf')).toHaveLength(1);
    expect(s).toContainEqual({ name: 'Ville d’Auch', role: 'commune' });
  });

  it('keeps a CAF named without its département, flagged uncertain', () => {
    const r = importText('La Caf et la commune de Vire ont signé la convention.');
    expect(r.draft.signatories).toContainEqual({ name: 'CAF', role: 'caf' });
    expect(r.items).toContainEqual(expect.objectContaining({ kind: 'signatory', label: 'Caf', status: 'uncertain' }));
  });

  it('reads the parties listed after "Entre :" with "représentée par" and "Ci-après dénommée"', () => {
    const s = parties(
      'Entre :\n\n- La Caisse des Allocations familiales de la Lozère, représentée par sa Directrice ; Ci-après dénommée « la Caf » ;\n\n- La Commune de Mende, représentée par son Maire ; Ci-après dénommée « la Commune de Mende » ;\n\nIl est convenu ce qui suit :',
    );
    expect(s).toEqual([
      { name: 'Caisse des Allocations familiales de la Lozère', role: 'caf' },
      { name: 'Commune de Mende', role: 'commune' },
    ]);
  });

  it('reads the chargée de coopération when the text names her, and nobody otherwise', () => {
    expect(importText('Chargée de coopération CTG : Mme Lucie Martin').draft.coordinator).toBe('Mme Lucie Martin');
    expect(importText('Contact : Paul Durand, chargé de coopération CTG, 05 63 00 00 00').draft.coordinator).toBe('Paul Durand');
    expect(importText('- 40 513 € pour la coordination (une chargée de coopération CTG, une coordinatrice)').draft.coordinator).toBe('');
  });

  it('reads "la Caf 33", and does not take the CAF\'s board ("le CA de la Caf") for an agglomeration', () => {
    expect(parties('Le CA de la Caf de la Gironde a validé la convention signée avec la commune de Blaye.')).toEqual([
      { name: 'Caf de la Gironde', role: 'caf' },
      { name: 'Commune de Blaye', role: 'commune' },
    ]);
    expect(parties('La convention est signée avec la Caf 33.')).toEqual([{ name: 'Caf 33', role: 'caf' }]);
    expect(parties('Signée par la CAF de la Haute-Garonne (Caf 31).')).toEqual([{ name: 'CAF de la Haute-Garonne', role: 'caf' }]);
  });

  it('reads "les communes de A, B et C" as one party each', () => {
    expect(parties('La convention est signée par la CAF du Tarn et les communes de Brassac, Anglès et Lacaune.')).toEqual([
      { name: 'CAF du Tarn', role: 'caf' },
      { name: 'Commune de Brassac', role: 'commune' },
      { name: 'Commune d’Anglès', role: 'commune' },
      { name: 'Commune de Lacaune', role: 'commune' },
    ]);
  });

  it('names the convention after the EPCI', () => {
    const d = importText('Signature entre la Communauté d’agglomération du Grand Cognac et la CAF de la Charente.').draft;
    expect(d.territory).toBe('Communauté d’agglomération du Grand Cognac');
    expect(d.name).toBe('CTG Grand Cognac');
  });
});

describe('headings and lists', () => {
  it.each([
    ['Axe 1 : Soutenir la parentalité', 'axe', 'Soutenir la parentalité'],
    ['ENJEU N°2 – ROMPRE L’ISOLEMENT', 'enjeu', 'Rompre l’isolement'],
    ['Ambition 3 – Bien vieillir', 'ambition', 'Bien vieillir'],
    ['Orientation stratégique II : Accès aux droits', 'orientation', 'Accès aux droits'],
    ['## Axe 4. Mobilité', 'axe', 'Mobilité'],
  ])('%s', (text, type, title) => {
    expect(importText(text).draft.axes).toEqual([expect.objectContaining({ id: 'AX1', type, title })]);
  });

  it('does not read "Un enjeu a été identifié" as an axis heading', () => {
    expect(importText('Enjeu a été identifié par les élus.').draft.axes).toEqual([]);
  });

  it('takes the title on the next line when the heading has none', () => {
    expect(importText('Axe 2\nFavoriser l’inclusion').draft.axes[0]).toMatchObject({ title: 'Favoriser l’inclusion' });
  });

  it('reads "Fiche action n°4", "FA 5" and "Fiche-action 6" headings, keeping their numbers', () => {
    const d = importText('Fiche action n°4 : Créer un RPE\nFA 5 – Ouvrir un LAEP\nFiche-action 6 : Former les animateurs').draft;
    expect(d.actions.map((a) => [a.id, a.title])).toEqual([
      ['FA04', 'Créer un RPE'],
      ['FA05', 'Ouvrir un LAEP'],
      ['FA06', 'Former les animateurs'],
    ]);
  });

  it('attaches "Action 2.1" to axis 2 by its number, wherever it stands', () => {
    const r = importText('Axe 1 : Familles\nAxe 2 : Jeunesse\nAxe 3 : Seniors\nAction 2.1 : Ouvrir un espace jeunes\nAction 1.1 : Créer un RPE');
    expect(r.draft.actions.map((a) => [a.id, a.axisId, a.title])).toEqual([
      ['FA01', 'AX2', 'Ouvrir un espace jeunes'],
      ['FA02', 'AX1', 'Créer un RPE'],
    ]);
    expect(r.items.filter((i) => i.kind === 'action').map((i) => i.status)).toEqual(['recognised', 'recognised']);
  });

  it('takes the paragraph right under a fiche heading as its description', () => {
    const d = importText(
      'Fiche action 2 : Ouvrir un espace jeunes\nUn local sera aménagé dans l’ancienne école et ouvert le mercredi et le samedi.\nPilote : commune',
    ).draft;
    expect(d.actions[0]).toMatchObject({
      title: 'Ouvrir un espace jeunes',
      description: 'Un local sera aménagé dans l’ancienne école et ouvert le mercredi et le samedi.',
      lead: 'commune',
    });
  });

  it('keeps a fiche attached to an axis whose heading comes again later', () => {
    const r = importText('Ambition III : Mobilité\nFiche action n°4 : Créer un RPE\na\nAmbition III : Mobilité');
    expect(r.draft.axes.map((a) => a.id)).toEqual(['AX1']);
    expect(r.draft.actions.map((a) => [a.id, a.axisId])).toEqual([['FA04', 'AX1']]);
  });

  it('renumbers fiches whose numbers repeat', () => {
    const r = importText('Fiche action 1 : A faire\nFiche action 1 : B faire');
    expect(r.draft.actions.map((a) => a.id)).toEqual(['FA01', 'FA02']);
    expect(r.consistency.some((f) => f.severity === 'info')).toBe(true);
  });

  it('reads a numbered list of actions announced by the line before it, with "1)" markers', () => {
    const d = importText('Le plan d’actions comprend :\n1) Créer une ludothèque\n2) Ouvrir un espace jeunes').draft;
    expect(d.actions.map((a) => a.title)).toEqual(['Créer une ludothèque', 'Ouvrir un espace jeunes']);
  });

  it('reads "Thème : objectif" lines without bullets as thematic axes', () => {
    const d = importText('Petite enfance : développer l’offre d’accueil collectif\n\nJeunesse : ouvrir un espace jeunes intercommunal').draft;
    expect(d.axes.map((a) => [a.type, a.title, a.objectives])).toEqual([
      ['thematique', 'Petite enfance', ['Développer l’offre d’accueil collectif']],
      ['thematique', 'Jeunesse', ['Ouvrir un espace jeunes intercommunal']],
    ]);
  });

  it('reads "1.2 …" items under "Axe 1" as its objectives, and as its fiches in a plan d’actions', () => {
    const d = importText(
      'Axe 1 : Petite enfance\n1.1 Développer l’accueil collectif\n1.2. Soutenir les assistants maternels\nAxe 2 : Jeunesse\n2.1 – Favoriser l’engagement',
    ).draft;
    expect(d.axes.map((a) => [a.title, a.objectives])).toEqual([
      ['Petite enfance', ['Développer l’accueil collectif', 'Soutenir les assistants maternels']],
      ['Jeunesse', ['Favoriser l’engagement']],
    ]);
    const plan = importText('Axe 1 : Petite enfance\nAxe 2 : Jeunesse\nLe plan d’actions :\n2.1 Ouvrir un espace jeunes\n1.1 Créer un RPE').draft;
    expect(plan.actions.map((a) => [a.axisId, a.title])).toEqual([
      ['AX2', 'Ouvrir un espace jeunes'],
      ['AX1', 'Créer un RPE'],
    ]);
  });

  it('keeps reading actions under each axis of a "plan d’actions"', () => {
    const r = importText('Le plan d’actions :\nAxe 1 : Petite enfance\n- Créer un RPE\nAxe 2 : Jeunesse\n- Ouvrir un espace jeunes');
    expect(r.draft.axes.map((a) => [a.title, a.objectives])).toEqual([
      ['Petite enfance', []],
      ['Jeunesse', []],
    ]);
    expect(r.draft.actions.map((a) => [a.axisId, a.title])).toEqual([
      ['AX1', 'Créer un RPE'],
      ['AX2', 'Ouvrir un espace jeunes'],
    ]);
  });

  it("reads nested bullets under an enjeu list as that enjeu's objectives", () => {
    const d = importText(
      'Les enjeux retenus sont :\n- Soutenir les familles\n    • Développer les modes de garde\n- Accompagner les seniors\n    • Rompre l’isolement',
    ).draft;
    expect(d.axes.map((a) => [a.title, a.objectives])).toEqual([
      ['Soutenir les familles', ['Développer les modes de garde']],
      ['Accompagner les seniors', ['Rompre l’isolement']],
    ]);
  });

  it('titles an enjeu written as a paragraph by its first sentence', () => {
    const d = importText(
      'Les enjeux identifiés :\n- Accompagner le vieillissement de la population. Le territoire compte 30 % de plus de 60 ans, souvent isolés.',
    ).draft;
    expect(d.axes.map((a) => [a.type, a.title, a.themes])).toEqual([['enjeu', 'Accompagner le vieillissement de la population', ['seniors']]]);
  });

  it('reads "L’axe autour de … comporte …" as an axis, without taking its own fiche count for the whole text\'s', () => {
    const r = importText('L’axe autour de l’accès aux droits comporte 8 fiches actions à mettre en œuvre.\nL’axe consacré à la jeunesse regroupe 3 actions.');
    expect(r.draft.axes.map((a) => a.title)).toEqual(['Accès aux droits', 'Jeunesse']);
    expect(r.consistency).toEqual([]);
  });

  it('reads "Les thématiques : a ; b ; c" as uncertain thematic axes, but not a sentence after "Les enjeux :"', () => {
    const r = importText('Les thématiques : petite enfance ; jeunesse ; parentalité.');
    expect(r.draft.axes.map((a) => [a.type, a.title])).toEqual([
      ['thematique', 'Petite enfance'],
      ['thematique', 'Jeunesse'],
      ['thematique', 'Parentalité'],
    ]);
    expect(r.items.filter((i) => i.kind === 'axis').every((i) => i.status === 'uncertain')).toBe(true);
    expect(
      importText(
        'Les enjeux : il s’agit de renforcer la cohérence des politiques menées sur le territoire, développer les coopérations entre tous les acteurs locaux du territoire intercommunal.',
      ).draft.axes,
    ).toEqual([]);
  });

  it('reads "Fiche 1 :" as a fiche heading', () => {
    expect(
      importText('Thématique 1 : Petite enfance\nFiche 1 : Créer un RPE\nFiche 2 : Ouvrir une MAM').draft.actions.map((a) => [a.id, a.axisId, a.title]),
    ).toEqual([
      ['FA01', 'AX1', 'Créer un RPE'],
      ['FA02', 'AX1', 'Ouvrir une MAM'],
    ]);
  });

  it('drops a menu word alone on its line, not content that starts with it', () => {
    const d = importText('Les axes retenus :\n- Accueil du jeune enfant\n- Partager\n- Retour à l’emploi des parents').draft;
    expect(d.axes.map((a) => a.title)).toEqual(['Accueil du jeune enfant', 'Retour à l’emploi des parents']);
  });

  it('reads a list the page repeats (a summary, then the article) once', () => {
    const list = 'Les enjeux retenus :\n- Soutenir les familles\n- Accompagner les seniors\n\nLe plan d’actions :\n1. Créer un RPE\n2. Ouvrir un LAEP\n\n';
    const d = importText(list + 'Lire l’article\n\n' + list).draft;
    expect(d.axes.map((a) => a.title)).toEqual(['Soutenir les familles', 'Accompagner les seniors']);
    expect(d.actions.map((a) => [a.id, a.title])).toEqual([
      ['FA01', 'Créer un RPE'],
      ['FA02', 'Ouvrir un LAEP'],
    ]);
  });

  it('warns when the announced number of fiches does not match', () => {
    const r = importText('Les 5 fiches actions sont :\n1. Une\n2. Deux');
    expect(r.consistency).toContainEqual(expect.objectContaining({ severity: 'warning', line: 1 }));
  });
});

describe('budget lines', () => {
  const withPeriod = (lines: string) => importText(`Convention 2024-2025.\n${lines}`);

  it('reads "- 40 513 € pour …" under a CAF annual envelope, on every year', () => {
    const d = withPeriod(
      'L’enveloppe annuelle versée par la CAF sera de 50 000 € répartis ainsi :\n- 30 000 € pour la crèche Les Lutins (EAJE)\n- 20 000 € pour l’ALSH de Montbel',
    ).draft;
    expect(d.budget).toEqual([
      {
        id: 'L01',
        beneficiary: 'Crèche Les Lutins',
        equipment: 'EAJE',
        nature: '',
        funder: 'caf',
        actionId: '',
        amounts: { 2024: 3_000_000, 2025: 3_000_000 },
      },
      { id: 'L02', beneficiary: 'ALSH de Montbel', equipment: 'ALSH', nature: '', funder: 'caf', actionId: '', amounts: { 2024: 2_000_000, 2025: 2_000_000 } },
    ]);
    expect(d.envelopes).toEqual([
      { year: 2024, amountCents: 5_000_000 },
      { year: 2025, amountCents: 5_000_000 },
    ]);
  });

  it('reads "Bénéficiaire : montant" lines in a financing section, and who pays when the line says it', () => {
    const d = withPeriod('Financement annuel\nRelais petite enfance : 12 500,50 €\nLudothèque financée par la commune : 3 000 €').draft;
    expect(d.budget.map((l) => [l.beneficiary, l.funder, l.amounts['2025']])).toEqual([
      ['Relais petite enfance', 'autre', 1_250_050],
      ['Ludothèque financée par la commune', 'commune', 300_000],
    ]);
  });

  it('flags amounts whose yearly meaning the text does not give', () => {
    const r = withPeriod('Le financement de la Caf :\n- 10 000 € pour le RPE');
    expect(r.draft.budget[0].amounts).toEqual({ 2024: 1_000_000, 2025: 1_000_000 });
    expect(r.items).toContainEqual(expect.objectContaining({ kind: 'budget-line', ref: 'L01', status: 'uncertain', line: 3 }));
  });

  it('keeps an amount it cannot place in a year (no period) as an uncertain item only', () => {
    const r = importText('La CAF versera chaque année :\n- 10 000 € pour le RPE');
    expect(r.draft.budget[0].amounts).toEqual({});
    expect(r.items).toContainEqual(expect.objectContaining({ kind: 'budget-line', status: 'uncertain', label: '10 000 € — RPE' }));
  });

  it('reads an annual CAF amount stated in a sentence, and flags a second one instead of adding it up', () => {
    const r = withPeriod(
      'Le montant du bonus territoire versé par la Caf s’élève à 85 000 € par an.\nLa Caf versera annuellement 50 000 € au titre de la coordination.',
    );
    expect(r.draft.envelopes.map((e) => e.amountCents)).toEqual([8_500_000, 8_500_000]);
    expect(r.items).toContainEqual(expect.objectContaining({ kind: 'envelope', status: 'uncertain', line: 3 }));
  });

  it('says so when it cannot read the amount of a budget item, instead of guessing', () => {
    const r = withPeriod('Le financement de la Caf :\n- 12.000 € pour le RPE\n- 8 000 € pour le LAEP');
    expect(r.draft.budget.map((l) => l.beneficiary)).toEqual(['LAEP']);
    expect(r.items).toContainEqual(expect.objectContaining({ kind: 'budget-line', status: 'uncertain', line: 3, label: '12.000 € pour le RPE' }));
  });

  it('counts a budget line the page repeats once, and says so', () => {
    const r = withPeriod('L’enveloppe annuelle de la Caf :\n- 10 000 € pour le RPE\n- 10 000 € pour le RPE');
    expect(r.draft.budget).toHaveLength(1);
    expect(r.items).toContainEqual(expect.objectContaining({ kind: 'budget-line', status: 'uncertain', line: 4 }));
  });

  it('reads "le bonus territoire représente 120 000 € par an" as the annual CAF amount', () => {
    expect(withPeriod('Le bonus territoire représente 120 000 € par an.').draft.envelopes.map((e) => e.amountCents)).toEqual([12_000_000, 12_000_000]);
  });

  it('reports a total that disagrees with the annual envelope', () => {
    const r = withPeriod('Enveloppe annuelle CAF : 100 000 €.\nSoit au total une enveloppe de 150 000 € sur la durée de la convention.');
    expect(r.draft.envelopeTotalCents).toBe(15_000_000);
    expect(r.consistency.some((f) => f.severity === 'warning' && /200 000 €.*150 000 €/.test(f.message))).toBe(true);
  });

  it('reads a table with one "Montant annuel" column as annual amounts', () => {
    const r = withPeriod(
      'Bonus territoire versé par la Caf :\nStructure | Type | Montant annuel\nLes Pitchouns | EAJE | 12 000 €\nLe Cerf-volant | ALSH | 4 500,50 €\nTotal | | 16 500,50 €',
    );
    expect(r.draft.budget.map((l) => [l.beneficiary, l.equipment, l.funder, l.amounts])).toEqual([
      ['Les Pitchouns', 'EAJE', 'caf', { 2024: 1_200_000, 2025: 1_200_000 }],
      ['Le Cerf-volant', 'ALSH', 'caf', { 2024: 450_050, 2025: 450_050 }],
    ]);
    expect(r.items.filter((i) => i.kind === 'budget-line').every((i) => i.status === 'recognised')).toBe(true);
  });

  it('reads one amount per year written on the line ("40 800 € (2024), 41 000 € (2025)", "2024 : 9 000 €")', () => {
    const d = withPeriod('Financement de la Caf :\n- La Petite Loco : 40 800 € (2024), 41 000 € (2025)\n- RPE – 2024 : 9 000 € ; 2025 : 9 500 €').draft;
    expect(d.budget.map((l) => [l.beneficiary, l.funder, l.amounts])).toEqual([
      ['La Petite Loco', 'caf', { 2024: 4_080_000, 2025: 4_100_000 }],
      ['RPE', 'caf', { 2024: 900_000, 2025: 950_000 }],
    ]);
  });

  it('keeps an unreadable table amount verbatim for the check to quote', () => {
    const d = withPeriod('Bénéficiaire | 2024 | 2025\nCrèche | 1 000 € | 12abc').draft;
    expect(d.budget[0].amounts).toEqual({ 2024: 100_000, 2025: '12abc' });
  });
});
