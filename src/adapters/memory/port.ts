// The WorkbookPort on an in-memory workbook: what the local preview's
// google.script.run shim calls, through the same server functions as Apps Script.
import type { WorkbookSnapshot } from '../../core/workbook/types';
import { applyPlan } from '../../core/workbook/snapshot-apply';
import type { WorkbookPort } from '../../app/port';
import type { PropertiesLike } from '../../app/settings';
import { UserError } from '../../app/errors';
import { withLock } from '../../app/lock';
import { frAddon, frPreview } from '../../i18n/fr-addon';
import { isCtgWorkbook } from '../../app/server-api';
import { checkWorkbook } from '../../core/workbook/refresh';
import { buildConventionSummary } from '../../core/summary/convention-summary';
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
      apply: (plan) => { this.snapshot = applyPlan(this.snapshot, plan); },
      select: (sheet, cell) => {
        if (!this.snapshot.sheets.some((s) => s.name === sheet)) return false;
        this.selection = { sheet, ...(cell ? { cell } : {}) };
        return true;
      },
      withLock: (fn) => withLock(lock, fn),
      properties: () => properties,
      generateSummary: () => this.writeSummary(),
      setSummaryTemplate: () => { throw new UserError(frPreview.templateUnavailable); },
    };
  }

  /** Same model as the Google Docs summary, rendered as Markdown (no Google in the preview). */
  private writeSummary() {
    if (!isCtgWorkbook(this.snapshot)) throw new UserError(frAddon.notInitialized);
    const { convention, report } = checkWorkbook(this.snapshot);
    const created = this.summaryMarkdown === null;
    this.summaryMarkdown = renderMarkdown(buildConventionSummary(convention, report, { generatedAt: new Date() }));
    return { url: PREVIEW_SUMMARY_PATH, documentId: 'apercu-local', created, unknownPlaceholders: [] };
  }
}
