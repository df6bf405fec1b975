// Applies a Plan to an exceljs workbook: the .xlsx edge of the product.
// - Strings are always written as text cells, so "=IMPORTXML(…)" typed by a
//   person stays text (.xlsx stores text and formulas in different places).
// - Warning-only protection has no .xlsx equivalent (Excel protection blocks):
//   it is not written; the header cells keep their colour as the visual cue. Nor has a
//   protection for named editors (a partner's rows in Sheets): .xlsx protection knows no
//   accounts, so it is not written either (a partner gets their own file: ctg extract).
// - Sheets are appended in plan order (exceljs cannot insert a tab before another).
import ExcelJS from 'exceljs';
import { CellFormat, CellValue, Plan, PlanOp, Range, ValidationRule } from '../../core/workbook/types';
import { a1, absolute } from '../../core/workbook/a1';
import { frXlsx } from '../../i18n/fr-workbook';
import { fitRowHeights } from './row-heights';

/** Column formats spanning this many rows are set on the whole column instead of cell by cell. */
const COLUMN_STYLE_ROWS = 200;
const PX_PER_CHAR = 7;

export function applyPlanToWorkbook(wb: ExcelJS.Workbook, plan: Plan): void {
  for (const op of plan.ops) applyOp(wb, op);
  // exceljs cannot autofit, and Excel shows a row with no height at one line: grow the rows the plan wrote.
  for (const name of new Set(plan.ops.map((op) => op.sheet))) {
    const ws = wb.getWorksheet(name);
    if (ws) fitRowHeights(ws);
  }
  // No cached results were written for new formulas: ask the engine to compute on open.
  wb.calcProperties = { ...(wb.calcProperties ?? {}), fullCalcOnLoad: true };
}

function sheetOf(wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const ws = wb.getWorksheet(name);
  if (!ws) throw new Error(`Plan refers to a missing sheet: ${name}`);
  return ws;
}

function applyOp(wb: ExcelJS.Workbook, op: PlanOp): void {
  if (op.kind === 'addSheet') {
    if (!wb.getWorksheet(op.sheet)) wb.addWorksheet(op.sheet);
    return;
  }
  const ws = sheetOf(wb, op.sheet);
  switch (op.kind) {
    case 'setValues':
      op.values.forEach((row, i) => row.forEach((v, j) => (ws.getCell(op.row + i, op.col + j).value = literal(v))));
      return;
    case 'setFormulas':
      op.formulas.forEach((row, i) =>
        row.forEach((f, j) => (ws.getCell(op.row + i, op.col + j).value = f === '' ? null : ({ formula: f.replace(/^=/, '') } as ExcelJS.CellFormulaValue))),
      );
      return;
    case 'clear':
      eachCell(op.range, (r, c) => {
        const row = ws.findRow(r);
        if (row && row.findCell(c)) ws.getCell(r, c).value = null;
      });
      return;
    case 'format':
      return format(ws, op.range, op.format);
    case 'freeze':
      ws.views = [{ state: 'frozen', xSplit: op.cols, ySplit: op.rows }];
      return;
    case 'columnWidths':
      op.widths.forEach((px, i) => (ws.getColumn(op.col + i).width = Math.round((px / PX_PER_CHAR) * 10) / 10));
      return;
    case 'validation':
      (ws as unknown as { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } }).dataValidations.add(
        rangeA1(op.range),
        validation(op.rule, op.strict, op.helpText),
      );
      return;
    case 'protect':
      return; // see the header comment
    case 'conditionalFormat':
      ws.addConditionalFormatting({
        ref: rangeA1(op.range),
        rules: op.rules.map((rule, i) => ({
          type: 'expression',
          priority: i + 1,
          // .xlsx stores the formula without its '=', relative to the range's top-left cell as in Sheets.
          formulae: ['textEquals' in rule ? `${a1(op.range.row, op.range.col)}="${rule.textEquals.replace(/"/g, '""')}"` : rule.formula.replace(/^=/, '')],
          style: {
            fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: argb(rule.background) } },
            ...(rule.fontColor ? { font: { color: { argb: argb(rule.fontColor) } } } : {}),
          },
        })),
      });
      return;
    case 'note':
      ws.getCell(op.row, op.col).note = op.note;
      return;
    case 'print':
      return printSetup(ws, op);
  }
}

