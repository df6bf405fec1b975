// ctg merge <classeur.xlsx> <partenaire.xlsx>: brings a partner's figures back into Réalisé
// (see src/core/partner/merge.ts). Exit 0: all taken; 1: conflicts or emptied cells left for
// the coordinator to decide (the rest is taken); 2: the partner's file refused, nothing written.
import * as path from 'path';
import { planMerge, MAX_LISTED } from '../../core/partner/merge';
import { frPartnerFile } from '../../i18n/fr-partner-file';
import { openXlsx } from '../../adapters/xlsx/open';
import { readXlsxFile, requireCtgWorkbook, snapshotOfWorkbook } from '../../adapters/xlsx/read';
import { applyPlanToWorkbook } from '../../adapters/xlsx/apply';
import { requireWritable, writeXlsxFile } from './files';
import { parseArgs } from './args';
import { UserError } from '../../app/errors';
import { requireWithinLimits } from '../../app/workbook';

export async function merge(args: string[], now: () => Date = () => new Date()): Promise<number> {
  const { positional } = parseArgs(args, {});
  if (positional.length !== 2) throw new UserError(frPartnerFile.mergeUsage);
  const [file, partFile] = positional;
  if (path.resolve(file) === path.resolve(partFile)) throw new UserError(frPartnerFile.sameFile);
  const part = await readXlsxFile(partFile);
  const wb = await openXlsx(file);
  requireWritable(file);
  const main = requireCtgWorkbook(file, snapshotOfWorkbook(wb));
  const result = planMerge({ main, part, partName: path.basename(partFile), today: now() });
  if (!result.ok) {
    const listed = result.problems.slice(0, MAX_LISTED);
    throw new UserError(frPartnerFile.refused(file, partFile, listed, result.problems.length - listed.length));
  }
  if (result.plan.ops.length > 0) {
    requireWithinLimits(result.plan, main);
    applyPlanToWorkbook(wb, result.plan);
    await writeXlsxFile(wb, file);
  }
  const changed = result.taken.length + result.conflicts.length + result.cleared.length + result.same;
  const lines =
    changed === 0
      ? [frPartnerFile.nothingChanged(partFile)]
      : [
          frPartnerFile.summary(file, result.taken.length, result.conflicts.length, result.cleared.length, result.same),
          ...result.taken,
          ...(result.conflicts.length + result.cleared.length > 0 ? [frPartnerFile.conflictsTitle, ...result.conflicts, ...result.cleared] : []),
        ];
  console.log(lines.join('\n'));
  return result.conflicts.length + result.cleared.length > 0 ? 1 : 0;
}
