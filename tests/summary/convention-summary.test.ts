import { buildConventionSummary } from '../../src/core/summary/convention-summary';
import { expectWellFormedDocument } from '../helpers/well-formed';
import { table } from '../../src/core/summary/blocks';
import { plainSpaces } from '../../src/core/domain/money';
import { checkAsGenerated } from '../../src/core/workbook/refresh';
import { loadExample } from '../helpers/examples';
import { GENERATED_AT, SHEET_URL, thore, tables, headings, allText, tableWithHeader, sixYears } from './fixtures';

const meta = { generatedAt: GENERATED_AT, spreadsheetUrl: SHEET_URL };

/** A commune line beside the CAF ones, for a beneficiary that already has a CAF line. */
const addCommuneLine = (c: Parameters<NonNullable<Parameters<typeof thore>[0]>>[0]) =>
  void c.budget.push({
    id: 'L10',
    beneficiary: 'La Petite Loco',
    equipment: 'EAJE',
    nature: 'Subvention',
    funder: 'commune',
    actionId: 'FA01',
    amounts: { '2023': 1000000, '2024': 1000000, '2025': 500050 },
  });

describe('convention summary of seed 001 (Thoré Montagne Noire)', () => {
  const { convention, report } = thore();
  const doc = buildConventionSummary(convention, report, meta);
  const text = allText(doc);

  it('is a valid document model', () => {
    expectWellFormedDocument(doc);
  });

  it('has the title with the convention, the territory and the period, each said once', () => {
    expect(doc.blocks[0]).toEqual({ kind: 'title', text: 'Synthèse — CTG Thoré Montagne Noire' });
    expect(doc.blocks.some((b) => b.kind === 'subtitle')).toBe(false);
    expect(text).toContain('Territoire : Communauté de communes Thoré Montagne Noire');
    expect(text).toContain('Période : 2023–2025');
    // Every page ends with the convention and the day of generation.
    expect(doc.footer).toBe('CTG Thoré Montagne Noire · synthèse du 22/11/2026');
    expect(text).toContain('Date de signature : 30/11/2022');
  });

  it('lists the four signatories with their role', () => {
    expect(text).toEqual(expect.arrayContaining(['Mairie de St-Amans-Soult (Commune)', 'Mairie de Pont-de-l’Arn (Commune)', 'CAF du Tarn (CAF)']));
  });

  it('has one heading per axis, in order, with its objectives', () => {
    const axisHeadings = headings(doc, 2);
    expect(axisHeadings).toHaveLength(6);
    expect(axisHeadings[0]).toBe('Enjeu 1 — Le soutien aux familles');
    expect(axisHeadings[5]).toBe('Enjeu 6 — Le développement de l’animation territoriale pour améliorer le lien social');
    // The 7th objective of the text joins the 6th enjeu.
    expect(text).toContain('Mieux intégrer les nouveaux habitants au territoire');
    for (const axis of convention.axes) for (const o of axis.objectives) expect(text).toContain(o);
  });

  it('puts every fiche action in the table of its axis, with n°, intitulé, statut (no fiche of seed 001 has a pilote or an échéance)', () => {
    const actionTables = tableWithHeader(doc, 'N°');
    expect(actionTables).toHaveLength(6);
    expect(actionTables.map((t) => t.rows.length)).toEqual([7, 1, 1, 1, 4, 2]);
    const rows = actionTables.flatMap((t) => t.rows);
    expect(rows.map((r) => r[0])).toEqual(convention.actions.map((a) => a.id));
    expect(rows[6]).toEqual(['FA07', 'Déterminer les missions et coordinations du pôle enfance-jeunesse', 'Non démarrée']);
    expect(actionTables[0].header).toEqual(['N°', 'Intitulé', 'Statut']);
  });

  it('shows every budget line per year with its total, and the CAF totals of the check', () => {
    const [budget] = tableWithHeader(doc, 'Bénéficiaire');
    expect(budget.header).toEqual(['Bénéficiaire', 'Équipement', 'Financeur', '2023', '2024', '2025', 'Total']);
    expect(budget.rows).toHaveLength(9);
    expect(budget.rows.map((r) => r[0])).toEqual(convention.budget.map((l) => l.beneficiary));
    expect(plainSpaces(budget.rows[0].slice(3).join(' | '))).toBe('40 513,00 € | 40 513,00 € | 40 513,00 € | 121 539,00 €');
    // Hand-checked: 241 801 € a year, 725 403 € over 2023-2025.
    expect(budget.totals.map((r) => r.map(plainSpaces))).toEqual([['Total CAF', '', '', '241 801,00 €', '241 801,00 €', '241 801,00 €', '725 403,00 €']]);
    expect(budget.align.slice(3)).toEqual(['right', 'right', 'right', 'right']);
  });

  it('states the envelope check per year in words and in a table whose figures are the check’s', () => {
    expect(text).toContain('2024 : les lignes CAF (241 801,00 €) correspondent à l’enveloppe de 241 801,00 € — équilibré.');
    expect(text).toContain('Sur toute la période : 725 403,00 € alloués pour une enveloppe de 725 403,00 € — équilibré.');
    const [envelope] = tableWithHeader(doc, 'Année');
    expect(envelope.rows.map((r) => r[0])).toEqual(['2023', '2024', '2025']);
    expect(envelope.rows[1].map(plainSpaces)).toEqual(['2024', '241 801,00 €', '241 801,00 €', '0,00 €', '✔ Équilibré']);
    expect(envelope.totals[0].map(plainSpaces)).toEqual(['Total période', '725 403,00 €', '725 403,00 €', '0,00 €', '✔ Équilibré']);
  });

  it('ends with the generation date in Paris time and a link back to the spreadsheet', () => {
    const last = doc.blocks[doc.blocks.length - 1];
    expect(last.kind).toBe('paragraph');
    if (last.kind !== 'paragraph') return;
    expect(last.runs[0].text).toBe('Document généré le 22/11/2026 à partir du classeur CTG.');
    expect(last.runs.find((r) => r.link)).toEqual({ text: 'Ouvrir le classeur', link: SHEET_URL });
  });

  it('says there is nothing to fix when the check found nothing', () => {
    // Without the example's 2023 réalisé, whose L04 line goes over the plan on purpose.
    const clean = thore((c) => delete c.realised);
    expect(clean.report.findings).toEqual([]);
    expect(allText(buildConventionSummary(clean.convention, clean.report, { generatedAt: GENERATED_AT }))).toContain(
      'Aucune anomalie : le classeur est cohérent.',
    );
  });
});

