import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { approveUnit, childApprovedBy, returnUnit, unitApprovals } from '../../src/approve/index.ts';
import { ingestFiles } from '../../src/ingest/index.ts';
import type { NewSubmission, Plan, Store } from '../../src/model/index.ts';
import { openStore } from '../../src/store/index.ts';
import { samplePlan } from '../ingest/setup.ts';
import { PERIOD, asUnit, countRows, hccbForm, unitsTree, workDir } from './fixture.ts';

const BY = { actor: 'Lê Thị Hoa', at: '2024-07-06T09:00:00+07:00' };

/** A submission recorded straight into the store for a unit (forms do not carry a unit yet). */
function submission(plan: Plan, hash: string, unit: string, n: number): NewSubmission {
  return {
    planId: plan.id,
    planHash: hash,
    org: 'HCCB',
    unit,
    period: PERIOD,
    fileName: `/nowhere/${unit}-${n}.xlsx`,
    sha256: `${unit}-${n}`.padEnd(64, '0'),
    receivedAt: '2024-07-04T08:00:00+07:00',
    targets: [{ targetId: 'HCCB-6-t1', inPeriod: n, cumulative: n }],
    tasks: [],
    info: { reporterName: '', reporterPhone: '', reportDate: null, signerName: '', signerTitle: '', signerAuthority: '' },
    findings: [],
  };
}

async function setup(units: readonly string[] = ['XA-1', 'XA-2']): Promise<{ plan: Plan; hash: string; store: Store; scope: Parameters<typeof approveUnit>[0] }> {
  const { plan, hash } = await samplePlan();
  const store = openStore(':memory:');
  units.forEach((u, i) => store.recordAccepted(submission(plan, hash, u, 10 + i)));
  return { plan, hash, store, scope: { store, plan, period: PERIOD, tree: unitsTree(plan) } };
}

const refusedChildren = (o: ReturnType<typeof approveUnit>) => (o.ok ? [] : o.findings.filter((f) => f.code === 'approve/child-not-approved').map((f) => f.actual));

describe('approve: level by level', () => {
  it('district with neither commune approved → refused naming both communes, nothing recorded', async () => {
    const { store, scope, plan } = await setup();
    const outcome = approveUnit(scope, 'HUYEN', BY);
    expect(outcome.ok).toBe(false);
    expect(refusedChildren(outcome)).toEqual(['XA-1', 'XA-2']);
    expect(store.approvalLog?.(plan.id, PERIOD)).toEqual([]);
  });

  it('one commune approved → the district still refused, naming only the other one; both approved → approved', async () => {
    const { scope } = await setup();
    expect(approveUnit(scope, 'XA-1', BY).ok).toBe(true);
    expect(refusedChildren(approveUnit(scope, 'HUYEN', BY))).toEqual(['XA-2']);
    expect(approveUnit(scope, 'XA-2', BY).ok).toBe(true);
    const district = approveUnit(scope, 'HUYEN', BY);
    expect(district.ok && district.event.covers.sort()).toEqual(['HUYEN', 'XA-1', 'XA-2']);
    // The province: its one child is approved now; its approval also covers forms made without a unit ('').
    const province = approveUnit(scope, 'TINH', BY);
    expect(province.ok && province.event.covers.sort()).toEqual(['', 'HUYEN', 'TINH', 'XA-1', 'XA-2']);
  });

  it('a returned commune blocks its district again until approved again', async () => {
    const { scope } = await setup();
    approveUnit(scope, 'XA-1', BY);
    approveUnit(scope, 'XA-2', BY);
    returnUnit(scope, 'XA-2', 'Thiếu số liệu', BY);
    const refused = approveUnit(scope, 'HUYEN', BY);
    expect(refusedChildren(refused)).toEqual(['XA-2']);
  });

  it('nothing received for a commune → approve/nothing-received, nothing recorded', async () => {
    const { scope, store, plan } = await setup(['XA-1']);
    const outcome = approveUnit(scope, 'XA-2', BY);
    expect(outcome.ok ? [] : outcome.findings.map((f) => f.code)).toEqual(['approve/nothing-received']);
    expect(store.approvalLog?.(plan.id, PERIOD)).toEqual([]);
  });

  it('approving an approved unit again → ok, already, no second row', async () => {
    const { scope, store, plan } = await setup();
    approveUnit(scope, 'XA-1', BY);
    const again = approveUnit(scope, 'XA-1', { ...BY, at: '2024-07-08T09:00:00+07:00' });
    expect(again.ok && again.already).toBe(true);
    expect(store.approvalLog?.(plan.id, PERIOD)).toHaveLength(1);
  });

  it('a commune approved through its consolidated workbook counts as received and approved', async () => {
    const { scope } = await setup(['XA-1']);
    approveUnit(scope, 'XA-1', BY);
    const consolidated = [{ unit: 'XA-2', approved: [{ unit: 'XA-2', at: BY.at, by: 'Nguyễn Văn An' }] }];
    expect(childApprovedBy('XA-2', consolidated)?.by).toBe('Nguyễn Văn An');
    expect(childApprovedBy('XA-1', consolidated)).toBeNull();
    expect(approveUnit({ ...scope, consolidated }, 'HUYEN', BY).ok).toBe(true);
  });

  it('returning a commune un-approves it and every approved unit above (via the commune); the other commune stays approved', async () => {
    const { scope, store, plan } = await setup();
    for (const u of ['XA-1', 'XA-2', 'HUYEN', 'TINH']) expect(approveUnit(scope, u, BY).ok).toBe(true);
    const events = returnUnit(scope, 'XA-1', 'Số hội viên kết nạp chưa khớp với danh sách', BY);
    expect(events.map((e) => [e.unit, e.action, e.via])).toEqual([
      ['XA-1', 'returned', null],
      ['HUYEN', 'returned', 'XA-1'],
      ['TINH', 'returned', 'XA-1'],
    ]);
    const states = unitApprovals(store, plan.id, PERIOD);
    expect(Object.fromEntries([...states].map(([u, s]) => [u, s.state]))).toEqual({ 'XA-1': 'returned', 'XA-2': 'approved', HUYEN: 'returned', TINH: 'returned' });
    expect(states.get('XA-1')?.reason).toBe('Số hội viên kết nạp chưa khớp với danh sách');
    expect(store.lockOf?.(plan.id, PERIOD, 'XA-1')).toBeNull();
    expect(store.lockOf?.(plan.id, PERIOD, 'XA-2')?.unit).toBe('XA-2');
  });
});

