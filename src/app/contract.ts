// The one typed contract between the sidebar and the server. The server's global
// functions (src/gas/main.ts), the sidebar's promise wrapper around google.script.run
// (src/sidebar/server.ts) and the local preview's shim (scripts/preview.ts) all use it,
// so a renamed function or a changed argument is a type error, not a runtime
// "is not a function". Arguments are validated on the server with these schemas.
import * as z from 'zod/mini';
import { PartnerRole, Convention, Year } from '../core/domain/schema';
import type { ImportResult } from '../core/import/result';
import type { ReportTotal, WordedFinding, YearReport } from '../core/domain/report';

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

/**
 * What the first-run form proposes when tabs were typed before the set-up (src/app/init-proposal.ts):
 * the convention's fields as read, the period from the Budget year headers, and what is typed.
 */
export type InitProposal = {
  name: string;
  territory: string;
  signatories: { name: string; role: PartnerRole }[];
  startYear?: number;
  endYear?: number;
  envelopes: { year: number; amountCents: number }[];
  typed: { tabs: number; axes: number; actions: number; lines: number };
};

/** Everything the sidebar shows first, in one call. Plain JSON (google.script.run drops Date objects). */
export type SidebarState = {
  initialized: boolean;
  title: string;
  territory: string;
  startYear?: number;
  endYear?: number;
  years: YearReport[];
  total: ReportTotal | null;
  findings: WordedFinding[]; // worded on the server: the sidebar only shows them
  summaryUrl: string | null;
  /** Not initialized, with typed tabs: what the first-run form proposes. */
  proposal?: InitProposal;
  /** When this state was computed (ISO), shown as « vérifié à 14 h 32 ». */
  checkedAt?: string;
  /** A short digest of what the check reads; the sidebar compares it with workbookFingerprint() to offer a new check. */
  fingerprint?: string;
  /** The bilan panel: the years of the period, the one proposed first, and the link of each bilan already written. */
  bilan?: { years: number[]; defaultYear: number | null; links: { year: number; url: string }[] };
};

/** What a write action returns: a plain French sentence and the refreshed sidebar state. */
export type ActionResult = { message: string; state: SidebarState };

/** Result of the summary (src/app/summary.ts). */
export type SummaryResult = { url: string; documentId: string; created: boolean; unknownPlaceholders: string[] };

/** Result of the bilan annuel (src/app/bilan.ts). */
export type BilanResult = { year: number; url: string; documentId: string; created: boolean };

/** Result of choosing the summary's template: the French sentence to show. */
export type TemplateResult = { templateId: string | null; message: string };

/** A pasted Google Docs link (or id); '' goes back to the default layout. */
export const MAX_TEMPLATE_LINK = 500;

/** An e-mail address is at most 254 characters; a partner is a handful of people. */
export const MAX_EMAIL = 254;
export const MAX_PARTNER_EDITORS = 20;

/** Longest text the import panel sends (a 60-page convention is about 150 000 characters). */
export const MAX_IMPORT_TEXT = 400_000;

/** A server function: the schema of its arguments (a tuple) and, as a type only, its result. */
type Fn<Args extends z.ZodMiniType<unknown[]>, Result> = { args: Args; result?: Result };
const fn =
  <Result>() =>
  <Args extends z.ZodMiniType<unknown[]>>(args: Args): Fn<Args, Result> => ({ args });

/**
 * Every function the sidebar may call, declared once: the server's global stubs, the
 * argument checks, the sidebar's promise wrapper and the preview's shim all follow this list.
 */
export const SERVER_FUNCTIONS = {
  getSidebarState: fn<SidebarState>()(z.tuple([])),
  initializeWorkbook: fn<ActionResult>()(z.tuple([InitForm])),
  checkEnvelope: fn<ActionResult>()(z.tuple([])),
  refreshAxisTabs: fn<ActionResult>()(z.tuple([])),
  generateSummary: fn<SummaryResult>()(z.tuple([])),
  /** Writes the summary into a new document and makes it the shared one (when the shared one does not open for this person). */
  createNewSummary: fn<SummaryResult>()(z.tuple([])),
  /** Writes the bilan annuel of a year of the period into that year's document (the same one each time). */
  generateBilan: fn<BilanResult>()(z.tuple([Year])),
  /** The Google Doc whose layout the summary follows ({{territoire}}, {{tableau_budget}}…). */
  setSummaryTemplate: fn<TemplateResult>()(z.tuple([z.string().check(z.maxLength(MAX_TEMPLATE_LINK))])),
  selectCell: fn<void>()(z.tuple([CellTarget])),
  /** The digest of what the check reads now (see SidebarState.fingerprint): a co-editor may have changed the workbook since. */
  workbookFingerprint: fn<string>()(z.tuple([])),
  /** Reads the pasted text of a convention; writes nothing. */
  previewImport: fn<ImportResult>()(z.tuple([z.string().check(z.maxLength(MAX_IMPORT_TEXT))])),
  /** Writes the reviewed draft through the normal plan/apply (never overwrites typed cells). */
  applyImport: fn<ActionResult>()(z.tuple([Convention])),
  /**
   * Protects a partner's rows of Réalisé (the beneficiary as in Budget, matched leniently) so that
   * only the person running it, the owner and these addresses edit them. Writes no cell.
   */
  protectPartnerRows: fn<ActionResult>()(
    z.tuple([z.string().check(z.maxLength(300)), z.array(z.string().check(z.maxLength(MAX_EMAIL))).check(z.maxLength(MAX_PARTNER_EDITORS))]),
  ),
};

export type ServerFunction = keyof typeof SERVER_FUNCTIONS;

type ArgsOf<K extends ServerFunction> = z.infer<(typeof SERVER_FUNCTIONS)[K]['args']>;
type ResultOf<K extends ServerFunction> = Exclude<(typeof SERVER_FUNCTIONS)[K]['result'], undefined>;

/** The server functions with their arguments and results. */
export type ServerApi = { [K in ServerFunction]: (...args: ArgsOf<K>) => ResultOf<K> };

export const SERVER_FUNCTION_NAMES = Object.keys(SERVER_FUNCTIONS) as ServerFunction[];

/** The sidebar's view of the server: the same functions, returning promises. */
export type AsyncServerApi = { [K in ServerFunction]: (...args: Parameters<ServerApi[K]>) => Promise<ReturnType<ServerApi[K]>> };
