// Screenshots of every page of `baocao serve` at a laptop's width (1366 px) and a phone's (390 px),
// over the demo's store, in Debian's chromium: `npx tsx scripts/web-screenshots.ts <out-dir>`.
// Look at them after changing a page (Vietnamese text, tables that fit, results a clerk can read).
import { mkdirSync, mkdtempSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { SAMPLES_DIR, runDemo } from '../src/run-demo.ts';
import { openStore } from '../src/store/index.ts';
import { buildServer } from '../src/web/index.ts';

const out = process.argv[2] ?? 'screenshots';
mkdirSync(out, { recursive: true });
const dir = mkdtempSync(join(tmpdir(), 'baocao-shots-'));
const demo = await runDemo({ dir: join(dir, 'demo') });
const store = openStore(demo.paths.db);
const app = await buildServer({ plan: demo.plan, planHash: demo.planHash, store });
await app.listen({ port: 0, host: '127.0.0.1' });
const base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--lang=vi'] });
try {
  // One upload, so the results page has an accepted and a rejected file to show.
  const setup = await browser.newPage();
  await setup.goto(`${base}/nop`);
  await setup.locator('#tep').setInputFiles([join(SAMPLES_DIR, 'filled', 'HND_BC_Q2_2024.xlsx'), join(SAMPLES_DIR, 'filled', 'HND_BC_Q2_2024 (ban sua).xlsx')]);
  await setup.getByRole('button', { name: 'Nộp và kiểm tra' }).click();
  await setup.locator('.job-done').waitFor({ timeout: 60_000 });
  const job = new URL(setup.url()).pathname;
  await setup.close();
  const pages: Array<[string, string]> = [
    ['ky-bao-cao', `/?ky=${demo.period}`],
    ['nop-bieu-mau', '/nop'],
    ['ket-qua', job],
    ['don-vi', `/don-vi/HND?ky=${demo.period}`],
    ['tai-ve', `/tai-ve?ky=${demo.period}`],
  ];
  for (const [width, tag] of [[1366, 'laptop'], [390, 'phone']] as const) {
    const page = await browser.newPage({ viewport: { width, height: width > 600 ? 860 : 844 } });
    for (const [name, path] of pages) {
      await page.goto(base + path);
      await page.screenshot({ path: join(out, `${tag}-${name}.png`), fullPage: true });
      // Whether anything is wider than the window (a table that does not fit).
      // (A string, evaluated in the page: this script is type-checked without the DOM's types.)
      const overflow = await page.evaluate<number>('document.documentElement.scrollWidth - window.innerWidth');
      process.stdout.write(`${tag}-${name}.png${overflow > 0 ? `  (wider than the window by ${overflow}px)` : ''}\n`);
    }
    await page.close();
  }
} finally {
  await browser.close();
  await app.close();
  store.close();
}
