import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { captureContext } from '../helpers/cli.ts';
import { SAMPLE_PLAN_FILE } from '../helpers/sample-plan.ts';
import { FORMS, unitStore } from '../report/unit-fixture.ts';

const store = unitStore();

async function status(...args: string[]) {
  const ctx = captureContext();
  const code = await main(['node', 'baocao', 'status', '--plan', SAMPLE_PLAN_FILE, '--period', '2024-Q1', '--db', store.db, ...args], ctx);
  return { code, out: ctx.out.join(''), err: ctx.err.join('\n') };
}

interface Counts { expected: number; received: number; onTime: number; late: number; missing: number; rate: number | null }
interface StatusJson {
  organizations: Array<{ code: string; targets: Array<{ id: string; value: number | null }> }>;
  units: Array<Counts & { code: string; name: string; level: string }>;
  levels: Array<Counts & { level: string; units: number }>;
  total: Counts;
}

describe('baocao status --unit over a store of commune forms', () => {
  it('LAGI --json → every unit of La Gi’s subtree with the issue’s fields, per level and in total', async () => {
    const r = await status('--unit', 'LAGI', '--units', store.units, '--json');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out) as StatusJson;
    expect(json.units.map((u) => [u.code, u.level, u.expected, u.received, u.onTime, u.late, u.missing])).toEqual([
      ['LAGI', 'thị xã', 2, 0, 0, 0, 2],
      ['LG-PHUOCHOI', 'phường', 2, 2, 2, 0, 0],
      ['LG-TANHAI', 'xã', 2, 1, 0, 1, 1],
      ['LG-TANTIEN', 'xã', 2, 0, 0, 0, 2],
    ]);
    expect(json.units.find((u) => u.code === 'LG-TANHAI')?.rate).toBe(0.5);
    expect(json.levels.map((l) => [l.level, l.units, l.expected, l.received])).toEqual([['thị xã', 1, 2, 0], ['phường', 1, 2, 2], ['xã', 2, 4, 1]]);
    expect(json.total).toMatchObject({ expected: 8, received: 3, onTime: 2, late: 1, missing: 5 });
  });

  it('LAGI --json → the organisations are those expected in the subtree, their figures La Gi’s communes added up', async () => {
    const json = JSON.parse((await status('--unit', 'LAGI', '--units', store.units, '--json')).out) as StatusJson;
    expect(json.organizations.map((o) => o.code)).toEqual(['HCCB', 'TDTN']);
    const expected = FORMS.filter((f) => f.unit.startsWith('LG-')).reduce((n, f) => n + (f.counts['HCCB-6-t1'] ?? 0), 0);
    expect(json.organizations[0]?.targets.find((t) => t.id === 'HCCB-6-t1')?.value).toBe(expected);
  });

  it('the province (root) → its own form (no unit) and both districts below; a commune of Phan Thiết missing', async () => {
    const json = JSON.parse((await status('--unit', 'BDVTU', '--units', store.units, '--json')).out) as StatusJson;
    expect(json.units[0]).toMatchObject({ code: 'BDVTU', received: 1 });
    expect(json.units.find((u) => u.code === 'PT-PHUTHUY')).toMatchObject({ received: 0, missing: 2 });
    expect(json.total.received).toBe(FORMS.length);
  });

  it('the terminal view names the units and their rates', async () => {
    const r = await status('--unit', 'LAGI', '--units', store.units);
    expect(r.code).toBe(0);
    expect(r.out).toContain('LG-TANTIEN — Xã Tân Tiến');
    expect(r.out).toContain('tỷ lệ 50%');
  });
});
