import fc from 'fast-check';
import { checkAsGenerated } from '../../src/core/workbook/refresh';
import { Convention, Period } from '../../src/core/domain/schema';
import { PERIOD_SPAN_MESSAGE, frParse } from '../../src/i18n/fr-domain';
import { plainSpaces } from '../../src/core/domain/money';
import { loadExample, clone, EXAMPLES } from '../helpers/examples';
import { conventionArb } from '../helpers/arbitraries';
import { findingMessage, wordFinding } from '../../src/core/wording/finding-message';

const TMN = loadExample('thore-montagne-noire');

/** The seed's nine lines, in euros, as printed in the text (checked by hand). */
const SEED_LINES_EUROS = [40513, 40800, 34000, 34000, 16782, 3095, 25760, 29430, 17421];

describe('the seed 001 example (Thoré Montagne Noire)', () => {
  test('holds the nine CAF lines of the text, which sum to the annual envelope', () => {
    const caf = TMN.budget.filter((l) => l.funder === 'caf');
    expect(caf.map((l) => (l.amounts['2024'] as number) / 100)).toEqual(SEED_LINES_EUROS);
    expect(SEED_LINES_EUROS.reduce((a, b) => a + b, 0)).toBe(241801);
  });

  test('is balanced every year: 241 801,00 € a year, 725 403,00 € over three years', () => {
    const report = checkAsGenerated(TMN);
    expect(report.years.map((y) => [y.year, y.envelopeCents, y.allocatedCents, y.deltaCents, y.status])).toEqual([
      [2023, 24180100, 24180100, 0, 'balanced'],
      [2024, 24180100, 24180100, 0, 'balanced'],
      [2025, 24180100, 24180100, 0, 'balanced'],
    ]);
    expect(report.total).toEqual({ envelopeCents: 72540300, allocatedCents: 72540300, deltaCents: 0, status: 'balanced' });
    // The example's illustrative 2023 réalisé goes 276 € over the plan on L04 on purpose (examples/README.md): its one warning.
    expect(report.findings.filter((f) => f.severity !== 'info').map((f) => `${f.severity} ${f.detail.kind}`)).toEqual(['warning realised-over-planned']);
  });

  test('adding 1 € to one line in 2024 gives exactly one error: dépassement of 1,00 € on the 2024 budget column', () => {
    const c = clone(TMN);
    (c.budget[3].amounts['2024'] as number) += 100;
    c.budget[3].amounts['2024'] = c.budget[3].amounts['2024'] as number;
    const report = checkAsGenerated(c);
    const errors = report.findings.filter((f) => f.severity === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0].code).toBe('over-allocation');
    expect(plainSpaces(findingMessage(errors[0]))).toContain('dépassement de 1,00 €');
    expect(findingMessage(errors[0])).toContain('2024');
    // Budget columns: A id … F fiche action, G 2023, H 2024, I 2025.
    expect(errors[0]).toMatchObject({ sheet: 'Budget', cell: 'H1' });
    expect(report.years.find((y) => y.year === 2024)).toMatchObject({ status: 'over', deltaCents: 100 });
    expect(report.years.filter((y) => y.status === 'balanced').map((y) => y.year)).toEqual([2023, 2025]);
  });

  test('removing a line leaves exactly that amount to distribute each year', () => {
    const c = clone(TMN);
    const [removed] = c.budget.splice(1, 1); // La Petite Loco, 40 800 €
    const report = checkAsGenerated(c);
    for (const y of report.years) {
      expect(y.status).toBe('under');
      expect(-y.deltaCents).toBe(removed.amounts[String(y.year)]);
    }
    const under = report.findings.filter((f) => f.code === 'under-allocation');
    expect(under).toHaveLength(3);
    expect(plainSpaces(findingMessage(under[0]))).toContain('reste à répartir 40 800,00 €');
    expect(under.every((f) => f.severity === 'warning')).toBe(true);
  });

  test('an unreadable amount points at its own cell and quotes it', () => {
    const c = clone(TMN);
    c.budget[5].amounts['2024'] = '12abc'; // L06, row 7, 2024 column H
    const report = checkAsGenerated(c);
    const f = report.findings.find((x) => x.code === 'unreadable-amount');
    expect(f).toMatchObject({ severity: 'error', sheet: 'Budget', cell: 'H7' });
    expect(findingMessage(f!)).toContain('«\u00A012abc\u00A0»');
    expect(findingMessage(f!)).toContain('L06');
  });

  test('an amount typed in French text form counts like a number', () => {
    const c = clone(TMN);
    c.budget[0].amounts['2023'] = '40 513,00 €';
    expect(checkAsGenerated(c).years[0].status).toBe('balanced');
  });
});

