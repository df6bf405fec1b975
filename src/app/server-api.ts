// The server functions behind the menu and the sidebar, written once against a
// WorkbookPort: snapshot → pure core → plan → apply. Each is thin: it reads, asks the
// engine, writes, and answers with a French sentence and the fresh sidebar state.
import type { ActionResult, CellTarget, InitForm, ServerApi, SidebarState } from './contract';
import type { Convention } from '../core/domain/schema';
import type { Plan, WorkbookSnapshot } from '../core/workbook/types';
import { applyPlan } from '../core/workbook/snapshot-apply';
import { isCtgWorkbook } from '../core/workbook/identity';
import { isCellRange } from '../core/workbook/a1';
import { frAddon } from '../i18n/fr-addon';
import { checkSnapshot, planFor, readConvention, refreshFor, requireWithinLimits } from './workbook';
import { conventionFromForm } from './init-form';
import { readSettings, writeSettings } from './settings';
import { UserError } from './errors';
import type { WorkbookPort } from './port';
import { importText } from '../core/import';
import { createNewSummary, generateSummary, setSummaryTemplate } from './summary';
import { generateBilan } from './bilan';
import { defaultReviewYear, reviewYears } from '../core/summary/annual-review';
import { findingMessage, wordFinding } from '../core/wording/finding-message';
import { findingPlace } from '../core/domain/finding-place';
import { planPartnerProtection } from '../core/partner/protect-rows';
import { frPartner } from '../i18n/fr-partner';
import { initProposal } from './init-proposal';
import { snapshotFingerprint } from './fingerprint';

/** The workbook as the plan leaves it, computed in memory rather than read again (read once, write once). */
const afterPlan = (snapshot: WorkbookSnapshot, plan: Plan) => applyPlan(snapshot, plan);

const EMPTY_CONVENTION: Convention = {
  name: '',
  territory: '',
  signatories: [],
  period: {},
  coordinator: '',
  toleranceCents: 0,
  envelopes: [],
  axes: [],
  actions: [],
  budget: [],
};

export function sidebarState(port: WorkbookPort, snapshot = port.snapshot({ typedOnly: true })): SidebarState {
  const settings = readSettings(port.properties());
  const summaryUrl = settings.summaryUrl ?? null;
  if (!isCtgWorkbook(snapshot)) {
    const proposal = initProposal(snapshot);
    return { initialized: false, title: '', territory: '', years: [], total: null, findings: [], summaryUrl, ...(proposal ? { proposal } : {}) };
  }
  const { convention, report } = checkSnapshot(snapshot);
  return {
    initialized: true,
    checkedAt: new Date().toISOString(),
    fingerprint: snapshotFingerprint(snapshot),
    title: convention.name,
    territory: convention.territory,
    ...(convention.period.startYear !== undefined ? { startYear: convention.period.startYear } : {}),
    ...(convention.period.endYear !== undefined ? { endYear: convention.period.endYear } : {}),
    years: report.years,
    total: report.years.length > 0 ? report.total : null,
    findings: report.findings.map(wordFinding),
    summaryUrl,
    bilan: {
      years: reviewYears(convention),
      defaultYear: defaultReviewYear(convention, new Date()),
      links: Object.entries(settings.bilanDocuments ?? {})
        .map(([year, d]) => ({ year: Number(year), url: d.url }))
        .sort((a, b) => a.year - b.year),
    },
  };
}

/**
 * Creates the CTG workbook from the first-run form. Tabs people already typed
 * (an Actions or Budget tab pasted before) are read and kept: the form only sets
 * the convention's own fields.
 */
export function initializeWorkbook(port: WorkbookPort, form: InitForm): ActionResult {
  const fields = conventionFromForm(form);
  return port.withLock(() => {
    const snapshot = port.snapshot();
    const read = snapshot.sheets.some((s) => s.values.length > 0) ? readConvention(snapshot) : undefined;
    const desired: Convention = { ...(read?.convention ?? EMPTY_CONVENTION), ...fields };
    const { plan, sentence } = planFor(desired, snapshot, { ...(read ? { read } : {}), checkedAt: new Date() });
    requireWithinLimits(plan, snapshot);
    port.apply(plan);
    writeSettings(port.properties(), { initializedAt: new Date().toISOString() });
    return { message: plan.ops.length > 0 ? frAddon.initDone(sentence) : frAddon.nothingToDo, state: sidebarState(port, afterPlan(snapshot, plan)) };
  });
}

