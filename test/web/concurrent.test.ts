import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import type { Store } from '../../src/model/index.ts';
import { csrfOf, goodWorkbook, jobResult, outcomes, testServer } from './setup.ts';

let app: FastifyInstance | undefined;
let store: Store | undefined;
afterEach(async () => {
  await app?.close();
  store?.close();
});

/** A real HTTP server on 127.0.0.1 (a free port). */
async function listening(options: Parameters<typeof testServer>[0] = {}): Promise<{ base: string; app: FastifyInstance; store: Store }> {
  const s = await testServer(options);
  app = s.app;
  store = s.store;
  await s.app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = s.app.server.address() as AddressInfo;
  return { base: `http://127.0.0.1:${port}`, app: s.app, store: s.store };
}

function form(token: string, name: string, bytes: Uint8Array): FormData {
  const f = new FormData();
  f.append('_csrf', token);
  f.append('tep', new Blob([bytes]), name);
  return f;
}

describe('over real HTTP', () => {
  it('twenty uploads of distinct workbooks at the same time → all twenty stored, once each', async () => {
    const { base, app, store } = await listening();
    const orgs = ['MTTQ', 'HLHPN', 'HCCB', 'HND', 'LDLD', 'TDTN'];
    const pairs = ['2024-Q1', '2024-Q2', '2024-Q3', '2024-Q4'].flatMap((p) => orgs.map((o) => [o, p] as const)).slice(0, 20);
    const files = await Promise.all(pairs.map(async ([org, period]) => ({ name: `${org} ${period}.xlsx`, bytes: await goodWorkbook(org, period) })));
    const token = await csrfOf(app);
    const responses = await Promise.all(files.map((f) => fetch(`${base}/nop`, { method: 'POST', body: form(token, f.name, f.bytes), redirect: 'manual' })));
    expect(responses.map((r) => r.status)).toEqual(Array(20).fill(303));
    const pages = await Promise.all(responses.map((r) => jobResult(app, r.headers.get('location') ?? '')));
    expect(pages.flatMap(outcomes)).toEqual(Array(20).fill('accepted'));

    const stored = ['2024-Q1', '2024-Q2', '2024-Q3', '2024-Q4'].flatMap((p) => store.currentSubmissions('bt-2024-nvtt', p));
    expect(stored.map((s) => `${s.org} ${s.period}.xlsx`).sort()).toEqual(files.map((f) => f.name).sort());
    const log = store.ingestLog();
    expect(log).toHaveLength(20);
    expect(new Set(log.map((e) => e.sha256)).size).toBe(20);
    expect(log.every((e) => e.outcome === 'accepted')).toBe(true);
  });

  it('a file over the limit sent by a real client → 413 page at once, the connection not left hanging', async () => {
    const { base, app, store } = await listening({ limits: { maxFileBytes: 2000 } });
    const bytes = await goodWorkbook('HND', '2024-Q1');
    const started = Date.now();
    const res = await fetch(`${base}/nop`, { method: 'POST', body: form(await csrfOf(app), 'lon.xlsx', bytes), signal: AbortSignal.timeout(10_000) });
    expect(res.status).toBe(413);
    expect(await res.text()).toContain('Tệp gửi lên quá lớn');
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(store.ingestLog()).toEqual([]);
    // The server still answers.
    expect((await fetch(`${base}/`)).status).toBe(200);
  });
});
