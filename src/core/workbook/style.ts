// Colours and formats of the generated workbook.
import { CellFormat } from './types';
import { YearStatus } from '../domain/report';

export const headerFormat: CellFormat = { bold: true, background: '#dbe5f1', wrap: true };
export const titleFormat: CellFormat = { bold: true };

/**
 * Contrôle statut colours, always next to the status word (never colour alone). A light fill
 * under the default black text: it reads better than dark-tinted text on the same fill
 * (contrast 14–18:1 against 5.5–8.5:1), and each conditional rule costs Sheets one call less.
 */
export const STATUS_COLOURS: Record<YearStatus, { background: string }> = {
  balanced: { background: '#d9ead3' },
  over: { background: '#f4cccc' },
  under: { background: '#fce5cd' },
  'missing-envelope': { background: '#eeeeee' },
  incomplete: { background: '#f4cccc' },
};

/** A typed cell that breaks a rule the tab can show by itself (an amount that is not a number, an id given twice). */
export const SUSPECT_CELL_COLOURS = { background: '#fce8e6' };
