// ctg refresh <workbook.xlsx>: re-applies the plan in place (generated tabs updated, everything typed kept).
import { refreshPlan } from '../../core/workbook/refresh';
import { countsSentence } from '../../core/workbook/plan-counts';
import { frXlsx } from '../../i18n/fr-workbook';
import { applyPlanToWorkbook } from '../../adapters/xlsx/apply';
import { requireWritable, writeXlsxFile } from './files';
import { snapshotOfWorkbook, requireCtgWorkbook } from '../../adapters/xlsx/read';
import { openXlsx } from '../../adapters/xlsx/open';
import { parseArgs } from './args';
import { UserError } from '../../app/errors';
import { requireWithinLimits } from '../../app/workbook';
import { printFinding } from './print';
import { wordFinding } from '../../core/wording/finding-message';

export async function refresh(args: string[]): Promise<number> {
  const { positional } = parseArgs(args, {});
  if (positional.length !== 1) throw new UserError(frXlsx.needsWorkbook('refresh'));
  const file = positional[0];
  const wb = await openXlsx(file);
  requireWritable(file);
  const snapshot = requireCtgWorkbook(file, snapshotOfWorkbook(wb));
  const { plan, counts, findings } = refreshPlan(snapshot, { checkedAt: new Date() });
  // Exit 2 (unusable input), the file untouched: the workbook must stay openable in Google Sheets.
  requireWithinLimits(plan, snapshot);
  if (plan.ops.length > 0) {
    applyPlanToWorkbook(wb, plan);
    await writeXlsxFile(wb, file);
  }
  console.log(plan.ops.length > 0 ? frXlsx.refreshed(file, countsSentence(counts)) : frXlsx.upToDate(file));
  const unreconciled = findings.filter((f) => f.code === 'unreconciled');
  if (unreconciled.length > 0) {
    console.log(frXlsx.findingsOfPlan);
    for (const f of unreconciled) console.log(printFinding(wordFinding(f)));
  }
  // Exit 1 when Contrôle could not be brought up to date (it says so in its first cell).
  return findings.some((f) => f.code === 'unreconciled' && f.severity === 'error') ? 1 : 0;
}
