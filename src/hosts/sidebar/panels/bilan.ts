// The bilan annuel: a year of the period (the last one already over, by default), a button,
// and the link of each year's document already written.
import type { SidebarState } from '../../../app/contract';
import { frSidebar } from '../../../i18n/fr-addon';
import { h, uid } from '../dom';

export function bilanPanel(bilan: NonNullable<SidebarState['bilan']>, generate: (year: number) => void): HTMLElement | null {
  if (bilan.years.length === 0) return null;
  const id = uid('bilan-year');
  const select = h(
    'select',
    { id, name: 'bilanYear' },
    ...bilan.years.map((y) => h('option', { value: String(y), selected: y === bilan.defaultYear }, String(y))),
  );
  const form = h(
    'form',
    { className: 'bilan', 'aria-describedby': `${id}-help` },
    h('label', { for: id }, frSidebar.bilanYear),
    select,
    h('button', { type: 'submit', 'data-action': 'bilan' }, frSidebar.bilanGenerate),
    h('p', { id: `${id}-help`, className: 'hint' }, frSidebar.bilanHelp),
  );
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    generate(Number(select.value));
  });
  const links = bilan.links.map((l) => h('li', {}, h('a', { href: l.url, target: '_blank', rel: 'noopener' }, frSidebar.bilanOpen(l.year))));
  return h(
    'section',
    { className: 'bilan', 'aria-labelledby': `${id}-title` },
    h('h2', { id: `${id}-title` }, frSidebar.bilanLegend),
    form,
    links.length ? h('ul', { className: 'links' }, ...links) : null,
  );
}