/** Landscape or portrait, one page wide and as many down as needed, header rows and page header/footer. */
function printSetup(ws: ExcelJS.Worksheet, op: Extract<PlanOp, { kind: 'print' }>): void {
  ws.pageSetup = {
    ...ws.pageSetup,
    paperSize: 9, // A4
    orientation: op.landscape ? 'landscape' : 'portrait',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    horizontalCentered: false,
    margins: { left: 0.5, right: 0.5, top: 0.7, bottom: 0.7, header: 0.3, footer: 0.3 },
    ...(op.repeatRows > 0 ? { printTitlesRow: `1:${op.repeatRows}` } : {}),
  };
  // In header/footer text '&' starts a code: a literal one is doubled.
  const text = (t: string) => t.replace(/&/g, '&&');
  ws.headerFooter = {
    ...ws.headerFooter,
    oddHeader: `&L${text(op.title)}&R&A`,
    oddFooter: `&C${frXlsx.pageFooter}`,
  };
}

/** A plan value as an exceljs value: '' empties the cell; strings stay strings. */
function literal(v: CellValue): ExcelJS.CellValue {
  if (v === '') return null;
  return v; // a JS string becomes a text cell, never a formula (formulas are {formula} objects)
}

const argb = (hex: string) => `FF${hex.replace('#', '').toUpperCase()}`;
const rangeA1 = (r: Range) => `${a1(r.row, r.col)}:${a1(r.row + r.rows - 1, r.col + r.cols - 1)}`;

function eachCell(r: Range, fn: (row: number, col: number) => void) {
  for (let row = r.row; row < r.row + r.rows; row++) for (let col = r.col; col < r.col + r.cols; col++) fn(row, col);
}

function format(ws: ExcelJS.Worksheet, range: Range, f: CellFormat): void {
  const style = (target: { numFmt?: string; font?: Partial<ExcelJS.Font>; fill?: ExcelJS.Fill; alignment?: Partial<ExcelJS.Alignment> }) => {
    if (f.numberFormat) target.numFmt = f.numberFormat;
    if (f.bold !== undefined || f.fontColor)
      target.font = {
        ...(target.font ?? {}),
        ...(f.bold !== undefined ? { bold: f.bold } : {}),
        ...(f.fontColor ? { color: { argb: argb(f.fontColor) } } : {}),
      };
    if (f.background) target.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(f.background) } };
    if (f.wrap !== undefined || f.horizontalAlignment) {
      target.alignment = {
        ...(target.alignment ?? {}),
        ...(f.wrap !== undefined ? { wrapText: f.wrap, vertical: 'top' as const } : {}),
        ...(f.horizontalAlignment ? { horizontal: f.horizontalAlignment } : {}),
      };
    }
  };
  if (range.rows >= COLUMN_STYLE_ROWS) {
    // A whole-column style: cells created later (rows people add) inherit it. exceljs applies it
    // to every existing cell of the column, so the cells above the range keep their own style.
    for (let c = range.col; c < range.col + range.cols; c++) {
      const col = ws.getColumn(c);
      const above: [ExcelJS.Cell, Partial<ExcelJS.Style>][] = [];
      for (let r = 1; r < range.row; r++) if (ws.findRow(r)?.findCell(c)) above.push([ws.getCell(r, c), { ...ws.getCell(r, c).style }]);
      const s: { numFmt?: string; font?: Partial<ExcelJS.Font>; fill?: ExcelJS.Fill; alignment?: Partial<ExcelJS.Alignment> } = { ...col.style };
      style(s);
      if (s.numFmt !== undefined) col.numFmt = s.numFmt;
      if (s.font !== undefined) col.font = s.font;
      if (s.fill !== undefined) col.fill = s.fill;
      if (s.alignment !== undefined) col.alignment = s.alignment;
      for (const [cell, kept] of above) cell.style = kept;
    }
    return;
  }
  eachCell(range, (r, c) => {
    const cell = ws.getCell(r, c);
    const s = { ...cell.style };
    style(s);
    cell.style = s as Partial<ExcelJS.Style>;
  });
}

function validation(rule: ValidationRule, strict: boolean, helpText?: string): ExcelJS.DataValidation {
  const common = {
    allowBlank: true,
    showErrorMessage: true,
    errorStyle: strict ? 'error' : 'warning',
    ...(helpText ? { showInputMessage: true, prompt: helpText } : {}),
  } as const;
  switch (rule.kind) {
    case 'list':
      return { ...common, type: 'list', formulae: [`"${rule.values.join(',')}"`] };
    case 'listFromRange': {
      const [from, to = from] = rule.range.split(':');
      return { ...common, type: 'list', formulae: [`'${rule.sheet.replace(/'/g, "''")}'!${absolute(from)}:${absolute(to)}`] };
    }
    case 'wholeNumber':
      return { ...common, type: 'whole', operator: 'between', formulae: [rule.min, rule.max] };
    case 'number':
      return { ...common, type: 'decimal', operator: 'greaterThanOrEqual', formulae: [rule.min] };
  }
}
