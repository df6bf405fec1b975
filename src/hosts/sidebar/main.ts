// The sidebar: one server call gives everything it shows first; then either the
// first-run form or the envelope status, the findings and the action buttons.
import type { ActionResult, BilanResult, SidebarState, SummaryResult } from '../../app/contract';
import { frSidebar } from '../../i18n/fr-addon';
import { findingPlace } from '../../core/domain/finding-place';
import { h } from './dom';
import { server } from './server';
import { firstRunPanel } from './panels/first-run';
import { statusPanel } from './panels/status';
import { findingsPanel } from './panels/findings';
import { actionsPanel } from './panels/actions';
import { importPanel } from './panels/import';
import { bilanPanel } from './panels/bilan';

const root = document.getElementById('app') as HTMLElement;
const statusLine = document.getElementById('message') as HTMLElement;

function say(text: string, kind: 'info' | 'error' | 'busy' = 'info'): void {
  statusLine.className = `message ${kind}`;
  statusLine.setAttribute('role', kind === 'error' ? 'alert' : 'status');
  statusLine.textContent = kind === 'error' ? `${frSidebar.errorPrefix}${text}` : text;
}

/** Runs a server call with the controls disabled, then shows its sentence or its error. */
async function busy<T>(work: () => Promise<T>, done: (value: T) => void): Promise<void> {
  // Re-rendering replaces the buttons: remember which one had the focus, to give it back.
  const action = (document.activeElement as HTMLElement | null)?.dataset?.action;
  say(frSidebar.working, 'busy');
  root.setAttribute('aria-busy', 'true');
  root.querySelectorAll('button, input, select').forEach((el) => ((el as HTMLButtonElement).disabled = true));
  try {
    done(await work());
  } catch (e) {
    say((e as Error).message, 'error');
  } finally {
    root.removeAttribute('aria-busy');
    root.querySelectorAll('button, input, select').forEach((el) => ((el as HTMLButtonElement).disabled = false));
    const again = action ? root.querySelector<HTMLElement>(`[data-action="${action}"]`) : null;
    if (again) again.focus();
    else if (!root.contains(document.activeElement)) root.querySelector<HTMLElement>('h1, h2')?.focus();
  }
}

/** The import panel (issue 6) replaces the view until the person writes or goes back. */
function showImport(back: SidebarState): void {
  root.replaceChildren(
    importPanel({
      preview: (text, show) => busy(() => server.previewImport(text), show),
      write: (draft) => busy(() => server.applyImport(draft), afterAction),
      cancel: () => {
        render(back);
        say('');
      },
      say,
    }),
  );
  root.querySelector<HTMLElement>('h2')?.focus();
}

const afterAction = (result: ActionResult) => {
  render(result.state);
  say(result.message);
};

function render(state: SidebarState): void {
  if (!state.initialized) {
    root.replaceChildren(
      firstRunPanel((form) => busy(() => server.initializeWorkbook(form), afterAction)),
      h('button', { type: 'button', className: 'link', 'data-action': 'import', onclick: () => showImport(state) }, frSidebar.import),
    );
    return;
  }
  const period = frSidebar.periodLine(state.startYear, state.endYear);
  const summaryDone = (r: SummaryResult) => {
    state.summaryUrl = r.url;
    render(state);
    say(frSidebar.summaryDone(r.created, r.unknownPlaceholders));
  };
  const bilanDone = (r: BilanResult) => {
    if (state.bilan)
      state.bilan = {
        ...state.bilan,
        defaultYear: r.year,
        links: [...state.bilan.links.filter((l) => l.year !== r.year), { year: r.year, url: r.url }].sort((a, b) => a.year - b.year),
      };
    render(state);
    say(frSidebar.bilanDone(r.year, r.created));
  };
  const bilan = state.bilan ? bilanPanel(state.bilan, (year) => busy(() => server.generateBilan(year), bilanDone)) : null;
  root.replaceChildren(
    h('header', {}, h('h1', { tabindex: '-1' }, state.title), h('p', { className: 'hint' }, `${state.territory} · ${period}`)),
    statusPanel(state),
    findingsPanel(state.findings, (f) =>
      busy(
        () => server.selectCell({ sheet: f.sheet, ...(f.cell ? { cell: f.cell } : {}) }),
        () => say(frSidebar.goToCell(findingPlace(f))),
      ),
    ),
    actionsPanel(
      {
        check: () => busy(() => server.checkEnvelope(), afterAction),
        refresh: () => busy(() => server.refreshAxisTabs(), afterAction),
        summary: () => busy(() => server.generateSummary(), summaryDone),
        newSummary: () => busy(() => server.createNewSummary(), summaryDone),
        import: () => showImport(state),
        template: (link) =>
          busy(
            () => server.setSummaryTemplate(link),
            (r) => say(r.message),
          ),
      },
      state.summaryUrl,
    ),
    ...(bilan ? [bilan] : []),
  );
}

say(frSidebar.loading, 'busy');
server.getSidebarState().then(
  (state) => {
    render(state);
    say('');
  },
  (e: Error) => say(e.message, 'error'),
);
