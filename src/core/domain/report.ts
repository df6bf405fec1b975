// What the envelope check returns. Schemas here too, because the report
// crosses boundaries (sidebar, `ctg check --json`) and is validated there.
import * as z from 'zod/mini';

export const Severity = z.enum(['error', 'warning', 'info']);
export type Severity = z.infer<typeof Severity>;

export const FindingCode = z.enum([
  'over-allocation', // dépassement
  'under-allocation', // reste à répartir
  'missing-envelope',
  'envelope-outside-period',
  'envelope-total-mismatch',
  'total-over-allocation',
  'total-under-allocation',
  'year-outside-period',
  'negative-amount',
  'unreadable-amount',
  'negative-envelope',
  'unknown-action',
  'unknown-axis',
  'duplicate-id',
  'empty-field',
  'period-incomplete',
  'no-caf-signatory',
  // Findings of the workbook reader and plan (cells that cannot be read or reconciled).
  'unreadable-cell',
  'unreconciled',
]);
export type FindingCode = z.infer<typeof FindingCode>;

export const Finding = z.object({
  severity: Severity,
  code: FindingCode,
  message: z.string(), // French, amounts formatted
  sheet: z.string(), // tab name
  cell: z.optional(z.string()), // A1 reference in that tab
});
export type Finding = z.infer<typeof Finding>;

export const YearStatus = z.enum(['balanced', 'over', 'under', 'missing-envelope']);
export type YearStatus = z.infer<typeof YearStatus>;

export const YearReport = z.object({
  year: z.int(),
  envelopeCents: z.nullable(z.int()),
  allocatedCents: z.int(), // sum of the CAF lines that year
  deltaCents: z.int(), // allocated − envelope (positive: dépassement)
  status: YearStatus,
});
export type YearReport = z.infer<typeof YearReport>;

/** Totals of one group (an axis, a beneficiary, a funder) per year and overall. */
export const Breakdown = z.object({
  key: z.string(), // axis id, beneficiary name or funder role; '' for "none"
  label: z.string(),
  perYear: z.record(z.string(), z.int()),
  totalCents: z.int(),
});
export type Breakdown = z.infer<typeof Breakdown>;

export const CheckReport = z.object({
  years: z.array(YearReport),
  total: z.object({
    envelopeCents: z.int(),
    allocatedCents: z.int(),
    deltaCents: z.int(),
    status: YearStatus,
  }),
  byAxis: z.array(Breakdown),
  byBeneficiary: z.array(Breakdown),
  byFunder: z.array(Breakdown),
  findings: z.array(Finding),
});
export type CheckReport = z.infer<typeof CheckReport>;

export const hasErrors = (findings: Finding[]) => findings.some((f) => f.severity === 'error');
