// Ingest keys submissions by unit × organisation × period (issue 16): forms of two communes for
// the same organisation are two submissions, a commune's second version supersedes only its own,
// and with --units a form for a unit or organisation the tree does not have is rejected.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { ingestFiles, versionHistory } from '../../src/ingest/index.ts';
import type { FillData, Plan } from '../../src/model/index.ts';
import type { FormUnit } from '../../src/model/workbook-meta.ts';
import { openStore } from '../../src/store/index.ts';
import { fillWorkbook, templateBuffer } from '../../src/template/index.ts';
import { requireUnits, type UnitTree } from '../../src/units/index.ts';
import { captureContext } from '../helpers/cli.ts';
import { PLAN_FILE, baseFill, samplePlan, tempDir } from './setup.ts';

const UNITS = fileURLToPath(new URL('../../samples/units-2024.yaml', import.meta.url));
const PHUOC_HOI: FormUnit = { code: 'LG-PHUOCHOI', name: 'Phường Phước Hội' };
const TAN_HAI: FormUnit = { code: 'LG-TANHAI', name: 'Xã Tân Hải' };

let plan: Plan;
let hash: string;
let tree: UnitTree;
beforeAll(async () => {
  ({ plan, hash } = await samplePlan());
  tree = await requireUnits(UNITS);
});

/** A commune's HCCB form of a period with its figure for HCCB-6-t1, written to a file. */
async function communeForm(dir: string, unit: FormUnit | undefined, org: string, period: string, figure: number, name?: string): Promise<string> {
  const template = await templateBuffer(plan, hash, org, period, unit ? { unit } : {});
  const targets: NonNullable<FillData['targets']> = org === 'HCCB' ? { 'HCCB-6-t1': { inPeriod: figure, cumulative: figure } } : {};
  const bytes = await fillWorkbook(template, { ...baseFill(plan, org), targets });
  const path = join(dir, name ?? `${period}_${unit?.code ?? 'own'}_${org}.xlsx`);
  writeFileSync(path, bytes);
  return path;
}

const figureOf = (s: { targets: Array<{ targetId: string; cumulative: number | null }> } | null | undefined) => s?.targets.find((t) => t.targetId === 'HCCB-6-t1')?.cumulative;

