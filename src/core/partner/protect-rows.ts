// A partner's rows of Réalisé, protected in Google Sheets so that only the coordinator and
// that partner edit them: the plan of `protect` ops with editors, one per run of adjacent
// rows (a partner's lines usually follow each other: usually one protection).
import type { Plan, PlanOp, WorkbookSnapshot } from '../workbook/types';
import { readWorkbook } from '../workbook/read';
import { frPartner } from '../../i18n/fr-partner';
import { Refused, isRefused, partnerLines, realisedGrid } from './lines';

/** Sheets takes an e-mail address; a deliberately loose check, for typos (a missing @, a space). */
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export type PartnerProtection = { ok: true; plan: Plan; beneficiary: string; rows: number; emails: string[] };

export function planPartnerProtection(snapshot: WorkbookSnapshot, beneficiary: string, emails: string[]): PartnerProtection | Refused {
  const wanted = [...new Set(emails.map((e) => e.trim()).filter((e) => e !== ''))];
  if (wanted.length === 0) return { ok: false, problems: [frPartner.noEmails] };
  const bad = wanted.filter((e) => !EMAIL.test(e));
  if (bad.length > 0) return { ok: false, problems: bad.map(frPartner.badEmail) };
  const { convention, locator } = readWorkbook(snapshot);
  const partner = partnerLines(convention, locator, beneficiary);
  if (!partner.ok) return partner;
  const grid = realisedGrid(snapshot);
  if (isRefused(grid)) return grid;
  // Every row of each line, a copied row too: the partner may fill either.
  const rows = [...new Set(partner.lines.flatMap((l) => grid.rowsOf.get(l.id) ?? []))].sort((a, b) => a - b);
  const missing = partner.lines.filter((l) => !grid.rowsOf.has(l.id));
  if (missing.length > 0) return { ok: false, problems: missing.map((l) => frPartner.missingRealisedRow(l.id, grid.sheet.name)) };
  const description = frPartner.protectionDescription(partner.name);
  const ops: PlanOp[] = runs(rows).map(([row, count]) => ({
    kind: 'protect',
    sheet: grid.sheet.name,
    range: { row, col: 1, rows: count, cols: grid.lastCol },
    description,
    editors: wanted,
  }));
  return { ok: true, plan: { ops }, beneficiary: partner.name, rows: rows.length, emails: wanted };
}

/** [2, 3, 4, 9] → [[2, 3], [9, 1]]: first row and count of each run of adjacent rows. */
function runs(rows: number[]): [number, number][] {
  const out: [number, number][] = [];
  for (const r of rows) {
    const last = out[out.length - 1];
    if (last && last[0] + last[1] === r) last[1]++;
    else out.push([r, 1]);
  }
  return out;
}
