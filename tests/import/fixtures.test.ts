// Standalone texts written for these tests, in the styles CTG documents use:
// numbered axes and fiches with fields, enjeux and "FA n", ambitions with
// lettered actions, a web page full of furniture, theme headings only, and a
// text that is no convention at all.
import * as fs from 'fs';
import * as path from 'path';
import { importText } from '../../src/core/import';
import { expectWellFormedImport } from '../helpers/well-formed';
import { checkAsGenerated } from '../../src/core/workbook/refresh';

const fixture = (name: string) => importText(fs.readFileSync(path.join(__dirname, 'fixtures', `${name}.txt`), 'utf8'));

describe('numbered axes, objectives and fiches with fields, budget table', () => {
  const r = fixture('axes-numerotes-fiches');
  const d = r.draft;

  it('reads period, signature date and the parties listed after "Entre :"', () => {
    expect(d.period).toEqual({ startYear: 2024, endYear: 2027 });
    expect(d.signatureDate).toBe('2024-03-14');
    expect(d.signatories).toEqual([
      { name: "Communauté d'agglomération du Val d'Ormeau", role: 'epci' },
      { name: "Caisse d'allocations familiales de la Gironde", role: 'caf' },
      { name: 'Conseil départemental de la Gironde', role: 'conseil-departemental' },
    ]);
    expect(r.items.filter((i) => i.kind === 'signatory').every((i) => i.status === 'recognised')).toBe(true);
    expect(d.name).toBe("CTG Val d'Ormeau");
  });

  it('reads axes with their objectives, labelled or listed', () => {
    expect(d.axes.map((a) => [a.id, a.title])).toEqual([
      ['AX1', 'Accompagner les familles dans leurs besoins de garde'],
      ['AX2', "Favoriser l'autonomie des jeunes"],
      ['AX3', "Renforcer l'accès aux droits"],
    ]);
    expect(d.axes[0].objectives).toEqual(['Augmenter le nombre de places en accueil collectif', "Soutenir l'installation des assistants maternels"]);
    expect(d.axes[1].objectives).toEqual(['Développer les accueils de loisirs pour les 11-17 ans', 'Accompagner les projets portés par les jeunes']);
    expect(d.axes[2].objectives).toEqual(['Réduire le non-recours aux prestations']);
  });

  it('reads the fields of each fiche action and stops at the next article', () => {
    const [fa1, fa2, fa3] = d.actions;
    expect(fa1).toMatchObject({
      id: 'FA01',
      title: 'Créer un multi-accueil de 24 places',
      axisId: 'AX1',
      lead: "Communauté d'agglomération du Val d'Ormeau",
      audience: 'familles avec enfants de moins de 3 ans',
      schedule: 'ouverture en septembre 2025',
    });
    expect(fa1.partners).toEqual(['CAF de la Gironde', 'PMI', 'communes']);
    expect(fa1.indicators).toEqual([{ label: 'Nombre de places ouvertes' }, { label: "Taux d'occupation" }]);
    expect(fa2).toMatchObject({ id: 'FA02', axisId: 'AX2', lead: 'Service jeunesse intercommunal' });
    expect(fa2.description).toContain('trois demi-journées par semaine');
    expect(fa3.partners).toEqual(['France services', 'CCAS']);
  });

  it('reads the budget table year by year and the per-year envelopes, which balance', () => {
    expect(d.budget.map((l) => [l.beneficiary, l.equipment, l.funder])).toEqual([
      ['Crèche Les Lucioles', 'EAJE', 'caf'],
      ['Centre de loisirs Les Pins', 'ALSH', 'caf'],
      ['Coordination CTG', 'Poste', 'caf'],
    ]);
    expect(d.budget[1].amounts).toEqual({ 2024: 950_000, 2025: 950_000, 2026: 1_000_000, 2027: 1_000_000 });
    // 18 000 + 9 500 + 30 000 = 57 500 ; 18 000 + 10 000 + 30 000 = 58 000
    expect(d.envelopes).toEqual([
      { year: 2024, amountCents: 5_750_000 },
      { year: 2025, amountCents: 5_750_000 },
      { year: 2026, amountCents: 5_800_000 },
      { year: 2027, amountCents: 5_800_000 },
    ]);
    expect(checkAsGenerated(d).years.every((y) => y.status === 'balanced')).toBe(true);
  });
});

