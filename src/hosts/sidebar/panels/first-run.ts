// First run: a short form (territoire, signataires, période, enveloppe CAF par
// année) and one button that creates the workbook. On a spreadsheet whose tabs were
// typed before, it proposes what it read (the period of the Budget year columns…).
// No field is ever rebuilt while the person works: changing a year adds or takes away
// only the envelope fields of the years that change, and keeps what was typed in them.
import { MAX_PERIOD_YEARS, isPeriodSpan, yearFromText } from '../../../core/domain/years';
import { formatMoney } from '../../../core/domain/money';
import type { InitForm, InitProposal } from '../../../app/contract';
import type { PartnerRole } from '../../../core/domain/schema';
import { ROLE_LABEL } from '../../../i18n/fr-workbook';
import { frSidebar } from '../../../i18n/fr-addon';
import { h, uid } from '../dom';

// The role list comes from the labels, so the sidebar bundle does not need zod.
const ROLES = Object.keys(ROLE_LABEL) as PartnerRole[];

function field(label: string, input: HTMLInputElement | HTMLSelectElement, help?: string): HTMLElement {
  input.id ||= uid('f');
  const helpId = help ? `${input.id}-help` : undefined;
  if (helpId) input.setAttribute('aria-describedby', helpId);
  return h('div', { className: 'field' }, h('label', { for: input.id }, label), input, help ? h('p', { id: helpId, className: 'hint' }, help) : null);
}

/** Enter in a text field moves on rather than sending the form half-filled (only the button creates). */
function enterNeverSubmits(form: HTMLFormElement): void {
  form.addEventListener('keydown', (ev) => {
    const target = ev.target as HTMLElement;
    if (ev.key === 'Enter' && target instanceof HTMLInputElement) ev.preventDefault();
  });
}

