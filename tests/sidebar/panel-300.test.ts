// The sidebar at 300 px, as Google Sheets shows it, in headless Chromium against the
// local preview: the first-run form proposes what the typed tabs say (seed 001's Axes,
// Actions and Budget, no Convention tab) and creates a balanced 2023–2025 workbook with
// only the envelope typed, with the keyboard alone; large amounts never overflow; a change
// made in the workbook after the check is noticed. Screenshots go to test-output/.
import * as fs from 'fs';
import * as path from 'path';
import type { Page } from 'playwright-core';
import { openPreview, PreviewBrowser, OUTPUT_DIR, expectText } from '../helpers/preview-browser';
import { plainSpaces } from '../../src/core/domain/money';
import { TAB } from '../../src/core/workbook/layout';

const WIDTH = 300;
let preview: PreviewBrowser;
let page: Page;
let base: string;

beforeAll(async () => {
  preview = await openPreview('typed', { width: WIDTH, height: 900 });
  ({ page, base } = preview);
});
afterAll(async () => {
  await preview?.close();
});

const reset = async (mode: 'typed' | 'empty') => {
  await page.request.post(`${base}/reset`, { form: { mode }, maxRedirects: 0 });
  await page.goto(`${base}/sidebar`);
};
const shot = async (name: string) => {
  fs.mkdirSync(OUTPUT_DIR, { recursive: true });
  await page.screenshot({ path: path.join(OUTPUT_DIR, name), fullPage: true });
};
/** The page and every element are within 300 px: nothing scrolls sideways, nothing is cut. */
async function expectNoOverflow(): Promise<void> {
  const { doc, cut } = await page.evaluate(() => ({
    doc: [document.documentElement.scrollWidth, document.documentElement.clientWidth],
    cut: Array.from(document.querySelectorAll('body *'))
      .filter((el) => el.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5 || el.scrollWidth > el.clientWidth + 1)
      .filter((el) => !el.classList.contains('sr-only') && getComputedStyle(el).overflow !== 'hidden')
      .map((el) => `${el.tagName}.${el.className}: ${(el.textContent ?? '').slice(0, 40)}`),
  }));
  expect(doc[0]).toBeLessThanOrEqual(doc[1]);
  expect(cut).toEqual([]);
  // Every amount of the year table within its own cell: text wider than its cell would overlap its neighbour.
  const spilled = await page.evaluate(() =>
    Array.from(document.querySelectorAll<HTMLElement>('table.years tbody td'))
      .filter((td) => {
        const range = document.createRange();
        range.selectNodeContents(td);
        const text = range.getBoundingClientRect();
        const box = td.getBoundingClientRect();
        return text.left < box.left - 0.5 || text.right > box.right + 0.5;
      })
      .map((td) => td.textContent),
  );
  expect(spilled).toEqual([]);
}
const focusedLabel = () =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement;
    const label = el.id ? document.querySelector(`label[for="${el.id}"]`)?.textContent : null;
    return label ?? el.textContent ?? el.tagName;
  });

