// First run: a short form (territoire, signataires, période, enveloppe CAF par
// année) and one button that creates the workbook.
import { isConventionYear, isPeriodSpan } from '../../../core/domain/years';
import type { InitForm } from '../../../app/contract';
import type { PartnerRole } from '../../../core/domain/schema';
import { ROLE_LABEL } from '../../../i18n/fr-workbook';
import { frSidebar } from '../../../i18n/fr-addon';
import { h, uid } from '../dom';

// The role list comes from the labels, so the sidebar bundle does not need zod.
const ROLES = Object.keys(ROLE_LABEL) as PartnerRole[];

function field(label: string, input: HTMLInputElement | HTMLSelectElement): HTMLElement {
  input.id ||= uid('f');
  return h('div', { className: 'field' }, h('label', { for: input.id }, label), input);
}

export function firstRunPanel(onSubmit: (form: InitForm) => void): HTMLElement {
  const name = h('input', { type: 'text', name: 'name', placeholder: frSidebar.namePlaceholder, autocomplete: 'off' });
  const territory = h('input', { type: 'text', name: 'territory', required: true, autocomplete: 'off' });
  const startYear = h('input', { type: 'text', name: 'startYear', inputmode: 'numeric', required: true, value: String(new Date().getFullYear()) });
  const endYear = h('input', { type: 'text', name: 'endYear', inputmode: 'numeric', required: true, value: String(new Date().getFullYear() + 3) });
  const signatoryList = h('div', { className: 'signatories' });
  const envelopeList = h('div', { className: 'envelopes' });

  const addSignatory = (role: PartnerRole, nameValue = '') => {
    const n = h('input', { type: 'text', name: 'signatoryName', value: nameValue, autocomplete: 'off' });
    const r = h('select', { name: 'signatoryRole' }, ...ROLES.map((p) => h('option', { value: p, selected: p === role }, ROLE_LABEL[p])));
    const legend = h('legend', {}, frSidebar.signatoryLegend(signatoryList.children.length + 1));
    const row = h('fieldset', { className: 'signatory' }, legend, field(frSidebar.signatoryName, n), field(frSidebar.signatoryRole, r));
    // Numbers follow the rows, so a screen reader still hears "Signataire 2" after a removal.
    const renumber = () => Array.from(signatoryList.querySelectorAll('legend')).forEach((l, i) => (l.textContent = frSidebar.signatoryLegend(i + 1)));
    const remove = h(
      'button',
      {
        type: 'button',
        className: 'link',
        onclick: () => {
          row.remove();
          renumber();
        },
      },
      frSidebar.removeSignatory,
    );
    row.append(remove);
    signatoryList.append(row);
  };
  addSignatory('caf');
  addSignatory('commune');

  // One field per year of the period, pre-filled from the first year's amount.
  const renderEnvelopes = () => {
    const previous = new Map(Array.from(envelopeList.querySelectorAll('input')).map((i) => [Number(i.dataset.year), i.value]));
    const first = [...previous.values()][0] ?? '';
    const [s, e] = [Number(startYear.value.trim()), Number(endYear.value.trim())];
    envelopeList.replaceChildren();
    if (!isConventionYear(s) || !isConventionYear(e) || !isPeriodSpan(s, e)) return;
    for (let y = s; y <= e; y++) {
      const input = h('input', { type: 'text', name: `envelope-${y}`, inputmode: 'decimal', value: previous.get(y) ?? first, autocomplete: 'off' });
      input.dataset.year = String(y);
      // The other years follow the first one until the person types in them.
      if (y !== s && !previous.has(y)) input.dataset.auto = '1';
      input.addEventListener('input', () => {
        if (y !== s) delete input.dataset.auto;
        else
          envelopeList.querySelectorAll('input').forEach((i) => {
            if (i.dataset.auto) i.value = input.value;
          });
      });
      envelopeList.append(field(frSidebar.envelopeFor(y), input));
    }
  };
  startYear.addEventListener('change', renderEnvelopes);
  endYear.addEventListener('change', renderEnvelopes);
  renderEnvelopes();

  const form = h(
    'form',
    { className: 'first-run', novalidate: true },
    h('h2', { tabindex: '-1' }, frSidebar.firstRunTitle),
    h('p', { className: 'hint' }, frSidebar.firstRunIntro),
    field(frSidebar.name, name),
    field(frSidebar.territory, territory),
    signatoryList,
    h('button', { type: 'button', className: 'link', onclick: () => addSignatory('autre') }, frSidebar.addSignatory),
    h('div', { className: 'row' }, field(frSidebar.startYear, startYear), field(frSidebar.endYear, endYear)),
    h('h3', {}, frSidebar.envelopes),
    envelopeList,
    h('button', { type: 'submit', className: 'primary', 'data-action': 'create' }, frSidebar.create),
  );
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    renderEnvelopes();
    onSubmit({
      name: name.value,
      territory: territory.value,
      signatories: Array.from(signatoryList.querySelectorAll('fieldset')).map((fs) => ({
        name: (fs.querySelector('input') as HTMLInputElement).value,
        role: (fs.querySelector('select') as HTMLSelectElement).value as PartnerRole,
      })),
      startYear: startYear.value,
      endYear: endYear.value,
      envelopes: Array.from(envelopeList.querySelectorAll('input')).map((i) => ({ year: Number(i.dataset.year), amount: i.value })),
    });
  });
  return form;
}
