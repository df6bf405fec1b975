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
    years: report.years.map(({ year, envelopeCents, allocatedCents, deltaCents, status, realisedCents }) => ({
      year,
      envelopeCents,
      allocatedCents,
      deltaCents,
      status,
      realisedCents,
    })),
    findings: report.findings.map(wordFinding), // severity, code, message, sheet, cell
  };
}

export async function check(args: string[]): Promise<number> {
  const { positional, flags } = parseArgs(args, { flags: ['--json'] });
  if (positional.length !== 1) throw new UserError(frXlsx.needsWorkbook('check'));
  const file = positional[0];
  let snapshot;
  try {
    snapshot = requireCtgWorkbook(file, await readXlsxFile(file));
  } catch (e) {
    // A program reading --json gets JSON whatever happens; the person reads the same sentence on stderr.
    if (flags.has('--json') && e instanceof UserError) console.log(JSON.stringify({ error: e.message }, null, 2));
    throw e;
  }
  const { convention, report } = checkWorkbook(snapshot, { today: new Date() });
  if (flags.has('--json')) console.log(JSON.stringify(checkJson(report), null, 2));
  else console.log(printReport(convention.name, report));
  return hasErrors(report.findings) ? 1 : 0;
}
