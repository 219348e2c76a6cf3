import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import JSZip from 'jszip';
import { afterEach, describe, expect, it } from 'vitest';
import type { Store } from '../../src/model/index.ts';
import { readTemplateMeta } from '../../src/template/index.ts';
import { Workbook } from '../../src/xlsx/exceljs.ts';
import { displayName, safeFileName, signedPdfHook } from '../../src/web/index.ts';
import { SigningSettingsSchema } from '../../src/model/sign.ts';
import { loadReportSettings } from '../../src/report/index.ts';
import { demoSigner } from '../../src/sign/index.ts';
import { goodWorkbook, testServer, uploadAndWait } from './setup.ts';

let app: FastifyInstance | undefined;
let store: Store | undefined;
afterEach(async () => {
  await app?.close();
  store?.close();
});

async function start(options: Parameters<typeof testServer>[0] = {}) {
  const s = await testServer(options);
  app = s.app;
  store = s.store;
  return s;
}

async function metaOf(bytes: Buffer) {
  const wb = new Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return readTemplateMeta(wb);
}

describe('downloads', () => {
  it('the page lists the outputs, one form per organisation and the zip; no signed PDF link without signing', async () => {
    const { app } = await start();
    const page = await app.inject({ method: 'GET', url: '/tai-ve?ky=2024-Q2' });
    expect(page.statusCode).toBe(200);
    for (const href of ['/tai-ve/tong-hop/2024-Q2.xlsx', '/tai-ve/bao-cao/2024-Q2.docx', '/tai-ve/bieu-mau/2024-Q2.zip', '/tai-ve/bieu-mau/2024-Q2/HCCB.xlsx', '/tai-ve/bao-cao/2024-Q2/HND.docx']) {
      expect(page.body).toContain(`href="${href}"`);
    }
    expect(page.body).not.toContain('/tai-ve/ky-so/');
    expect((await app.inject({ method: 'GET', url: '/tai-ve/ky-so/2024-Q2.pdf' })).statusCode).toBe(404);
    // Half-year views are derived: no forms to fill for them.
    expect((await app.inject({ method: 'GET', url: '/tai-ve?ky=2024-H1' })).body).not.toContain('/tai-ve/bieu-mau/');
  });

  it('a blank form → the organisation and period in its identity sheet; the zip → one form per organisation', async () => {
    const { app } = await start();
    const one = await app.inject({ method: 'GET', url: '/tai-ve/bieu-mau/2024-Q2/hccb.xlsx' });
    expect(one.statusCode).toBe(200);
    expect(one.headers['content-disposition']).toContain('2024-Q2_HCCB.xlsx');
    const meta = await metaOf(one.rawPayload);
    expect([meta?.org, meta?.period]).toEqual(['HCCB', '2024-Q2']);
    const zip = await app.inject({ method: 'GET', url: '/tai-ve/bieu-mau/2024-Q2.zip' });
    expect(zip.statusCode).toBe(200);
    const names = Object.keys((await JSZip.loadAsync(zip.rawPayload)).files).sort();
    expect(names).toEqual(['2024-Q2_HCCB.xlsx', '2024-Q2_HLHPN.xlsx', '2024-Q2_HND.xlsx', '2024-Q2_LDLD.xlsx', '2024-Q2_MTTQ.xlsx', '2024-Q2_TDTN.xlsx']);
    expect((await app.inject({ method: 'GET', url: '/tai-ve/bieu-mau/2024-Q2/KHONGCO.xlsx' })).statusCode).toBe(404);
  });

  it('the consolidated workbook, the Word report and a summary → xlsx and docx files with the stored data', async () => {
    const { app } = await start();
    await uploadAndWait(app, [{ name: 'hnd.xlsx', bytes: await goodWorkbook('HND', '2024-Q1') }]);
    const xlsx = await app.inject({ method: 'GET', url: '/tai-ve/tong-hop/2024-Q1.xlsx' });
    expect(xlsx.statusCode).toBe(200);
    const wb = new Workbook();
    await wb.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toContain('HND');
    for (const url of ['/tai-ve/bao-cao/2024-Q1.docx', '/tai-ve/bao-cao/2024-Q1/HND.docx']) {
      const docx = await app.inject({ method: 'GET', url });
      expect(docx.statusCode, url).toBe(200);
      expect(docx.headers['content-type']).toContain('wordprocessingml');
      expect(Object.keys((await JSZip.loadAsync(docx.rawPayload)).files)).toContain('word/document.xml');
    }
    expect((await app.inject({ method: 'GET', url: '/tai-ve/bao-cao/2024-Q9.docx' })).statusCode).toBe(400);
  });

  it("with a signing hook → the link shows and the PDF is what the hook made from the period's report", async () => {
    let given: { period: string; size: number } | null = null;
    const { app } = await start({
      signedPdf: async ({ period, report }) => {
        given = { period, size: report.length };
        return Buffer.from('%PDF-1.7 signed');
      },
    });
    expect((await app.inject({ method: 'GET', url: '/tai-ve?ky=2024-Q2' })).body).toContain('href="/tai-ve/ky-so/2024-Q2.pdf"');
    const pdf = await app.inject({ method: 'GET', url: '/tai-ve/ky-so/2024-Q2.pdf' });
    expect(pdf.statusCode).toBe(200);
    expect(pdf.body).toBe('%PDF-1.7 signed');
    expect(given).toMatchObject({ period: '2024-Q2' });
  });
});