export function firstRunPanel(onSubmit: (form: InitForm) => void, proposal?: InitProposal): HTMLElement {
  const now = new Date().getFullYear();
  const name = h('input', { type: 'text', name: 'name', placeholder: frSidebar.namePlaceholder, autocomplete: 'off', value: proposal?.name || undefined });
  const territory = h('input', { type: 'text', name: 'territory', autocomplete: 'off', value: proposal?.territory || undefined });
  const startYear = h('input', { type: 'text', name: 'startYear', inputmode: 'numeric', required: true, value: String(proposal?.startYear ?? now) });
  const endYear = h('input', { type: 'text', name: 'endYear', inputmode: 'numeric', required: true, value: String(proposal?.endYear ?? now + 3) });
  const periodNote = h('p', { className: 'hint limit', id: uid('period-note'), 'aria-live': 'polite' });
  startYear.setAttribute('aria-describedby', periodNote.id);
  endYear.setAttribute('aria-describedby', periodNote.id);
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
          // The focus goes to the next row's name (or the add button), not to the page.
          const next = (row.nextElementSibling?.querySelector('input') as HTMLElement | null) ?? addButton;
          row.remove();
          renumber();
          next.focus();
        },
      },
      frSidebar.removeSignatory,
    );
    row.append(remove);
    signatoryList.append(row);
    return n;
  };
  const addButton = h('button', { type: 'button', className: 'link', onclick: () => addSignatory('autre').focus() }, frSidebar.addSignatory);
  if (proposal?.signatories.length) proposal.signatories.forEach((s) => addSignatory(s.role, s.name));
  else {
    addSignatory('caf');
    addSignatory('commune');
  }

  // Every envelope field ever shown, by year: a field taken away with its year comes back with what was typed in it.
  const envelopeFields = new Map<number, { input: HTMLInputElement; box: HTMLElement }>();
  const proposed = new Map((proposal?.envelopes ?? []).map((e) => [e.year, formatMoney(e.amountCents, { decimals: e.amountCents % 100 !== 0 })]));
  let firstYear: number | undefined;
  const envelopeField = (y: number) => {
    const known = envelopeFields.get(y);
    if (known) return known;
    const first = firstYear !== undefined ? envelopeFields.get(firstYear)?.input.value : undefined;
    const input = h('input', { type: 'text', name: `envelope-${y}`, inputmode: 'decimal', value: proposed.get(y) ?? first ?? '', autocomplete: 'off' });
    input.dataset.year = String(y);
    // The other years follow the first one until the person types in them (a proposed amount counts as typed).
    if (proposed.has(y)) input.dataset.typed = '1';
    input.addEventListener('input', () => {
      input.dataset.typed = '1';
      if (y === firstYear)
        envelopeList.querySelectorAll('input').forEach((i) => {
          if (!i.dataset.typed && i !== input) i.value = input.value;
        });
    });
    const made = { input, box: field(frSidebar.envelopeFor(y), input) };
    envelopeFields.set(y, made);
    return made;
  };

  /** Shows the fields of the period's years: adds the missing ones in place, detaches the others; never moves a kept one. */
  const syncEnvelopes = (explainBadYear: boolean) => {
    const [startText, endText] = [startYear.value.trim(), endYear.value.trim()];
    const [s, e] = [yearFromText(startText), yearFromText(endText)];
    if (s === null || e === null) {
      if (explainBadYear)
        periodNote.textContent = [
          s === null ? frSidebar.notAYear(frSidebar.startYear, startText) : '',
          e === null ? frSidebar.notAYear(frSidebar.endYear, endText) : '',
        ]
          .filter(Boolean)
          .join(' ');
      return;
    }
    if (e < s) return void (periodNote.textContent = frSidebar.periodReversed);
    if (!isPeriodSpan(s, e)) return void (periodNote.textContent = frSidebar.periodTooLong(e - s + 1, MAX_PERIOD_YEARS));
    periodNote.textContent = '';
    // The first year's amount is the one the others follow: a new first year takes it over.
    const previousFirst = firstYear !== undefined ? envelopeFields.get(firstYear)?.input.value : undefined;
    firstYear = s;
    for (const [year, f] of envelopeFields) if ((year < s || year > e) && f.box.isConnected) f.box.remove();
    for (let y = s; y <= e; y++) {
      const f = envelopeField(y);
      if (!f.input.value && previousFirst) f.input.value = previousFirst;
      if (f.box.isConnected) continue;
      const after = [...envelopeFields.entries()].filter(([year, g]) => year > y && g.box.isConnected).sort((a, b) => a[0] - b[0])[0];
      envelopeList.insertBefore(f.box, after ? after[1].box : null);
    }
  };
  for (const year of [startYear, endYear]) {
    year.addEventListener('input', () => syncEnvelopes(false));
    year.addEventListener('change', () => syncEnvelopes(true));
  }
  syncEnvelopes(true);

  const form = h(
    'form',
    { className: 'first-run', novalidate: true },
    h('h2', { tabindex: '-1' }, frSidebar.firstRunTitle),
    proposal ? h('p', { className: 'typed-tabs' }, frSidebar.typedTabs(proposal.typed)) : null,
    h('p', { className: 'hint' }, frSidebar.firstRunIntro),
    field(frSidebar.name, name),
    field(frSidebar.territory, territory, frSidebar.optionalLater),
    signatoryList,
    addButton,
    h('div', { className: 'row' }, field(frSidebar.startYear, startYear), field(frSidebar.endYear, endYear)),
    proposal?.startYear !== undefined ? h('p', { className: 'hint' }, frSidebar.periodFromBudget) : null,
    periodNote,
    h('h3', {}, frSidebar.envelopes),
    h('p', { className: 'hint' }, frSidebar.envelopesFollow),
    envelopeList,
    h('button', { type: 'submit', className: 'primary', 'data-action': 'create' }, frSidebar.create),
  );
  enterNeverSubmits(form);
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
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
