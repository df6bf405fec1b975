// The one typed contract between the sidebar and the server. The server's global
// functions (src/gas/main.ts), the sidebar's promise wrapper around google.script.run
// (src/sidebar/server.ts) and the local preview's shim (scripts/preview.ts) all use it,
// so a renamed function or a changed argument is a type error, not a runtime
// "is not a function". Arguments are validated on the server with these schemas.
import * as z from 'zod/mini';
import { PartnerRole, Convention } from '../core/domain/schema';
import type { ImportResult } from '../core/import/result';
import { WordedFinding, YearReport, YearStatus } from '../core/domain/report';

/** What the first-run form sends. Years and amounts stay text: the server parses them and names the faulty field. */
export const InitForm = z.object({
  name: z.string().check(z.maxLength(300)),
  territory: z.string().check(z.maxLength(300)),
  signatories: z.array(z.object({ name: z.string().check(z.maxLength(300)), role: PartnerRole })).check(z.maxLength(20)),
  startYear: z.string().check(z.maxLength(20)),
  endYear: z.string().check(z.maxLength(20)),
  envelopes: z.array(z.object({ year: z.int(), amount: z.string().check(z.maxLength(60)) })).check(z.maxLength(6)),
});
export type InitForm = z.infer<typeof InitForm>;

export const CellTarget = z.object({ sheet: z.string().check(z.minLength(1), z.maxLength(100)), cell: z.optional(z.string().check(z.maxLength(20))) });
export type CellTarget = z.infer<typeof CellTarget>;

/** Everything the sidebar shows first, in one call. Plain JSON (google.script.run drops Date objects). */
export const SidebarState = z.object({
  initialized: z.boolean(),
  title: z.string(),
  territory: z.string(),
  startYear: z.optional(z.int()),
  endYear: z.optional(z.int()),
  years: z.array(YearReport),
  total: z.nullable(z.object({ envelopeCents: z.int(), allocatedCents: z.int(), deltaCents: z.int(), status: YearStatus })),
  findings: z.array(WordedFinding), // worded on the server: the sidebar only shows them
  summaryUrl: z.nullable(z.string()),
});
export type SidebarState = z.infer<typeof SidebarState>;

/** What a write action returns: a plain French sentence and the refreshed sidebar state. */
export type ActionResult = { message: string; state: SidebarState };

/** Result of the Docs summary (implemented by src/gas/summary.ts). */
export type SummaryResult = { url: string; documentId: string; created: boolean; unknownPlaceholders: string[] };

/** Result of choosing the summary's template: the French sentence to show. */
export type TemplateResult = { templateId: string | null; message: string };

/** A pasted Google Docs link (or id); '' goes back to the default layout. */
export const MAX_TEMPLATE_LINK = 500;

/** Every function the sidebar may call, with its arguments and result. */
export interface ServerApi {
  getSidebarState(): SidebarState;
  initializeWorkbook(form: InitForm): ActionResult;
  checkEnvelope(): ActionResult;
  refreshAxisTabs(): ActionResult;
  generateSummary(): SummaryResult;
  /** Issue 5: the Google Doc whose layout the summary follows ({{territoire}}, {{tableau_budget}}…). */
  setSummaryTemplate(link: string): TemplateResult;
  selectCell(target: CellTarget): void;
  /** Issue 6: reads the pasted text of a convention; writes nothing. */
  previewImport(text: string): ImportResult;
  /** Issue 6: writes the reviewed draft through the normal plan/apply (never overwrites typed cells). */
  applyImport(draft: Convention): ActionResult;
}

/** Longest text the import panel sends (a 60-page convention is about 150 000 characters). */
export const MAX_IMPORT_TEXT = 400_000;

export type ServerFunction = keyof ServerApi;

/** Argument schemas, one tuple per function: the mapped type makes a missing or extra entry a type error. */
export const ARGS: { [K in ServerFunction]: z.ZodMiniType<Parameters<ServerApi[K]>> } = {
  getSidebarState: z.tuple([]),
  initializeWorkbook: z.tuple([InitForm]),
  checkEnvelope: z.tuple([]),
  refreshAxisTabs: z.tuple([]),
  generateSummary: z.tuple([]),
  setSummaryTemplate: z.tuple([z.string().check(z.maxLength(MAX_TEMPLATE_LINK))]),
  selectCell: z.tuple([CellTarget]),
  previewImport: z.tuple([z.string().check(z.maxLength(MAX_IMPORT_TEXT))]),
  applyImport: z.tuple([Convention]),
};

/** The sidebar's view of the server: the same functions, returning promises. */
export type AsyncServerApi = { [K in ServerFunction]: (...args: Parameters<ServerApi[K]>) => Promise<ReturnType<ServerApi[K]>> };
