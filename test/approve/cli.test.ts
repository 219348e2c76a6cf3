import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { approveUnit } from '../../src/approve/index.ts';
import { main } from '../../src/cli/main.ts';
import { readConsolidated } from '../../src/consolidate/index.ts';
import { ingestFiles } from '../../src/ingest/index.ts';
import { openStore } from '../../src/store/index.ts';
import { Workbook } from '../../src/xlsx/exceljs.ts';
import { captureContext } from '../helpers/cli.ts';
import { SAMPLE_PLAN_FILE } from '../helpers/sample-plan.ts';
import { samplePlan } from '../ingest/setup.ts';
import { PERIOD, asUnit, countRows, hccbForm, sha256Of, unitsTree, workDir } from './fixture.ts';

const REASON = 'Số hội viên kết nạp mới chưa khớp với danh sách kèm theo';

/** Runs `baocao …` in process; returns the exit code and what was printed. */
async function run(...args: string[]) {
  const ctx = captureContext();
  const code = await main(['node', 'baocao', ...args], ctx);
  return { code, out: ctx.out.join(''), err: ctx.err.join('') };
}

/** A store with one HCCB form for each commune, received as files in `dir`. */
async function received() {
  const { plan, hash } = await samplePlan();
  const { dir, units } = workDir();
  const db = join(dir, 'baocao.db');
  const store = openStore(db);
  const xa1 = await hccbForm(dir, 'BC quy II - HCCB xa Ham Chinh.xlsx', 12);
  await ingestFiles([xa1], { plan, planHash: hash, store, receivedAt: '2024-07-03T08:00:00+07:00' }, asUnit(plan, hash, 'XA-1'));
  await ingestFiles([await hccbForm(dir, 'xa2.xlsx', 7)], { plan, planHash: hash, store, receivedAt: '2024-07-03T09:00:00+07:00' }, asUnit(plan, hash, 'XA-2'));
  store.close();
  const common = ['--plan', SAMPLE_PLAN_FILE, '--period', PERIOD, '--units', units, '--db', db];
  return { plan, hash, dir, db, xa1, common };
}

