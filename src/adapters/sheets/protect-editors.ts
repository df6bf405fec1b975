// Protections for named editors (a partner's rows of Réalisé), apart from the warning-only
// header protections: these block, and are found again by their description, so that
// protecting a partner's rows again (lines added, rows moved) replaces the old ranges rather
// than stacking new ones. Calls: one getProtections per tab, then per protection about six
// (range, description, warning off, editors read, removed, domain, added).
import type { PlanOp, Range } from '../../core/workbook/types';
import type { ProtectionLike, RangeLike, SheetLike, SpreadsheetAppLike } from './sheets-api';
import { a1 } from '../../core/workbook/a1';

export type EditorProtection = Extract<PlanOp, { kind: 'protect' }> & { editors: string[] };

export const isEditorProtection = (op: PlanOp): op is EditorProtection => op.kind === 'protect' && op.editors !== undefined;

export function applyEditorProtections(
  app: SpreadsheetAppLike,
  sheetOf: (name: string) => SheetLike,
  rangeOf: (sheet: string, range: Range) => RangeLike,
  ops: EditorProtection[],
): void {
  const bySheet = new Map<string, EditorProtection[]>();
  for (const op of ops) bySheet.set(op.sheet, [...(bySheet.get(op.sheet) ?? []), op]);
  for (const [sheet, list] of bySheet) {
    const descriptions = new Set(list.map((op) => op.description));
    // Ours: same description. Those whose range the plan keeps are reused, the others removed.
    const existing = new Map<string, ProtectionLike>();
    for (const p of sheetOf(sheet).getProtections(app.ProtectionType.RANGE)) {
      if (!descriptions.has(p.getDescription())) continue;
      const key = `${p.getDescription()}\u0000${p.getRange().getA1Notation()}`;
      if (existing.has(key) || !list.some((op) => keyOf(op) === key)) p.remove();
      else existing.set(key, p);
    }
    for (const op of list) {
      const p =
        existing.get(keyOf(op)) ??
        rangeOf(sheet, op.range)
          .protect()
          .setDescription(op.description ?? '');
      restrict(p, op.editors);
    }
  }
}

/** As Range.getA1Notation() gives it: "A3:G4", or "A3" for one cell. */
const a1Of = (r: Range) => (r.rows === 1 && r.cols === 1 ? a1(r.row, r.col) : `${a1(r.row, r.col)}:${a1(r.row + r.rows - 1, r.col + r.cols - 1)}`);
const keyOf = (op: EditorProtection) => `${op.description}\u0000${a1Of(op.range)}`;

/** Only these editors (besides the owner and the person running it, whom Sheets always keeps). */
function restrict(p: ProtectionLike, editors: string[]): void {
  p.setWarningOnly(false);
  const others = p
    .getEditors()
    .map((u) => u.getEmail())
    .filter((e) => !editors.includes(e));
  if (others.length > 0) p.removeEditors(others);
  // Editing "for everyone in the domain" would let any colleague of the domain in.
  if (p.canDomainEdit()) p.setDomainEdit(false);
  p.addEditors(editors);
}
