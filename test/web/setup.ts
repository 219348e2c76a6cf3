import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { expect } from 'vitest';
import type { Store } from '../../src/model/index.ts';
import { openStore } from '../../src/store/index.ts';
import { type ServeOptions, buildServer } from '../../src/web/index.ts';
import { filledWorkbook, samplePlan } from '../ingest/setup.ts';

export { filledWorkbook, samplePlan };

/** A server over a fresh store (in memory unless a file is given), its own work folder under a temp root. */
export async function testServer(options: Partial<ServeOptions> & { db?: string } = {}): Promise<{ app: FastifyInstance; store: Store; workRoot: string }> {
  const { plan, hash } = await samplePlan();
  const store = options.store ?? openStore(options.db ?? ':memory:');
  const workRoot = mkdtempSync(join(tmpdir(), 'web-root-'));
  const app = await buildServer({ plan, planHash: hash, store, workRoot, now: () => '2024-07-03T08:00:00.000Z', ...options });
  return { app, store, workRoot };
}

/** The form token of the upload page, as a browser gets it. */
export async function csrfOf(app: FastifyInstance): Promise<string> {
  const page = await app.inject({ method: 'GET', url: '/nop' });
  const token = /name="_csrf" value="([^"]+)"/.exec(page.body)?.[1];
  if (!token) throw new Error('no form token on /nop');
  return token;
}

export interface UploadFile {
  name: string;
  bytes: Uint8Array;
}

/** A multipart body as a browser's form sends it (made by the platform's FormData, not by hand). */
export async function multipart(files: readonly UploadFile[], fields: Record<string, string>): Promise<{ payload: Buffer; headers: Record<string, string> }> {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.append(k, v);
  for (const f of files) form.append('tep', new Blob([f.bytes]), f.name);
  const request = new Request('http://localhost/nop', { method: 'POST', body: form });
  return { payload: Buffer.from(await request.arrayBuffer()), headers: { 'content-type': request.headers.get('content-type') ?? '' } };
}

/** Uploads files through POST /nop; returns the response (303 to the job's page when accepted for checking). */
export async function upload(app: FastifyInstance, files: readonly UploadFile[], fields: Record<string, string> = {}) {
  const token = fields._csrf ?? (await csrfOf(app));
  const { payload, headers } = await multipart(files, { _csrf: token, ...fields });
  return app.inject({ method: 'POST', url: '/nop', payload, headers });
}

/** Polls a job's page until it is done; returns the page. */
export async function jobResult(app: FastifyInstance, location: string): Promise<string> {
  for (let i = 0; i < 600; i++) {
    const page = await app.inject({ method: 'GET', url: location });
    expect(page.statusCode).toBe(200);
    if (page.body.includes('data-state="done"') || page.body.includes('data-state="failed"')) return page.body;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`job did not finish: ${location}`);
}

/** Uploads and waits for the result page. */
export async function uploadAndWait(app: FastifyInstance, files: readonly UploadFile[], fields: Record<string, string> = {}): Promise<{ location: string; body: string }> {
  const res = await upload(app, files, fields);
  expect(res.statusCode).toBe(303);
  const location = String(res.headers.location);
  return { location, body: await jobResult(app, location) };
}

/** `data-outcome` of each file result on a job page, in order. */
export function outcomes(body: string): string[] {
  return [...body.matchAll(/<section class="file-result [a-z]+" data-outcome="([a-z]+)"/g)].map((m) => m[1] ?? '');
}

/** A good workbook of an organisation and quarter (every task in progress, reporter filled). */
export function goodWorkbook(org: string, period: string, extra: Record<string, { inPeriod?: number; cumulative?: number }> = {}): Promise<Buffer> {
  return filledWorkbook(org, period, (b) => ({ ...b, targets: { ...b.targets, ...extra } }));
}

/** HCCB's workbook with errors: a word in a number cell, a progress that is not on the list. */
export function badWorkbook(period: string): Promise<Buffer> {
  return filledWorkbook('HCCB', period, (b) => ({
    ...b,
    tasks: { ...b.tasks, 'HCCB-2': { progress: 'Xong' } },
    targets: { 'HCCB-6-t1': { inPeriod: '12a' } },
  }));
}
