// A partner's file as an .xlsx workbook: the plan of `ctg extract` applied like any other,
// then what only .xlsx has: the partner's tab locked but for its fillable cells (Excel and
// LibreOffice sheet protection, without a password: it prevents mistakes, it is not a lock
// against the partner — `ctg merge` checks every cell anyway), and the marker tab made
// veryHidden (not listed by Excel's "Unhide").
import type ExcelJS from 'exceljs';
import type { PartnerFile } from '../../core/partner/extract';
import { applyPlanToWorkbook } from './apply';
import { newXlsx } from './open';

export async function partnerWorkbook(file: PartnerFile): Promise<ExcelJS.Workbook> {
  const wb = newXlsx();
  applyPlanToWorkbook(wb, file.plan);
  const ws = wb.getWorksheet(file.locked.sheet)!;
  for (const r of file.locked.unlocked) {
    for (let row = r.row; row < r.row + r.rows; row++) for (let col = r.col; col < r.col + r.cols; col++) ws.getCell(row, col).protection = { locked: false };
  }
  // Widening a column or a row stays possible: it changes no cell.
  await ws.protect('', { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true, formatRows: true });
  wb.getWorksheet(file.hidden)!.state = 'veryHidden';
  const readme = wb.getWorksheet(file.rowHeights.sheet)!;
  file.rowHeights.heights.forEach((h, i) => (readme.getRow(i + 1).height = h));
  return wb;
}