describe('findings', () => {
  const base = (): Convention => clone(TMN);
  const codes = (c: Convention) => checkAsGenerated(c).findings.map((f) => f.code);

  test('missing envelope', () => {
    const c = base();
    c.envelopes = c.envelopes.filter((e) => e.year !== 2025);
    const report = checkAsGenerated(c);
    expect(report.years[2]).toMatchObject({ year: 2025, envelopeCents: null, status: 'missing-envelope' });
    expect(report.findings.filter((f) => f.code === 'missing-envelope')).toHaveLength(1);
  });

  test('amount for a year outside the period', () => {
    const c = base();
    c.budget[2].amounts['2026'] = 5000;
    const f = checkAsGenerated(c).findings.find((x) => x.code === 'year-outside-period');
    expect(f).toMatchObject({ severity: 'error', sheet: 'Budget', cell: 'A4' });
    expect(findingMessage(f!)).toContain('2026');
  });

  test('negative amount', () => {
    const c = base();
    c.budget[0].amounts['2023'] = -100;
    expect(checkAsGenerated(c).findings.find((x) => x.code === 'negative-amount')).toMatchObject({ cell: 'G2' });
  });

  test('line pointing at an unknown action, action pointing at an unknown axis', () => {
    const c = base();
    c.budget[1].actionId = 'FA99';
    c.actions[6].axisId = 'AX9';
    const findings = checkAsGenerated(c).findings;
    expect(findings.find((f) => f.code === 'unknown-action')).toMatchObject({ sheet: 'Budget', cell: 'F3' });
    const axis = findings.find((f) => f.code === 'unknown-axis');
    expect(wordFinding(axis!)).toMatchObject({ sheet: 'Actions', cell: 'C8', message: 'FA07\u00A0: axe AX9 inconnu.' });
  });

  test('duplicate ids', () => {
    const c = base();
    c.budget[4].id = 'L02';
    c.actions[2].id = 'FA01';
    const dups = checkAsGenerated(c).findings.filter((f) => f.code === 'duplicate-id');
    expect(dups.map((f) => `${f.sheet}!${f.cell}`).sort()).toEqual(['Actions!A4', 'Budget!A6']);
  });

  test('empty required fields', () => {
    const c = base();
    c.territory = ' ';
    c.actions[0].title = '';
    c.budget[8].beneficiary = '';
    const empties = checkAsGenerated(c).findings.filter((f) => f.code === 'empty-field');
    expect(empties.map((f) => `${f.sheet}!${f.cell}`).sort()).toEqual(['Actions!B2', 'Budget!B10', 'Convention!B3']);
  });

  test('a stated multi-year total that differs from the annual envelopes', () => {
    const c = base();
    c.envelopeTotalCents = 72540400;
    expect(codes(c)).toContain('envelope-total-mismatch');
  });

  test('tolerance: a delta within it is balanced', () => {
    const c = base();
    c.toleranceCents = 100;
    (c.budget[0].amounts['2023'] as number) += 100;
    c.budget[0].amounts['2023'] = c.budget[0].amounts['2023'] as number;
    expect(checkAsGenerated(c).years[0].status).toBe('balanced');
    c.toleranceCents = 99;
    expect(checkAsGenerated(c).years[0].status).toBe('over');
  });

  test('only CAF lines count against the envelope; other funders appear in the breakdown', () => {
    const c = base();
    c.budget.push({
      id: 'L10',
      beneficiary: 'La Petite Loco',
      equipment: 'EAJE',
      nature: 'Fonctionnement',
      funder: 'commune',
      actionId: 'FA01',
      amounts: { 2023: 1000000 },
    });
    const report = checkAsGenerated(c);
    expect(report.years[0].status).toBe('balanced');
    expect(report.byFunder.map((f) => [f.key, f.perYear['2023']])).toEqual([
      ['caf', 24180100],
      ['commune', 1000000],
    ]);
    expect(report.byBeneficiary.find((b) => b.key === 'La Petite Loco')!.totalCents).toBe(3 * 4080000 + 1000000);
  });

  test('per-axis breakdown follows each line to its action and axis', () => {
    const report = checkAsGenerated(TMN);
    const ax1 = report.byAxis.find((b) => b.key === 'AX1')!;
    expect(ax1.totalCents).toBe(3 * (24180100 - 4051300));
    expect(report.byAxis.find((b) => b.key === '')!.totalCents).toBe(3 * 4051300);
    expect(report.byAxis.map((b) => b.key)).toEqual(['AX1', 'AX2', 'AX3', 'AX4', 'AX5', 'AX6', '']);
  });
});

