// Opening and creating .xlsx workbooks for the commands.
import * as fs from 'fs';
import ExcelJS from 'exceljs';
import { frXlsx } from '../../i18n/fr-workbook';
import { UserError } from '../../app/errors';

export async function openXlsx(file: string): Promise<ExcelJS.Workbook> {
  if (!fs.existsSync(file)) throw new UserError(frXlsx.fileMissing(file));
  if (!/\.xlsx$/i.test(file)) throw new UserError(frXlsx.notXlsx(file));
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.readFile(file);
  } catch {
    // The zip library's own (English) message is not shown: it says nothing more to a reader.
    throw new UserError(frXlsx.unreadable(file));
  }
  return wb;
}

export function newXlsx(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'ctg';
  return wb;
}
