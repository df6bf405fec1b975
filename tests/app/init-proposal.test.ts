// The first-run form's proposal (read from tabs typed before the set-up) and the
// fingerprint the sidebar compares to offer a new check after a co-editor's change.
import { MemoryWorkbook } from '../../src/adapters/memory/port';
import { serverApi } from '../../src/app/server-api';
import { applyPlan } from '../../src/core/workbook/snapshot-apply';
import { TAB } from '../../src/core/workbook/layout';
import { typedTabsPlan } from '../../src/hosts/preview/example';
import type { WorkbookSnapshot } from '../../src/core/workbook/types';
import { loadExample } from '../helpers/examples';
import { formFor } from '../helpers/forms';

const blank: WorkbookSnapshot = { sheets: [{ name: 'Feuille 1', values: [], formulas: [] }] };
const typedBook = () => new MemoryWorkbook(applyPlan(blank, typedTabsPlan(loadExample('thore-montagne-noire'))));

describe('first-run proposal', () => {
  test('typed Axes, Actions and Budget (no Convention tab): the period of the Budget year headers and the counts', () => {
    const state = serverApi(typedBook().port()).getSidebarState();
    expect(state.initialized).toBe(false);
    // Seed 001: 6 axes, 16 fiches, 9 budget lines (the generated total row is not a line), years 2023 to 2025.
    expect(state.proposal).toEqual({
      name: '',
      territory: '',
      signatories: [],
      startYear: 2023,
      endYear: 2025,
      envelopes: [],
      typed: { tabs: 3, axes: 6, actions: 16, lines: 9 },
    });
  });

  test('an empty spreadsheet proposes nothing', () => {
    expect(serverApi(new MemoryWorkbook(blank).port()).getSidebarState().proposal).toBeUndefined();
  });

  test('with only the envelopes given, the typed tabs become a balanced 2023–2025 workbook', () => {
    const book = typedBook();
    const form = { ...formFor(loadExample('thore-montagne-noire')), name: '', territory: '', signatories: [] };
    const { state } = serverApi(book.port()).initializeWorkbook(form);
    expect(state.years.map((y) => [y.year, y.status])).toEqual([
      [2023, 'balanced'],
      [2024, 'balanced'],
      [2025, 'balanced'],
    ]);
    // The territory may wait: the check asks for it in the Convention tab.
    expect(state.findings.some((f) => f.sheet === TAB.convention && f.severity === 'error' && /territoire/i.test(f.message))).toBe(true);
  });
});

describe('fingerprint', () => {
  test('the state after a write matches a fresh read; a typed change changes it, a re-check catches up', () => {
    const book = typedBook();
    const api = serverApi(book.port());
    const { state } = api.initializeWorkbook(formFor(loadExample('thore-montagne-noire')));
    expect(state.fingerprint).toEqual(expect.any(String));
    expect(Number.isNaN(Date.parse(state.checkedAt ?? ''))).toBe(false);
    expect(api.workbookFingerprint()).toBe(state.fingerprint);
    // A co-editor changes a budget amount (H2 is a year column of the first line).
    const budget = book.snapshot.sheets.find((s) => s.name === TAB.budget)!;
    const col = budget.values[0].indexOf('2024');
    expect(col).toBeGreaterThan(0);
    budget.values[1][col] = Number(budget.values[1][col]) + 1;
    const changed = api.workbookFingerprint();
    expect(changed).not.toBe(state.fingerprint);
    expect(api.checkEnvelope().state.fingerprint).toBe(changed);
  });
});
