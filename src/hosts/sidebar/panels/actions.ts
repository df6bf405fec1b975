// One button per menu action. The import button is a hook: issue 6 plugs its
// panel in through `onImport`.
import { frSidebar } from '../../../i18n/fr-addon';
import { h, uid } from '../dom';

export type Actions = { check(): void; refresh(): void; summary(): void; newSummary(): void; import(): void; template(link: string): void };

export function actionsPanel(actions: Actions, summaryUrl: string | null): HTMLElement {
  const button = (label: string, run: () => void, name: string) => h('button', { type: 'button', 'data-action': name, onclick: run }, label);
  return h(
    'section',
    { className: 'actions' },
    h(
      'div',
      { className: 'buttons' },
      button(frSidebar.check, actions.check, 'check'),
      button(frSidebar.refresh, actions.refresh, 'refresh'),
      button(frSidebar.summary, actions.summary, 'summary'),
      button(frSidebar.import, actions.import, 'import'),
    ),
    summaryUrl ? h('p', {}, h('a', { href: summaryUrl, target: '_blank', rel: 'noopener' }, frSidebar.openDoc)) : null,
    // The shared summary may not open for this co-editor (its owner did not share it): a new one only on request.
    summaryUrl
      ? h(
          'p',
          { className: 'hint' },
          h('button', { type: 'button', className: 'link', 'data-action': 'new-summary', onclick: actions.newSummary }, frSidebar.newSummary),
          ` ${frSidebar.newSummaryHelp}`,
        )
      : null,
    templateForm(actions.template),
  );
}

/** The summary's optional Google Docs template: a pasted link, kept in the workbook settings. */
function templateForm(save: (link: string) => void): HTMLElement {
  const id = uid('template');
  const input = h('input', { id, type: 'text', name: 'template', autocomplete: 'off', 'aria-describedby': `${id}-help` });
  const form = h(
    'form',
    { className: 'template' },
    h('label', { for: id }, frSidebar.templateLabel),
    input,
    h('p', { id: `${id}-help`, className: 'hint' }, frSidebar.templateHelp),
    h('button', { type: 'submit', 'data-action': 'template' }, frSidebar.templateSave),
  );
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    save(input.value);
  });
  return h('details', {}, h('summary', {}, frSidebar.templateLegend), form);
}
