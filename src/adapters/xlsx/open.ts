// Opening and creating .xlsx workbooks for the commands.
import ExcelJS from 'exceljs';
import { checkXlsxPath } from './read-file';
import { frXlsx } from '../../i18n/fr-workbook';
import { UserError } from '../../app/errors';

/**
 * What a reader of values never looks at: exceljs then skips these parts of every sheet (the
 * dropdowns alone of a 5 000-line budget are a tenth of the load).
 */
export const VALUES_ONLY = [
  'dataValidations',
  'conditionalFormatting',
  'extLst',
  'hyperlinks',
  'pageMargins',
  'pageSetup',
  'headerFooter',
  'printOptions',
  'rowBreaks',
  'colBreaks',
  'autoFilter',
  'picture',
  'drawing',
  'tableParts',
  'sheetProtection',
];

export async function openXlsx(file: string, ignoreNodes?: string[]): Promise<ExcelJS.Workbook> {
  checkXlsxPath(file);
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.readFile(file, ignoreNodes ? ({ ignoreNodes } as ExcelJS.XlsxReadOptions) : undefined);
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
