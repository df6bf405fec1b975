// The CTG domain model. These zod schemas are the single source of truth:
// every type of the domain is z.infer of a schema below.
//
// The schema is deliberately lenient about *content* (empty titles, duplicate
// ids, dangling references are accepted) because a co-edited workbook is messy:
// the envelope check reports such problems as findings pinned to their cell,
// which is far more useful to a coordinator than a schema rejection.
import * as z from 'zod/mini';
import { YEAR_MIN, YEAR_MAX, isPeriodSpan } from './years';

/** Who signs or funds: the same vocabulary serves signatories and funders. */
export const PartnerRole = z.enum(['caf', 'commune', 'epci', 'conseil-departemental', 'msa', 'autre']);
export type PartnerRole = z.infer<typeof PartnerRole>;

export const Year = z.int().check(z.minimum(YEAR_MIN), z.maximum(YEAR_MAX));

export const Signatory = z.object({
  name: z.string(),
  role: PartnerRole,
});
export type Signatory = z.infer<typeof Signatory>;

/**
 * The schema's own rules, raised as zod custom issues with `params: { rule }` and no
 * message: the error map given to safeParse words them (frParse.zodIssue).
 */
export type SchemaRule = 'period-span';
const rule = (name: SchemaRule) => ({ params: { rule: name } });

/**
 * 1 to 6 whole years. Either bound may be unknown in a draft (a text that only
 * says "à l'horizon 2026"); the check then warns instead of guessing.
 */
export const Period = z
  .object({ startYear: z.optional(Year), endYear: z.optional(Year) })
  .check(z.refine((p) => p.startYear === undefined || p.endYear === undefined || isPeriodSpan(p.startYear, p.endYear), rule('period-span')));
export type Period = z.infer<typeof Period>;

export const Cents = z.int();

export const Envelope = z.object({ year: Year, amountCents: Cents });
export type Envelope = z.infer<typeof Envelope>;

export const AxisType = z.enum(['axe', 'enjeu', 'ambition', 'orientation', 'thematique']);
export type AxisType = z.infer<typeof AxisType>;

export const Axis = z.object({
  id: z.string(), // AX1, AX2…
  title: z.string(),
  type: AxisType,
  themes: z.array(z.string()),
  objectives: z.array(z.string()),
});
export type Axis = z.infer<typeof Axis>;

export const ActionStatus = z.enum(['non-demarree', 'en-cours', 'realisee', 'abandonnee']);
export type ActionStatus = z.infer<typeof ActionStatus>;

/** A yearly figure typed by a person: a number, or the text verbatim when it is not one (reported, never lost). */
export const Measure = z.union([z.number(), z.string()]);
export type Measure = z.infer<typeof Measure>;

const YearKey = z.string().check(z.regex(/^\d{4}$/));

export const Indicator = z.object({
  label: z.string(),
  baseline: z.optional(z.number()), // valeur de référence
  target: z.optional(z.number()), // cible
  unit: z.optional(z.string()),
  /** The value measured each year (Indicateurs tab), by year. */
  values: z.optional(z.record(YearKey, Measure)),
  source: z.optional(z.string()),
});
export type Indicator = z.infer<typeof Indicator>;

/** A fiche action. Free-text fields are '' when unknown. */
export const Action = z.object({
  id: z.string(), // FA01, FA07…
  title: z.string(), // intitulé
  axisId: z.string(), // '' when not yet attached
  themes: z.array(z.string()),
  objectives: z.array(z.string()),
  context: z.string(), // constat
  description: z.string(),
  audience: z.string(), // public visé
  territory: z.string(),
  lead: z.string(), // pilote / porteur
  partners: z.array(z.string()),
  means: z.string(), // moyens
  schedule: z.string(), // calendrier / échéance
  indicators: z.array(Indicator),
  status: ActionStatus,
});
export type Action = z.infer<typeof Action>;

/**
 * One amount per year. A number is integer cents; a string is what a person
 * typed that could not be read as money (kept verbatim so the check can quote it
 * and point at its cell — and so nothing typed is ever lost).
 */
export const BudgetAmount = z.union([Cents, z.string()]);
export type BudgetAmount = z.infer<typeof BudgetAmount>;

export const BudgetLine = z.object({
  id: z.string(), // L01, L02…
  beneficiary: z.string(), // bénéficiaire / gestionnaire
  equipment: z.string(), // équipement / type (EAJE, ALSH, RPE, LAEP, coordination…)
  nature: z.string(), // nature of the funding (bonus territoire, poste de coordination…)
  funder: PartnerRole,
  actionId: z.string(), // '' when the line is not tied to a fiche action
  amounts: z.record(YearKey, BudgetAmount),
});
export type BudgetLine = z.infer<typeof BudgetLine>;

/** What was actually paid or spent on a budget line (Réalisé tab), found by the line's id. */
export const RealisedLine = z.object({
  lineId: z.string(),
  amounts: z.record(YearKey, BudgetAmount),
  comment: z.string(),
});
export type RealisedLine = z.infer<typeof RealisedLine>;

/** Where a fiche action stands at the end of a year (Suivi tab). `progress` is a percentage, 0 to 100. */
export const FollowUp = z.object({
  actionId: z.string(),
  year: Year,
  status: z.optional(ActionStatus),
  progress: z.optional(Measure),
  comment: z.string(),
  watchPoints: z.string(),
  decisions: z.string(),
});
export type FollowUp = z.infer<typeof FollowUp>;

export const Convention = z.object({
  name: z.string(), // "CTG Thoré Montagne Noire"
  territory: z.string(),
  signatories: z.array(Signatory),
  period: Period,
  signatureDate: z.optional(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/))), // ISO date
  coordinator: z.string(), // chargé(e) de coopération, '' when unknown
  toleranceCents: Cents.check(z.minimum(0)),
  envelopes: z.array(Envelope), // CAF envelope per year
  envelopeTotalCents: z.optional(Cents), // multi-year total as stated by the convention text
  axes: z.array(Axis),
  actions: z.array(Action),
  budget: z.array(BudgetLine),
  /** The follow-up after signing: réalisé per line and year, and where each fiche stands each year. */
  // Optional so that a convention written before the follow-up (a draft, an example) stays valid: absent means none yet.
  realised: z.optional(z.array(RealisedLine)),
  followUp: z.optional(z.array(FollowUp)),
});
export type Convention = z.infer<typeof Convention>;

/** The years of a complete period, in order; [] while a bound is unknown. */
export function periodYears(period: Period): number[] {
  const { startYear, endYear } = period;
  if (startYear === undefined || endYear === undefined || endYear < startYear) return [];
  return Array.from({ length: endYear - startYear + 1 }, (_, i) => startYear + i);
}

/** Stable, human-readable ids: AX1, FA07, L03. */
export const ids = {
  axis: (n: number) => `AX${n}`,
  action: (n: number) => `FA${String(n).padStart(2, '0')}`,
  budgetLine: (n: number) => `L${String(n).padStart(2, '0')}`,
};