describe('convention summary of a workbook with problems', () => {
  it('reports a dépassement in words, in the table and among the findings', () => {
    const { convention, report } = thore((c) => {
      c.budget[1].amounts['2024'] = 4080100; // La Petite Loco: 40 801 € instead of 40 800 € in 2024
    });
    const doc = buildConventionSummary(convention, report, { generatedAt: GENERATED_AT });
    const text = allText(doc);
    expect(text).toContain('2024 : les lignes CAF (241 802,00 €) dépassent l’enveloppe de 241 801,00 € — dépassement de 1,00 €.');
    const [envelope] = tableWithHeader(doc, 'Année');
    expect(envelope.rows[1].map(plainSpaces)).toEqual(['2024', '241 801,00 €', '241 802,00 €', '+1,00 €', '✖ Dépassement']);
    expect(envelope.totals[0].map(plainSpaces)).toEqual(['Total période', '725 403,00 €', '725 404,00 €', '+1,00 €', '✖ Dépassement']);
    expect(text.some((t) => t.startsWith('✖ Erreur — Budget!') && t.includes('dépassement de 1,00 €'))).toBe(true);
    // No spreadsheet URL given: no link.
    expect(doc.blocks.some((b) => b.kind === 'paragraph' && b.runs.some((r) => r.link))).toBe(false);
  });

  it('lists errors before warnings', () => {
    const { convention, report } = thore((c) => {
      c.envelopes = c.envelopes.filter((e) => e.year !== 2023); // a warning (missing envelope) for the first year
      c.budget[3].amounts['2024'] = '12abc'; // errors: an unreadable CAF amount, so 2024 is incomplete
      delete c.realised; // (the example's réalisé adds a warning of its own)
    });
    const findings = allText(buildConventionSummary(convention, report, { generatedAt: GENERATED_AT })).filter((t) => /^(✖ Erreur|⚠ Attention) — /.test(t));
    expect(findings.map((t) => t.slice(0, 1))).toEqual(['✖', '✖', '✖', '⚠']);
    // The check's own order differs: 2023's missing envelope first, then 2024 incomplete, the stated total, the unreadable cell.
    expect(report.findings.map((f) => `${f.severity} ${f.code}`)).toEqual([
      'warning missing-envelope',
      'error incomplete-year',
      'error envelope-total-mismatch',
      'error unreadable-amount',
    ]);
  });

  it('keeps an unreadable amount visible, quoted as typed, and leaves it out of the totals', () => {
    const { convention, report } = thore((c) => {
      c.budget[2].amounts['2023'] = '12abc';
    });
    const doc = buildConventionSummary(convention, report, { generatedAt: GENERATED_AT });
    const [budget] = tableWithHeader(doc, 'Bénéficiaire');
    expect(plainSpaces(budget.rows[2][3])).toBe('« 12abc » (illisible)');
    expect(plainSpaces(budget.totals[0][3])).toBe('207 801,00 €'); // 241 801 − 34 000
    expect(report.years[0].allocatedCents).toBe(20780100);
  });

  it('adds an all-funders total when other funders share the budget table', () => {
    const { convention, report } = thore(addCommuneLine);
    const [budget] = tableWithHeader(buildConventionSummary(convention, report, { generatedAt: GENERATED_AT }), 'Bénéficiaire');
    expect(budget.totals.map((r) => r.map(plainSpaces))).toEqual([
      ['Total CAF', '', '', '241 801,00 €', '241 801,00 €', '241 801,00 €', '725 403,00 €'],
      ['Total tous financeurs', '', '', '251 801,00 €', '251 801,00 €', '246 801,50 €', '750 403,50 €'],
    ]);
    expect(budget.rows[9][2]).toBe('Commune');
  });

  it('adds the check’s totals per beneficiary (one has two lines) and per funder', () => {
    const { convention, report } = thore(addCommuneLine);
    const doc = buildConventionSummary(convention, report, { generatedAt: GENERATED_AT });
    expect(headings(doc, 2)).toEqual(expect.arrayContaining(['Total par bénéficiaire (tous financeurs)', 'Total par financeur']));
    const [, byBeneficiary] = tableWithHeader(doc, 'Bénéficiaire');
    expect(byBeneficiary.rows).toHaveLength(9);
    // La Petite Loco: 40 800 € CAF a year + 10 000, 10 000 and 5 000,50 € from the commune.
    expect(byBeneficiary.rows.find((r) => r[0] === 'La Petite Loco')!.map(plainSpaces)).toEqual([
      'La Petite Loco',
      '50 800,00 €',
      '50 800,00 €',
      '45 800,50 €',
      '147 400,50 €',
    ]);
    const [byFunder] = tableWithHeader(doc, 'Financeur');
    expect(byFunder.rows.map((r) => r.map(plainSpaces))).toEqual([
      ['CAF', '241 801,00 €', '241 801,00 €', '241 801,00 €', '725 403,00 €'],
      ['Commune', '10 000,00 €', '10 000,00 €', '5 000,50 €', '25 000,50 €'],
    ]);
    expect(plainSpaces(byFunder.totals[0][4])).toBe('750 403,50 €');
  });

  it('adds no per-beneficiary or per-funder table when each beneficiary has one CAF line', () => {
    const { convention, report } = thore();
    const doc = buildConventionSummary(convention, report, { generatedAt: GENERATED_AT });
    expect(tableWithHeader(doc, 'Bénéficiaire')).toHaveLength(1);
    expect(tableWithHeader(doc, 'Financeur')).toHaveLength(0);
  });

  it('gathers actions whose axis is unknown under their own heading instead of dropping them', () => {
    const { convention, report } = thore((c) => {
      c.actions[6].axisId = 'AX9';
    });
    const doc = buildConventionSummary(convention, report, { generatedAt: GENERATED_AT });
    expect(headings(doc, 2)).toContain('Fiches actions sans axe');
    const rows = tableWithHeader(doc, 'N°').flatMap((t) => t.rows.map((r) => r[0]));
    expect(rows.filter((id) => id === 'FA07')).toHaveLength(1);
    expect(rows).toHaveLength(16);
  });

  it('says the period is incomplete rather than printing an empty check (Grand Montauban: end year only)', () => {
    const c = loadExample('grand-montauban');
    const doc = buildConventionSummary(c, checkAsGenerated(c), { generatedAt: GENERATED_AT });
    expect(allText(doc)).toContain('Période : à l’horizon 2026');
    expect(allText(doc)).toContain('La période est incomplète : le contrôle par année n’est pas possible.');
    expect(tableWithHeader(doc, 'Année')).toEqual([]);
  });
});

describe('page orientation', () => {
  it('is portrait up to three years and landscape beyond, where seven amount columns would not fit', () => {
    const three = thore();
    expect(buildConventionSummary(three.convention, three.report, meta).orientation).toBe('portrait');
    const six = thore(sixYears);
    const doc = buildConventionSummary(six.convention, six.report, meta);
    expect(doc.orientation).toBe('landscape');
    expect(tableWithHeader(doc, 'Bénéficiaire')[0].header).toEqual([
      'Bénéficiaire',
      'Équipement',
      'Financeur',
      '2022',
      '2023',
      '2024',
      '2025',
      '2026',
      '2027',
      'Total',
    ]);
    expect(plainSpaces(tableWithHeader(doc, 'Bénéficiaire')[0].totals[0][9])).toBe('1 450 806,00 €');
  });
});

describe('table()', () => {
  it('refuses a row that does not match the header', () => {
    expect(() => table({ header: ['a', 'b'], rows: [['1']] })).toThrow(/1 cells under a header of 2/);
  });
  it('keeps the table count of the seed summary: 6 axes + financing + envelope', () => {
    const { convention, report } = thore();
    expect(tables(buildConventionSummary(convention, report, meta))).toHaveLength(8);
  });
});
