// The preview's formula engine computes the Contrôle like the envelope check.
import { evaluateFormulas } from '../../src/adapters/memory/evaluate';
import { checkWorkbook } from '../../src/core/workbook/refresh';
import { YEAR_STATUS_LABEL } from '../../src/i18n/fr-domain';
import { WorkbookSnapshot } from '../../src/core/workbook/types';
import { buildWorkbook, typeInto, sheet, grid } from './helpers';
import { smallConvention } from './fixture';

const yearTable = (wb: WorkbookSnapshot, years: number) =>
  sheet(evaluateFormulas(wb), 'Contrôle')
    .values.slice(1, 2 + years)
    .map((r) => r.slice(0, 5));

describe('evaluateFormulas', () => {
  test('the generated workbook: every year balanced at 50 000 €', () => {
    expect(yearTable(buildWorkbook(smallConvention()), 2)).toEqual([
      [2024, 50000, 50000, 0, 'équilibré'],
      [2025, 50000, 50000, 0, 'équilibré'],
      ['Total', 100000, 100000, 0, 'équilibré'],
    ]);
  });

  test('over, under, missing envelope and tolerance, as the engine decides', () => {
    let wb = buildWorkbook(smallConvention());
    wb = typeInto(wb, 'Budget', 'G2', 30000.3); // 2024: +0,30 €, within a 0,50 € tolerance
    wb = typeInto(wb, 'Budget', 'H3', 14000); // 2025: 1 000 € left to allocate
    wb = typeInto(wb, 'Convention', 'B8', 0.5); // tolérance
    let rows = yearTable(wb, 2);
    expect(rows[0]).toEqual([2024, 50000, 50000.3, 0.3, 'équilibré']);
    expect(rows[1]).toEqual([2025, 50000, 49000, -1000, 'reste à répartir']);
    expect(rows[2]).toEqual(['Total', 100000, 99000.3, -999.7, 'reste à répartir']);
    wb = typeInto(wb, 'Convention', 'E3', ''); // 2025 envelope erased
    rows = yearTable(wb, 2);
    expect(rows[1]).toEqual([2025, '', 49000, 49000, 'enveloppe manquante']);
    expect(rows[2][4]).toBe('enveloppe manquante');
    const { report } = checkWorkbook(wb);
    expect(report.years.map((y) => YEAR_STATUS_LABEL[y.status])).toEqual(['équilibré', 'enveloppe manquante']);
  });

  test('per-axis totals come through the axis tabs', () => {
    const control = sheet(evaluateFormulas(buildWorkbook(smallConvention())), 'Contrôle').values;
    const row = (label: string) => control.find((r) => r[1] === label)!.slice(2, 5);
    expect(row('Petite enfance')).toEqual([30000, 30000, 60000]);
    expect(row('Jeunesse')).toEqual([23000, 23000, 46000]); // CAF 15 000 + commune 8 000
    expect(row('Sans axe')).toEqual([5000, 5000, 10000]);
  });

  test('errors and unknown functions give spreadsheet error values, cycles do not hang', () => {
    const s = grid('T', [[1, 'x', '', '']]);
    s.formulas[0][1] = '=A1/0';
    s.formulas[0][2] = '=VLOOKUP(A1,A1:A1,1)';
    s.formulas[0][3] = '=D1+1';
    expect(evaluateFormulas({ sheets: [s] }).sheets[0].values[0]).toEqual([1, '#DIV/0!', '#NAME?', '#REF!']);
  });
});