describe('upload names', () => {
  it('a path, separators, a leading dot, markup → one safe file name; the shown name is the last part', () => {
    expect(safeFileName('../../etc/passwd', 1)).toBe('passwd');
    expect(safeFileName('C:\\Users\\a\\Báo cáo quý II.xlsx', 1)).toBe('Báo cáo quý II.xlsx');
    expect(safeFileName('..', 3)).toBe('tep-3');
    expect(safeFileName('.hidden.xlsx', 1)).toBe('hidden.xlsx');
    expect(safeFileName('<script>:*?.xlsx', 1)).toBe('_script____.xlsx');
    expect([...safeFileName(`${'a'.repeat(300)}.xlsx`, 1)]).toHaveLength(100);
    expect(safeFileName(`${'a'.repeat(300)}.xlsx`, 1).endsWith('.xlsx')).toBe(true);
    expect(displayName('thu-muc/con/HND.xlsx', 1)).toBe('HND.xlsx');
    expect(displayName('', 2)).toBe('tệp 2');
  });
});

describe('the signed report on a server started with keys (signedPdfHook, as `serve --sign-p12` makes it)', () => {
  const settingsWithoutImages = async () => {
    const settings = await loadReportSettings();
    return { ...settings, signing: { ...SigningSettingsSchema.parse(settings.signing ?? {}), requireImages: false } };
  };

  it('test keys → the PDF downloaded carries both signatures, valid for poppler', async () => {
    const keys = { signer: { kind: 'signer' as const, signer: await demoSigner('signer') }, organization: { kind: 'signer' as const, signer: await demoSigner('organization') } };
    const { app } = await start({ signedPdf: signedPdfHook(await settingsWithoutImages(), 'templates', keys) });
    const pdf = await app.inject({ method: 'GET', url: '/tai-ve/ky-so/2024-Q2.pdf' });
    expect(pdf.statusCode).toBe(200);
    const file = join(mkdtempSync(join(tmpdir(), 'web-sign-')), 'ky-so.pdf');
    writeFileSync(file, pdf.rawPayload);
    const out = spawnSync('pdfsig', [file], { encoding: 'utf8' }).stdout;
    expect(out.match(/Signature is Valid\./g)?.length).toBe(2);
  }, 120_000);

  it('a key that is not there (no organisation key) → 422, a Vietnamese page naming the problem, not a server error', async () => {
    const keys = { signer: { kind: 'signer' as const, signer: await demoSigner('signer') } };
    const { app } = await start({ signedPdf: signedPdfHook(await settingsWithoutImages(), 'templates', keys) });
    const pdf = await app.inject({ method: 'GET', url: '/tai-ve/ky-so/2024-Q2.pdf' });
    expect(pdf.statusCode).toBe(422);
    expect(pdf.headers['content-type']).toContain('text/html');
    expect(pdf.body).toContain('Không ký số được báo cáo');
  }, 120_000);
});
