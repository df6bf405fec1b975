// Shape checks for values our own code builds (no schema parses them at run time):
// what a renderer or the import panel relies on, asserted by hand.
import type { SummaryDocument } from '../../src/core/summary/model';
import type { ImportResult } from '../../src/core/import/result';
import { Convention } from '../../src/core/domain/schema';

/** Every table is rectangular, its widths positive, one alignment per column; runs and texts are strings. */
export function expectWellFormedDocument(doc: SummaryDocument): void {
  expect(typeof doc.name).toBe('string');
  expect(['portrait', 'landscape']).toContain(doc.orientation);
  for (const b of doc.blocks) {
    if (b.kind !== 'table') continue;
    const n = b.header.length;
    expect(n).toBeGreaterThan(0);
    for (const row of [...b.rows, ...b.totals]) expect(row).toHaveLength(n);
    expect(b.align).toHaveLength(n);
    expect(b.widths).toHaveLength(n);
    for (const w of b.widths) expect(w).toBeGreaterThan(0);
  }
}

/** The draft is a valid convention; items carry a known status and a non-negative whole line number. */
export function expectWellFormedImport(r: ImportResult): void {
  expect(Convention.safeParse(r.draft).success).toBe(true);
  for (const item of r.items) {
    expect(['recognised', 'uncertain']).toContain(item.status);
    expect(Number.isInteger(item.line) && item.line >= 0).toBe(true);
  }
  for (const f of r.consistency) expect(['error', 'warning', 'info']).toContain(f.severity);
  expect(r.counts.recognised + r.counts.uncertain).toBe(r.items.length);
}
