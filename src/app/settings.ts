// The workbook's settings live in document properties, shared by every editor
// of the spreadsheet (never user properties: a co-editor must see the same
// summary document, for instance). One JSON value, validated on read.
import * as z from 'zod/mini';

// Loose: keys this version does not know (written by a newer one) survive a read-modify-write.
export const Settings = z.looseObject({
  initializedAt: z.optional(z.string()),
  summaryDocumentId: z.optional(z.string()),
  summaryUrl: z.optional(z.string()),
  /** A Google Doc with {{placeholders}} that replaces the summary's default layout (issue 5). */
  summaryTemplateId: z.optional(z.string()),
  /** The Google Doc of each year's bilan annuel, by year ("2023"): regenerating a year rewrites its document. */
  bilanDocuments: z.optional(z.record(z.string(), z.object({ id: z.string(), url: z.string() }))),
});
export type Settings = z.infer<typeof Settings>;

export interface PropertiesLike {
  getProperty(key: string): string | null;
  setProperty(key: string, value: string): unknown;
}

export const SETTINGS_KEY = 'ctg.settings';

export function readSettings(props: PropertiesLike): Settings {
  const raw = props.getProperty(SETTINGS_KEY);
  if (!raw) return {};
  try {
    const parsed = Settings.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : {};
  } catch {
    return {}; // a hand-edited, unreadable value: start afresh rather than fail every call
  }
}

export function writeSettings(props: PropertiesLike, patch: Settings): Settings {
  const next = { ...readSettings(props), ...patch };
  props.setProperty(SETTINGS_KEY, JSON.stringify(next));
  return next;
}
