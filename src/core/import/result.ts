// What the importer returns: shown by the sidebar's import panel and written out by
// `ctg import`. Plain types (nothing parses them); the draft is a Convention, which the
// server validates when the reviewed draft comes back (applyImport).
import type { Convention } from '../domain/schema';
import type { Severity } from '../domain/report';

export type ImportItemKind =
  | 'name'
  | 'territory'
  | 'period'
  | 'signature-date'
  | 'signatory'
  | 'coordinator'
  | 'axis'
  | 'objective'
  | 'action'
  | 'action-field'
  | 'budget-line'
  | 'envelope'
  | 'envelope-total'
  | 'announced-count';

export type ImportItemStatus = 'recognised' | 'uncertain';

/** One thing the importer read (or hesitated on), with the 1-based source line. */
export type ImportItem = {
  kind: ImportItemKind;
  label: string;
  /** 1-based; 0 when the item has no single source line. */
  line: number;
  status: ImportItemStatus;
  /** Id of the draft element it produced (AX1, FA03, L02, S1). */
  ref?: string;
  /** French: why it is uncertain, or how it was read. */
  note?: string;
};

/** A cross-check between figures or counts the text states (envelope vs lines vs total…). */
export type ImportFinding = { severity: Severity; message: string; line?: number };

export type ImportCounts = {
  signatories: number;
  axes: number;
  objectives: number;
  actions: number;
  budgetLines: number;
  envelopes: number;
  recognised: number;
  uncertain: number;
};

export type ImportResult = { draft: Convention; items: ImportItem[]; counts: ImportCounts; consistency: ImportFinding[] };
