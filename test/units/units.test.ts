import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { CliContext } from '../../src/cli/context.ts';
import { main } from '../../src/cli/main.ts';
import { loadUnits, parseUnitsText, UnitTree } from '../../src/units/index.ts';

const SAMPLE = fileURLToPath(new URL('../../samples/units-2024.yaml', import.meta.url));
const PLAN = fileURLToPath(new URL('../../samples/plan-2024.yaml', import.meta.url));
const PLAN_ORGS = ['MTTQ', 'HLHPN', 'HCCB', 'HND', 'LDLD', 'TDTN'];

async function run(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const ctx: CliContext = { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), isTTY: false, exitCode: 0 };
  const code = await main(['node', 'baocao', ...args], ctx);
  return { code, stdout, stderr };
}

/** Findings flattened to [code, line] for assertions. */
function check(yaml: string, orgs?: string[]): [string, number | undefined][] {
  return parseUnitsText(yaml, 'units.yaml', orgs).findings.map((f) => [f.code, f.line]);
}

const tree = async () => {
  const r = await loadUnits(SAMPLE, PLAN_ORGS);
  if (!r.ok) throw new Error(JSON.stringify(r.findings));
  return r.tree;
};

describe('sample units file', () => {
  it('loads without findings, checked against the plan organisations', async () => {
    const r = await loadUnits(SAMPLE, PLAN_ORGS);
    expect(r.findings).toEqual([]);
    expect(r.ok).toBe(true);
  });

  it('2024: the province has the ten districts, towns and city plus the bloc committee', async () => {
    const at = (await tree()).at('2024-Q2');
    expect(at.childrenOf('BDVTU').map((u) => u.code)).toEqual([
      'PHANTHIET', 'LAGI', 'TUYPHONG', 'BACBINH', 'HAMTHUANBAC', 'HAMTHUANNAM', 'TANHLINH', 'DUCLINH', 'HAMTAN', 'PHUQUY', 'DUK',
    ]);
    expect(at.childrenOf('LAGI')).toHaveLength(9);
    expect(at.get('LAGI')?.level).toBe('thị xã');
  });

  it('moved commune: 2024 keeps it under La Gi, 2025-Q3 puts it straight under the province', async () => {
    const t = await tree();
    expect(t.at('2024-Q4').pathToRoot('LG-TANHAI').map((u) => u.code)).toEqual(['LG-TANHAI', 'LAGI', 'BDVTU']);
    expect(t.at('2025-Q2').pathToRoot('LG-TANHAI').map((u) => u.code)).toEqual(['LG-TANHAI', 'LAGI', 'BDVTU']);
    expect(t.at('2025-Q3').pathToRoot('LG-TANHAI').map((u) => u.code)).toEqual(['LG-TANHAI', 'BDVTU']);
    expect(t.at('2024-Q4').depthOf('LG-TANHAI')).toBe(2);
    expect(t.at('2025-Q3').depthOf('LG-TANHAI')).toBe(1);
  });

  it('a year view uses the tree at its last quarter; the districts are gone after 2025-Q2', async () => {
    const t = await tree();
    expect(t.at('2024-Y').get('LAGI')).toBeDefined();
    expect(t.at('2025-Y').get('LAGI')).toBeUndefined();
    expect(t.at('2025-H1').get('LAGI')).toBeDefined();
    expect(t.at('2025-Q3').get('PHUONG-LAGI')?.parent).toBe('BDVTU');
    expect(t.at('2025-Q2').get('PHUONG-LAGI')).toBeUndefined();
    expect(t.at('2025-Q3').get('BDVTU')?.name).toBe('Ban Dân vận Tỉnh ủy Lâm Đồng');
    expect(t.at('2024-Q1').get('BDVTU')?.name).toBe('Ban Dân vận Tỉnh ủy Bình Thuận');
  });

  it('subtree of a district: the district first, then its communes; organisations default to the plan', async () => {
    const at = (await tree()).at('2024-Q3');
    const sub = at.subtreeOf('PHANTHIET').map((u) => u.code);
    expect(sub[0]).toBe('PHANTHIET');
    expect(sub).toHaveLength(6);
    expect(at.subtreeOf('BDVTU')).toHaveLength(at.units.length);
    expect(at.organizationsOf('LAGI', PLAN_ORGS)).toEqual(PLAN_ORGS);
    expect(at.organizationsOf('LG-TANHAI', PLAN_ORGS)).not.toContain('LDLD');
  });

  it('one-level store: a single unit with every organisation of the plan', () => {
    const at = UnitTree.single('BDV', 'Ban Dân vận Tỉnh ủy').at('2024-Q2');
    expect(at.roots().map((u) => u.code)).toEqual(['BDV']);
    expect(at.organizationsOf('BDV', PLAN_ORGS)).toEqual(PLAN_ORGS);
  });
});

