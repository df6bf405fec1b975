// The French wording of findings: one function per kind of finding, from its parameters.
// i18n imports nothing from the core, so the parameters are spelled out here; the glue
// (src/core/wording/finding-message.ts) checks this table against the core's
// FindingParams, so a missing or mismatched wording is a type error there.
import { frFindings, frBreakdown, frMoney, FIELD_LABEL, MONEY_REFUSAL, GAP_REASON } from './fr-domain';
import { frReader, frLimits } from './fr-workbook';
import { frFollowUpFindings, IMPLAUSIBLE_MEASURE } from './fr-follow-up';

/** How a finding names an item (the core's ItemName). */
export type ItemNameWords =
  { by: 'row'; id: string; row?: number } | { by: 'position'; item: 'axis' | 'action' | 'signatory'; id: string; position: number } | { by: 'convention' };

const POSITION_LABEL = { axis: frBreakdown.axisLabel, action: frBreakdown.actionLabel, signatory: frBreakdown.signatoryLabel };

/** "L03", "Ligne 7", "Axe 2", "Signataire 1", "Convention". */
export function itemName(n: ItemNameWords): string {
  if (n.by === 'convention') return 'Convention';
  if (n.by === 'row') return n.id || frBreakdown.lineLabel(n.row);
  return n.id || `${POSITION_LABEL[n.item]} ${n.position}`;
}

type Reason = keyof typeof MONEY_REFUSAL;
type Yearly = { year: number; deltaCents: number; allocatedCents: number; envelopeCents: number };
type Total = { deltaCents: number; allocatedCents: number; envelopeCents: number };

