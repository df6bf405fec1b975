// ctg refresh <workbook.xlsx>: re-applies the plan in place (derived tabs updated, everything typed kept).
import { refreshPlan } from '../../core/workbook/refresh';
import { summarySentence } from '../../core/workbook/plan-sentence';
import { frXlsx } from '../../i18n/fr-workbook';
import { applyPlanToWorkbook, writeXlsxFile } from '../../adapters/xlsx/apply';
import { snapshotOfWorkbook, requireCtgWorkbook } from '../../adapters/xlsx/read';
import { openXlsx } from '../../adapters/xlsx/open';
import { parseArgs } from './args';
import { UsageError } from './usage';
import { printFinding } from './print';
import { wordFinding } from '../../core/wording/finding-message';

export async function refresh(args: string[]): Promise<number> {
  const { positional } = parseArgs(args, {});
  if (positional.length !== 1) throw new UsageError(frXlsx.needsWorkbook('refresh'));
  const file = positional[0];
  const wb = await openXlsx(file);
  const { plan, summary, findings } = refreshPlan(requireCtgWorkbook(file, snapshotOfWorkbook(wb)));
  if (plan.ops.length > 0) {
    applyPlanToWorkbook(wb, plan);
    await writeXlsxFile(wb, file);
  }
  console.log(frXlsx.refreshed(file, summarySentence(summary)));
  const unreconciled = findings.filter((f) => f.code === 'unreconciled');
  if (unreconciled.length > 0) {
    console.log(frXlsx.findingsOfPlan);
    for (const f of unreconciled) console.log(printFinding(wordFinding(f)));
  }
  return 0;
}
