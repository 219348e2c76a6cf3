import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { CliContext } from '../../src/cli/context.ts';
import { main } from '../../src/cli/main.ts';
import { subtreeCompleteness } from '../../src/evaluate/index.ts';
import { planHash } from '../../src/plan/index.ts';
import { openStore } from '../../src/store/index.ts';
import { parseUnitsText, UnitTree } from '../../src/units/index.ts';
import { SAMPLE_PLAN, sampleInput, samplePlan } from '../report/fixture.ts';

const UNITS = fileURLToPath(new URL('../../samples/units-2024.yaml', import.meta.url));
const ORGS = ['MTTQ', 'HLHPN', 'HCCB', 'HND', 'LDLD', 'TDTN'];

function smallTree(): UnitTree {
  const r = parseUnitsText(`units:
  - { code: P, name: "Tỉnh", level: tỉnh }
  - { code: D1, name: "Huyện 1", level: huyện, parent: P, validTo: 2025-Q2 }
  - { code: D2, name: "Huyện 2", level: huyện, parent: P }
  - { code: X1, name: "Xã 1", level: xã, parent: D1, organizations: [MTTQ, HND], changes: [{ from: 2025-Q3, parent: P }] }
  - { code: X2, name: "Xã 2", level: xã, parent: D2, organizations: [MTTQ] }
`);
  if (!r.ok) throw new Error(JSON.stringify(r.findings));
  return r.tree;
}

describe('subtreeCompleteness', () => {
  it('counts per unit, per level and in total; rejected is missing; the rate is received / expected', () => {
    const at = smallTree().at('2024-Q2');
    const c = subtreeCompleteness(at, 'P', ORGS, [
      { unit: 'P', org: 'MTTQ', completeness: 'on_time' },
      { unit: 'P', org: 'HND', completeness: 'late' },
      { unit: 'P', org: 'LDLD', completeness: 'rejected' },
      { unit: 'X1', org: 'MTTQ', completeness: 'on_time' },
      { unit: 'X1', org: 'LDLD', completeness: 'on_time' }, // not expected at X1: ignored
      { unit: 'X2', org: 'MTTQ', completeness: 'late' },
    ]);
    const p = c.units.find((u) => u.code === 'P');
    expect([p?.expected, p?.received, p?.onTime, p?.late, p?.rejected, p?.missing]).toEqual([6, 2, 1, 1, 1, 4]);
    expect(p?.rate).toBeCloseTo(2 / 6);
    const x1 = c.units.find((u) => u.code === 'X1');
    expect([x1?.expected, x1?.received, x1?.missingOrgs]).toEqual([2, 1, ['HND']]);
    // 6 + 6 + 6 (P, D1, D2) + 2 + 1 expected; 2 + 0 + 0 + 1 + 1 received
    expect([c.total.expected, c.total.received, c.total.onTime, c.total.late]).toEqual([21, 4, 2, 2]);
    expect(c.levels.map((l) => [l.level, l.units, l.expected, l.received])).toEqual([
      ['tỉnh', 1, 6, 2],
      ['huyện', 2, 12, 0],
      ['xã', 2, 3, 2],
    ]);
    expect(c.units.find((u) => u.code === 'D2')?.subtree).toMatchObject({ expected: 7, received: 1 });
  });

  it('a district asked about: depth 0 for it, its communes only; after 2025-Q3 the moved commune is under the province', () => {
    const t = smallTree();
    const d1 = subtreeCompleteness(t.at('2024-Q4'), 'D1', ORGS, []);
    expect(d1.units.map((u) => [u.code, u.depth])).toEqual([['D1', 0], ['X1', 1]]);
    const p = subtreeCompleteness(t.at('2025-Q3'), 'P', ORGS, []);
    expect(p.units.map((u) => u.code)).toEqual(['P', 'D2', 'X2', 'X1']); // depth first: D2's commune, then the moved one
    expect(p.units.find((u) => u.code === 'X1')?.depth).toBe(1);
  });

  it('a one-level store: one unit with the six organisations', () => {
    const c = subtreeCompleteness(UnitTree.single('BDV', 'Ban Dân vận Tỉnh ủy').at('2024-Q1'), 'BDV', ORGS, [{ unit: 'BDV', org: 'HND', completeness: 'on_time' }]);
    expect(c.units.map((u) => [u.code, u.expected, u.received, u.missing])).toEqual([['BDV', 6, 1, 5]]);
  });
});

describe('baocao status --unit', () => {
  const dir = mkdtempSync(join(tmpdir(), 'baocao-status-unit-'));
  const db = join(dir, 'baocao.db');
  {
    const plan = samplePlan();
    const store = openStore(db);
    store.savePlan(plan, planHash(plan));
    for (const { id: _id, supersededBy: _s, ...sub } of sampleInput(plan).submissions) store.recordAccepted({ ...sub, planHash: planHash(plan) });
    store.close();
  }
  async function run(...args: string[]) {
    let stdout = '';
    let stderr = '';
    const ctx: CliContext = { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), isTTY: false, exitCode: 0 };
    const code = await main(['node', 'baocao', 'status', '--plan', SAMPLE_PLAN, '--period', '2024-Q1', '--db', db, ...args], ctx);
    return { code, stdout, stderr };
  }
  type UnitJson = { code: string; level: string; expected: number; received: number; onTime: number; missing: number };

  it('--json without --unit → the status contract unchanged (no units list)', async () => {
    const r = await run('--json');
    expect(Object.keys(JSON.parse(r.stdout) as object)).toEqual(['period', 'organizations']);
  });

  it('--unit BDV --json without a units file → one unit holding the six organisations (4 received: 3 on time, 1 late)', async () => {
    const r = await run('--json', '--unit', 'BDV');
    expect(r.code).toBe(0);
    const units = (JSON.parse(r.stdout) as { units: UnitJson[] }).units;
    expect(units.map((u) => [u.code, u.expected, u.received, u.onTime, u.missing])).toEqual([['BDV', 6, 4, 3, 2]]);
  });

  it('--unit LAGI --units sample → forms without a unit count at the root, not at La Gi: La Gi and its nine communes all missing', async () => {
    const r = await run('--json', '--unit', 'LAGI', '--units', UNITS);
    expect(r.code).toBe(0);
    const units = (JSON.parse(r.stdout) as { units: UnitJson[] }).units;
    expect(units).toHaveLength(10);
    expect(units[0]).toMatchObject({ code: 'LAGI', level: 'thị xã', expected: 6, received: 0 });
    expect(units.slice(1).every((u) => u.expected === 5 && u.received === 0 && u.missing === 5)).toBe(true);
  });

  it('--unit BDVTU --units sample → the store’s forms (no unit) at the province: 4 of its 6 received', async () => {
    const r = await run('--json', '--unit', 'BDVTU', '--units', UNITS);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout) as { units: UnitJson[]; levels: Array<{ level: string; received: number }>; total: { received: number } };
    expect(json.units[0]).toMatchObject({ code: 'BDVTU', expected: 6, received: 4, onTime: 3 });
    expect(json.levels[0]).toMatchObject({ level: 'tỉnh', received: 4 });
    expect(json.total.received).toBe(4);
  });

  it('a unit not in the tree of the period → exit 2', async () => {
    expect((await run('--unit', 'PHUONG-LAGI', '--units', UNITS)).code).toBe(2);
  });
});
