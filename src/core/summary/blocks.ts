// Constructors of document-model values, kept apart from the zod schemas so the
// Apps Script bundle (which only builds documents, never validates them) does not
// carry the schemas.
import type { Block, HeadingLevel, Run, Table } from './model';

export const text = (t: string, style: Omit<Run, 'text'> = {}): Run => ({ text: t, ...style });
export const para = (...runs: Run[]): Block => ({ kind: 'paragraph', runs });
export const heading = (level: HeadingLevel, t: string): Block => ({ kind: 'heading', level, text: t });
export const bullets = (items: Run[][]): Block => ({ kind: 'bullets', items });

/** A table whose every row has the header's width (checked: a ragged table is a generator bug). */
export function table(spec: Omit<Table, 'kind' | 'totals' | 'align' | 'widths'> & Partial<Pick<Table, 'totals' | 'align' | 'widths'>>): Table {
  const n = spec.header.length;
  const t: Table = {
    kind: 'table',
    header: spec.header,
    rows: spec.rows,
    totals: spec.totals ?? [],
    align: spec.align ?? spec.header.map(() => 'left'),
    widths: spec.widths ?? spec.header.map(() => 1),
  };
  for (const row of [...t.rows, ...t.totals, t.align, t.widths]) {
    if (row.length !== n) throw new Error(`table row of ${row.length} cells under a header of ${n}`);
  }
  return t;
}

/** Plain text of a sequence of runs. */
export const runsText = (runs: Run[]) => runs.map((r) => r.text).join('');
