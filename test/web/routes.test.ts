import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import type { Store } from '../../src/model/index.ts';
import { badWorkbook, csrfOf, goodWorkbook, multipart, outcomes, testServer, upload, uploadAndWait } from './setup.ts';

let app: FastifyInstance | undefined;
let store: Store | undefined;
afterEach(async () => {
  await app?.close();
  store?.close();
  app = undefined;
  store = undefined;
});

async function start(options: Parameters<typeof testServer>[0] = {}) {
  const s = await testServer(options);
  app = s.app;
  store = s.store;
  return s;
}

describe('pages', () => {
  it('every page of an empty store → 200, Vietnamese, escaped title', async () => {
    const { app } = await start();
    for (const url of ['/', '/?ky=2024-Q1', '/?ky=2024-H1', '/nop', '/don-vi/HCCB', '/don-vi/hccb?ky=2024-Q2', '/tai-ve', '/tai-ve?ky=2024-Y']) {
      const res = await app.inject({ method: 'GET', url });
      expect(res.statusCode, url).toBe(200);
      expect(res.headers['content-type'], url).toMatch(/^text\/html; charset=utf-8/);
      expect(res.body, url).toContain('<html lang="vi">');
      expect(res.headers['content-security-policy'], url).toContain("script-src 'self'");
    }
    const home = await app.inject({ method: 'GET', url: '/?ky=2024-Q1' });
    expect(home.body).toContain('Tình hình báo cáo Quý I năm 2024');
    expect([...home.body.matchAll(/data-completeness="missing"/g)]).toHaveLength(6);
    // The upload form offers the periods offices send forms for, not the derived views.
    const nop = await app.inject({ method: 'GET', url: '/nop' });
    expect(nop.body).toContain('<option value="2024-Q2">');
    expect(nop.body).not.toContain('<option value="2024-H1">');
    for (const asset of ['/static/app.css', '/static/app.js']) expect((await app.inject({ method: 'GET', url: asset })).statusCode).toBe(200);
  });

  it("home after uploads → each organisation's completeness and target bars; org page → versions and targets", async () => {
    const { app } = await start();
    await uploadAndWait(app, [{ name: 'HND quý 1.xlsx', bytes: await goodWorkbook('HND', '2024-Q1') }]);
    const home = await app.inject({ method: 'GET', url: '/?ky=2024-Q1' });
    // Received on the server's clock (3 July), after Q1's deadline.
    expect(home.body).toMatch(/data-org="HND" data-completeness="late"/);
    expect(home.body).toMatch(/data-org="HCCB" data-completeness="missing"/);
    expect(home.body).toContain('<svg class="bar"');
    const org = await app.inject({ method: 'GET', url: '/don-vi/HND?ky=2024-Q1' });
    expect(org.statusCode).toBe(200);
    expect(org.body).toContain('HND quý 1.xlsx');
    expect(org.body).toMatch(/data-target="HND-[^"]+" data-status="(achieved|on_track|behind|no_data)"/);
  });

  it('a period that is not one, or outside the plan → 400 in Vietnamese; unknown organisation or page → 404', async () => {
    const { app } = await start();
    const bad = await app.inject({ method: 'GET', url: '/?ky=2024-Q9' });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('không đúng dạng');
    expect((await app.inject({ method: 'GET', url: '/tai-ve?ky=2031-Q1' })).statusCode).toBe(400);
    const org = await app.inject({ method: 'GET', url: '/don-vi/KHONGCO' });
    expect(org.statusCode).toBe(404);
    expect(org.body).toContain('KHONGCO');
    expect((await app.inject({ method: 'GET', url: '/khong-co' })).statusCode).toBe(404);
    expect((await app.inject({ method: 'GET', url: '/nop/viec/abc' })).statusCode).toBe(404);
    expect((await app.inject({ method: 'GET', url: '/tai-ve/bao-cao/2024-Q2.pdf' })).statusCode).toBe(404);
  });
});

