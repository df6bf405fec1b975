// A partner's budget lines and where they are in Réalisé: what `ctg extract`, `ctg merge`
// and the protection of a partner's rows in Sheets all start from.
import type { BudgetLine, Convention } from '../domain/schema';
import type { Locator } from '../domain/locator';
import type { SheetSnapshot, WorkbookSnapshot } from '../workbook/types';
import { TAB } from '../workbook/layout';
import { HEADER } from '../../i18n/fr-workbook';
import { frPartner } from '../../i18n/fr-partner';
import { normalizeLabel } from '../workbook/text';
import { cellAt, cellKey, findColumns, findTypedSheet, findYearColumns, headerRowOf, realisedTableSpec } from '../workbook/tables';
import { a1 } from '../workbook/a1';
import { maxOf } from '../max';
import { findingPlace } from '../domain/finding-place';

/** A refusal: the French sentence, naming the cell when there is one. */
export type Refused = { ok: false; problems: string[] };

/** "La Petite Loco", "la petite loco ", "La Petite-Loco": one partner (case, accents, spaces and hyphens aside). */
export const beneficiaryKey = (name: string) =>
  normalizeLabel(name)
    .replace(/[-‐‑–—]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/** The beneficiaries of the budget, each once (as first spelt), in budget order. */
export function beneficiaries(convention: Convention): string[] {
  const seen = new Map<string, string>();
  for (const l of convention.budget)
    if (l.beneficiary.trim() !== '' && !seen.has(beneficiaryKey(l.beneficiary))) seen.set(beneficiaryKey(l.beneficiary), l.beneficiary.trim());
  return [...seen.values()];
}

export type PartnerLine = { line: BudgetLine; id: string };

/**
 * The lines of a beneficiary, each with its id. Refused when the name matches no line (the
 * beneficiaries are listed), or when one of its lines has no id or shares it with another
 * line (its figures could not be brought back to one row).
 */
export function partnerLines(convention: Convention, locator: Locator, beneficiary: string): { ok: true; name: string; lines: PartnerLine[] } | Refused {
  if (beneficiaryKey(beneficiary) === '') return { ok: false, problems: [frPartner.emptyBeneficiary] };
  const wanted = beneficiaryKey(beneficiary);
  const matches = convention.budget.map((line, index) => ({ line, index })).filter(({ line }) => beneficiaryKey(line.beneficiary) === wanted);
  if (matches.length === 0) return { ok: false, problems: [frPartner.unknownBeneficiary(beneficiary.trim(), beneficiaries(convention))] };
  const name = matches[0].line.beneficiary.trim();
  const problems: string[] = [];
  for (const { line, index } of matches) {
    const id = line.id.trim();
    if (id === '') problems.push(frPartner.lineWithoutId(findingPlace(locator.budget(index, 'id')), name));
    else if (convention.budget.filter((l) => l.id.trim() === id).length > 1) problems.push(frPartner.duplicateId(id));
  }
  if (problems.length > 0) return { ok: false, problems: [...new Set(problems)] };
  return { ok: true, name, lines: matches.map(({ line }) => ({ line, id: line.id.trim() })) };
}

/** Where the Réalisé tab keeps each line: its row, its year columns, its comment column. */
export type RealisedGrid = {
  sheet: SheetSnapshot;
  headerRow: number;
  idCol: number;
  commentCol: number | undefined;
  /** The last column of the table's header row (a protection covers the row up to it). */
  lastCol: number;
  yearCols: Map<number, number>;
  /** The rows of each line id (several when someone copied a row). */
  rowsOf: Map<string, number[]>;
};

/** The Réalisé tab as it is (renamed, columns moved); refused when the workbook has none or it lost its Identifiant column. */
export function realisedGrid(snapshot: WorkbookSnapshot): RealisedGrid | Refused {
  const sheet = findTypedSheet(snapshot, TAB.realised);
  if (!sheet) return { ok: false, problems: [frPartner.noRealisedTab] };
  const spec = realisedTableSpec([]);
  const headerRow = headerRowOf(sheet, [spec]);
  const cols = findColumns(sheet, spec, new Set(), headerRow);
  const idCol = cols.get('lineId');
  if (idCol === undefined) return { ok: false, problems: [frPartner.noRealisedColumn(sheet.name, HEADER.realised.lineId)] };
  const rowsOf = new Map<string, number[]>();
  for (let r = headerRow + 1; r <= sheet.values.length; r++) {
    const id = cellKey(cellAt(sheet, r, idCol));
    if (id !== '') rowsOf.set(id, [...(rowsOf.get(id) ?? []), r]);
  }
  const lastCol = maxOf(
    (sheet.values[headerRow - 1] ?? []).map((v, i) => (cellKey(v) === '' ? 0 : i + 1)),
    idCol,
  );
  return { sheet, headerRow, idCol, commentCol: cols.get('comment'), lastCol, yearCols: findYearColumns(sheet, headerRow), rowsOf };
}

export const isRefused = (x: object): x is Refused => 'ok' in x && x.ok === false;

/** The one Réalisé row of each line, or the refusals (no row: refresh first; several: keep one). */
export function rowsOfLines(
  grid: RealisedGrid,
  ids: string[],
  missing: (id: string, tab: string) => string = frPartner.missingRealisedRow,
): { ok: true; rows: Map<string, number> } | Refused {
  const rows = new Map<string, number>();
  const problems: string[] = [];
  for (const id of ids) {
    const found = grid.rowsOf.get(id) ?? [];
    if (found.length === 0) problems.push(missing(id, grid.sheet.name));
    else if (found.length > 1)
      problems.push(
        frPartner.repeatedRealisedRow(
          id,
          found.map((r) => `${grid.sheet.name}!${a1(r, grid.idCol)}`),
        ),
      );
    else rows.set(id, found[0]);
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, rows };
}
