// The document model: pure data that every renderer (Markdown, .docx, Google
// Docs) walks. Generators build it; renderers never look at the convention.
// Plain types: the model is built by our code and read by our code, nothing parses it.

/** A run of text inside a paragraph or a bullet; `link` makes it a hyperlink. */
export type Run = { text: string; bold?: boolean; italic?: boolean; link?: string };

export type HeadingLevel = 1 | 2 | 3;

/** Amount columns are right-aligned; everything else reads left to right. */
export type Align = 'left' | 'right';

export type Table = {
  kind: 'table';
  header: string[];
  rows: string[][];
  /** Total rows, printed bold after the body rows. */
  totals: string[][];
  align: Align[];
  /** Relative column widths (any unit, all positive): renderers scale them to the page. */
  widths: number[];
};

/**
 * A bar chart where a reader would rather look than read: one group of bars per category
 * (a year), one bar per series (prévu, réalisé). Values are cents; null draws no bar (nothing
 * entered). Renderers draw it as an image (.docx, Google Docs) or as text (Markdown).
 */
export type Chart = {
  kind: 'chart';
  /** What the chart shows, in words: the image's alternative text. */
  title: string;
  categories: string[];
  series: { name: string; values: (number | null)[] }[];
};

export type Block =
  | { kind: 'title'; text: string }
  | { kind: 'subtitle'; text: string }
  | { kind: 'heading'; level: HeadingLevel; text: string }
  | { kind: 'paragraph'; runs: Run[] }
  | { kind: 'bullets'; items: Run[][] }
  | Table
  | Chart
  | { kind: 'pageBreak' };

export type Orientation = 'portrait' | 'landscape';

export type SummaryDocument = {
  /** Name of the file / Google Doc. */
  name: string;
  /** A4 either way; landscape when a money table has more year columns than a portrait page holds. */
  orientation: Orientation;
  blocks: Block[];
  /** The line at the foot of every page (the convention, the date of generation); page numbers are the renderer's. */
  footer?: string;
};
