// The "Importer un texte" panel in headless Chromium against the local preview
// (same server code, in-memory workbook): paste, preview as a tree with counts and
// uncertain items marked in words, untick a line and a fiche, edit a title, write;
// the workbook then holds exactly what was kept.
import * as fs from 'fs';
import * as path from 'path';
import type { Page } from 'playwright-core';
import { openPreview, PreviewBrowser, OUTPUT_DIR, expectText } from '../helpers/preview-browser';
import { TAB } from '../../src/core/workbook/layout';
import { plainSpaces } from '../../src/core/domain/money';

const outputDir = OUTPUT_DIR;
const TEXT = fs.readFileSync(path.join(__dirname, 'fixtures', 'ambitions-lettres.txt'), 'utf8');

let preview: PreviewBrowser;
let page: Page;
let base: string;

beforeAll(async () => {
  preview = await openPreview('empty', { width: 1280, height: 1400 });
  ({ page, base } = preview);
});

afterAll(async () => {
  await preview?.close();
});

const plain = plainSpaces;

test('paste, preview, untick, edit, write: the workbook holds what was kept', async () => {
  await page.goto(`${base}/`);
  const sidebar = page.frameLocator('#sidebar');
  const workbook = page.frameLocator('#workbook');

  // From the first run, without filling the form.
  await sidebar.getByRole('button', { name: 'Importer un texte…' }).click();
  await sidebar.getByRole('button', { name: 'Aperçu' }).click();
  await expectText(sidebar.locator('#message'), 'Collez d’abord le texte');

  await sidebar.getByLabel('Texte de la convention').fill(TEXT);
  await sidebar.getByRole('button', { name: 'Aperçu' }).click();
  await expectText(sidebar.locator('p.counts'), '2 signataires · 3 axes · 4 objectifs · 3 fiches · 2 lignes budgétaires');
  await expectText(sidebar.locator('#message'), 'Aperçu prêt');

  // The tree: fiches under the axis they were attached to, uncertain ones marked in words.
  const ax3 = sidebar.locator('li.axis[data-ref="AX3"]');
  expect(await ax3.locator('li[data-ref]').count()).toBe(3);
  const fa02 = sidebar.locator('li[data-ref="FA02"]');
  expect(await fa02.getAttribute('class')).toBe('uncertain');
  expect(await fa02.locator('.uncertain-mark').innerText()).toBe('⚠ À vérifier');
  await expectText(sidebar.locator('ul.to-check').last(), '50 000 €');
  expect(await sidebar.getByLabel('Année de début').inputValue()).toBe('2025');

  // Review: drop one fiche and one budget line, retitle an axis.
  await sidebar.getByLabel('Garder « Créer un conseil intercommunal des jeunes »').uncheck();
  await sidebar.getByLabel('Garder « Accueil de loisirs de Cazals »').uncheck();
  await sidebar.getByLabel('Intitulé de AX3').fill('Bien vieillir sur les Coteaux');
  fs.mkdirSync(outputDir, { recursive: true });
  await page.locator('#sidebar').screenshot({ path: path.join(outputDir, 'import-preview.png') });

  await sidebar.getByRole('button', { name: 'Écrire dans le classeur' }).click();
  await expectText(sidebar.locator('#message'), 'Import écrit dans le classeur');
  await sidebar.locator('table.years').waitFor();

  // The workbook holds what was kept, and only that.
  await page.waitForTimeout(200);
  await workbook.locator(`section[data-sheet="${TAB.actions}"]`).waitFor();
  const actions = plain(await workbook.locator(`section[data-sheet="${TAB.actions}"]`).innerText());
  expect(actions).toContain('Étendre les horaires du relais petite enfance');
  expect(actions).not.toContain('Créer un conseil intercommunal des jeunes');
  const budget = plain(await workbook.locator(`section[data-sheet="${TAB.budget}"]`).innerText());
  expect(budget).toContain('Micro-crèche Les Petits Pas');
  expect(budget).not.toContain('Cazals');
  expect(plain(await workbook.locator(`section[data-sheet="${TAB.axes}"]`).innerText())).toContain('Bien vieillir sur les Coteaux');
  await page.screenshot({ path: path.join(outputDir, 'import-written.png') });
});

test('a long preview keeps its « Écrire dans le classeur » button in view', async () => {
  await page.goto(`${base}/`);
  const sidebar = page.frameLocator('#sidebar');
  await sidebar.getByRole('button', { name: 'Importer un texte…' }).click();
  // Forty fiches: a preview far taller than the panel.
  const fiches = Array.from({ length: 40 }, (_, i) => `Fiche action n° ${i + 1} : Action de proximité numéro ${i + 1} pour les familles du territoire`);
  await sidebar.getByLabel('Texte de la convention').fill(`${TEXT}\n\nFiches actions\n${fiches.join('\n')}\n`);
  await sidebar.getByRole('button', { name: 'Aperçu' }).click();
  await expectText(sidebar.locator('#message'), 'Aperçu prêt');
  const frame = page.frames().find((f) => f.url().includes('sidebar') || f.name() === 'sidebar') ?? page.frames()[1];
  const { tall, bottom, top, height } = await frame.evaluate(() => {
    window.scrollTo(0, 0);
    const button = Array.from(document.querySelectorAll('button')).find((b) => b.textContent === 'Écrire dans le classeur')!;
    const box = button.getBoundingClientRect();
    return { tall: document.documentElement.scrollHeight, bottom: box.bottom, top: box.top, height: window.innerHeight };
  });
  expect(tall).toBeGreaterThan(2 * height); // the preview is long…
  expect(top).toBeGreaterThanOrEqual(0); // …and the button is on screen at the top of it
  expect(bottom).toBeLessThanOrEqual(height);
});