describe('ingest by unit', () => {
  it('two communes, same organisation, different figures → two current submissions with their units', async () => {
    const dir = tempDir('units-');
    const store = openStore(':memory:');
    const a = await communeForm(dir, PHUOC_HOI, 'HCCB', '2024-Q2', 30);
    const b = await communeForm(dir, TAN_HAI, 'HCCB', '2024-Q2', 45);
    const r = await ingestFiles([a, b], { plan, planHash: hash, store, receivedAt: '2024-07-03T02:00:00Z' });
    expect(r.files.map((f) => [f.outcome, f.unit])).toEqual([['accepted', 'LG-PHUOCHOI'], ['accepted', 'LG-TANHAI']]);
    const current = store.currentSubmissions(plan.id, '2024-Q2').map((s) => [s.unit, s.org, figureOf(s)]);
    expect(current.sort()).toEqual([['LG-PHUOCHOI', 'HCCB', 30], ['LG-TANHAI', 'HCCB', 45]]);
    expect(figureOf(store.currentVersion(plan.id, 'HCCB', '2024-Q2', 'LG-TANHAI'))).toBe(45);
    // The office's own HCCB (no unit) has nothing yet.
    expect(store.currentVersion(plan.id, 'HCCB', '2024-Q2')).toBeNull();
  });

  it("a commune's second version → supersedes that commune's only", async () => {
    const dir = tempDir('units-v2-');
    const store = openStore(':memory:');
    const a = await communeForm(dir, PHUOC_HOI, 'HCCB', '2024-Q2', 30);
    const b = await communeForm(dir, TAN_HAI, 'HCCB', '2024-Q2', 45);
    await ingestFiles([a, b], { plan, planHash: hash, store, receivedAt: '2024-07-03T02:00:00Z' });
    const again = await communeForm(dir, TAN_HAI, 'HCCB', '2024-Q2', 48, 'tan-hai-gui-lai.xlsx');
    const r = await ingestFiles([again], { plan, planHash: hash, store, receivedAt: '2024-07-04T02:00:00Z' });
    expect(r.files[0]?.outcome).toBe('superseded');
    expect(figureOf(store.currentVersion(plan.id, 'HCCB', '2024-Q2', 'LG-TANHAI'))).toBe(48);
    expect(figureOf(store.currentVersion(plan.id, 'HCCB', '2024-Q2', 'LG-PHUOCHOI'))).toBe(30);
    expect(store.submissionHistory(plan.id, 'HCCB', '2024-Q2', 'LG-PHUOCHOI')).toHaveLength(1);
    // history --unit: that commune's versions and files only.
    const tanHai = versionHistory(store, plan, 'HCCB', '2024-Q2', 'LG-TANHAI');
    expect(tanHai.versions.map((v) => figureOf(v.id === null ? null : store.submissionById(v.id)))).toEqual([45, 48]);
    expect(versionHistory(store, plan, 'HCCB', '2024-Q2').versions).toEqual([]);
  });

  it("cumulative lower than the same commune's earlier quarter → error; another commune's lower figure is no concern", async () => {
    const dir = tempDir('units-cum-');
    const store = openStore(':memory:');
    await ingestFiles([await communeForm(dir, PHUOC_HOI, 'HCCB', '2024-Q1', 40)], { plan, planHash: hash, store, receivedAt: '2024-04-03T02:00:00Z' });
    // Tân Hải's Q2 figure (25) is below Phước Hội's Q1 (40): a different commune, accepted.
    const other = await ingestFiles([await communeForm(dir, TAN_HAI, 'HCCB', '2024-Q2', 25)], { plan, planHash: hash, store, receivedAt: '2024-07-03T02:00:00Z' });
    expect(other.files[0]?.findings.map((f) => f.code)).not.toContain('ingest/cumulative-decreased');
    expect(other.files[0]?.outcome).toBe('accepted');
    const same = await ingestFiles([await communeForm(dir, PHUOC_HOI, 'HCCB', '2024-Q2', 25)], { plan, planHash: hash, store, receivedAt: '2024-07-03T03:00:00Z' });
    const f = same.files[0]?.findings.find((x) => x.code === 'ingest/cumulative-decreased');
    expect(f?.unit).toBe('LG-PHUOCHOI');
    expect(same.files[0]?.outcome).toBe('rejected');
  });

  it("a commune's first form without figures → accepted, not held against the office's own version", async () => {
    const dir = tempDir('units-hold-');
    const store = openStore(':memory:');
    // The office's own HCCB form (no unit) has a figure.
    await ingestFiles([await communeForm(dir, undefined, 'HCCB', '2024-Q2', 30)], { plan, planHash: hash, store, receivedAt: '2024-07-03T02:00:00Z' });
    // Tân Hải's first form has none: nothing of Tân Hải's to lose.
    const template = await templateBuffer(plan, hash, 'HCCB', '2024-Q2', { unit: TAN_HAI });
    const path = join(dir, 'tan-hai-trong.xlsx');
    writeFileSync(path, await fillWorkbook(template, baseFill(plan, 'HCCB')));
    const r = await ingestFiles([path], { plan, planHash: hash, store, receivedAt: '2024-07-03T03:00:00Z' });
    expect(r.files[0]?.outcome).toBe('accepted');
    expect(r.files[0]?.findings.map((f) => f.code)).not.toContain('ingest/figure-removed');
    expect(figureOf(store.currentVersion(plan.id, 'HCCB', '2024-Q2'))).toBe(30);
  });
});

