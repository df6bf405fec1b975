// ctg init <convention.json> --out <workbook.xlsx>: builds the workbook; never overwrites a file.
import * as fs from 'fs';
import { planWorkbook } from '../../core/workbook/plan';
import { emptyWorkbook } from '../../core/workbook/snapshot-apply';
import { countsSentence } from '../../core/workbook/plan-counts';
import { frXlsx } from '../../i18n/fr-workbook';
import { applyPlanToWorkbook } from '../../adapters/xlsx/apply';
import { writeXlsxFile } from './files';
import { newXlsx } from '../../adapters/xlsx/open';
import { parseArgs } from './args';
import { readConventionFile, requireOutFolder } from './usage';
import { UserError } from '../../app/errors';
import { requireWithinLimits } from '../../app/workbook';

export async function init(args: string[]): Promise<number> {
  const { positional, options } = parseArgs(args, { options: ['--out'] });
  const out = options.get('--out');
  if (positional.length !== 1 || !out) throw new UserError(frXlsx.needsOut);
  if (!/\.xlsx$/i.test(out)) throw new UserError(frXlsx.notXlsx(out));
  if (fs.existsSync(out)) throw new UserError(frXlsx.exists(out));
  requireOutFolder(out);
  const convention = readConventionFile(positional[0]);
  const empty = emptyWorkbook();
  const { plan, counts } = planWorkbook(convention, empty, { checkedAt: new Date() });
  // Exit 2 (unusable input) before anything is written: the workbook must open in Google Sheets too.
  requireWithinLimits(plan, empty);
  const wb = newXlsx();
  applyPlanToWorkbook(wb, plan);
  await writeXlsxFile(wb, out);
  console.log(frXlsx.written(out, countsSentence(counts)));
  return 0;
}