describe('enjeux "n°", roman numerals, "FA n", duration with a start date', () => {
  const r = fixture('enjeux-romains-fa');
  const d = r.draft;

  it('reads "pour une durée de 4 ans à compter du 1er janvier 2023"', () => {
    expect(d.period).toEqual({ startYear: 2023, endYear: 2026 });
  });

  it('reads the enjeux, not the roman-numbered chapters', () => {
    expect(d.axes.map((a) => [a.type, a.title])).toEqual([
      ['enjeu', 'Soutenir la parentalité'],
      ['enjeu', "Rompre l'isolement des seniors"],
      ['enjeu', 'Améliorer la mobilité des habitants'],
    ]);
  });

  it('attaches each "FA n" to the enjeu it names', () => {
    expect(d.actions.map((a) => [a.id, a.axisId, a.title])).toEqual([
      ['FA01', 'AX1', "Ouvrir un lieu d'accueil enfants-parents"],
      ['FA02', 'AX2', 'Créer un café des aidants'],
      ['FA03', 'AX3', 'Développer le transport solidaire'],
    ]);
    expect(d.actions[2].lead).toBe('association Roue Libre');
  });

  it('reads the CAF and the MSA, and the CAF lines paid "chaque année"', () => {
    expect(d.signatories.map((s) => s.role)).toEqual(['commune', 'caf', 'msa']);
    expect(d.budget.map((l) => [l.beneficiary, l.funder, l.amounts['2026']])).toEqual([
      ['LAEP', 'caf', 1_200_000],
      ['Centre social', 'caf', 2_500_000],
    ]);
    expect(d.envelopes.map((e) => e.amountCents)).toEqual([3_700_000, 3_700_000, 3_700_000, 3_700_000]);
  });
});

describe('ambitions, bullets, lettered actions, an unbalanced budget', () => {
  const r = fixture('ambitions-lettres');
  const d = r.draft;

  it('reads "pour 3 ans, à partir de 2025" and the three ambitions', () => {
    expect(d.period).toEqual({ startYear: 2025, endYear: 2027 });
    expect(d.axes.map((a) => [a.type, a.title, a.objectives.length])).toEqual([
      ['ambition', 'Un territoire accueillant pour les tout-petits', 2],
      ['ambition', 'Une jeunesse actrice de son territoire', 1],
      ['ambition', 'Bien vieillir ensemble', 1],
    ]);
  });

  it('reads the lettered actions and flags their axis as a guess', () => {
    expect(d.actions.map((a) => a.title)).toEqual([
      'Étendre les horaires du relais petite enfance',
      'Créer un conseil intercommunal des jeunes',
      'Organiser des ateliers de prévention des chutes',
    ]);
    expect(r.items.filter((i) => i.kind === 'action').every((i) => i.status === 'uncertain')).toBe(true);
  });

  it('says the CAF lines fall short of the annual envelope', () => {
    expect(d.envelopes.map((e) => e.amountCents)).toEqual([6_000_000, 6_000_000, 6_000_000]);
    expect(d.budget.map((l) => l.amounts['2025'])).toEqual([3_000_000, 2_000_000]);
    const warnings = r.consistency.filter((f) => f.severity === 'warning');
    expect(warnings).toHaveLength(1);
    expect(warnings[0].message).toMatch(/50 000 €.*60 000 €/);
  });
});

describe('a web page', () => {
  const r = fixture('page-web-bruit');

  it('keeps the content and drops the furniture', () => {
    const d = r.draft;
    expect(d.period).toEqual({ startYear: 2022, endYear: 2026 });
    expect(d.signatories).toEqual([
      { name: 'Commune de Lanvéoc', role: 'commune' },
      { name: 'CAF du Finistère', role: 'caf' },
    ]);
    expect(d.axes.map((a) => [a.type, a.title])).toEqual([
      ['thematique', 'La petite enfance'],
      ['thematique', 'La jeunesse'],
      ['thematique', "L'accès aux droits"],
    ]);
    const everything = JSON.stringify(r);
    for (const noise of ['cookies', 'Facebook', 'Instagram', 'Publié', 'Mentions légales', 'Partager', 'Imprimer']) expect(everything).not.toContain(noise);
  });
});

describe('theme headings only', () => {
  const r = fixture('titres-thematiques');

  it('makes one uncertain thematic axis per heading, with the objective sentences', () => {
    expect(r.draft.axes.map((a) => [a.type, a.title, a.objectives])).toEqual([
      ['thematique', 'Petite enfance', ["Ouvrir une nouvelle crèche de 20 places à l'horizon 2027"]],
      ['thematique', 'Parentalité', ["Créer un lieu d'accueil enfants-parents itinérant sur les communes rurales"]],
      ['thematique', 'Logement', ['Accompagner les jeunes ménages dans leur premier logement']],
    ]);
    expect(r.items.filter((i) => i.kind === 'axis').map((i) => i.status)).toEqual(['uncertain', 'uncertain', 'uncertain']);
  });

  it("does not take a project's horizon for the convention's period", () => {
    expect(r.draft.period).toEqual({});
  });
});