export function checkEnvelope(port: WorkbookPort): ActionResult {
  const state = sidebarState(port);
  if (!state.initialized) throw new UserError(frAddon.notInitialized);
  const count = (s: string) => state.findings.filter((f) => f.severity === s).length;
  return { message: frAddon.checkDone(count('error'), count('warning')), state };
}

export function refreshAxisTabs(port: WorkbookPort): ActionResult {
  return port.withLock(() => {
    const snapshot = port.snapshot();
    if (!isCtgWorkbook(snapshot)) throw new UserError(frAddon.notInitialized);
    const { plan, sentence } = refreshFor(snapshot, new Date());
    requireWithinLimits(plan, snapshot);
    port.apply(plan);
    return { message: plan.ops.length > 0 ? frAddon.refreshDone(sentence) : frAddon.nothingToDo, state: sidebarState(port, afterPlan(snapshot, plan)) };
  });
}

export function selectCell(port: WorkbookPort, target: CellTarget): void {
  if (target.cell !== undefined && !isCellRange(target.cell)) throw new UserError(frAddon.badCell(target.cell));
  if (!port.select(target.sheet, target.cell)) throw new UserError(frAddon.unknownTab(target.sheet));
}

/**
 * Writes an imported (and reviewed) draft like the first-run form does: one plan
 * from the draft and the current snapshot, applied under the document lock. On a
 * workbook that already holds a convention, the plan only adds what is missing.
 */
export function applyImport(port: WorkbookPort, draft: Convention): ActionResult {
  return port.withLock(() => {
    const snapshot = port.snapshot();
    const { plan, sentence, findings } = planFor(draft, snapshot, { checkedAt: new Date(), reportKept: true });
    requireWithinLimits(plan, snapshot);
    port.apply(plan);
    if (plan.ops.length > 0 && !isCtgWorkbook(snapshot)) writeSettings(port.properties(), { initializedAt: new Date().toISOString() });
    // What people typed wins over the text; each such cell is named so they can choose.
    const kept = findings.filter((f) => f.detail.kind === 'kept-value').map((f) => `${findingPlace(f)} — ${findingMessage(f)}`);
    const done = plan.ops.length > 0 ? frAddon.importDone(sentence) : frAddon.nothingToDo;
    return { message: kept.length > 0 ? `${done} ${frAddon.importKept(kept)}` : done, state: sidebarState(port, afterPlan(snapshot, plan)) };
  });
}

/**
 * Protects a partner's rows of Réalisé in Sheets: blocking protections whose editors are the
 * partner's addresses (the owner and the person running it always keep their rights: Sheets
 * does not let a script remove them). Protecting again replaces the previous ranges.
 */
export function protectPartnerRows(port: WorkbookPort, beneficiary: string, emails: string[]): ActionResult {
  return port.withLock(() => {
    const snapshot = port.snapshot({ typedOnly: true });
    if (!isCtgWorkbook(snapshot)) throw new UserError(frAddon.notInitialized);
    const result = planPartnerProtection(snapshot, beneficiary, emails);
    if (!result.ok) throw new UserError(result.problems.join(' '));
    requireWithinLimits(result.plan, snapshot);
    port.apply(result.plan);
    return { message: frPartner.protectedRows(result.beneficiary, result.rows, result.emails), state: sidebarState(port, snapshot) };
  });
}

/** The server API bound to a port: what the globals (and the preview) expose. */
export function serverApi(port: WorkbookPort): ServerApi {
  return {
    getSidebarState: () => sidebarState(port),
    initializeWorkbook: (form) => initializeWorkbook(port, form),
    checkEnvelope: () => checkEnvelope(port),
    refreshAxisTabs: () => refreshAxisTabs(port),
    generateSummary: () => generateSummary(port),
    createNewSummary: () => createNewSummary(port),
    generateBilan: (year) => generateBilan(port, year),
    setSummaryTemplate: (link) => setSummaryTemplate(port, link),
    selectCell: (target) => selectCell(port, target),
    workbookFingerprint: () => snapshotFingerprint(port.snapshot({ typedOnly: true })),
    previewImport: (text) => importText(text),
    applyImport: (draft) => applyImport(port, draft),
    protectPartnerRows: (beneficiary, emails) => protectPartnerRows(port, beneficiary, emails),
  };
}