describe('uploads', () => {
  it('accepted, rejected, duplicate, superseded → each result with its findings, stored under the uploaded name', async () => {
    const { app, store } = await start();
    const good = await goodWorkbook('HCCB', '2024-Q1');
    const first = await uploadAndWait(app, [
      { name: 'HCCB quý I.xlsx', bytes: good },
      { name: 'HCCB sai.xlsx', bytes: await badWorkbook('2024-Q1') },
    ]);
    expect(outcomes(first.body)).toEqual(['accepted', 'rejected']);
    // Every finding as the CLI gives it: the cell, the code.
    expect(first.body).toMatch(/data-code="ingest\/not-a-number" data-cell="[A-Z]+\d+"/);
    expect(first.body).toContain('data-code="ingest/invalid-progress"');
    expect(first.body).toContain('class="feedback"');

    const again = await uploadAndWait(app, [{ name: 'gửi lại.xlsx', bytes: good }]);
    expect(outcomes(again.body)).toEqual(['duplicate']);
    const newer = await uploadAndWait(app, [{ name: 'HCCB quý I (bản sửa).xlsx', bytes: await goodWorkbook('HCCB', '2024-Q1', { 'HCCB-6-t1': { inPeriod: 5 } }) }]);
    expect(outcomes(newer.body)).toEqual(['superseded']);
    expect(newer.body).toContain('HCCB quý I.xlsx'); // the superseded message names the old file by its uploaded name

    const history = store.submissionHistory('bt-2024-nvtt', 'HCCB', '2024-Q1');
    expect(history.map((s) => s.fileName)).toEqual(['HCCB quý I.xlsx', 'HCCB quý I (bản sửa).xlsx']);
    expect(store.ingestLog().map((e) => [e.file, e.outcome])).toEqual([
      ['HCCB quý I.xlsx', 'accepted'],
      ['HCCB sai.xlsx', 'rejected'],
      ['gửi lại.xlsx', 'duplicate'],
      ['HCCB quý I (bản sửa).xlsx', 'superseded'],
    ]);
  });

  it('the annotated copy of a rejected file → downloadable xlsx named after the upload', async () => {
    const { app } = await start();
    const { body } = await uploadAndWait(app, [{ name: 'HCCB sai.xlsx', bytes: await badWorkbook('2024-Q1') }]);
    const href = /class="feedback" href="([^"]+)"/.exec(body)?.[1] ?? '';
    const res = await app.inject({ method: 'GET', url: href });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    expect(res.headers['content-disposition']).toContain("filename*=UTF-8''HCCB%20sai_can-sua.xlsx");
    expect(res.rawPayload.subarray(0, 2).toString()).toBe('PK');
  });

  it('uploads are not kept once checked: the job folder holds only the annotated copies', async () => {
    const { app, workRoot } = await start();
    await uploadAndWait(app, [{ name: 'a.xlsx', bytes: await badWorkbook('2024-Q1') }]);
    const [serverDir] = readdirSync(workRoot);
    const jobs = join(workRoot, serverDir ?? '', 'jobs');
    for (const job of readdirSync(jobs)) expect(readdirSync(join(jobs, job))).toEqual(['phan-hoi']);
    // Closing the server removes its folder, annotated copies included.
    await app.close();
    expect(readdirSync(workRoot)).toEqual([]);
  });

  it('a name that looks like a path → stored as its last part, saved under a safe name inside the job folder', async () => {
    const { app, store } = await start();
    const { body } = await uploadAndWait(app, [{ name: '..\\..\\etc\\<b>x.xlsx', bytes: await goodWorkbook('HND', '2024-Q1') }]);
    expect(outcomes(body)).toEqual(['accepted']);
    expect(body).toContain('&lt;b&gt;x.xlsx');
    expect(body).not.toContain('<b>x');
    expect(store.ingestLog()[0]?.file).toBe('<b>x.xlsx');
  });

  it('a period chosen on the form → a workbook of another quarter is refused as wrong-period', async () => {
    const { app } = await start();
    const { body } = await uploadAndWait(app, [{ name: 'q1.xlsx', bytes: await goodWorkbook('HND', '2024-Q1') }], { ky: '2024-Q2' });
    expect(outcomes(body)).toEqual(['rejected']);
    expect(body).toContain('data-code="ingest/wrong-period"');
  });
});