describe('baocao approve / return', () => {
  it('approve the district before its communes → exit 1, nothing recorded; communes then district → exit 0', async () => {
    const { db, common } = await received();
    const refused = await run('approve', ...common, '--unit', 'HUYEN', '--by', 'Lê Thị Hoa', '--json');
    expect(refused.code).toBe(1);
    expect(JSON.parse(refused.out).findings.map((f: { code: string; actual: string }) => [f.code, f.actual])).toEqual([
      ['approve/child-not-approved', 'XA-1'],
      ['approve/child-not-approved', 'XA-2'],
    ]);
    expect(countRows(db, 'approvals')).toBe(0);
    for (const unit of ['XA-1', 'XA-2', 'HUYEN']) expect((await run('approve', ...common, '--unit', unit, '--by', 'Lê Thị Hoa')).code).toBe(0);
    expect(countRows(db, 'approvals')).toBe(3);
  });

  it('return → unlocked, reason in the history, a copy with the reason sheet (original untouched), a new version accepted again', async () => {
    const { plan, hash, dir, db, xa1, common } = await received();
    for (const unit of ['XA-1', 'XA-2', 'HUYEN']) await run('approve', ...common, '--unit', unit, '--by', 'Lê Thị Hoa', '--at', '2024-07-06T09:00:00+07:00');
    const store = openStore(db);
    const locked = await ingestFiles([await hccbForm(dir, 'xa1-sua.xlsx', 13)], { plan, planHash: hash, store }, asUnit(plan, hash, 'XA-1'));
    expect(locked.files[0]?.findings.map((f) => f.code)).toEqual(['ingest/locked']);
    store.close();

    const original = sha256Of(xa1);
    const out = join(dir, 'tra-lai');
    const r = await run('return', ...common, '--unit', 'XA-1', '--reason', REASON, '--by', 'Trần Văn Nam', '-o', out, '--json');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    expect(json.events.map((e: { unit: string; action: string }) => [e.unit, e.action])).toEqual([['XA-1', 'returned'], ['HUYEN', 'returned']]);
    expect(json.files).toEqual([join(out, 'BC quy II - HCCB xa Ham Chinh_tra-lai.xlsx')]);
    expect(sha256Of(xa1)).toBe(original);

    // The copy: "Lý do trả lại" is its first sheet and carries the reason; the form's sheets follow.
    const wb = new Workbook();
    await wb.xlsx.readFile(json.files[0]);
    const sheets = wb.worksheets.map((w) => w.name);
    expect(sheets[0]).toBe('Lý do trả lại');
    expect(sheets).toContain('Báo cáo');
    const texts: string[] = [];
    wb.getWorksheet('Lý do trả lại')?.eachRow((row) => row.eachCell((c) => texts.push(String(c.value))));
    expect(texts).toContain(REASON);
    expect(texts).toContain('Trần Văn Nam');

    // The history of the period lists the return with its reason.
    const history = await run('history', '--org', 'HCCB', '--period', PERIOD, '--plan', SAMPLE_PLAN_FILE, '--db', db, '--json');
    const returned = JSON.parse(history.out).approvals.filter((e: { action: string }) => e.action === 'returned');
    expect(returned.map((e: { unit: string; reason: string; via: string | null }) => [e.unit, e.reason, e.via])).toEqual([
      ['XA-1', REASON, null],
      ['HUYEN', REASON, 'XA-1'],
    ]);

    // Returning again never replaces the copy already written.
    await run('return', ...common, '--unit', 'XA-1', '--reason', REASON, '-o', out);
    expect(readdirSync(out).sort()).toEqual(['BC quy II - HCCB xa Ham Chinh_tra-lai (2).xlsx', 'BC quy II - HCCB xa Ham Chinh_tra-lai.xlsx']);

    const again = openStore(db);
    const fixed = await ingestFiles([await hccbForm(dir, 'xa1-sua-lai.xlsx', 14)], { plan, planHash: hash, store: again }, asUnit(plan, hash, 'XA-1'));
    expect(fixed.files[0]?.outcome).toBe('superseded');
    expect(again.currentVersion(plan.id, 'HCCB', PERIOD, 'XA-1')?.targets.find((t) => t.targetId === 'HCCB-6-t1')?.cumulative).toBe(14);
    again.close();
  });

  it('--reason missing or blank → exit 2, nothing recorded, no copy', async () => {
    const { dir, db, common } = await received();
    const out = join(dir, 'tra-lai');
    expect((await run('return', ...common, '--unit', 'XA-1', '-o', out)).code).toBe(2);
    const blank = await run('return', ...common, '--unit', 'XA-1', '--reason', '   ', '-o', out);
    expect(blank.code).toBe(2);
    expect(blank.err).toContain('--reason');
    expect(countRows(db, 'approvals')).toBe(0);
    expect(existsSync(out)).toBe(false);
  });

  it('an unknown unit → exit 2, nothing recorded', async () => {
    const { db, common } = await received();
    expect((await run('approve', ...common, '--unit', 'XA-9')).code).toBe(2);
    expect(countRows(db, 'approvals')).toBe(0);
  });

  it('restore of an earlier version of a locked commune → exit 1 approve/restore-locked, current version unchanged', async () => {
    const { plan, hash, dir, db, common } = await received();
    const store = openStore(db);
    await ingestFiles([await hccbForm(dir, 'xa1-b2.xlsx', 20)], { plan, planHash: hash, store }, asUnit(plan, hash, 'XA-1'));
    const [first, second] = store.versionHistory(plan.id, 'HCCB', PERIOD, 'XA-1');
    store.close();
    expect(second?.status).toBe('current');
    await run('approve', ...common, '--unit', 'XA-1');
    const r = await run('restore', String(first?.id), '--db', db, '--json');
    expect(r.code).toBe(1);
    expect(JSON.parse(r.out).findings.map((f: { code: string }) => f.code)).toEqual(['approve/restore-locked']);
    const after = openStore(db);
    expect(after.currentVersion(plan.id, 'HCCB', PERIOD, 'XA-1')?.id).toBe(second?.id);
    after.close();
  });

  it('status --unit --json: each unit carries its approval state', async () => {
    const { db, common } = await received();
    await run('approve', ...common, '--unit', 'XA-1', '--by', 'Lê Thị Hoa', '--at', '2024-07-06T09:00:00+07:00');
    await run('return', ...common, '--unit', 'XA-2', '--reason', 'Thiếu chữ ký', '-o', join(db, '..', 'tl'));
    const r = await run('status', '--plan', SAMPLE_PLAN_FILE, '--period', PERIOD, '--units', join(db, '..', 'units.yaml'), '--unit', 'HUYEN', '--db', db, '--json');
    expect(r.code).toBe(0);
    const units = JSON.parse(r.out).units as { code: string; approval: { state: string; by: string | null; reason: string | null } }[];
    expect(units.map((u) => [u.code, u.approval.state])).toEqual([
      ['HUYEN', 'none'],
      ['XA-1', 'approved'],
      ['XA-2', 'returned'],
    ]);
    expect(units[1]?.approval.by).toBe('Lê Thị Hoa');
    expect(units[2]?.approval.reason).toBe('Thiếu chữ ký');
    const text = await run('status', '--plan', SAMPLE_PLAN_FILE, '--period', PERIOD, '--units', join(db, '..', 'units.yaml'), '--unit', 'HUYEN', '--db', db);
    expect(text.out).toContain('Đã phê duyệt 06/07/2024 — Lê Thị Hoa');
  });
});

describe('approvals travel up in the consolidated workbook', () => {
  it('district approved with its communes → its workbook lists the three approvals; the province approves on it with no form of its own', async () => {
    const { dir, common, plan } = await received();
    for (const unit of ['XA-1', 'XA-2', 'HUYEN']) await run('approve', ...common, '--unit', unit, '--by', 'Lê Thị Hoa', '--at', '2024-07-06T09:00:00+07:00');
    const file = join(dir, 'tong-hop-HUYEN.xlsx');
    const c = await run('consolidate', ...common, '--unit', 'HUYEN', '-o', file);
    expect(c.code).toBe(0);
    const read = await readConsolidated(readFileSync(file));
    expect(read.ok).toBe(true);
    const approved = read.identity?.approved ?? [];
    expect(approved.map((a) => [a.unit, a.by]).sort()).toEqual([['HUYEN', 'Lê Thị Hoa'], ['XA-1', 'Lê Thị Hoa'], ['XA-2', 'Lê Thị Hoa']]);

    // At the province: an empty store, the district's workbook received.
    const province = openStore(':memory:');
    const consolidated = [{ unit: read.identity?.unit.code ?? '', approved }];
    const scope = { store: province, plan, period: PERIOD, tree: unitsTree(plan), consolidated } as const;
    expect(approveUnit({ ...scope, consolidated: [] }, 'TINH', { actor: 'Phạm Văn Minh', at: '2024-07-10T09:00:00+07:00' }).ok).toBe(false);
    expect(approveUnit(scope, 'TINH', { actor: 'Phạm Văn Minh', at: '2024-07-10T09:00:00+07:00' }).ok).toBe(true);
    province.close();
  });
});