describe('locking at ingest', () => {
  it('district approved → a commune form below is rejected with ingest/locked, the store unchanged (rows counted)', async () => {
    const { plan, hash } = await samplePlan();
    const { dir } = workDir();
    const db = join(dir, 'baocao.db');
    const store = openStore(db);
    const scope = { store, plan, period: PERIOD, tree: unitsTree(plan) } as const;
    await ingestFiles([await hccbForm(dir, 'xa1.xlsx', 12)], { plan, planHash: hash, store }, asUnit(plan, hash, 'XA-1'));
    await ingestFiles([await hccbForm(dir, 'xa2.xlsx', 7)], { plan, planHash: hash, store }, asUnit(plan, hash, 'XA-2'));
    for (const u of ['XA-1', 'XA-2', 'HUYEN']) expect(approveUnit(scope, u, BY).ok).toBe(true);
    // Only XA-1 is returned: XA-2 stays locked by its own approval.
    returnUnit(scope, 'XA-1', 'Cần sửa', BY);
    approveUnit(scope, 'XA-1', BY);
    approveUnit(scope, 'HUYEN', BY);
    const before = { submissions: countRows(db, 'submissions'), targets: countRows(db, 'reported_targets') };
    const r = await ingestFiles([await hccbForm(dir, 'xa2-moi.xlsx', 9)], { plan, planHash: hash, store }, asUnit(plan, hash, 'XA-2'));
    const file = r.files[0];
    expect(file?.outcome).toBe('rejected');
    expect(file?.findings.map((f) => f.code)).toEqual(['ingest/locked']);
    expect(store.ingestLog({ planId: plan.id }).at(-1)?.outcome).toBe('rejected');
    expect({ submissions: countRows(db, 'submissions'), targets: countRows(db, 'reported_targets') }).toEqual(before);
    expect(store.currentVersion(plan.id, 'HCCB', PERIOD, 'XA-2')?.targets[0]?.cumulative).toBe(7);
    store.close();
  });

  it('only a commune approved → a form of the other commune and one without a unit are accepted', async () => {
    const { plan, hash } = await samplePlan();
    const { dir } = workDir();
    const store = openStore(':memory:');
    const scope = { store, plan, period: PERIOD, tree: unitsTree(plan) } as const;
    await ingestFiles([await hccbForm(dir, 'xa1.xlsx', 12)], { plan, planHash: hash, store }, asUnit(plan, hash, 'XA-1'));
    approveUnit(scope, 'XA-1', BY);
    const other = await ingestFiles([await hccbForm(dir, 'xa2.xlsx', 7)], { plan, planHash: hash, store }, asUnit(plan, hash, 'XA-2'));
    const own = await ingestFiles([await hccbForm(dir, 'tinh.xlsx', 30)], { plan, planHash: hash, store });
    expect([other.files[0]?.outcome, own.files[0]?.outcome]).toEqual(['accepted', 'accepted']);
    // The province approved: a form made without a unit (the office's own) is locked too.
    approveUnit(scope, 'XA-2', BY);
    approveUnit(scope, 'HUYEN', BY);
    approveUnit(scope, 'TINH', BY);
    const late = await ingestFiles([await hccbForm(dir, 'tinh-2.xlsx', 31)], { plan, planHash: hash, store });
    expect(late.files[0]?.findings.map((f) => f.code)).toEqual(['ingest/locked']);
    store.close();
  });
});
