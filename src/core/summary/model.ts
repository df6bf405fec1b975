// The document model: pure data that every renderer (Markdown, .docx, Google
// Docs) walks. Generators build it; renderers never look at the convention.
import * as z from 'zod/mini';

/** A run of text inside a paragraph or a bullet; `link` makes it a hyperlink. */
export const Run = z.object({
  text: z.string(),
  bold: z.optional(z.boolean()),
  italic: z.optional(z.boolean()),
  link: z.optional(z.string()),
});
export type Run = z.infer<typeof Run>;

export const HeadingLevel = z.union([z.literal(1), z.literal(2), z.literal(3)]);
export type HeadingLevel = z.infer<typeof HeadingLevel>;

/** Amount columns are right-aligned; everything else reads left to right. */
export const Align = z.enum(['left', 'right']);
export type Align = z.infer<typeof Align>;

export const Table = z.object({
  kind: z.literal('table'),
  header: z.array(z.string()),
  rows: z.array(z.array(z.string())),
  /** Total rows, printed bold after the body rows. */
  totals: z.array(z.array(z.string())),
  align: z.array(Align),
  /** Relative column widths (any unit): renderers scale them to the page. */
  widths: z.array(z.number().check(z.positive())),
});
export type Table = z.infer<typeof Table>;

export const Block = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('title'), text: z.string() }),
  z.object({ kind: z.literal('subtitle'), text: z.string() }),
  z.object({ kind: z.literal('heading'), level: HeadingLevel, text: z.string() }),
  z.object({ kind: z.literal('paragraph'), runs: z.array(Run) }),
  z.object({ kind: z.literal('bullets'), items: z.array(z.array(Run)) }),
  Table,
  z.object({ kind: z.literal('pageBreak') }),
]);
export type Block = z.infer<typeof Block>;

export const Orientation = z.enum(['portrait', 'landscape']);
export type Orientation = z.infer<typeof Orientation>;

export const SummaryDocument = z.object({
  /** Name of the file / Google Doc. */
  name: z.string(),
  /** A4 either way; landscape when a money table has more year columns than a portrait page holds. */
  orientation: Orientation,
  blocks: z.array(Block),
});
export type SummaryDocument = z.infer<typeof SummaryDocument>;
