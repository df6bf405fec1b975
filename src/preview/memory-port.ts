// The WorkbookPort on an in-memory workbook: what the local preview's
// google.script.run shim calls, through the same server functions as Apps Script.
import type { WorkbookSnapshot } from '../workbook/types';
import { applyPlan } from '../workbook/memory';
import type { WorkbookPort } from '../gas/port';
import type { PropertiesLike } from '../gas/settings';
import { UserError } from '../gas/errors';
import { withLock } from '../gas/lock';
import { frPreview } from '../i18n/fr-addon';

export class MemoryWorkbook {
  snapshot: WorkbookSnapshot;
  selection: { sheet: string; cell?: string } | null = null;
  readonly props = new Map<string, string>();
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
      generateSummary: () => { throw new UserError(frPreview.summaryUnavailable); },
    };
  }
}
