// Headless Chromium (Debian's /usr/bin/chromium, driven by playwright-core) in front of
// the local preview server, built afresh into a temp folder: what the sidebar tests share.
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { AddressInfo } from 'net';
import type { Server } from 'http';
import { chromium, Browser, Page, FrameLocator } from 'playwright-core';
import { plainSpaces } from '../../src/core/domain/money';
import { createPreviewServer } from '../../src/hosts/preview/server';

const root = path.join(__dirname, '..', '..');
const CHROMIUM = '/usr/bin/chromium';
/** Screenshots kept for a person to look at (gitignored). */
export const OUTPUT_DIR = path.join(root, 'test-output');

export type PreviewBrowser = { page: Page; base: string; close(): Promise<void> };

export async function openPreview(
  mode: Parameters<typeof createPreviewServer>[0]['mode'],
  viewport: { width: number; height: number },
): Promise<PreviewBrowser> {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`Chromium introuvable (${CHROMIUM}) : installez le paquet Debian « chromium » (voir .ci/run).`);
  const buildDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ctg-preview-build-'));
  execFileSync(process.execPath, [path.join(root, 'scripts', 'build.mjs'), '--out', buildDir], { stdio: 'pipe' });
  const server: Server = createPreviewServer({ buildDir, mode });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser: Browser = await chromium.launch({
    executablePath: CHROMIUM,
    // Without the background-networking flags Chromium keeps trying to reach Google on a closed network.
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const page = await browser.newPage({ viewport });
  return {
    page,
    base,
    async close() {
      await browser.close();
      await new Promise((resolve) => server.close(resolve));
      fs.rmSync(buildDir, { recursive: true, force: true });
    },
  };
}

/** Waits (up to 5 s) until the first element of locator shows text (typographic spaces made plain). */
export async function expectText(locator: ReturnType<FrameLocator['locator']>, text: string): Promise<void> {
  await locator.first().waitFor();
  for (let i = 0; i < 50; i++) {
    if (plainSpaces(await locator.first().innerText()).includes(text)) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  expect(plainSpaces(await locator.first().innerText())).toContain(text);
}
