// Reading a .xlsx file's values for the commands that only read (check, summary, demo): the
// lean reader first (fast-read.ts); exceljs, loaded only then, for a file it does not know.
import * as fs from 'fs';
import type { WorkbookSnapshot } from '../../core/workbook/types';
import { UserError } from '../../app/errors';
import { frXlsx } from '../../i18n/fr-workbook';
import { hasTypedTabs } from '../../core/workbook/identity';
import { readXlsxFast } from './fast-read';

/** A file the commands can open: there, and named .xlsx (a French message otherwise). */
export function checkXlsxPath(file: string): void {
  if (!fs.existsSync(file)) throw new UserError(frXlsx.fileMissing(file));
  if (!/\.xlsx$/i.test(file)) throw new UserError(frXlsx.notXlsx(file));
}

export async function readXlsxFile(file: string): Promise<WorkbookSnapshot> {
  checkXlsxPath(file);
  return readXlsxFast(fs.readFileSync(file)) ?? (await import('./read')).readXlsxWithExceljs(file);
}

/** The snapshot of a file that must be a CTG workbook (exit 2 otherwise). */
export function requireCtgWorkbook(file: string, snapshot: WorkbookSnapshot): WorkbookSnapshot {
  if (!hasTypedTabs(snapshot)) throw new UserError(frXlsx.notCtg(file));
  return snapshot;
}