describe('limits and refusals', () => {
  it('a file over the size limit → 413 with a Vietnamese page, nothing stored, nothing left on disk', async () => {
    const { app, store, workRoot } = await start({ limits: { maxFileBytes: 2000 } });
    const res = await upload(app, [{ name: 'big.xlsx', bytes: await goodWorkbook('HND', '2024-Q1') }]);
    expect(res.statusCode).toBe(413);
    expect(res.body).toContain('Tệp gửi lên quá lớn');
    expect(store.ingestLog()).toEqual([]);
    const [serverDir] = readdirSync(workRoot);
    expect(readdirSync(join(workRoot, serverDir ?? '', 'jobs'))).toEqual([]);
  });

  it('more files than allowed → 413; all files together over the total → 413', async () => {
    const { app } = await start({ limits: { maxFiles: 2 } });
    const bytes = await goodWorkbook('HND', '2024-Q1');
    const three = await upload(app, [1, 2, 3].map((n) => ({ name: `${n}.xlsx`, bytes })));
    expect(three.statusCode).toBe(413);
    expect(three.body).toContain('quá 2 tệp');
    await app.close();
    const second = await start({ limits: { maxTotalBytes: bytes.length + 10 } });
    const two = await upload(second.app, [1, 2].map((n) => ({ name: `${n}.xlsx`, bytes })));
    expect(two.statusCode).toBe(413);
    expect(two.body).toContain('Tổng dung lượng');
  });

  it('no file chosen → 400; a content type the page never sends → 415; a malformed body → 400; each in Vietnamese', async () => {
    const { app } = await start();
    const none = await upload(app, []);
    expect(none.statusCode).toBe(400);
    expect(none.body).toContain('Chưa chọn tệp nào');
    // A content type the page never sends: refused by fastify (415), worded in Vietnamese.
    const form = await app.inject({ method: 'POST', url: '/nop', payload: 'a=1', headers: { 'content-type': 'application/x-www-form-urlencoded' } });
    expect(form.statusCode).toBe(415);
    expect(form.body).toContain('Yêu cầu không hợp lệ');
    const broken = await app.inject({ method: 'POST', url: '/nop', payload: 'xx', headers: { 'content-type': 'multipart/form-data; boundary=zz' } });
    expect(broken.statusCode).toBeGreaterThanOrEqual(400);
    expect(broken.statusCode).toBeLessThan(500);
    expect(broken.body).toContain('Yêu cầu không hợp lệ');
  });

  it("a form without this server's token, or sent cross-site → 403, nothing stored", async () => {
    const { app, store } = await start();
    const bytes = await goodWorkbook('HND', '2024-Q1');
    const forged = await upload(app, [{ name: 'a.xlsx', bytes }], { _csrf: 'not-the-token' });
    expect(forged.statusCode).toBe(403);
    const { payload, headers } = await multipart([{ name: 'a.xlsx', bytes }], { _csrf: await csrfOf(app) });
    const cross = await app.inject({ method: 'POST', url: '/nop', payload, headers: { ...headers, 'sec-fetch-site': 'cross-site' } });
    expect(cross.statusCode).toBe(403);
    expect(store.ingestLog()).toEqual([]);
  });

  it('with a password → the form asks for it; wrong or missing → 403; right → accepted', async () => {
    const { app } = await start({ password: 'mật khẩu đúng' });
    expect((await app.inject({ method: 'GET', url: '/nop' })).body).toContain('name="mat_khau"');
    const bytes = await goodWorkbook('HND', '2024-Q1');
    expect((await upload(app, [{ name: 'a.xlsx', bytes }])).statusCode).toBe(403);
    expect((await upload(app, [{ name: 'a.xlsx', bytes }], { mat_khau: 'sai' })).statusCode).toBe(403);
    const { body } = await uploadAndWait(app, [{ name: 'a.xlsx', bytes }], { mat_khau: 'mật khẩu đúng' });
    expect(outcomes(body)).toEqual(['accepted']);
  });
});
