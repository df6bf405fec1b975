// The envelope check as plain text, for the menu's alert.
import type { ActionResult } from './contract';
import { formatMoney, plainSpaces } from '../core/domain/money';
import { findingPlace } from '../core/domain/finding-place';
import { SEVERITY_ICON, statusWords } from '../i18n/fr-domain';
import { frAddon } from '../i18n/fr-addon';

/** An alert is no place for a long list: the sidebar has them all, with links to the cells. */
const MAX_LISTED = 10;

export function checkAlertText({ message, state }: ActionResult): string {
  const money = (c: number | null) => plainSpaces(formatMoney(c ?? 0));
  const years = state.years.map((y) =>
    frAddon.checkLine(y.year, statusWords(y.status), money(y.allocatedCents), money(y.envelopeCents), money(Math.abs(y.deltaCents))),
  );
  const findings = state.findings.slice(0, MAX_LISTED).map((f) => `${SEVERITY_ICON[f.severity]} ${findingPlace(f)} — ${plainSpaces(f.message)}`);
  const more = state.findings.length > MAX_LISTED ? [frAddon.moreFindings(state.findings.length - MAX_LISTED)] : [];
  return [...years, '', message, ...findings, ...more].join('\n');
}
