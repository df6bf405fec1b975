import { axisTabName, axisTabNumber, MAX_TAB_NAME } from '../../src/core/workbook/layout';

describe('axis tab names', () => {
  test('fit the 31 characters of .xlsx, without the characters it forbids', () => {
    expect(axisTabName(1, 'Le soutien aux familles')).toBe('Axe 1 – Le soutien aux familles');
    const long = axisTabName(2, 'La lutte contre la désertification médicale');
    expect(long).toBe('Axe 2 – La lutte contre la dés…');
    expect(long.length).toBe(MAX_TAB_NAME);
    expect(axisTabName(3, 'Enfance/jeunesse : [accueil]?')).toBe('Axe 3 – Enfance jeunesse accue…') // 'Enfance jeunesse accueil' is 24 characters, 23 fit;
  });

  test('are recognised by their number whatever the title', () => {
    expect([axisTabName(4, 'Seniors'), 'Axe 12 – autre titre', 'Axe 7 - tiret simple', 'Axes', 'Axe deux – x', 'Budget'].map(axisTabNumber)).toEqual([4, 12, 7, undefined, undefined, undefined]);
  });
});