describe('units checks', () => {
  const head = 'units:\n  - { code: P, name: "Tỉnh", level: tỉnh }\n';

  it('duplicate code → units/duplicate-code on the second declaration line', () => {
    expect(check(`${head}  - { code: D, name: "Huyện", level: huyện, parent: P }\n  - { code: D, name: "Huyện 2", level: huyện, parent: P }\n`)).toEqual([['units/duplicate-code', 4]]);
  });

  it('unknown parent → units/unknown-parent at the parent field', () => {
    expect(check(`${head}  - code: D\n    name: "Huyện"\n    level: huyện\n    parent: X\n`)).toEqual([['units/unknown-parent', 6]]);
  });

  it('two units naming each other as parent → units/cycle', () => {
    const r = check(`${head}  - { code: A, name: "A", level: huyện, parent: B }\n  - { code: B, name: "B", level: huyện, parent: A }\n`);
    expect(r.map(([c]) => c)).toEqual(['units/cycle']);
  });

  it('a second unit without parent → units/extra-root naming that unit', () => {
    const r = parseUnitsText(`${head}  - { code: Q, name: "Khác", level: tỉnh }\n`).findings;
    expect(r.map((f) => [f.code, f.line])).toEqual([['units/extra-root', 3]]);
  });

  it('validTo before validFrom, and changes out of order → units/validity-order', () => {
    const r = check(`${head}  - code: D\n    name: "Huyện"\n    level: huyện\n    parent: P\n    validFrom: 2025-Q1\n    validTo: 2024-Q4\n`);
    expect(r).toEqual([['units/validity-order', 8]]);
    const r2 = check(`${head}  - code: D\n    name: "Huyện"\n    level: huyện\n    parent: P\n    changes:\n      - { from: 2025-Q3, name: "X" }\n      - { from: 2025-Q1, name: "Y" }\n`);
    expect(r2.map(([c]) => c)).toEqual(['units/validity-order']);
  });

  it('a commune outliving its district without a move → units/parent-not-valid', () => {
    const r = check(`${head}  - { code: D, name: "Huyện", level: huyện, parent: P, validTo: 2025-Q2 }\n  - { code: X, name: "Xã", level: xã, parent: D }\n`);
    expect(r).toEqual([['units/parent-not-valid', 4]]);
  });

  it('the same commune with a change to the province from 2025-Q3 → no finding', () => {
    expect(check(`${head}  - { code: D, name: "Huyện", level: huyện, parent: P, validTo: 2025-Q2 }\n  - { code: X, name: "Xã", level: xã, parent: D, changes: [{ from: 2025-Q3, parent: P }] }\n`)).toEqual([]);
  });

  it('an organisation the plan does not have → units/unknown-org at that list item', () => {
    expect(check(`${head}  - { code: X, name: "Xã", level: xã, parent: P, organizations: [MTTQ, XYZ] }\n`, PLAN_ORGS)).toEqual([['units/unknown-org', 3]]);
  });

  it('a misspelt field and a bad quarter → units/invalid-field with their lines', () => {
    const r = check(`${head}  - code: X\n    name: "Xã"\n    level: xã\n    parnet: P\n    validFrom: 2025-07\n`);
    expect(r.map(([c]) => c)).toEqual(['units/invalid-field', 'units/invalid-field']);
    expect(r.map(([, l]) => l).sort()).toEqual([6, 7]);
  });

  it('broken YAML → units/syntax with a line', () => {
    const r = check('units:\n  - code: [A\n');
    expect(r[0]?.[0]).toBe('units/syntax');
    expect(r[0]?.[1]).toBeGreaterThan(0);
  });
});

describe('baocao units check', () => {
  it('sample → exit 0, JSON lists two shapes: 29 units to 2025-Q2, 9 from 2025-Q3', async () => {
    const r = await run('units', 'check', SAMPLE, '--plan', PLAN, '--json');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout) as { ok: boolean; shapes: { from: string | null; to: string | null; units: unknown[] }[] };
    expect(json.ok).toBe(true);
    expect(json.shapes.map((s) => [s.from, s.to, s.units.length])).toEqual([[null, '2025-Q2', 29], ['2025-Q3', null, 9]]);
  });

  it('a file with an error → exit 1 and the code in the findings; a missing file → exit 2', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'units-'));
    const bad = join(dir, 'units.yaml');
    writeFileSync(bad, 'units:\n  - { code: P, name: "Tỉnh", level: tỉnh }\n  - { code: D, name: "Huyện", level: huyện, parent: X }\n');
    const r = await run('units', 'check', bad, '--json');
    expect(r.code).toBe(1);
    expect((JSON.parse(r.stdout) as { findings: { code: string }[] }).findings.map((f) => f.code)).toEqual(['units/unknown-parent']);
    expect((await run('units', 'check', join(dir, 'none.yaml'))).code).toBe(2);
  });
});
