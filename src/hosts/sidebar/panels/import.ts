// "Importer un texte" (issue 6): paste the convention's text, preview what was read
// as a tree with counts and the uncertain items marked (icon and words, not colour
// alone), untick or edit, then write through the normal plan/apply on the server.
// Only types come from the import and the contract, so the sidebar bundle stays
// free of zod and of the importer itself (the server reads the text).
import type { ImportResult, ImportItem } from '../../../core/import/result';
import { quoted } from '../../../i18n/fr-grammar';
import type { Convention, Axis, Action, BudgetLine } from '../../../core/domain/schema';
import { formatMoney } from '../../../core/domain/money';
import { ROLE_LABEL } from '../../../i18n/fr-workbook';
import { ITEM_KIND_LABEL } from '../../../i18n/fr-import';
import { frImportPanel as t } from '../../../i18n/fr-import-panel';
import { SEVERITY_ICON } from '../../../i18n/fr-domain';
import { h, uid } from '../dom';

export type ImportPanelActions = {
  preview(text: string, show: (result: ImportResult) => void): void;
  write(draft: Convention): void;
  cancel(): void;
  say(text: string, kind?: 'info' | 'error'): void;
};

function field(label: string, input: HTMLInputElement | HTMLTextAreaElement): HTMLElement {
  input.id ||= uid('imp');
  return h('div', { className: 'field' }, h('label', { for: input.id }, label), input);
}

export function importPanel(actions: ImportPanelActions): HTMLElement {
  const text = h('textarea', { name: 'import-text', rows: 8, spellcheck: 'false' }) as HTMLTextAreaElement;
  const output = h('div', { className: 'import-preview' });
  const previewButton = h(
    'button',
    {
      type: 'button',
      'data-action': 'import-preview',
      className: 'primary',
      onclick: () => {
        if (text.value.trim() === '') return actions.say(t.emptyText, 'error');
        actions.preview(text.value, (result) => {
          output.replaceChildren(previewTree(result, actions));
          actions.say(t.previewDone(result.counts.recognised, result.counts.uncertain));
        });
      },
    },
    t.preview,
  );
  return h(
    'section',
    { className: 'import' },
    h('h2', { tabindex: '-1' }, t.title),
    h('p', { className: 'hint' }, t.intro),
    field(t.textLabel, text),
    previewButton,
    h('button', { type: 'button', className: 'link', 'data-action': 'import-cancel', onclick: () => actions.cancel() }, t.cancel),
    output,
  );
}

/** What the person keeps and edits; read back into a draft when they write. */
type Controls = {
  name: HTMLInputElement;
  territory: HTMLInputElement;
  startYear: HTMLInputElement;
  endYear: HTMLInputElement;
  keep: Map<string, HTMLInputElement>;
  titles: Map<string, HTMLInputElement>;
};

