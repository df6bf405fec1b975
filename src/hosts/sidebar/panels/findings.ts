// The findings list: errors first, then points of attention, then information; within
// each, grouped by tab in the workbook's order. Each finding is a real button; activating
// it selects the offending cell. A long group shows its first findings and a button for the rest.
import type { WordedFinding as Finding, Severity } from '../../../core/domain/report';
import { findingPlace } from '../../../core/domain/finding-place';
import { frSidebar } from '../../../i18n/fr-addon';
import { SEVERITY_ICON, SEVERITY_WORD } from '../../../i18n/fr-domain';
import { TAB } from '../../../i18n/fr-workbook';
import { h } from '../dom';

const SEVERITIES: Severity[] = ['error', 'warning', 'info'];
const TAB_ORDER: string[] = [TAB.convention, TAB.axes, TAB.actions, TAB.budget, TAB.realised, TAB.indicators, TAB.followUp, TAB.control];
/** Findings shown at first in each severity group: the rest behind "Afficher les N autres". */
export const FOLD_AFTER = 8;

const tabRank = (sheet: string) => (TAB_ORDER.includes(sheet) ? TAB_ORDER.indexOf(sheet) : TAB_ORDER.length);
const rowOf = (f: Finding) => Number(/\d+/.exec(f.cell ?? '')?.[0] ?? 0);

/** Errors first, then by tab (workbook order, other tabs after by name), then by row; stable otherwise. */
export function sortFindings(findings: Finding[]): Finding[] {
  return findings
    .map((f, i) => ({ f, i }))
    .sort(
      (a, b) =>
        SEVERITIES.indexOf(a.f.severity) - SEVERITIES.indexOf(b.f.severity) ||
        tabRank(a.f.sheet) - tabRank(b.f.sheet) ||
        a.f.sheet.localeCompare(b.f.sheet) ||
        rowOf(a.f) - rowOf(b.f) ||
        a.i - b.i,
    )
    .map((x) => x.f);
}

export function findingsPanel(findings: Finding[], select: (f: Finding) => void): HTMLElement {
  const section = h(
    'section',
    { className: 'findings', 'aria-labelledby': 'findings-title' },
    h('h2', { id: 'findings-title' }, findings.length ? frSidebar.findingsTitle(findings.length) : frSidebar.noFindings),
  );
  const sorted = sortFindings(findings);
  let index = 0;
  for (const severity of SEVERITIES) {
    const group = sorted.filter((f) => f.severity === severity);
    if (group.length === 0) continue;
    section.append(h('h3', { className: `severity-${severity}` }, `${SEVERITY_ICON[severity]} ${frSidebar.severityGroup(severity, group.length)}`));
    const list = h('ul', {});
    let tab = '';
    group.forEach((f, i) => {
      const where = findingPlace(f);
      // data-action lets the focus come back to this finding after the call (see busy() in main.ts).
      const button = h(
        'button',
        {
          type: 'button',
          className: `finding severity-${f.severity}`,
          'data-action': `finding-${index++}`,
          title: frSidebar.goToCell(where),
          onclick: () => select(f),
        },
        h('span', { className: 'icon', 'aria-hidden': 'true' }, SEVERITY_ICON[f.severity]),
        h('span', { className: 'word' }, SEVERITY_WORD[f.severity]),
        h('span', { className: 'where' }, where),
        h('span', { className: 'message' }, f.message),
      );
      const item = h('li', { hidden: i >= FOLD_AFTER }, button);
      if (f.sheet !== tab) {
        tab = f.sheet;
        list.append(h('li', { className: 'tab', hidden: i >= FOLD_AFTER }, frSidebar.tabGroup(tab)));
      }
      list.append(item);
    });
    section.append(list);
    if (group.length > FOLD_AFTER) section.append(showMore(list, group.length - FOLD_AFTER));
  }
  return section;
}

/** "Afficher les N autres": shows the hidden items and gives the focus to the first of them. */
function showMore(list: HTMLElement, hidden: number): HTMLElement {
  const more = h(
    'button',
    {
      type: 'button',
      className: 'link more',
      onclick: () => {
        const items = Array.from(list.querySelectorAll<HTMLElement>('li[hidden]'));
        items.forEach((li) => li.removeAttribute('hidden'));
        more.remove();
        items
          .find((li) => li.querySelector('button'))
          ?.querySelector('button')
          ?.focus();
      },
    },
    frSidebar.showMore(hidden),
  );
  return more;
}
