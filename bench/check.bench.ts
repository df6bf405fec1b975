import { checkAsGenerated } from '../src/core/workbook/refresh';
import { syntheticConvention } from '../tests/helpers/synthetic';
import { medianMs, fmtMs } from './util';

export function run() {
  const c = syntheticConvention({ actions: 1000, lines: 10000, years: 5 });
  const ms = medianMs(() => checkAsGenerated(c));
  const report = checkAsGenerated(c);
  console.log(`envelope check, 10 000 budget lines × 5 years, 1 000 actions: ${fmtMs(ms)} (median of 5), ${report.findings.length} findings`);
}