test('keyboard only: the form proposes 2023–2025 from the typed tabs; the envelope alone makes every year balanced', async () => {
  await reset('typed');
  await page.locator('form.first-run').waitFor();
  expect(plainSpaces(await page.locator('.typed-tabs').innerText())).toContain('3 onglets déjà saisis : 6 axes, 16 fiches, 9 lignes');
  expect(await page.getByLabel('Année de début').inputValue()).toBe('2023');
  expect(await page.getByLabel('Année de fin').inputValue()).toBe('2025');

  // From the top of the form, Tab goes down the fields in reading order.
  await page.locator('form.first-run h2').focus();
  const order: string[] = [];
  for (let i = 0; i < 15; i++) {
    await page.keyboard.press('Tab');
    order.push(await focusedLabel());
  }
  expect(order).toEqual([
    'Nom de la convention',
    'Territoire',
    'Nom',
    'Rôle',
    'Retirer',
    'Nom',
    'Rôle',
    'Retirer',
    'Ajouter un signataire',
    'Année de début',
    'Année de fin',
    'Enveloppe CAF 2023',
    'Enveloppe CAF 2024',
    'Enveloppe CAF 2025',
    'Créer le classeur',
  ]);
  // Back to the first envelope: type it, press Enter — it does not send the form.
  for (let i = 0; i < 3; i++) await page.keyboard.press('Shift+Tab');
  expect(await focusedLabel()).toBe('Enveloppe CAF 2023');
  await page.keyboard.type('241 801 €');
  await page.keyboard.press('Enter');
  expect(await page.locator('form.first-run').count()).toBe(1);
  expect(await page.locator('#message').innerText()).toBe('');
  expect(await page.getByLabel('Enveloppe CAF 2025').inputValue()).toBe('241 801 €');
  await shot('panel-300-form.png');

  for (let i = 0; i < 3; i++) await page.keyboard.press('Tab');
  expect(await focusedLabel()).toBe('Créer le classeur');
  await page.keyboard.press('Space');
  await page.locator('table.years').waitFor();
  for (const year of ['2023', '2024', '2025']) await expectText(page.locator(`tr[data-year="${year}"] td.status`), '✔ équilibré');
  await expectText(page.locator('tr[data-year="Total"] td.status'), '✔ équilibré');
  expect(plainSpaces(await page.locator('#message').innerText())).toMatch(/^Classeur CTG créé : /);
  // Said when, in words.
  expect(plainSpaces(await page.locator('.checked').innerText())).toMatch(/^Vérifié à \d{1,2} h \d{2}$/);
  // No territory typed yet: the header says the period alone, without a stray separator.
  expect(plainSpaces(await page.locator('header p.hint').innerText())).toBe('2023–2025');
  await expectNoOverflow();
  await shot('panel-300-created.png');

  // A change in the workbook after the check: coming back to the panel, it offers to check again.
  const edit = await page.request.post(`${base}/workbook/edit`, { form: { sheet: TAB.budget, cell: 'G2', value: '1' }, maxRedirects: 0 });
  expect(edit.status()).toBe(303);
  await page.evaluate(() => window.dispatchEvent(new Event('focus')));
  await expectText(page.locator('.stale'), 'Le classeur a été modifié depuis');
  await shot('panel-300-stale.png');
  await page.getByRole('button', { name: 'Vérifier à nouveau' }).click();
  // L01 of 2023 is now 1 € instead of 40 513 €: 40 512 € left to allocate.
  await expectText(page.locator('tr[data-year="2023"] td.status'), 'reste à répartir de 40 512,00 €');
  expect(await page.locator('.stale').count()).toBe(0);
});

test('the year period follows without rebuilding the fields; a period over six years says so', async () => {
  await reset('empty');
  const start = page.getByLabel('Année de début');
  const end = page.getByLabel('Année de fin');
  await start.fill('2024');
  await end.fill('2025');
  await page.getByLabel('Enveloppe CAF 2024').fill('100 000');
  await page.getByLabel('Enveloppe CAF 2025').fill('90 000');
  await page.evaluate(() => ((document.querySelector('input[name="envelope-2024"]') as HTMLInputElement & { mark?: number }).mark = 1));
  // Typing a later end year adds 2026 (following the first year) and keeps the same 2024 field and both amounts.
  await end.fill('2026');
  expect(await page.getByLabel('Enveloppe CAF 2026').inputValue()).toBe('100 000');
  expect(await page.evaluate(() => (document.querySelector('input[name="envelope-2024"]') as HTMLInputElement & { mark?: number }).mark)).toBe(1);
  expect(await page.getByLabel('Enveloppe CAF 2025').inputValue()).toBe('90 000');
  // Tab from the end year goes to the first envelope, not to the button.
  await end.focus();
  await page.keyboard.press('Tab');
  expect(await focusedLabel()).toBe('Enveloppe CAF 2024');
  // Eight years: said where it applies; the envelope fields stay.
  await end.fill('2031');
  expect(plainSpaces(await page.locator('.hint.limit').innerText())).toContain('Cette période couvre 8 années ; une convention en compte 6 au plus.');
  expect(await page.locator('.envelopes input').count()).toBe(3);
  await shot('panel-300-long-period.png');
  // Back to 2025: 2026 goes away; back to 2026 later, what was typed in it is still there.
  await end.fill('2025');
  expect(await page.locator('.envelopes input').count()).toBe(2);
  expect(await page.locator('.hint.limit').innerText()).toBe('');
});

test.each([
  ['3 456 789 €', '-3 456 789,00 €', '2024', '2026'],
  ['99 999 999,99 €', '-99 999 999,99 €', '2024', '2024'],
])('an envelope of %s fits 300 px: no sideways scroll, the Écart column whole', async (amount, delta, from, to) => {
  await reset('empty');
  await page.getByLabel('Territoire').fill('Thoré Montagne Noire');
  await page.getByLabel('Nom', { exact: true }).first().fill('CAF du Tarn');
  await page.getByLabel('Année de début').fill(from);
  await page.getByLabel('Année de fin').fill(to);
  await page.getByLabel(`Enveloppe CAF ${from}`).fill(amount);
  await page.getByRole('button', { name: 'Créer le classeur' }).click();
  await page.locator('table.years').waitFor();
  // No budget line: each year is short of its whole envelope, written in full in the Écart column.
  expect(plainSpaces(await page.locator(`tr[data-year="${from}"] td.delta`).innerText())).toBe(delta);
  await expectNoOverflow();
  await shot(`panel-300-${amount.replace(/\D/g, '')}.png`);
});
