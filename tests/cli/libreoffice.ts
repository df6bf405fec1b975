// Runs LibreOffice headless to recompute an .xlsx and export every tab as CSV.
import * as fs from 'fs';
import * as path from 'path';
import { sofficeConvert } from '../helpers/libreoffice';

/** Converts every sheet of the workbook to CSV (raw values, UTF-8) and returns sheet name → rows. */
export function recalculateToCsv(xlsx: string): Map<string, string[][]> {
  // Options: comma, double quote, UTF-8, from line 1, …, raw values (not "as shown"), sheet -1 = every sheet.
  const dir = sofficeConvert(xlsx, 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1');
  try {
    const base = path.basename(xlsx, '.xlsx');
    const out = new Map<string, string[][]>();
    for (const f of fs.readdirSync(dir)) {
      if (f.startsWith(`${base}-`) && f.endsWith('.csv')) out.set(f.slice(base.length + 1, -4), parseCsv(fs.readFileSync(path.join(dir, f), 'utf8')));
    }
    return out;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** RFC 4180 CSV: quoted fields may hold commas, quotes ("") and newlines. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length) rows.push([...row, field]);
  return rows;
}