function previewTree(result: ImportResult, actions: ImportPanelActions): HTMLElement {
  const { draft } = result;
  // Uncertain items by the element they produced; objectives by axis and text, shown under their axis.
  const uncertain = new Map<string, ImportItem[]>();
  const doubtfulObjectives = new Map<string, ImportItem>();
  for (const i of result.items) {
    if (i.status !== 'uncertain' || !i.ref) continue;
    if (i.kind === 'objective') doubtfulObjectives.set(`${i.ref}|${i.label}`, i);
    else uncertain.set(i.ref, [...(uncertain.get(i.ref) ?? []), i]);
  }
  const c: Controls = {
    name: h('input', { type: 'text', value: draft.name, autocomplete: 'off' }),
    territory: h('input', { type: 'text', value: draft.territory, autocomplete: 'off' }),
    startYear: h('input', { type: 'text', inputmode: 'numeric', value: draft.period.startYear ?? '' }),
    endYear: h('input', { type: 'text', inputmode: 'numeric', value: draft.period.endYear ?? '' }),
    keep: new Map(),
    titles: new Map(),
  };
  const keepBox = (ref: string, label: string) => {
    const box = h('input', { type: 'checkbox', checked: true, 'aria-label': t.include(label), 'data-ref': ref });
    c.keep.set(ref, box);
    return box;
  };
  const mark = (ref: string) => {
    const items = uncertain.get(ref);
    return items ? h('span', { className: 'uncertain-mark', title: items.map((i) => i.note ?? '').join(' ; ') }, t.uncertainMark) : null;
  };
  const titleInput = (id: string, value: string) => {
    const input = h('input', { type: 'text', value, 'aria-label': t.editTitle(id), autocomplete: 'off' });
    c.titles.set(id, input);
    return input;
  };
  const row = (ref: string, label: string, body: Node) =>
    h('li', { className: uncertain.has(ref) ? 'uncertain' : undefined, 'data-ref': ref }, keepBox(ref, label), body, mark(ref));

  const actionRow = (a: Action) => row(a.id, a.title, h('span', { className: 'grow' }, h('span', { className: 'id' }, a.id), titleInput(a.id, a.title)));
  const objectiveRow = (axisId: string, text: string) => {
    const doubt = doubtfulObjectives.get(`${axisId}|${text}`);
    return h(
      'li',
      { className: doubt ? 'uncertain' : undefined },
      h('span', { className: 'grow' }, text),
      doubt ? h('span', { className: 'uncertain-mark', title: doubt.note ?? '' }, t.uncertainMark) : null,
    );
  };
  const axisRow = (a: Axis) => {
    const own = draft.actions.filter((x) => x.axisId === a.id);
    return h(
      'li',
      { className: uncertain.has(a.id) ? 'uncertain axis' : 'axis', 'data-ref': a.id },
      keepBox(a.id, a.title),
      h(
        'span',
        { className: 'grow' },
        h('span', { className: 'id' }, a.id),
        titleInput(a.id, a.title),
        h('span', { className: 'hint' }, `${a.type} · ${t.objectives(a.objectives.length)}${a.themes.length ? ` · ${a.themes.join(', ')}` : ''}`),
      ),
      mark(a.id),
      a.objectives.length ? h('ul', { className: 'objectives' }, ...a.objectives.map((o) => objectiveRow(a.id, o))) : null,
      own.length ? h('ul', {}, ...own.map(actionRow)) : null,
    );
  };
  const orphans = draft.actions.filter((a) => !draft.axes.some((x) => x.id === a.axisId));
  const money = (cents: number) => formatMoney(cents, { decimals: cents % 100 !== 0 });
  const lineRow = (l: BudgetLine) => {
    const first = Object.values(l.amounts).find((v) => typeof v === 'number') as number | undefined;
    const label = `${l.beneficiary}${first !== undefined ? ` — ${t.perYear(money(first))}` : ''} (${ROLE_LABEL[l.funder]})`;
    return row(l.id, l.beneficiary, h('span', { className: 'grow' }, h('span', { className: 'id' }, l.id), label));
  };

  const toCheck = result.items.filter((i) => i.status === 'uncertain');
  const tree = h(
    'div',
    {},
    h('p', { className: 'counts' }, t.counts(result.counts)),
    result.counts.recognised === 0 ? h('p', { className: 'hint' }, t.nothing) : null,
    h('h3', {}, t.convention),
    field(t.name, c.name),
    field(t.territory, c.territory),
    h('div', { className: 'row' }, field(t.startYear, c.startYear), field(t.endYear, c.endYear)),
    draft.signatories.length ? h('h3', {}, t.signatories) : null,
    draft.signatories.length
      ? h(
          'ul',
          { className: 'tree' },
          ...draft.signatories.map((s, i) => row(`S${i + 1}`, s.name, h('span', { className: 'grow' }, `${s.name} (${ROLE_LABEL[s.role]})`))),
        )
      : null,
    draft.axes.length || draft.actions.length ? h('h3', {}, t.axes) : null,
    draft.axes.length ? h('ul', { className: 'tree' }, ...draft.axes.map(axisRow)) : null,
    orphans.length ? h('p', { className: 'hint' }, t.noAxis) : null,
    orphans.length ? h('ul', { className: 'tree' }, ...orphans.map(actionRow)) : null,
    draft.budget.length || draft.envelopes.length ? h('h3', {}, t.budget) : null,
    ...envelopeLines(draft, money).map((s) => h('p', { className: 'hint' }, s)),
    draft.budget.length ? h('ul', { className: 'tree' }, ...draft.budget.map(lineRow)) : null,
    toCheck.length ? h('h3', {}, `${t.toCheck} (${toCheck.length})`) : null,
    toCheck.length
      ? h(
          'ul',
          { className: 'to-check' },
          ...toCheck.map((i) =>
            h(
              'li',
              { className: 'uncertain' },
              h('span', { className: 'uncertain-mark' }, '⚠'),
              ` ${t.lineRef(i.line)} — ${ITEM_KIND_LABEL[i.kind]}${i.label ? ` ${quoted(i.label)}` : ''}\u00A0: ${i.note ?? ''}`,
            ),
          ),
        )
      : null,
    result.consistency.length ? h('h3', {}, t.consistency) : null,
    result.consistency.length
      ? h(
          'ul',
          { className: 'to-check' },
          ...result.consistency.map((f) =>
            h('li', { className: `severity-${f.severity}` }, h('span', { className: 'icon' }, SEVERITY_ICON[f.severity]), ` ${f.message}`),
          ),
        )
      : null,
    // Kept in reach at the bottom of the panel however long the tree: the preview of a long convention is thousands of pixels tall.
    h(
      'div',
      { className: 'write-bar' },
      h(
        'button',
        {
          type: 'button',
          className: 'primary',
          'data-action': 'import-write',
          onclick: () => {
            const built = draftFrom(result.draft, c);
            if (typeof built === 'string') actions.say(built, 'error');
            else actions.write(built);
          },
        },
        t.write,
      ),
    ),
  );
  return tree;
}

