// ctg extract <classeur.xlsx> --beneficiaire "<nom>" --out <partenaire.xlsx> [--annee <année>]:
// the small workbook one partner fills (see src/core/partner/extract.ts).
import * as fs from 'fs';
import * as path from 'path';
import { extractPartnerFile } from '../../core/partner/extract';
import { frPartnerFile } from '../../i18n/fr-partner-file';
import { frXlsx } from '../../i18n/fr-workbook';
import { readXlsxFile, requireCtgWorkbook } from '../../adapters/xlsx/read';
import { partnerWorkbook } from '../../adapters/xlsx/partner';
import { writeXlsxFile } from './files';
import { parseArgs } from './args';
import { requireOutFolder } from './usage';
import { UserError } from '../../app/errors';

export async function extract(args: string[], now: () => Date = () => new Date()): Promise<number> {
  const { positional, options } = parseArgs(args, { options: ['--beneficiaire', '--out', '--annee'] });
  const out = options.get('--out');
  const beneficiary = options.get('--beneficiaire');
  if (positional.length !== 1 || !out || beneficiary === undefined) throw new UserError(frPartnerFile.extractUsage);
  if (!/\.xlsx$/i.test(out)) throw new UserError(frXlsx.notXlsx(out));
  // As init: a file a partner may already have filled is never overwritten.
  if (fs.existsSync(out)) throw new UserError(frXlsx.exists(out));
  requireOutFolder(out);
  const file = positional[0];
  const snapshot = requireCtgWorkbook(file, await readXlsxFile(file));
  const year = options.get('--annee');
  const result = extractPartnerFile({ snapshot, source: path.basename(file), beneficiary, today: now(), ...(year !== undefined ? { year } : {}) });
  if (!result.ok) throw new UserError(result.problems.join('\n'));
  await writeXlsxFile(await partnerWorkbook(result), out);
  console.log(frPartnerFile.extracted(out, result.beneficiary, result.lines, result.years, file));
  return 0;
}