describe('ingest --units', () => {
  it('unit not in the tree of its period → unit-not-in-tree (rejected); organisation not at the unit → org-not-at-unit', async () => {
    const dir = tempDir('units-check-');
    const store = openStore(':memory:');
    // LAGI (a district) ends with 2025-Q2, but 2024's plan has no 2025 periods: use a made-up commune code.
    const unknown = await communeForm(dir, { code: 'LG-KHONGCO', name: 'Xã Không Có' }, 'HCCB', '2024-Q2', 30);
    // Communes have no Liên đoàn Lao động.
    const noLdld = await communeForm(dir, PHUOC_HOI, 'LDLD', '2024-Q2', 0);
    const good = await communeForm(dir, PHUOC_HOI, 'HCCB', '2024-Q2', 30);
    const own = await communeForm(dir, undefined, 'LDLD', '2024-Q2', 0);
    const r = await ingestFiles([unknown, noLdld, good, own], { plan, planHash: hash, store, units: tree, receivedAt: '2024-07-03T02:00:00Z' });
    const errors = r.files.map((f) => [f.outcome, f.findings.filter((x) => x.severity === 'error').map((x) => [x.code, x.unit, x.org])]);
    expect(errors).toEqual([
      ['rejected', [['ingest/unit-not-in-tree', 'LG-KHONGCO', 'HCCB']]],
      ['rejected', [['ingest/org-not-at-unit', 'LG-PHUOCHOI', 'LDLD']]],
      ['accepted', []],
      ['accepted', []],
    ]);
    expect(r.files[0]?.findings[0]?.message).toContain('LG-KHONGCO');
    // The log keeps the unit of a rejected form.
    expect(store.ingestLog({ planId: plan.id }).filter((e) => e.outcome === 'rejected').map((e) => e.unit)).toEqual(['LG-KHONGCO', 'LG-PHUOCHOI']);
  });

  it('without --units → a form with any unit is accepted as it is', async () => {
    const dir = tempDir('units-none-');
    const store = openStore(':memory:');
    const unknown = await communeForm(dir, { code: 'LG-KHONGCO', name: 'Xã Không Có' }, 'HCCB', '2024-Q2', 30);
    const r = await ingestFiles([unknown], { plan, planHash: hash, store, receivedAt: '2024-07-03T02:00:00Z' });
    expect(r.files[0]?.outcome).toBe('accepted');
    expect(store.currentSubmissions(plan.id, '2024-Q2')[0]?.unit).toBe('LG-KHONGCO');
  });

  it('CLI: ingest --units with a rejected unit → exit 1, JSON carries the unit', async () => {
    const dir = tempDir('units-cli-');
    const file = await communeForm(dir, PHUOC_HOI, 'LDLD', '2024-Q2', 0);
    const ctx = captureContext();
    const code = await main(['node', 'baocao', 'ingest', file, '--plan', PLAN_FILE, '--db', join(dir, 'b.db'), '--units', UNITS, '--json'], ctx);
    expect(code).toBe(1);
    const out = JSON.parse(ctx.out.join('')) as { files: Array<{ unit?: string; outcome: string; findings: Array<{ code: string }> }> };
    expect(out.files[0]).toMatchObject({ unit: 'LG-PHUOCHOI', outcome: 'rejected' });
    expect(out.files[0]?.findings.map((f) => f.code)).toContain('ingest/org-not-at-unit');
  });
});

describe('status over a store with several units', () => {
  it('two communes of HCCB → status --json lists HCCB once, its figure the sum of both (30 + 45)', async () => {
    const dir = tempDir('units-status-');
    const db = join(dir, 'baocao.db');
    const store = openStore(db);
    const a = await communeForm(dir, PHUOC_HOI, 'HCCB', '2024-Q2', 30);
    const b = await communeForm(dir, TAN_HAI, 'HCCB', '2024-Q2', 45);
    await ingestFiles([a, b], { plan, planHash: hash, store, receivedAt: '2024-07-03T02:00:00Z' });
    store.close();
    const ctx = captureContext();
    const code = await main(['node', 'baocao', 'status', '--plan', PLAN_FILE, '--period', '2024-Q2', '--db', db, '--json'], ctx);
    expect(code).toBe(0);
    const out = JSON.parse(ctx.out.join('')) as { organizations: Array<{ code: string; reported: boolean; targets: Array<{ id: string; value: number | null }> }> };
    const hccb = out.organizations.filter((o) => o.code === 'HCCB');
    expect(hccb).toHaveLength(1);
    expect(hccb[0]?.reported).toBe(true);
    expect(hccb[0]?.targets.find((t) => t.id === 'HCCB-6-t1')?.value).toBe(75);
  });
});

describe('a unit form that lost its identity sheet', () => {
  it("a commune's form with the hidden sheet deleted → unit-identity-lost (rejected), never stored as the office's own", async () => {
    const { editWorkbook } = await import('./workbook-edit.ts');
    const { META_SHEET_NAME } = await import('../../src/model/workbook-meta.ts');
    const dir = tempDir('units-lost-');
    const path = await communeForm(dir, PHUOC_HOI, 'HCCB', '2024-Q2', 30);
    const { readFileSync } = await import('node:fs');
    const stripped = await editWorkbook(readFileSync(path), (wb) => {
      const meta = wb.getWorksheet(META_SHEET_NAME);
      if (meta) wb.removeWorksheet(meta.id);
    });
    writeFileSync(path, stripped);
    const store = openStore(':memory:');
    const r = await ingestFiles([path], { plan, planHash: hash, store, receivedAt: '2024-07-03T02:00:00Z' });
    expect(r.files[0]?.outcome).toBe('rejected');
    const lost = r.files[0]?.findings.find((f) => f.code === 'ingest/unit-identity-lost');
    expect(lost?.cell).toBe('A3');
    expect(lost?.message).toContain('Phường Phước Hội');
    expect(store.currentSubmissions(plan.id, '2024-Q2')).toEqual([]);
  });
});
