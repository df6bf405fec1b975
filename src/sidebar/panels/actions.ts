// One button per menu action. The import button is a hook: issue 6 plugs its
// panel in through `onImport`.
import { frSidebar } from '../../i18n/fr-addon';
import { h } from '../dom';

export type Actions = { check(): void; refresh(): void; summary(): void; import(): void };

export function actionsPanel(actions: Actions, summaryUrl: string | null): HTMLElement {
  const button = (label: string, run: () => void, name: string) => h('button', { type: 'button', 'data-action': name, onclick: run }, label);
  return h('section', { className: 'actions' },
    h('div', { className: 'buttons' },
      button(frSidebar.check, actions.check, 'check'),
      button(frSidebar.refresh, actions.refresh, 'refresh'),
      button(frSidebar.summary, actions.summary, 'summary'),
      button(frSidebar.import, actions.import, 'import'),
    ),
    summaryUrl ? h('p', {}, h('a', { href: summaryUrl, target: '_blank', rel: 'noopener' }, frSidebar.openDoc)) : null,
  );
}