describe('the other seed examples', () => {
  test.each(EXAMPLES)('%s is valid against the schema and checks without errors in structure', (name) => {
    const c = loadExample(name);
    const report = checkAsGenerated(c);
    expect(report.findings.filter((f) => ['duplicate-id', 'unknown-axis', 'unknown-action', 'empty-field'].includes(f.code))).toEqual([]);
  });

  test('Sumène Artense: three axes, no figures, period unknown', () => {
    const c = loadExample('sumene-artense');
    expect(c.axes).toHaveLength(3);
    expect(c.envelopes).toEqual([]);
    expect(checkAsGenerated(c).findings.filter((f) => f.code === 'period-incomplete')).toHaveLength(2);
  });

  test('Grand Montauban: 3 enjeux, 7 orientations, horizon 2026', () => {
    const c = loadExample('grand-montauban');
    expect(c.axes.filter((a) => a.type === 'enjeu')).toHaveLength(3);
    expect(c.axes.filter((a) => a.type === 'orientation')).toHaveLength(7);
    expect(c.period.endYear).toBe(2026);
    expect(c.period.startYear).toBeUndefined();
  });
});

describe('properties', () => {
  test('the check never throws on any convention the schema accepts', () => {
    fc.assert(
      fc.property(conventionArb, (c) => {
        checkAsGenerated(c);
      }),
      { numRuns: 500 },
    );
  });

  test('totals equal the sum of the lines whatever their order', () => {
    fc.assert(
      fc.property(conventionArb, fc.integer(), (c, seed) => {
        const shuffled = clone(c);
        shuffled.budget = [...c.budget].sort((a, b) => ((JSON.stringify(a).length * 31 + seed) % 7) - ((JSON.stringify(b).length * 31 + seed) % 7)).reverse();
        const a = checkAsGenerated(c);
        const b = checkAsGenerated(shuffled);
        expect(b.years).toEqual(a.years);
        expect(b.total).toEqual(a.total);
        for (const y of a.years) {
          const sum = c.budget
            .filter((l) => l.funder === 'caf')
            .reduce((s, l) => {
              const v = l.amounts[String(y.year)];
              return s + (typeof v === 'number' ? v : v === '1 234,56 €' ? 123456 : 0);
            }, 0);
          expect(y.allocatedCents).toBe(sum);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('the schema speaks French from src/i18n', () => {
  test('a period longer than six years is refused with the message of fr-domain', () => {
    const r = Period.safeParse({ startYear: 2020, endYear: 2030 }, { error: frParse.zodIssue });
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => i.message)).toEqual([PERIOD_SPAN_MESSAGE]);
  });
});
