// ctg demo (npm start): builds out/ctg-thore-montagne-noire.xlsx from the bundled
// seed 001 example (the demo output may be overwritten), then checks it as read back, and
// writes its summary and its bilan 2023.
import * as fs from 'fs';
import * as path from 'path';
import { planWorkbook } from '../../core/workbook/plan';
import { emptyWorkbook } from '../../core/workbook/snapshot-apply';
import { checkWorkbook } from '../../core/workbook/refresh';
import { countsSentence } from '../../core/workbook/plan-counts';
import { hasErrors } from '../../core/domain/report';
import { frXlsx } from '../../i18n/fr-workbook';
import { applyPlanToWorkbook } from '../../adapters/xlsx/apply';
import { writeXlsxFile } from './files';
import { readXlsxFile } from '../../adapters/xlsx/read-file';
import { newXlsx } from '../../adapters/xlsx/open';
import { printReport } from './print';
import { readConventionFile } from './usage';
import { DEMO_OUT_DIR, EXAMPLE_FILE } from '../paths';
import { writeSummaryDocx } from './files';
import { frSummaryCli } from '../../i18n/fr-summary';
import { frBilanCli } from '../../i18n/fr-bilan';
import { buildAnnualReview } from '../../core/summary/annual-review';
import { writeDocument } from './cmd-summary';

export const DEMO_OUT = path.join(DEMO_OUT_DIR, 'ctg-thore-montagne-noire.xlsx');
export const DEMO_SUMMARY_OUT = path.join(path.dirname(DEMO_OUT), 'synthese-thore-montagne-noire.docx');
/** The example's follow-up is for 2023 (illustrative figures, see examples/README.md). */
export const DEMO_BILAN_YEAR = 2023;
export const DEMO_BILAN_OUT = path.join(path.dirname(DEMO_OUT), `bilan-${DEMO_BILAN_YEAR}-thore-montagne-noire.docx`);

export async function demo(): Promise<number> {
  const convention = readConventionFile(EXAMPLE_FILE);
  const { plan, counts } = planWorkbook(convention, emptyWorkbook());
  const wb = newXlsx();
  applyPlanToWorkbook(wb, plan);
  fs.mkdirSync(path.dirname(DEMO_OUT), { recursive: true });
  await writeXlsxFile(wb, DEMO_OUT);
  console.log(frXlsx.written(path.relative(process.cwd(), DEMO_OUT) || DEMO_OUT, countsSentence(counts)));
  console.log('');
  const { convention: read, report } = checkWorkbook(await readXlsxFile(DEMO_OUT), { today: new Date() });
  console.log(printReport(read.name, report));
  // The summary of what was read back, as `ctg summary` would write it.
  await writeSummaryDocx(read, report, DEMO_SUMMARY_OUT);
  console.log(`\n${frSummaryCli.written(path.relative(process.cwd(), DEMO_SUMMARY_OUT) || DEMO_SUMMARY_OUT)}`);
  await writeDocument(buildAnnualReview(read, report, DEMO_BILAN_YEAR, { generatedAt: new Date() }), DEMO_BILAN_OUT, 'docx');
  console.log(frBilanCli.written(path.relative(process.cwd(), DEMO_BILAN_OUT) || DEMO_BILAN_OUT));
  return hasErrors(report.findings) ? 1 : 0;
}
