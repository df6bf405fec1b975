// Two co-editors: while one holds the document lock, the other's write is refused
// with a French message and nothing at all is written.
import { gasPort } from '../../src/hosts/apps-script/port';
import { serverApi } from '../../src/app/server-api';
import { frAddon } from '../../src/i18n/fr-addon';
import { fakeAppsScript, installGlobals } from '../fakes/globals';
import { DocumentLockState } from '../fakes/services';

const form = {
  name: '',
  territory: 'Thoré Montagne Noire',
  signatories: [{ name: 'CAF du Tarn', role: 'caf' as const }],
  startYear: '2023',
  endYear: '2025',
  envelopes: [2023, 2024, 2025].map((year) => ({ year, amount: '241 801 €' })),
};

test('a second co-editor gets a clear message and nothing is half-written', () => {
  const lock = new DocumentLockState();
  const first = fakeAppsScript({ lock });
  const second = fakeAppsScript({ lock, spreadsheet: first.spreadsheet });
  const holder = first.globals.LockService.getDocumentLock();
  expect(holder.tryLock(0)).toBe(true);

  const uninstall = installGlobals(second);
  try {
    second.counter.reset();
    expect(() => serverApi(gasPort()).initializeWorkbook(form)).toThrow(frAddon.busy);
    expect(() => serverApi(gasPort()).refreshAxisTabs()).toThrow(frAddon.busy);
    expect(first.spreadsheet.sheets.map((s) => s.name)).toEqual(['Feuille 1']);
    const writes = Object.keys(second.counter.toJSON()).filter((k) => /\.(set|insert|clear|protect)/.test(k));
    expect(writes).toEqual([]);
    holder.releaseLock();
    // Once released, the same call gets past the lock (and fails later only because the workbook is not a CTG workbook).
    expect(() => serverApi(gasPort()).refreshAxisTabs()).toThrow(frAddon.notInitialized);
    expect(lock.holder).toBeNull();
  } finally {
    uninstall();
  }
});
