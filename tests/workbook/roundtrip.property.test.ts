// Property: on any convention the schema accepts (messy ones included), building the
// workbook and reading it back never throws, and a second trip changes nothing
// (what a cell cannot hold — e.g. blank list items — is normalised once, then stable),
// and the envelope check gives the same figures on the workbook as on the convention.
import fc from 'fast-check';
import { conventionArb } from '../helpers/arbitraries';
import { readWorkbook } from '../../src/core/workbook/read';
import { checkAsGenerated, checkWorkbook } from '../../src/core/workbook/refresh';
import { syntheticConvention } from '../helpers/synthetic';
import { buildWorkbook } from './helpers';

test('init → read is stable after one trip', () => {
  fc.assert(
    fc.property(conventionArb, (c) => {
      const once = readWorkbook(buildWorkbook(c)).convention;
      const twice = readWorkbook(buildWorkbook(once)).convention;
      expect(twice).toEqual(once);
      const direct = checkAsGenerated(c);
      const { report } = checkWorkbook(buildWorkbook(c));
      expect(report.years).toEqual(direct.years);
      expect(report.total).toEqual(direct.total);
      expect([report.byFunder, report.byAxis, report.byBeneficiary]).toEqual([direct.byFunder, direct.byAxis, direct.byBeneficiary]);
    }),
    { numRuns: 200 },
  );
});

test('a large synthetic convention (1 000 fiches, 5 000 lines) comes back whole', () => {
  const c = syntheticConvention({ actions: 1000, lines: 5000, years: 3 });
  expect(readWorkbook(buildWorkbook(c)).convention).toEqual(c);
});
