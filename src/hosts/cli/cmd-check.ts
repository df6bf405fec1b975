// ctg check <workbook.xlsx> [--json]: the per-year table and the findings.
// Exit 0 without errors, 1 with errors (2, unusable input, comes from main).
import { checkWorkbook } from '../../core/workbook/refresh';
import { wordFinding } from '../../core/wording/finding-message';
import { CheckReport, hasErrors } from '../../core/domain/report';
import { frXlsx } from '../../i18n/fr-workbook';
import { printReport } from './print';
import { readXlsxFile, requireCtgWorkbook } from '../../adapters/xlsx/read';
import { parseArgs } from './args';
import { UserError } from '../../app/errors';

/** The `--json` shape: one object, years and findings only. */
export function checkJson(report: CheckReport) {
  return {
    years: report.years.map(({ year, envelopeCents, allocatedCents, deltaCents, status }) => ({ year, envelopeCents, allocatedCents, deltaCents, status })),
    findings: report.findings.map(wordFinding), // severity, code, message, sheet, cell
  };
}

export async function check(args: string[]): Promise<number> {
  const { positional, flags } = parseArgs(args, { flags: ['--json'] });
  if (positional.length !== 1) throw new UserError(frXlsx.needsWorkbook('check'));
  const file = positional[0];
  const { convention, report } = checkWorkbook(requireCtgWorkbook(file, await readXlsxFile(file)));
  if (flags.has('--json')) console.log(JSON.stringify(checkJson(report), null, 2));
  else console.log(printReport(convention.name, report));
  return hasErrors(report.findings) ? 1 : 0;
}
