// What the use cases need from "a spreadsheet": the Apps Script host and the local
// preview both provide it, so the sidebar runs the very same server code in both.
import type { Plan, WorkbookSnapshot } from '../core/workbook/types';
import type { SummaryDocument, Table } from '../core/summary/model';
import type { BlockPlaceholder, InlinePlaceholder } from '../core/summary/template';
import type { SummaryResult } from './contract';
import type { PropertiesLike } from './settings';

/**
 * What a use case reads: every tab (to plan: the generated tabs' contents decide what a refresh
 * rewrites), or with typedOnly the typed tabs alone (Convention, Axes, Actions, Budget), values
 * only, for the use cases that only read the convention (sidebar state, check, summary). Other
 * tabs may then be missing from the snapshot, and formulas read as ''.
 */
export type SnapshotOptions = { typedOnly?: boolean };

export interface WorkbookPort {
  /** One batched read of every tab (or of the typed tabs: see SnapshotOptions). */
  snapshot(options?: SnapshotOptions): WorkbookSnapshot;
  /** Batched writes; called only under withLock. */
  apply(plan: Plan): void;
  /** Selects a cell (or a whole tab when cell is undefined); false when the tab does not exist. */
  select(sheet: string, cell: string | undefined): boolean;
  /** Runs fn holding the document lock, or throws a UserError when a co-editor holds it. */
  withLock<T>(fn: () => T): T;
  /** The workbook's settings, shared by every editor. */
  properties(): PropertiesLike;
  /** The spreadsheet's address, for the summary's link back (none in the preview). */
  url(): string | undefined;
  /** Where summaries are written. */
  documents(): SummaryDocuments;
}

/** A summary to write: the document, where it was written last (null: a new document), and the template to follow if any. */
export type SummaryWrite = {
  document: SummaryDocument;
  documentId: string | null;
  template: { id: string; inline: Record<InlinePlaceholder, string>; blocks: Record<BlockPlaceholder, Table> } | null;
};

/** The documents backend: Google Docs in Apps Script, Markdown in the preview. */
export interface SummaryDocuments {
  /**
   * Rewrites the document `documentId` in place, or creates a new one when documentId is
   * null. Throws a UserError, writing nothing, when that document or the template cannot
   * be opened by the current person (deleted, or not shared with them): never a silent new one.
   */
  write(request: SummaryWrite): SummaryResult;
  /** The template document's name; throws a UserError when it cannot be opened. */
  templateName(templateId: string): string;
}
