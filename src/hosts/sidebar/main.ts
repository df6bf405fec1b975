// The sidebar: one server call gives everything it shows first; then either the
// first-run form or the envelope status, the findings and the action buttons.
import type { ActionResult, BilanResult, SidebarState, SummaryResult } from '../../app/contract';
import { frSidebar } from '../../i18n/fr-addon';
import { findingPlace } from '../../core/domain/finding-place';
import { h } from './dom';
import { server } from './server';
import { firstRunPanel } from './panels/first-run';
import { fitYearTable, statusPanel } from './panels/status';
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

let working = false;

/** Runs a server call with the controls disabled, saying in words what is going on, then shows its sentence or its error. */
async function busy<T>(work: () => Promise<T>, done: (value: T) => void, progress: string = frSidebar.working): Promise<void> {
  // Re-rendering replaces the buttons: remember which one had the focus, to give it back.
  const action = (document.activeElement as HTMLElement | null)?.dataset?.action;
  working = true;
  say(progress, 'busy');
  root.setAttribute('aria-busy', 'true');
  root.querySelectorAll('button, input, select').forEach((el) => ((el as HTMLButtonElement).disabled = true));
  try {
    done(await work());
  } catch (e) {
    say((e as Error).message, 'error');
  } finally {
    working = false;
    root.removeAttribute('aria-busy');
    root.querySelectorAll('button, input, select').forEach((el) => ((el as HTMLButtonElement).disabled = false));
    const again = action ? root.querySelector<HTMLElement>(`[data-action="${action}"]`) : null;
    if (again) again.focus();
    else if (!root.contains(document.activeElement)) root.querySelector<HTMLElement>('h1, h2')?.focus();
  }
}

/** The import panel (issue 6) replaces the view until the person writes or goes back. */
function showImport(back: SidebarState): void {
  // Another panel: the last panel's message no longer applies.
  say('');
  shown = null;
  root.replaceChildren(
    importPanel({
      preview: (text, show) => busy(() => server.previewImport(text), show, frSidebar.reading),
      write: (draft) => busy(() => server.applyImport(draft), afterAction, frSidebar.importing),
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

/** The state on screen, when it is a checked workbook: what the fingerprint is compared with. */
let shown: SidebarState | null = null;
const check = () => busy(() => server.checkEnvelope(), afterAction, frSidebar.checking);

/** "Vérifié à 14 h 32", in the person's own time (the browser's clock zone), and room for the notice of a change. */
function checkedLine(state: SidebarState): HTMLElement | null {
  if (!state.checkedAt) return null;
  const at = new Date(state.checkedAt);
  return h(
    'div',
    {},
    h('p', { className: 'checked' }, frSidebar.checkedAt(at.getHours(), at.getMinutes())),
    h('div', { className: 'stale-slot', 'aria-live': 'polite' }),
  );
}

/**
 * Asks the server for the digest of what the check reads (one read, no check) when the person
 * comes back to the panel and every minute while it is in view; a different digest than the
 * one on screen means a co-editor (or the person, in the sheet) changed the workbook since.
 */
async function lookForChanges(): Promise<void> {
  const state = shown;
  if (!state?.fingerprint || working || document.visibilityState !== 'visible') return;
  let now: string;
  try {
    now = await server.workbookFingerprint();
  } catch {
    return; // a failed look is not worth a message: the next one will tell
  }
  const slot = root.querySelector('.stale-slot');
  if (shown !== state || !slot || now === state.fingerprint || slot.childElementCount > 0) return;
  slot.append(
    h(
      'p',
      { className: 'stale' },
      `${frSidebar.changedSince} `,
      h('button', { type: 'button', className: 'link', 'data-action': 'recheck', onclick: check }, frSidebar.recheck),
    ),
  );
}
addEventListener('focus', () => void lookForChanges());
addEventListener('resize', () => fitYearTable(root));
document.addEventListener('visibilitychange', () => void lookForChanges());
// Each look is one read of the typed tabs (about 23 Spreadsheet calls) by a server execution: every
// 5 minutes while the panel stays open, besides each time it gets the focus back.
setInterval(() => void lookForChanges(), 5 * 60_000);

function render(state: SidebarState): void {
  shown = state.initialized ? state : null;
  if (!state.initialized) {
    root.replaceChildren(
      firstRunPanel((form) => busy(() => server.initializeWorkbook(form), afterAction, frSidebar.creating), state.proposal),
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
  const bilan = state.bilan ? bilanPanel(state.bilan, (year) => busy(() => server.generateBilan(year), bilanDone, frSidebar.bilanWriting(year))) : null;
  // The action buttons come before the findings, so a long list never pushes them out of reach.
  root.replaceChildren(
    h(
      'header',
      {},
      h('h1', { tabindex: '-1' }, state.title),
      h('p', { className: 'hint' }, [state.territory.trim(), period].filter((part) => part !== '').join(' · ')),
      checkedLine(state),
    ),
    statusPanel(state),
    actionsPanel(
      {
        check,
        refresh: () => busy(() => server.refreshAxisTabs(), afterAction, frSidebar.refreshing),
        summary: () => busy(() => server.generateSummary(), summaryDone, frSidebar.summarizing),
        newSummary: () => busy(() => server.createNewSummary(), summaryDone, frSidebar.summarizing),
        import: () => showImport(state),
        template: (link) =>
          busy(
            () => server.setSummaryTemplate(link),
            (r) => say(r.message),
            frSidebar.templateSaving,
          ),
      },
      state.summaryUrl,
    ),
    findingsPanel(state.findings, (f) =>
      busy(
        () => server.selectCell({ sheet: f.sheet, ...(f.cell ? { cell: f.cell } : {}) }),
        () => say(frSidebar.goToCell(findingPlace(f))),
        frSidebar.selecting,
      ),
    ),
    ...(bilan ? [bilan] : []),
  );
  fitYearTable(root);
}

say(frSidebar.loading, 'busy');
server.getSidebarState().then(
  (state) => {
    render(state);
    say('');
  },
  (e: Error) => say(e.message, 'error'),
);