describe('a text that is not a convention', () => {
  const r = fixture('rien-de-reconnaissable');

  it('gives an honest, empty draft with warnings', () => {
    expectWellFormedImport(r);
    const d = r.draft;
    expect([d.name, d.territory, d.signatories, d.axes, d.actions, d.budget, d.envelopes, d.period]).toEqual(['', '', [], [], [], [], [], {}]);
    expect(r.counts.recognised).toBe(0);
    expect(r.items.map((i) => i.kind).sort()).toEqual(['period', 'signatory', 'territory']);
    expect(r.consistency).toContainEqual(expect.objectContaining({ severity: 'warning' }));
  });
});

describe('a convention copied from a PDF: ENTRE / ET, capitals, sub-orientations, table-shaped fiche', () => {
  const r = fixture('convention-pdf');
  const d = r.draft;

  it('reads the parties once each, whatever their spelling', () => {
    expect(d.signatories).toEqual([
      { name: "Caisse d'Allocations Familiales de l'Hérault", role: 'caf' },
      { name: "Communauté de Communes Cœur d'Orb", role: 'epci' },
    ]);
    expect(d.period).toEqual({ startYear: 2022, endYear: 2026 });
  });

  it('reads capitalised axes and their "Orientation 1.1" sub-items as objectives', () => {
    expect(d.axes.map((a) => [a.title, a.objectives])).toEqual([
      [
        'Soutenir les familles dans leur rôle de parents',
        ['Développer les actions de soutien à la parentalité', "Faciliter l'accès des familles aux modes d'accueil"],
      ],
      ["Favoriser l'inclusion sociale", ['Lutter contre le non-recours aux droits']],
    ]);
  });

  it('reads a fiche laid out as a table, attached to the axis it names rather than the one it follows', () => {
    expect(d.actions).toHaveLength(1);
    expect(d.actions[0]).toMatchObject({ title: "Créer un lieu d'accueil enfants-parents", axisId: 'AX1', lead: 'Communauté de communes', schedule: '2023' });
  });

  it('reads the budget table by column name and leaves its total row out', () => {
    expect(d.budget.map((l) => [l.beneficiary, l.equipment, l.funder, l.amounts])).toEqual([
      ['Crèche Les Marmots', 'EAJE', 'caf', { 2022: 1_500_000, 2023: 1_500_000 }],
    ]);
  });
});

describe('a numbered list of axes, each followed by its objectives', () => {
  const d = fixture('axes-liste-numerotee').draft;

  it('keeps the list of axes going after each "Objectifs :" block', () => {
    expect(d.axes.map((a) => [a.title, a.objectives])).toEqual([
      ['Accompagner la petite enfance', ['Ouvrir une micro-crèche', 'Soutenir les assistantes maternelles']],
      ['Agir pour la jeunesse', ['Créer un conseil des jeunes']],
      ["Faciliter l'accès aux droits", []],
    ]);
    expect(d.period).toEqual({ startYear: 2024, endYear: 2028 });
  });
});

describe('a web page whose lists lost their bullets', () => {
  const r = fixture('thematiques-sans-puces');
  const d = r.draft;

  it('reads the announced theme headings as axes, and "Thème : action" lines as actions under them', () => {
    expect(d.axes.map((a) => [a.type, a.title])).toEqual([
      ['thematique', 'Petite enfance'],
      ['thematique', 'Enfance jeunesse'],
      ['thematique', 'Parentalité'],
      ['thematique', 'Animation de la vie sociale'],
    ]);
    expect(r.items.filter((i) => i.kind === 'axis').every((i) => i.status === 'recognised')).toBe(true);
    expect(d.actions.map((a) => [a.axisId, a.title])).toEqual([
      ['AX1', "Création d'un guichet unique"],
      ['AX2', 'Harmonisation des tarifs des accueils de loisirs'],
      ['AX3', 'Soutien au LAEP itinérant'],
      ['AX4', 'Accompagnement des projets des centres sociaux'],
    ]);
  });

  it('does not take key figures for budget lines', () => {
    expect(d.budget).toEqual([]);
  });
});

