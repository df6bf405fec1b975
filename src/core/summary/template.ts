// Template mode: a user's Google Doc with {{territoire}}, {{periode}}… and block
// placeholders ({{tableau_budget}}) alone in their paragraph. The placeholder
// list lives here and only here; values come from the same generator pieces as
// the default layout.
import { Convention } from '../domain/schema';
import { CheckReport } from '../domain/report';
import { formatMoney } from '../domain/money';
import { ROLE_LABEL } from '../../i18n/fr-workbook';
import { YEAR_STATUS_LABEL } from '../../i18n/fr-domain';
import { frTemplate } from '../../i18n/fr-summary';
import type { Table } from './model';
import { SummaryMeta } from './convention-summary';
import { actionTable, budgetLinesTable, envelopeTable } from './tables';
import { frenchDate, frenchIsoDate, orDash, periodText } from './format';

type Inputs = { convention: Convention; report: CheckReport; meta: SummaryMeta };

/** Placeholders replaced by text. */
export const INLINE_PLACEHOLDERS = {
  territoire: ({ convention }: Inputs) => orDash(convention.territory),
  convention: ({ convention }: Inputs) => orDash(convention.name),
  periode: ({ convention }: Inputs) => periodText(convention.period),
  signataires: ({ convention }: Inputs) => convention.signatories.map((s) => `${s.name} (${ROLE_LABEL[s.role]})`).join(', '),
  enveloppe_annuelle: ({ convention }: Inputs) => annualEnvelope(convention),
  enveloppe_totale: ({ report }: Inputs) => formatMoney(report.total.envelopeCents),
  alloue_total: ({ report }: Inputs) => formatMoney(report.total.allocatedCents),
  statut_enveloppe: ({ report }: Inputs) => YEAR_STATUS_LABEL[report.total.status],
  date_generation: ({ meta }: Inputs) => frenchDate(meta.generatedAt),
  date_signature: ({ convention }: Inputs) => (convention.signatureDate ? frenchIsoDate(convention.signatureDate) : orDash('')),
  nombre_actions: ({ convention }: Inputs) => String(convention.actions.length),
} as const;

/** Placeholders replaced by a table; each must stand alone in its paragraph. */
export const BLOCK_PLACEHOLDERS = {
  tableau_budget: ({ convention }: Inputs): Table => budgetLinesTable(convention),
  tableau_enveloppe: ({ report }: Inputs): Table => envelopeTable(report),
  liste_actions: ({ convention }: Inputs): Table => actionTable(convention.actions),
} as const;

export type InlinePlaceholder = keyof typeof INLINE_PLACEHOLDERS;
export type BlockPlaceholder = keyof typeof BLOCK_PLACEHOLDERS;
// Every placeholder has its French description, and only those: a type error otherwise.
const _described: Record<InlinePlaceholder | BlockPlaceholder, string> = frTemplate;
const _implemented: Record<keyof typeof frTemplate, unknown> = { ...INLINE_PLACEHOLDERS, ...BLOCK_PLACEHOLDERS };
void _described;
void _implemented;

/** "241 801,00 €" when every year has the same envelope, else "2023 : … ; 2024 : …". */
function annualEnvelope(c: Convention): string {
  const amounts = [...c.envelopes].sort((a, b) => a.year - b.year);
  if (amounts.length === 0) return orDash('');
  if (amounts.every((e) => e.amountCents === amounts[0].amountCents)) return formatMoney(amounts[0].amountCents);
  return amounts.map((e) => `${e.year} : ${formatMoney(e.amountCents)}`).join(' ; ');
}

/**
 * Values are replaced one placeholder after the other, so a value that itself
 * holds "{{periode}}" would be expanded by a later pass: a word joiner (U+2060,
 * invisible) between the braces keeps it literal.
 */
export const inertBraces = (value: string) => value.replace(/\{\{/g, '{\u2060{');

export function inlineValues(inputs: Inputs): Record<InlinePlaceholder, string> {
  return Object.fromEntries(Object.entries(INLINE_PLACEHOLDERS).map(([k, f]) => [k, inertBraces(f(inputs))])) as Record<InlinePlaceholder, string>;
}

export function blockTables(inputs: Inputs): Record<BlockPlaceholder, Table> {
  return Object.fromEntries(Object.entries(BLOCK_PLACEHOLDERS).map(([k, f]) => [k, f(inputs)])) as Record<BlockPlaceholder, Table>;
}

/** Escapes text so an RE2 pattern (Docs' findText/replaceText) matches it literally. */
export function escapeRe2(text: string): string {
  return text.replace(/[\\^$.|?*+()[\]{}]/g, '\\$&');
}

/**
 * Escapes a replacement for replaceText, whose replacement string follows Java's
 * rules: `$1` is a group and `\` escapes, so a literal `$` or `\` needs a backslash.
 */
export function escapeReplacement(text: string): string {
  return text.replace(/[\\$]/g, '\\$&');
}

/** RE2 pattern of one placeholder; spaces inside the braces are tolerated ({{ periode }}). */
export const placeholderPattern = (name: string) => `\\{\\{\\s*${escapeRe2(name)}\\s*\\}\\}`;

const ANY_PLACEHOLDER = /\{\{\s*([^{}]*?)\s*\}\}/g;

/** Names of the placeholders in a text that the product does not know, each once, in order. */
export function unknownPlaceholders(text: string): string[] {
  const known = new Set<string>([...Object.keys(INLINE_PLACEHOLDERS), ...Object.keys(BLOCK_PLACEHOLDERS)]);
  const found = [...text.matchAll(ANY_PLACEHOLDER)].map((m) => m[1]);
  return [...new Set(found.filter((n) => !known.has(n)))];
}
