// Files the command writes: whole or not at all.
import * as fs from 'fs';
import * as path from 'path';
import type { Convention } from '../../core/domain/schema';
import type { CheckReport } from '../../core/domain/report';
import { buildConventionSummary, SummaryMeta } from '../../core/summary/convention-summary';
import type ExcelJS from 'exceljs';
import { renderDocx } from '../../adapters/docx/render';
import { UserError } from '../../app/errors';
import { frXlsx } from '../../i18n/fr-workbook';

/**
 * A file someone marked read-only is not replaced, even when the system would let us (as root
 * it would): the write bits say what the person wants.
 */
export function requireWritable(file: string): void {
  if ((fs.statSync(file).mode & 0o222) === 0) throw new UserError(frXlsx.readOnly(file));
}

/** Writes next to the target, then renames: a reader never sees half a document. */
export function writeFileWhole(file: string, data: Buffer | string): void {
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const tmp = `${file}.tmp-${process.pid}`;
  fs.writeFileSync(tmp, data);
  fs.renameSync(tmp, file);
}

/** The convention summary as a .docx file (used by `ctg summary` and `npm start`). */
export async function writeSummaryDocx(
  convention: Convention,
  report: CheckReport,
  file: string,
  meta: SummaryMeta = { generatedAt: new Date() },
): Promise<void> {
  writeFileWhole(file, await renderDocx(buildConventionSummary(convention, report, meta)));
}

/** A workbook as a .xlsx file: an interrupted run never leaves half a workbook. */
export async function writeXlsxFile(wb: ExcelJS.Workbook, file: string): Promise<void> {
  writeFileWhole(file, Buffer.from(await wb.xlsx.writeBuffer()));
}