describe('enjeux with action lists and one year of financing', () => {
  const r = fixture('enjeux-actions-financement-2023');
  const d = r.draft;

  it('reads the numeric signature date and the end year, and puts the amounts on the year the list names', () => {
    expect(d.signatureDate).toBe('2022-12-12');
    expect(d.period).toEqual({ endYear: 2026 });
    expect(d.budget.map((l) => [l.beneficiary, l.funder, l.amounts])).toEqual([
      ['Crèche municipale', 'caf', { 2023: 4_500_000 }],
      ['RPE', 'caf', { 2023: 1_800_000 }],
    ]);
  });

  it('reads the actions listed under each enjeu, flagged as attached by position', () => {
    expect(d.actions.map((a) => [a.axisId, a.title])).toEqual([
      ['AX1', 'Rénover la crèche municipale'],
      ['AX1', 'Créer un RPE'],
      ['AX2', 'Ouvrir un local jeunes'],
    ]);
    expect(r.items.filter((i) => i.kind === 'action').every((i) => i.status === 'uncertain')).toBe(true);
  });
});

describe('a press article', () => {
  const d = fixture('article-de-presse').draft;

  it('reads the parties, the period, the date and the four axes; an amount in millions is not guessed', () => {
    expect(d.signatories).toEqual([
      { name: 'Ville de Tours', role: 'commune' },
      { name: "Caf d'Indre-et-Loire", role: 'caf' },
    ]);
    expect(d.period).toEqual({ startYear: 2023, endYear: 2027 });
    expect(d.signatureDate).toBe('2023-07-05');
    expect(d.axes.map((a) => a.title)).toEqual([
      "Favoriser l'accès aux modes d'accueil du jeune enfant",
      'Développer une offre de loisirs de qualité pour les enfants et les jeunes',
      'Accompagner les parents dans leur rôle éducatif',
      "Renforcer l'accès aux droits et l'inclusion numérique",
    ]);
    expect(d.envelopeTotalCents).toBeUndefined();
  });
});

describe('a PDF copy with a table of contents, page footers, "1/" items and "Fait à …, le …"', () => {
  const r = fixture('sommaire-pages-fait-a');
  const d = r.draft;

  it('reads each axis once, with "1/" items and bare infinitive lines as its objectives', () => {
    expect(d.axes.map((a) => [a.title, a.objectives])).toEqual([
      ['Petite enfance', ["Développer l'offre d'accueil", 'Soutenir les assistants maternels']],
      ['Jeunesse', ["Favoriser l'engagement des jeunes", "Faciliter l'accès aux loisirs"]],
    ]);
    expect(JSON.stringify(d)).not.toMatch(/Page 4|\.\.\.\./);
  });

  it('reads the period under the title, and the signature date from "Fait à Muret, le 3 février 2022"', () => {
    expect(d.period).toEqual({ startYear: 2022, endYear: 2025 });
    expect(r.items).toContainEqual(expect.objectContaining({ kind: 'period', status: 'recognised', line: 2 }));
    expect(d.signatureDate).toBe('2022-02-03');
  });

  it('reads "15 000 €/an" and "8 000 €/an pour le RPE" as annual CAF bonus lines', () => {
    expect(d.budget.map((l) => [l.beneficiary, l.equipment, l.funder, l.amounts['2024']])).toEqual([
      ['Crèche Les Lutins', 'EAJE', 'caf', 1_500_000],
      ['RPE', 'RPE', 'caf', 800_000],
    ]);
    expect(r.items.filter((i) => i.kind === 'budget-line').every((i) => i.status === 'recognised')).toBe(true);
  });
});

describe('axes enumerated inside a sentence, a total in a sentence', () => {
  const r = fixture('axes-en-ligne');
  const d = r.draft;

  it('splits "autour de 4 axes : a, b, c et d" into the four announced axes', () => {
    expect(d.axes.map((a) => a.title)).toEqual(['La petite enfance', "L'enfance-jeunesse", 'La parentalité', "L'animation de la vie sociale"]);
    expect(d.axes[1].themes).toEqual(['enfance', 'jeunesse']);
  });

  it('reads "la Caf consacrera 450 000 €" over the convention as the multi-year total, and leaves "12 octobre dernier" undated', () => {
    expect(d.envelopeTotalCents).toBe(45_000_000);
    expect(d.envelopes).toEqual([]);
    expect(d.signatureDate).toBeUndefined();
  });

  it('splits nothing when the pieces do not match the announced count', () => {
    const other = importText('Elle s’articule autour de 3 axes : la petite enfance, la jeunesse.').draft;
    expect(other.axes).toEqual([]);
  });
});

