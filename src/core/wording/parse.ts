// Validates untrusted data (a JSON file, a sidebar call) against the schema and
// turns zod's issues into French sentences that name the faulty path.
import type * as z from 'zod/mini';
import { Convention } from '../domain/schema';
import { frParse } from '../../i18n/fr-domain';

export type Parsed<T> = { ok: true; value: T } | { ok: false; errors: string[] };

export function parseWith<S extends z.ZodMiniType>(schema: S, data: unknown): Parsed<z.infer<S>> {
  const result = schema.safeParse(data, { error: frParse.zodIssue });
  if (result.success) return { ok: true, value: result.data };
  return { ok: false, errors: result.error.issues.map((i) => frParse.issue(i.path.map(String).join('.'), i.message)) };
}

export const parseConvention = (data: unknown) => parseWith(Convention, data);
