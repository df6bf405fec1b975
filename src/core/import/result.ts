// What the importer returns. A schema, because the result crosses the sidebar
// boundary (previewImport) and the CLI writes it out.
import * as z from 'zod/mini';
import { Convention } from '../domain/schema';
import { Severity } from '../domain/report';

export const ImportItemKind = z.enum([
  'name',
  'territory',
  'period',
  'signature-date',
  'signatory',
  'coordinator',
  'axis',
  'objective',
  'action',
  'action-field',
  'budget-line',
  'envelope',
  'envelope-total',
  'announced-count',
]);
export type ImportItemKind = z.infer<typeof ImportItemKind>;

export const ImportItemStatus = z.enum(['recognised', 'uncertain']);
export type ImportItemStatus = z.infer<typeof ImportItemStatus>;

/** One thing the importer read (or hesitated on), with the 1-based source line. */
export const ImportItem = z.object({
  kind: ImportItemKind,
  label: z.string(),
  line: z.int().check(z.minimum(0)), // 0 when the item has no single source line
  status: ImportItemStatus,
  ref: z.optional(z.string()), // id of the draft element it produced (AX1, FA03, L02, S1)
  note: z.optional(z.string()), // French: why it is uncertain, or how it was read
});
export type ImportItem = z.infer<typeof ImportItem>;

/** A cross-check between figures or counts the text states (envelope vs lines vs total…). */
export const ImportFinding = z.object({
  severity: Severity,
  message: z.string(),
  line: z.optional(z.int().check(z.minimum(0))),
});
export type ImportFinding = z.infer<typeof ImportFinding>;

export const ImportCounts = z.object({
  signatories: z.int(),
  axes: z.int(),
  objectives: z.int(),
  actions: z.int(),
  budgetLines: z.int(),
  envelopes: z.int(),
  recognised: z.int(),
  uncertain: z.int(),
});
export type ImportCounts = z.infer<typeof ImportCounts>;

export const ImportResult = z.object({
  draft: Convention,
  items: z.array(ImportItem),
  counts: ImportCounts,
  consistency: z.array(ImportFinding),
});
export type ImportResult = z.infer<typeof ImportResult>;