describe('a news page: actions "concentrated" on themes, parties without names', () => {
  const r = fixture('actions-ciblees-themes');
  const d = r.draft;

  it('reads a list of bare theme names as thematic axes, not as fiches actions', () => {
    expect(d.actions).toEqual([]);
    expect(d.axes.map((a) => [a.type, a.title, a.themes])).toEqual([
      ['thematique', 'La petite enfance', ['petite enfance']],
      ['thematique', 'Le soutien à la parentalité', ['parentalité']],
      ['thematique', 'L’inclusion numérique', ['numérique']],
    ]);
  });

  it('keeps the unnamed CAF and the Département, and flags the territory taken from "territoire des …"', () => {
    expect(d.signatories).toHaveLength(3);
    expect(d.signatories).toEqual(
      expect.arrayContaining([
        { name: 'CAF', role: 'caf' },
        { name: 'Département', role: 'conseil-departemental' },
        { name: 'Les 12 communes membres', role: 'commune' },
      ]),
    );
    expect(r.items).toContainEqual(
      expect.objectContaining({ kind: 'signatory', ref: `S${d.signatories.findIndex((s) => s.role === 'caf') + 1}`, status: 'uncertain' }),
    );
    expect(d.territory).toBe('Monts du Lévezou');
    expect(r.items).toContainEqual(expect.objectContaining({ kind: 'territory', status: 'uncertain', line: 3 }));
    expect(d.period).toEqual({ startYear: 2023, endYear: 2027 });
  });
});

describe('detailed fiches actions with long labels', () => {
  const r = fixture('fiche-action-detaillee');
  const d = r.draft;

  it('reads every labelled field, its continuation lines and its lists', () => {
    const fa3 = d.actions[0];
    expect(fa3).toMatchObject({
      id: 'FA03',
      title: 'Créer un relais petite enfance intercommunal',
      axisId: 'AX1',
      context: 'les assistantes maternelles sont isolées et peu informées des formations.',
      audience: 'assistantes maternelles et parents',
      lead: 'Communauté de communes',
      schedule: 'ouverture au 1er semestre 2025',
      means: '45 000 € par an',
    });
    expect(fa3.objectives).toEqual(["Rompre l'isolement des assistantes maternelles", "Informer les familles sur les modes d'accueil"]);
    expect(fa3.partners).toEqual(['CAF', 'PMI', 'MSA']);
    expect(fa3.indicators.map((i) => i.label)).toEqual(["Nombre d'assistantes maternelles accompagnées", 'Nombre de familles informées']);
  });

  it("keeps a fiche's own amount out of the convention budget, and attaches each fiche to the axis it names", () => {
    expect(d.budget).toEqual([]);
    expect(d.actions.map((a) => [a.id, a.axisId, a.title])).toEqual([
      ['FA03', 'AX1', 'Créer un relais petite enfance intercommunal'],
      ['FA04', 'AX2', "Ouvrir un lieu d'accueil enfants-parents"],
    ]);
    expect(r.items.filter((i) => i.kind === 'action').every((i) => i.status === 'recognised')).toBe(true);
  });
});

describe('a complete convention: recitals, parties, duration, axes, fiches, annex, signatures', () => {
  const r = fixture('convention-complete');
  const d = r.draft;

  it('takes the period from its own duration article, not from the documents it cites', () => {
    expect(d.period).toEqual({ startYear: 2024, endYear: 2027 });
    expect(d.signatureDate).toBe('2023-12-12');
  });

  it('reads the two parties once each, not the fiche partners nor the table cells or signature columns', () => {
    expect(d.signatories).toEqual([
      { name: "Caisse d'allocations familiales de l'Aveyron", role: 'caf' },
      { name: 'Communauté de communes Lévézou Pareloup', role: 'epci' },
    ]);
  });

  it('reads axes with their "1.1" objectives, the fiches under the axis they name, and the annex', () => {
    expect(d.axes.map((a) => [a.title, a.objectives, a.themes])).toEqual([
      ['Accompagner les familles', ["Développer l'offre d'accueil du jeune enfant", 'Soutenir la fonction parentale'], ['petite enfance', 'parentalité']],
      ["Favoriser l'autonomie des jeunes", ['Créer des espaces dédiés aux adolescents'], ['jeunesse']],
    ]);
    expect(d.actions.map((a) => [a.id, a.axisId, a.lead, a.schedule, a.partners])).toEqual([
      ['FA01', 'AX1', 'Communauté de communes', 'septembre 2025', []],
      ['FA02', 'AX2', '', '', ['MSA', 'Département']],
    ]);
    expect(d.budget.map((l) => [l.beneficiary, l.equipment, l.funder, l.amounts['2026']])).toEqual([
      ['Association Les Lutins', 'EAJE', 'caf', 2_200_000],
      ['Communauté de communes', 'ALSH', 'caf', 900_000],
    ]);
  });
});
