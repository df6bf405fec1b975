// The sidebar in headless Chromium against the local preview (same server code,
// in-memory workbook): initialise from the form, see every year balanced, edit a
// budget cell so 2024 goes over, re-check, see the dépassement and its amount,
// click the finding to select the cell; text people typed stays inert.
import * as fs from 'fs';
import * as path from 'path';
import type { Page, FrameLocator } from 'playwright-core';
import { openPreview, PreviewBrowser, OUTPUT_DIR, expectText } from '../helpers/preview-browser';
import { formatMoney, plainSpaces } from '../../src/core/domain/money';
import { TAB } from '../../src/core/workbook/layout';
import { frSidebar } from '../../src/i18n/fr-addon';

const INJECTED = '<img src=x onerror=alert(1)>';
const outputDir = OUTPUT_DIR;

let preview: PreviewBrowser;
let page: Page;
let base: string;
const dialogs: string[] = [];

beforeAll(async () => {
  preview = await openPreview('typed', { width: 1280, height: 900 });
  ({ page, base } = preview);
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
});

afterAll(async () => {
  await preview?.close();
});

const yearRow = (sidebar: FrameLocator, year: string) => sidebar.locator(`tr[data-year="${year}"]`);
const plain = plainSpaces;

test('initialise, balance, go over in 2024, re-check, click the finding; injected text stays text', async () => {
  await page.goto(`${base}/`);
  const sidebar = page.frameLocator('#sidebar');
  const workbook = page.frameLocator('#workbook');

  // First run: the form.
  await sidebar.getByLabel('Nom de la convention').fill(INJECTED);
  await sidebar.getByLabel('Territoire').fill('Thoré Montagne Noire');
  const names = sidebar.getByLabel('Nom', { exact: true });
  await names.nth(0).fill('CAF du Tarn');
  await names.nth(1).fill('Communauté de communes Thoré Montagne Noire');
  await sidebar.getByLabel('Année de début').fill('2023');
  await sidebar.getByLabel('Année de début').press('Tab');
  await sidebar.getByLabel('Année de fin').fill('2025');
  await sidebar.getByLabel('Année de fin').press('Tab');
  for (const year of ['2023', '2024', '2025']) await sidebar.getByLabel(`Enveloppe CAF ${year}`).fill('241 801 €');
  await sidebar.getByRole('button', { name: 'Créer le classeur' }).click();

  // Every year balanced, in words and not only in colour.
  await sidebar.locator('table.years').waitFor();
  for (const year of ['2023', '2024', '2025']) {
    await expectText(yearRow(sidebar, year).locator('td.status'), '✔ équilibré');
    expect(await yearRow(sidebar, year).getAttribute('class')).toBe('status-balanced');
  }
  expect(plain(await sidebar.locator('#message').innerText())).toMatch(/^Classeur CTG créé : /);
  // The convention's name is shown literally: no <img> element, no alert.
  expect(await sidebar.locator('header h1').innerText()).toBe(INJECTED);

  // A partner raises the first CAF line of 2024 by 1 € in the Budget tab.
  await page.waitForTimeout(200);
  await workbook.locator(`section[data-sheet="${TAB.budget}"]`).waitFor();
  const headers = await workbook.locator(`section[data-sheet="${TAB.budget}"] tr:nth-child(2) td`).allInnerTexts();
  const col = String.fromCharCode(65 + headers.indexOf('2024'));
  expect(col).not.toBe('@');
  const cell = workbook.locator(`td[data-cell="${TAB.budget}!${col}2"]`);
  const before = Number(await cell.innerText());
  expect(before).toBeGreaterThan(0);
  await workbook.locator('select[name=sheet]').selectOption(TAB.budget);
  await workbook.locator('input[name=cell]').fill(`${col}2`);
  await workbook.locator('input[name=value]').fill(String(before + 1));
  await workbook.getByRole('button', { name: 'Enregistrer' }).click();
  await expectText(workbook.locator(`td[data-cell="${TAB.budget}!${col}2"]`), String(before + 1));
  // …and types an unknown axis (with markup in it) on the first fiche action.
  await workbook.locator('select[name=sheet]').selectOption(TAB.actions);
  await workbook.locator('input[name=cell]').fill('C2');
  await workbook.locator('input[name=value]').fill(INJECTED);
  await workbook.getByRole('button', { name: 'Enregistrer' }).click();
  await workbook.locator(`td[data-cell="${TAB.actions}!C2"]`).waitFor();

  // Re-check from the sidebar.
  await sidebar.getByRole('button', { name: 'Vérifier', exact: true }).click();
  await expectText(yearRow(sidebar, '2024').locator('td.status'), `✖ dépassement de ${plain(formatMoney(100))}`);
  expect(await yearRow(sidebar, '2024').getAttribute('class')).toBe('status-over');
  // The re-rendered panel gives the focus back to the button that was used.
  expect(await sidebar.locator(':focus').getAttribute('data-action')).toBe('check');
  await expectText(yearRow(sidebar, '2023').locator('td.status'), '✔ équilibré');

  const over = sidebar.locator('button.finding', { hasText: 'dépassement' });
  expect(plain(await over.innerText())).toContain(`2024 : dépassement de ${plain(formatMoney(100))}`);
  const injectedFinding = sidebar.locator('button.finding', { hasText: 'inconnu' });
  expect(await injectedFinding.locator('.message').innerText()).toContain(INJECTED);

  // Clicking the finding (with the keyboard: it is a real button) selects its cell in the workbook.
  await over.focus();
  await page.keyboard.press('Enter');
  await expectText(workbook.locator('#selection'), `${TAB.budget}!${col}1`);
  await workbook.locator(`td.selected[data-cell="${TAB.budget}!${col}1"]`).waitFor();
  expect(plain(await sidebar.locator(':focus').innerText())).toContain('2024 : dépassement');

  // The Contrôle tab's live formulas (computed in the preview as Sheets would) agree with the sidebar.
  const control2024 = workbook.locator(`section[data-sheet="${TAB.control}"] tr`, { has: workbook.locator('td:first-of-type', { hasText: /^2024$/ }) }).first();
  expect((await control2024.locator('td').allInnerTexts()).slice(0, 5)).toEqual(['2024', '241801', '241802', '1', 'dépassement']);

  // The summary: in the preview it is written as Markdown in place of the Google Doc; the panel then links to it.
  await sidebar.getByRole('button', { name: frSidebar.summary }).click();
  await expectText(sidebar.locator('#message'), 'Synthèse créée');
  expect(await sidebar.getByRole('link', { name: frSidebar.openDoc }).getAttribute('href')).toBe('/synthese');

  expect(await sidebar.locator('img').count()).toBe(0);
  expect(dialogs).toEqual([]);

  fs.mkdirSync(outputDir, { recursive: true });
  await page.screenshot({ path: path.join(outputDir, 'preview.png') });
  await page.locator('#sidebar').screenshot({ path: path.join(outputDir, 'sidebar.png') });
});
