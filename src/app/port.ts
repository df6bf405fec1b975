// What the server functions need from "a spreadsheet": the Apps Script edge
// (gas-port.ts) and the local preview (scripts/preview.ts) both provide it, so the
// sidebar runs the very same server code in both.
import type { Plan, WorkbookSnapshot } from '../core/workbook/types';
import type { SummaryResult, TemplateResult } from './contract';
import type { PropertiesLike } from './settings';

export interface WorkbookPort {
  /** One batched read of every tab. */
  snapshot(): WorkbookSnapshot;
  /** Batched writes; called only under withLock. */
  apply(plan: Plan): void;
  /** Selects a cell (or a whole tab when cell is undefined); false when the tab does not exist. */
  select(sheet: string, cell: string | undefined): boolean;
  /** Runs fn holding the document lock, or throws a UserError when a co-editor holds it. */
  withLock<T>(fn: () => T): T;
  properties(): PropertiesLike;
  generateSummary(): SummaryResult;
  setSummaryTemplate(link: string): TemplateResult;
}
