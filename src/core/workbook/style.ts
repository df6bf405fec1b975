// Colours and formats of the generated workbook.
import { CellFormat } from './types';
import { YearStatus } from '../domain/report';

export const headerFormat: CellFormat = { bold: true, background: '#dbe5f1', wrap: true };
export const titleFormat: CellFormat = { bold: true };

/** Contrôle statut colours, always next to the status word (never colour alone). */
export const STATUS_COLOURS: Record<YearStatus, { background: string; fontColor: string }> = {
  balanced: { background: '#d9ead3', fontColor: '#274e13' },
  over: { background: '#f4cccc', fontColor: '#990000' },
  under: { background: '#fce5cd', fontColor: '#7f4f00' },
  'missing-envelope': { background: '#eeeeee', fontColor: '#434343' },
  incomplete: { background: '#f4cccc', fontColor: '#990000' },
};

/** A typed cell that breaks a rule the tab can show by itself (an amount that is not a number, an id given twice). */
export const SUSPECT_CELL_COLOURS = { background: '#fce8e6', fontColor: '#b3261e' };
