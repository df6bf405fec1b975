// Runs LibreOffice headless to recompute an .xlsx and export every tab as CSV.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { execFileSync } from 'child_process';

export function sofficeAvailable(): boolean {
  try {
    execFileSync('soffice', ['--version'], { stdio: 'ignore', timeout: 60000 });
    return true;
  } catch {
    return false;
  }
}

/** Converts every sheet of the workbook to CSV (raw values, UTF-8) and returns sheet name → rows. */
export function recalculateToCsv(xlsx: string): Map<string, string[][]> {
  if (!sofficeAvailable()) throw new Error('LibreOffice (soffice) est introuvable : installez libreoffice-calc-nogui (voir .ci/run).');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ctg-lo-'));
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), `lo-profile-${process.pid}-`));
  try {
    // Options: comma, double quote, UTF-8, from line 1, …, raw values (not "as shown"), sheet -1 = every sheet.
    execFileSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1', '--outdir', dir, xlsx], { stdio: 'pipe', timeout: 120000 });
    const base = path.basename(xlsx, '.xlsx');
    const out = new Map<string, string[][]>();
    for (const f of fs.readdirSync(dir)) {
      if (f.startsWith(`${base}-`) && f.endsWith('.csv')) out.set(f.slice(base.length + 1, -4), parseCsv(fs.readFileSync(path.join(dir, f), 'utf8')));
    }
    return out;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
    fs.rmSync(profile, { recursive: true, force: true });
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
      if (ch === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') row.push(field), (field = '');
    else if (ch === '\n' || ch === '\r') {
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
