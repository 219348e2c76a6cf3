import { describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/index.ts';
import { buildServer } from '../../src/web/index.ts';
import type { Job } from '../../src/web/jobs.ts';
import { jobPage } from '../../src/web/pages/upload.ts';
import { html } from '../../src/web/html.ts';
import { samplePlan } from './setup.ts';

const job = (over: Partial<Job>): Job => ({
  id: 'abc',
  createdAt: '2024-07-03T08:00:00.000Z',
  state: 'running',
  total: 800,
  done: 0,
  current: null,
  files: [],
  summary: null,
  skipped: [],
  error: null,
  dir: '/nowhere',
  ...over,
});

describe('page parts', () => {
  it('a job still being checked → the count so far and a progress bar, no results yet', () => {
    const page = jobPage(job({ done: 312, current: 'HND <quý II>.xlsx' })).text;
    expect(page).toContain('data-state="running"');
    expect(page).toContain('312/800');
    expect(page).toContain('aria-valuenow="39"');
    expect(page).toContain('HND &lt;quý II&gt;.xlsx');
    expect(page).not.toContain('file-result');
  });

  it('a job that failed → its reason, worded for the user', () => {
    expect(jobPage(job({ state: 'failed', error: 'ổ đĩa đầy' })).text).toContain('ổ đĩa đầy');
  });

  it('html tag → text escaped, nested html kept, arrays joined, false and null dropped', () => {
    const inner = html`<b>${'<i>'}</b>`;
    expect(html`<p title="${'"x"'}">${inner}${['a', 'b']}${false}${null}</p>`.text).toBe('<p title="&quot;x&quot;"><b>&lt;i&gt;</b>ab</p>');
  });

  it('organisations with a parent unit in the plan → the home table groups them under it', async () => {
    const { plan, hash } = await samplePlan();
    const withUnits = { ...plan, organizations: plan.organizations.map((o) => (o.code === 'HND' || o.code === 'HCCB' ? { ...o, parent: 'MTTQ' } : o)) };
    const store = openStore(':memory:');
    const app = await buildServer({ plan: withUnits, planHash: hash, store });
    try {
      const body = (await app.inject({ method: 'GET', url: '/?ky=2024-Q1' })).body;
      const groups = [...body.matchAll(/<tr class="group"><td colspan="6">([^<]+)<\/td>/g)].map((m) => m[1]);
      expect(groups).toEqual(['Đơn vị trực thuộc', 'Thuộc Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh']);
      const underMttq = body.slice(body.indexOf('Thuộc Ủy ban'));
      expect(underMttq).toContain('data-org="HCCB"');
      expect(underMttq).toContain('data-org="HND"');
    } finally {
      await app.close();
      store.close();
    }
  });
});
