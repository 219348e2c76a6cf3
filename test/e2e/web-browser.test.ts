// The web page in a real browser: Debian's chromium driven by playwright-core (never a
// downloaded browser). One run covers the clerk's round: open the page, upload a good and a bad
// workbook through the file input, read the results and findings, download the annotated copy
// and the Word report — and checks that what the browser got is what the CLI makes from the same
// files and the same store.
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import type { Store } from '../../src/model/index.ts';
import { openStore } from '../../src/store/index.ts';
import { buildServer } from '../../src/web/index.ts';
import { captureContext } from '../helpers/cli.ts';
import { PLAN_FILE, samplePlan } from '../ingest/setup.ts';
import { badWorkbook, goodWorkbook } from '../web/setup.ts';

const CHROMIUM = '/usr/bin/chromium';

let dir: string;
let store: Store;
let app: FastifyInstance;
let browser: Browser;
let base: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'web-e2e-'));
  mkdirSync(join(dir, 'in'));
  writeFileSync(join(dir, 'in', 'HND quy I.xlsx'), await goodWorkbook('HND', '2024-Q1'));
  writeFileSync(join(dir, 'in', 'HCCB quy I - sai.xlsx'), await badWorkbook('2024-Q1'));
  const { plan, hash } = await samplePlan();
  store = openStore(join(dir, 'baocao.db'));
  app = await buildServer({ plan, planHash: hash, store });
  await app.listen({ port: 0, host: '127.0.0.1' });
  base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--lang=vi'] });
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
  store?.close();
});

async function cli(...args: string[]) {
  const ctx = captureContext();
  const code = await main(['node', 'baocao', ...args], ctx);
  return { code, err: ctx.err.join('') };
}

/**
 * Every part of an Office file but its timestamps (docProps/core.xml), as text. The whole files
 * differ only there and in the zip entries' dates: exceljs and docx stamp the time of writing.
 */
async function parts(bytes: Uint8Array): Promise<Record<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const out: Record<string, string> = {};
  for (const [name, entry] of Object.entries(zip.files)) {
    if (!entry.dir && name !== 'docProps/core.xml') out[name] = await entry.async('string');
  }
  return out;
}

describe('the web page in chromium', () => {
  it('upload a good and a bad workbook → two results with the findings; the annotated copy and the report are what the CLI makes', async () => {
    const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1366, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${base}/`);
    await expect(page.locator('h1').textContent()).resolves.toContain('Tình hình báo cáo');

    await page.getByRole('link', { name: 'Nộp biểu mẫu' }).click();
    await page.locator('#tep').setInputFiles([join(dir, 'in', 'HND quy I.xlsx'), join(dir, 'in', 'HCCB quy I - sai.xlsx')]);
    await page.getByRole('button', { name: 'Nộp và kiểm tra' }).click();
    await page.locator('.job-done').waitFor({ timeout: 30_000 });

    const results = page.locator('section.file-result');
    await expect(results.evaluateAll((els) => els.map((e) => [e.getAttribute('data-file'), e.getAttribute('data-outcome')]))).resolves.toEqual([
      ['HND quy I.xlsx', 'accepted'],
      ['HCCB quy I - sai.xlsx', 'rejected'],
    ]);
    const bad = page.locator('section.file-result[data-outcome="rejected"]');
    const rows = await bad.locator('tr[data-code]').evaluateAll((els) => els.map((e) => [e.getAttribute('data-code'), e.querySelectorAll('td')[2]?.textContent ?? '']));
    expect(rows).toContainEqual(['ingest/not-a-number', expect.stringMatching(/^[A-Z]+\d+$/)]);
    expect(rows.map(([code]) => code)).toContain('ingest/invalid-progress');

    // The annotated copy, as `baocao ingest --feedback` writes it for the same file.
    const [download] = await Promise.all([page.waitForEvent('download'), bad.getByRole('link', { name: 'Tải bản chú thích' }).click()]);
    expect(download.suggestedFilename()).toBe('HCCB quy I - sai_can-sua.xlsx');
    const fromWeb = readFileSync((await download.path()) ?? '');
    const feedbackDir = join(dir, 'phan-hoi-cli');
    const ingest = await cli('ingest', join(dir, 'in', 'HCCB quy I - sai.xlsx'), '--plan', PLAN_FILE, '--db', join(dir, 'cli.db'), '--feedback', feedbackDir);
    expect(ingest.code).toBe(1);
    const fromCli = readFileSync(join(feedbackDir, readdirSync(feedbackDir)[0] ?? ''));
    expect(await parts(fromWeb)).toEqual(await parts(fromCli));

    // The Word report of the period, as `baocao report` writes it from the server's store.
    await page.getByRole('link', { name: 'Tải về' }).click();
    await page.locator('#ky').selectOption('2024-Q1');
    await page.getByRole('button', { name: 'Xem' }).click();
    const [report] = await Promise.all([page.waitForEvent('download'), page.locator('#tai-bao-cao').click()]);
    expect(report.suggestedFilename()).toBe('bao-cao-2024-Q1.docx');
    const webDocx = readFileSync((await report.path()) ?? '');
    const out = join(dir, 'bao-cao-cli.docx');
    expect((await cli('report', '--plan', PLAN_FILE, '--period', '2024-Q1', '--db', join(dir, 'baocao.db'), '-o', out)).code).toBe(0);
    const cliDocx = readFileSync(out);
    const text = async (b: Buffer) => (await mammoth.extractRawText({ buffer: b })).value;
    expect(await text(webDocx)).toEqual(await text(cliDocx));
    expect(await text(webDocx)).toContain('Hội Nông dân');
    expect(await parts(webDocx)).toEqual(await parts(cliDocx));
    await context.close();
  });

  it("files dropped on the drop zone → they go with the form (the page's script), the result shows", async () => {
    const page = await browser.newPage();
    await page.goto(`${base}/nop`);
    const base64 = readFileSync(join(dir, 'in', 'HND quy I.xlsx')).toString('base64');
    // A drop as the browser makes it: a DataTransfer holding a File. (Page code as a string: the
    // tests are type-checked without the DOM's types.)
    await page.evaluate(`(() => {
      const bytes = Uint8Array.from(atob(${JSON.stringify(base64)}), (c) => c.charCodeAt(0));
      const transfer = new DataTransfer();
      transfer.items.add(new File([bytes], 'keo-tha.xlsx'));
      document.querySelector('.drop').dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    })()`);
    await expect(page.locator('.drop .chosen').textContent()).resolves.toContain('1 tệp');
    await page.getByRole('button', { name: 'Nộp và kiểm tra' }).click();
    await page.locator('.job-done').waitFor({ timeout: 30_000 });
    // The same bytes as the first test's good workbook: recognised as already received.
    await expect(page.locator('section.file-result').getAttribute('data-outcome')).resolves.toBe('duplicate');
    await expect(page.locator('section.file-result').getAttribute('data-file')).resolves.toBe('keo-tha.xlsx');
    await page.close();
  });
});
