// The total row under Budget's lines (budget-total.ts): generated, never a line, never counted twice.
import { evaluateFormulas } from '../../src/adapters/memory/evaluate';
import { readWorkbook } from '../../src/core/workbook/read';
import { refreshPlan } from '../../src/core/workbook/refresh';
import { applyPlan } from '../../src/core/workbook/snapshot-apply';
import { WorkbookSnapshot } from '../../src/core/workbook/types';
import { buildWorkbook, cell, formula, sheet, typeInto } from './helpers';
import { smallConvention } from './fixture';

const refresh = (wb: WorkbookSnapshot) => applyPlan(wb, refreshPlan(wb).plan);

/** Contrôle's "Prévu" (all funders) for a year, as a spreadsheet computes it. */
function planned(wb: WorkbookSnapshot, year: number): unknown {
  const rows = sheet(evaluateFormulas(wb), 'Contrôle').values;
  const title = rows.findIndex((r) => r[0] === 'Réalisation (tous financeurs)');
  return rows.slice(title).find((r) => r[0] === year)?.[1];
}

describe('the Budget total row', () => {
  // The fixture's 4 lines (rows 2–5) a year: 30 000 + 15 000 + 5 000 (CAF) + 8 000 (commune) = 58 000 €.
  test('a new workbook has it under the last line, summing each year and the totals column', () => {
    const wb = buildWorkbook(smallConvention());
    expect(cell(wb, 'Budget', 'B6')).toBe('Total');
    expect(cell(wb, 'Budget', 'A6')).toBe('');
    expect(['G6', 'H6', 'I6'].map((c) => formula(wb, 'Budget', c))).toEqual(['=SUM(G2:G5)', '=SUM(H2:H5)', '=SUM(I2:I5)']);
    const computed = evaluateFormulas(wb);
    expect(['G6', 'H6', 'I6'].map((c) => cell(computed, 'Budget', c))).toEqual([58000, 58000, 116000]);
  });

  test('the reader skips it without a word, and Contrôle does not count it twice', () => {
    const wb = buildWorkbook(smallConvention());
    const read = readWorkbook(wb);
    expect(read.convention.budget.map((l) => l.id)).toEqual(['L01', 'L02', 'L03', 'L04']);
    expect(read.findings).toEqual([]);
    expect(planned(wb, 2024)).toBe(58000);
    expect(refreshPlan(wb).plan.ops).toEqual([]);
  });

  test('a line typed under it is read, and the refresh makes the total reach it without moving anything', () => {
    let wb = buildWorkbook(smallConvention());
    wb = typeInto(wb, 'Budget', 'A7', 'L05');
    wb = typeInto(wb, 'Budget', 'B7', 'Ludothèque');
    wb = typeInto(wb, 'Budget', 'E7', 'Commune');
    wb = typeInto(wb, 'Budget', 'G7', 1000);
    expect(readWorkbook(wb).convention.budget.map((l) => l.id)).toEqual(['L01', 'L02', 'L03', 'L04', 'L05']);
    const after = refresh(wb);
    expect(formula(after, 'Budget', 'G6')).toBe('=SUM(G2:G5,G7:G7)');
    expect(cell(evaluateFormulas(after), 'Budget', 'G6')).toBe(59000);
    expect(planned(after, 2024)).toBe(59000);
    expect(refreshPlan(after).plan.ops).toEqual([]);
  });

  test('a value a person typed over one of its cells is kept', () => {
    let wb = buildWorkbook(smallConvention());
    wb = typeInto(wb, 'Budget', 'G6', 12345);
    wb = typeInto(wb, 'Budget', 'A7', 'L05');
    wb = typeInto(wb, 'Budget', 'E7', 'CAF');
    const after = refresh(wb);
    expect(cell(after, 'Budget', 'G6')).toBe(12345);
    expect(formula(after, 'Budget', 'G6')).toBe('');
    expect(formula(after, 'Budget', 'H6')).toBe('=SUM(H2:H5,H7:H7)');
  });

  test('a budget without lines gets no total', () => {
    const wb = buildWorkbook({ ...smallConvention(), budget: [] });
    expect(
      sheet(wb, 'Budget')
        .values.slice(1)
        .flat()
        .filter((v) => v !== ''),
    ).toEqual([]);
  });
});
