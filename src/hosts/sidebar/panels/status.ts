// The per-year envelope status: enveloppe, alloué, écart and a status given by an
// icon, a word and a colour — never by colour alone.
import type { SidebarState } from '../../../app/contract';
import type { YearStatus } from '../../../core/domain/report';
import { formatMoney } from '../../../core/domain/money';
import { statusWords } from '../../../i18n/fr-domain';
import { frSidebar } from '../../../i18n/fr-addon';
import { h } from '../dom';

const money = (c: number | null) => (c === null ? '—' : formatMoney(c));

function statusText(status: YearStatus, deltaCents: number): string {
  const word = statusWords(status);
  return status === 'over' || status === 'under' ? `${word} ${frSidebar.deltaOf(money(Math.abs(deltaCents)))}` : word;
}

function yearRow(label: string, envelope: number | null, allocated: number, delta: number, status: YearStatus): HTMLElement {
  return h(
    'tr',
    { className: `status-${status}`, 'data-year': label },
    h('th', { scope: 'row' }, label),
    h('td', { 'data-label': frSidebar.yearCols[1] }, money(envelope)),
    h('td', { 'data-label': frSidebar.yearCols[2] }, money(allocated)),
    h('td', { className: 'delta', 'data-label': frSidebar.yearCols[3] }, `${delta > 0 ? '+' : ''}${money(delta)}`),
    h('td', { className: 'status' }, statusText(status, delta)),
  );
}

export function statusPanel(state: SidebarState): HTMLElement {
  const section = h('section', { className: 'envelope', 'aria-labelledby': 'envelope-title' }, h('h2', { id: 'envelope-title' }, frSidebar.envelopeTitle));
  if (state.years.length === 0 || !state.total) {
    section.append(h('p', { className: 'hint' }, frSidebar.noYears));
    return section;
  }
  const head = h(
    'tr',
    {},
    ...frSidebar.yearCols.map((c) => h('th', { scope: 'col' }, c)),
    h('th', { scope: 'col', className: 'sr-only' }, frSidebar.statusCol),
  );
  const rows = state.years.map((y) => yearRow(String(y.year), y.envelopeCents, y.allocatedCents, y.deltaCents, y.status));
  const t = state.total;
  rows.push(yearRow(frSidebar.total, t.envelopeCents, t.allocatedCents, t.deltaCents, t.status));
  section.append(h('table', { className: 'years' }, h('thead', {}, head), h('tbody', {}, ...rows)));
  return section;
}

/**
 * Stacks the year table (one amount a line) when an amount is wider than its column — large
 * envelopes at 300 px — and goes back to three columns when they fit again (a wider panel).
 * Measured in the page, since only the browser knows the width of the text in its font.
 */
export function fitYearTable(root: HTMLElement): void {
  const table = root.querySelector<HTMLTableElement>('table.years');
  if (!table) return;
  table.classList.remove('stacked');
  const tooWide = Array.from(table.querySelectorAll<HTMLElement>('tbody td:not(.status)')).some((td) => {
    const range = document.createRange();
    range.selectNodeContents(td);
    return range.getBoundingClientRect().width > td.clientWidth + 0.5;
  });
  table.classList.toggle('stacked', tooWide);
}
