// The findings list: each finding is a real button; activating it selects the
// offending cell in the spreadsheet.
import type { WordedFinding as Finding } from '../../../core/domain/report';
import { findingPlace } from '../../../core/domain/finding-place';
import { frSidebar } from '../../../i18n/fr-addon';
import { SEVERITY_ICON, SEVERITY_WORD } from '../../../i18n/fr-domain';
import { h } from '../dom';

export function findingsPanel(findings: Finding[], select: (f: Finding) => void): HTMLElement {
  const section = h(
    'section',
    { className: 'findings', 'aria-labelledby': 'findings-title' },
    h('h2', { id: 'findings-title' }, findings.length ? frSidebar.findingsTitle(findings.length) : frSidebar.noFindings),
  );
  if (findings.length === 0) return section;
  const list = h('ul', {});
  findings.forEach((f, i) => {
    const where = findingPlace(f);
    // data-action lets the focus come back to this finding after the call (see busy() in main.ts).
    const button = h(
      'button',
      {
        type: 'button',
        className: `finding severity-${f.severity}`,
        'data-action': `finding-${i}`,
        title: frSidebar.goToCell(where),
        onclick: () => select(f),
      },
      h('span', { className: 'icon', 'aria-hidden': 'true' }, SEVERITY_ICON[f.severity]),
      h('span', { className: 'word' }, SEVERITY_WORD[f.severity]),
      h('span', { className: 'where' }, where),
      h('span', { className: 'message' }, f.message),
    );
    list.append(h('li', {}, button));
  });
  section.append(list);
  return section;
}
