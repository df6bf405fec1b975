// previewImport / applyImport through the same server functions as Apps Script,
// on an in-memory workbook: the pasted text becomes a workbook through the
// normal plan/apply, and importing again never overwrites what a person typed.
import { serverApi } from '../../src/app/server-api';
import { callServer } from '../../src/app/server-functions';
import { MemoryWorkbook } from '../../src/adapters/memory/port';
import { readWorkbook } from '../../src/core/workbook/read';
import { applyPlan } from '../../src/core/workbook/snapshot-apply';
import { TAB } from '../../src/core/workbook/layout';
import { loadSeed } from '../helpers/seeds';

describe('import through the server functions', () => {
  it('previews seed 001 without writing, then writes it into an empty workbook', () => {
    const book = new MemoryWorkbook({ sheets: [] });
    const api = serverApi(book.port());
    const preview = callServer(api, 'previewImport', [loadSeed('001')]);
    expect(preview.counts).toMatchObject({ actions: 16, budgetLines: 9 });
    expect(book.snapshot.sheets).toEqual([]); // nothing written by a preview

    const result = callServer(api, 'applyImport', [preview.draft]);
    expect(result.message).toMatch(/^Import écrit dans le classeur\s: /);
    expect(result.state.initialized).toBe(true);
    expect(result.state.years.map((y) => [y.year, y.status, y.envelopeCents])).toEqual([
      [2023, 'balanced', 24_180_100],
      [2024, 'balanced', 24_180_100],
      [2025, 'balanced', 24_180_100],
    ]);
    const { convention } = readWorkbook(book.snapshot);
    expect(convention.actions).toHaveLength(16);
    expect(convention.budget).toHaveLength(9);
    expect(convention.actions[7].title).toBe('Tisser des liens entre les structures médicales du territoire');
  });

  it('importing again keeps a title a person changed in the workbook', () => {
    const book = new MemoryWorkbook({ sheets: [] });
    const api = serverApi(book.port());
    const { draft } = callServer(api, 'previewImport', [loadSeed('001')]);
    callServer(api, 'applyImport', [draft]);
    const actions = book.snapshot.sheets.find((s) => s.name === TAB.actions)!;
    const titleCol = actions.values[0].findIndex((v) => String(v).toLowerCase().startsWith('intitulé')) + 1;
    expect(titleCol).toBeGreaterThan(0);
    book.snapshot = applyPlan(book.snapshot, {
      ops: [{ kind: 'setValues', sheet: TAB.actions, row: 2, col: titleCol, values: [['Titre revu par la coordinatrice']] }],
    });

    const again = callServer(api, 'applyImport', [draft]);
    expect(readWorkbook(book.snapshot).convention.actions[0].title).toBe('Titre revu par la coordinatrice');
    expect(again.state.initialized).toBe(true);
  });

  it('answers malformed calls with a French message', () => {
    const api = serverApi(new MemoryWorkbook({ sheets: [] }).port());
    expect(() => callServer(api, 'previewImport', [42])).toThrow(/^Demande invalide/);
    expect(() => callServer(api, 'applyImport', [{ name: 'x' }])).toThrow(/^Demande invalide/);
  });
});
