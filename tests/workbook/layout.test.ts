import fc from 'fast-check';
import { tabNameProblem } from '../../src/core/workbook/limits';
import { axisTabName, axisTabNumber, MAX_TAB_NAME } from '../../src/core/workbook/layout';

describe('axis tab names', () => {
  test('fit the 31 characters of .xlsx, without the characters it forbids', () => {
    expect(axisTabName(1, 'Le soutien aux familles')).toBe('Axe 1 – Le soutien aux familles');
    const long = axisTabName(2, 'La lutte contre la désertification médicale');
    expect(long).toBe('Axe 2 – La lutte contre la dés…');
    expect(long.length).toBe(MAX_TAB_NAME);
    expect(axisTabName(3, 'Enfance/jeunesse : [accueil]?')).toBe('Axe 3 – Enfance jeunesse accue…'); // 'Enfance jeunesse accueil' is 24 characters, 23 fit;
  });

  test('are recognised by their number whatever the title', () => {
    expect([axisTabName(4, 'Seniors'), 'Axe 12 – autre titre', 'Axe 7 - tiret simple', 'Axes', 'Axe deux – x', 'Budget'].map(axisTabNumber)).toEqual([
      4,
      12,
      7,
      undefined,
      undefined,
      undefined,
    ]);
  });
});

describe('axis tab names Sheets accepts', () => {
  test('a title beginning or ending with an apostrophe gives a name without one at either end', () => {
    expect(axisTabName(1, "L'enfance'")).toBe("Axe 1 – L'enfance");
    expect(axisTabName(2, "'Jeunesse' ' ")).toBe('Axe 2 – Jeunesse');
    expect(axisTabName(3, "'")).toBe('Axe 3 –');
    for (const name of [axisTabName(1, "L'enfance'"), axisTabName(2, "'Jeunesse' ' "), axisTabName(3, "'")]) expect(tabNameProblem(name)).toBeNull();
  });

  test('whatever the title, the name breaks no Sheets rule (property)', () => {
    const chars = fc.constantFrom("'", '’', ' ', '[', ']', '*', '?', '/', '\\', ':', 'a', 'é', '–', '\t', '\n', '…');
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 99 }),
        fc.oneof(
          fc.string(),
          fc.array(chars, { maxLength: 60 }).map((a) => a.join('')),
        ),
        (n, title) => {
          const name = axisTabName(n, title);
          expect(tabNameProblem(name)).toBeNull();
          expect(name.length).toBeLessThanOrEqual(MAX_TAB_NAME);
          expect(axisTabNumber(name)).toBe(n);
        },
      ),
      { numRuns: 500 },
    );
  });
});
