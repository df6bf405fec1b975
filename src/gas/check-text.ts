// The envelope check as plain text, for the menu's alert.
import type { ActionResult } from '../contract';
import { formatMoney, plainSpaces } from '../domain/money';
import { YEAR_STATUS_LABEL } from '../i18n/fr-domain';
import { frAddon, SEVERITY_ICON, STATUS_ICON } from '../i18n/fr-addon';

export function checkAlertText({ message, state }: ActionResult): string {
  const money = (c: number | null) => plainSpaces(formatMoney(c ?? 0));
  const years = state.years.map((y) =>
    frAddon.checkLine(y.year, `${STATUS_ICON[y.status]} ${YEAR_STATUS_LABEL[y.status]}`, money(y.allocatedCents), money(y.envelopeCents), money(Math.abs(y.deltaCents))));
  const findings = state.findings.slice(0, 10).map((f) => `${SEVERITY_ICON[f.severity]} ${f.cell ? `${f.sheet}!${f.cell}` : f.sheet} — ${plainSpaces(f.message)}`);
  return [...years, '', message, ...findings].join('\n');
}