/** The wording of every kind of finding, amounts (integer cents) printed by `money`. */
export const frFindingWords = (money: (cents: number) => string) => ({
  'over-allocation': (p: Yearly) => frFindings.over(p.year, money(Math.abs(p.deltaCents)), money(p.allocatedCents), money(p.envelopeCents)),
  'under-allocation': (p: Yearly) => frFindings.under(p.year, money(Math.abs(p.deltaCents)), money(p.allocatedCents), money(p.envelopeCents)),
  'missing-envelope': (p: { year: number; allocatedCents: number }) => frFindings.missingEnvelope(p.year, money(p.allocatedCents)),
  'incomplete-year': (p: { year: number; reason: keyof typeof GAP_REASON }) => frFindings.incompleteYear(p.year, GAP_REASON[p.reason]),
  'envelope-outside-period': (p: { year: number; startYear: number; endYear: number }) => frFindings.envelopeOutsidePeriod(p.year, p.startYear, p.endYear),
  'envelope-total-mismatch': (p: { statedCents: number; sumCents: number }) => frFindings.envelopeTotalMismatch(money(p.statedCents), money(p.sumCents)),
  'total-over-allocation': (p: Total) => frFindings.totalOver(money(Math.abs(p.deltaCents)), money(p.allocatedCents), money(p.envelopeCents)),
  'total-under-allocation': (p: Total) => frFindings.totalUnder(money(Math.abs(p.deltaCents)), money(p.allocatedCents), money(p.envelopeCents)),
  'year-outside-period': (p: { line: ItemNameWords; year: string; amountCents: number }) =>
    frFindings.yearOutsidePeriod(itemName(p.line), p.year, money(p.amountCents)),
  'negative-amount': (p: { line: ItemNameWords; year: string; amountCents: number }) =>
    frFindings.negativeAmount(itemName(p.line), p.year, money(p.amountCents)),
  'unreadable-amount': (p: { line: ItemNameWords; year: string; text: string; reason: Reason }) =>
    frFindings.unreadableAmount(itemName(p.line), p.year, frMoney.unreadable(p.text, p.reason)),
  'negative-envelope': (p: { year: number; amountCents: number }) => frFindings.negativeEnvelope(p.year, money(p.amountCents)),
  'zero-envelope': (p: { year: number }) => frFindings.zeroEnvelope(p.year),
  'implausible-amount': (p: { line: ItemNameWords; year: string; amountCents: number; limitCents: number }) =>
    frFindings.implausibleAmount(itemName(p.line), p.year, money(p.amountCents), money(p.limitCents)),
  'implausible-envelope': (p: { year: number; amountCents: number; limitCents: number }) =>
    frFindings.implausibleEnvelope(p.year, money(p.amountCents), money(p.limitCents)),
  'unknown-action': (p: { line: ItemNameWords; actionId: string }) => frFindings.unknownAction(itemName(p.line), p.actionId),
  'unknown-axis': (p: { action: ItemNameWords; axisId: string }) => frFindings.unknownAxis(itemName(p.action), p.axisId),
  'duplicate-id': (p: { id: string; count: number }) => frFindings.duplicateId(p.id, p.count),
  'empty-field': (p: { item: ItemNameWords; field: keyof typeof FIELD_LABEL }) => frFindings.emptyField(itemName(p.item), p.field),
  'period-incomplete': (p: { field: 'startYear' | 'endYear' }) => frFindings.periodIncomplete(FIELD_LABEL[p.field]),
  'no-caf-signatory': (_p: object) => frFindings.noCafSignatory,
  'realised-over-planned': (p: { line: ItemNameWords; year: string; realisedCents: number; plannedCents: number }) =>
    frFollowUpFindings.realisedOverPlanned(itemName(p.line), p.year, money(p.realisedCents), money(p.plannedCents)),
  'realised-unknown-line': (p: { lineId: string }) => frFollowUpFindings.realisedUnknownLine(p.lineId),
  'realised-future-year': (p: { line: ItemNameWords; year: string; currentYear: number }) =>
    frFollowUpFindings.realisedFutureYear(itemName(p.line), p.year, p.currentYear),
  'unreadable-realised': (p: { line: ItemNameWords; year: string; text: string; reason: Reason }) =>
    frFollowUpFindings.unreadableRealised(itemName(p.line), p.year, frMoney.unreadable(p.text, p.reason)),
  'negative-realised': (p: { line: ItemNameWords; year: string; amountCents: number }) =>
    frFollowUpFindings.negativeRealised(itemName(p.line), p.year, money(p.amountCents)),
  'action-done-without-realised': (p: { action: ItemNameWords; year?: number }) => frFollowUpFindings.actionDoneWithoutRealised(itemName(p.action), p.year),
  'indicator-unknown-action': (p: { label: string; actionId: string }) => frFollowUpFindings.indicatorUnknownAction(p.label, p.actionId),
  'indicator-without-unit': (p: { actionId: string; label: string }) => frFollowUpFindings.indicatorWithoutUnit(p.actionId, p.label),
  'implausible-indicator': (p: { actionId: string; label: string; year: string; value: number; reason: keyof typeof IMPLAUSIBLE_MEASURE }) =>
    frFollowUpFindings.implausibleIndicator(p.actionId, p.label, p.year, p.value, IMPLAUSIBLE_MEASURE[p.reason]),
  'unreadable-measure': (p: { what: 'indicator' | 'progress'; actionId: string; year: string; text: string }) =>
    frFollowUpFindings.unreadableMeasure(p.what, p.actionId, p.year, p.text),
  'follow-up-unknown-action': (p: { actionId: string; year: number }) => frFollowUpFindings.followUpUnknownAction(p.actionId, p.year),
  'follow-up-outside-period': (p: { actionId: string; year: number; startYear: number; endYear: number }) =>
    frFollowUpFindings.followUpOutsidePeriod(p.actionId, p.year, p.startYear, p.endYear),
  'implausible-progress': (p: { actionId: string; year: number; value: number }) => frFollowUpFindings.implausibleProgress(p.actionId, p.year, p.value),
  'not-a-number': (p: { value: string }) => frReader.notANumber(p.value),
  'merged-cells': (p: { range: string }) => frReader.merged(p.range),
  'error-cell': (p: { value: string }) => frReader.errorCell(p.value),
  'not-a-year': (p: { value: string }) => frReader.notAYear(p.value),
  'not-a-date': (p: { value: string }) => frReader.notADate(p.value),
  'amount-as-text': (p: { value: string }) => frReader.amountAsText(p.value),
  'unreadable-money': (p: { text: string; reason: Reason }) => frReader.unreadableMoney(frMoney.unreadable(p.text, p.reason)),
  'sub-cent-number': (p: { value: number }) => frReader.unreadableMoney(frMoney.subCent(p.value)),
  'label-not-counted': (p: { value: string; label: string }) => frReader.labelNotCounted(p.value, p.label),
  'unknown-label': (p: { value: string; allowed: string[]; fallback: string }) => frReader.unknownLabel(p.value, p.allowed, p.fallback),
  'comment-row': (p: { row: number }) => frReader.commentRow(p.row),
  'total-row': (p: { row: number }) => frReader.totalRow(p.row),
  'bad-period': (p: { startYear: number; endYear: number }) => frReader.badPeriod(p.startYear, p.endYear),
  'missing-tab': (p: { tab: string }) => frReader.missingTab(p.tab),
  'typed-tab-renamed': (p: { tab: string; wanted: string }) => frReader.typedTabRenamed(p.tab, p.wanted),
  'missing-column': (p: { tab: string; header: string }) => frReader.missingColumn(p.tab, p.header),
  'missing-field': (p: { label: string }) => frReader.missingField(p.label),
  'axis-tab-renamed': (p: { tab: string; wanted: string }) => frReader.axisTabRenamed(p.tab, p.wanted),
  'tab-name-taken': (p: { tab: string; used: string }) => frReader.tabNameTaken(p.tab, p.used),
  'kept-value': (p: { typed: string; proposed: string }) => frReader.keptValue(p.typed, p.proposed),
  'generated-blocked': (p: { tab: string }) => frReader.generatedBlocked(p.tab),
  'generated-stale': (p: { tab: string }) => frReader.generatedStale(p.tab),
  'typed-over-formula': (p: { tab: string; value: string }) => frReader.typedOverFormula(p.tab, p.value),
  'axis-tab-orphan': (p: { tab: string }) => frReader.axisTabOrphan(p.tab),
  'cell-too-long': (p: { length: number; max: number }) => frLimits.cellTooLong(p.length, p.max),
  'bad-tab-name': (p: { tab: string; problem: keyof typeof frLimits.tabNameProblem; max: number }) =>
    frLimits.badTabName(p.tab, frLimits.tabNameProblem[p.problem](p.max)),
  'too-many-columns': (p: { tab: string; columns: number; max: number }) => frLimits.tooManyColumns(p.tab, p.columns, p.max),
  'too-many-cells': (p: { cells: number; max: number }) => frLimits.tooManyCells(p.cells, p.max),
});
