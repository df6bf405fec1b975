// The WorkbookPort on an in-memory workbook: what the local preview's
// google.script.run shim calls, through the same use cases as Apps Script.
import type { WorkbookSnapshot } from '../../core/workbook/types';
import { applyPlan } from '../../core/workbook/snapshot-apply';
import type { SummaryDocuments, WorkbookPort } from '../../app/port';
import type { PropertiesLike } from '../../app/settings';
import { UserError } from '../../app/errors';
import { withLock } from '../../app/lock';
import { frPreview } from '../../i18n/fr-addon';
import { renderMarkdown } from '../markdown/render';

/** Where the preview serves the summary it writes in place of a Google Doc. */
export const PREVIEW_SUMMARY_PATH = '/synthese';

export class MemoryWorkbook {
  snapshot: WorkbookSnapshot;
  selection: { sheet: string; cell?: string } | null = null;
  readonly props = new Map<string, string>();
  /** The summary as Markdown: the preview's stand-in for the Google Doc, rewritten in place on each click. */
  summaryMarkdown: string | null = null;
  private locked = false;

  constructor(initial: WorkbookSnapshot) {
    this.snapshot = initial;
  }

  port(): WorkbookPort {
    const properties: PropertiesLike = {
      getProperty: (k) => this.props.get(k) ?? null,
      setProperty: (k, v) => this.props.set(k, v),
    };
    const lock = {
      tryLock: () => (this.locked ? false : (this.locked = true)),
      releaseLock: () => void (this.locked = false),
    };
    return {
      snapshot: () => this.snapshot,
      apply: (plan) => {
        this.snapshot = applyPlan(this.snapshot, plan);
      },
      select: (sheet, cell) => {
        if (!this.snapshot.sheets.some((s) => s.name === sheet)) return false;
        this.selection = { sheet, ...(cell ? { cell } : {}) };
        return true;
      },
      withLock: (fn) => withLock(lock, fn),
      properties: () => properties,
      url: () => undefined,
      documents: () => this.documents(),
    };
  }

  /** The summary rendered as Markdown from the same model as the Google Doc (no Google in the preview). */
  private documents(): SummaryDocuments {
    return {
      write: ({ document, documentId }) => {
        const created = documentId === null || this.summaryMarkdown === null;
        this.summaryMarkdown = renderMarkdown(document);
        return { url: PREVIEW_SUMMARY_PATH, documentId: 'apercu-local', created, unknownPlaceholders: [] };
      },
      templateName: () => {
        throw new UserError(frPreview.templateUnavailable);
      },
    };
  }
}