function envelopeLines(d: Convention, money: (c: number) => string): string[] {
  const amounts = new Set(d.envelopes.map((e) => e.amountCents));
  const lines =
    amounts.size === 1 && d.envelopes.length > 1
      ? [t.envelope(money(d.envelopes[0].amountCents), `${d.envelopes[0].year}–${d.envelopes[d.envelopes.length - 1].year}`)]
      : d.envelopes.map((e) => t.envelopeYear(e.year, money(e.amountCents)));
  if (d.envelopeTotalCents !== undefined) lines.push(t.envelopeTotal(money(d.envelopeTotalCents)));
  return lines;
}

/** The reviewed draft: unticked elements left out, edited titles and fields taken; a French message if a year is not one. */
export function draftFrom(original: Convention, c: Controls): Convention | string {
  const year = (input: HTMLInputElement, label: string): number | undefined | string => {
    const v = input.value.trim();
    if (v === '') return undefined;
    return /^\d{4}$/.test(v) ? Number(v) : t.badYear(label, v);
  };
  const start = year(c.startYear, t.startYear);
  const end = year(c.endYear, t.endYear);
  if (typeof start === 'string') return start;
  if (typeof end === 'string') return end;
  const kept = (ref: string) => c.keep.get(ref)?.checked !== false;
  const title = (id: string, fallback: string) => c.titles.get(id)?.value.trim() ?? fallback;
  const axes = original.axes.filter((a) => kept(a.id)).map((a) => ({ ...a, title: title(a.id, a.title) }));
  const axisIds = new Set(axes.map((a) => a.id));
  const actions = original.actions.filter((a) => kept(a.id)).map((a) => ({ ...a, title: title(a.id, a.title), axisId: axisIds.has(a.axisId) ? a.axisId : '' }));
  const actionIds = new Set(actions.map((a) => a.id));
  return {
    ...original,
    name: c.name.value.trim(),
    territory: c.territory.value.trim(),
    period: { ...(start !== undefined ? { startYear: start } : {}), ...(end !== undefined ? { endYear: end } : {}) },
    signatories: original.signatories.filter((_, i) => kept(`S${i + 1}`)),
    axes,
    actions,
    budget: original.budget.filter((l) => kept(l.id)).map((l) => ({ ...l, actionId: actionIds.has(l.actionId) ? l.actionId : '' })),
  };
}
