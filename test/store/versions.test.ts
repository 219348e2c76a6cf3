import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { NewSubmission } from '../../src/model/index.ts';
import { SCHEMA_VERSION, openStore } from '../../src/store/index.ts';
import { migrate } from '../../src/store/schema.ts';
import { makeFinding } from '../../src/vi/messages/index.ts';

function sub(over: Partial<NewSubmission> = {}): NewSubmission {
  return {
    planId: 'p', planHash: 'h', org: 'HCCB', period: '2024-Q2', fileName: 'v1.xlsx', sha256: 'aaa',
    receivedAt: '2024-07-01T08:00:00.000Z',
    targets: [{ targetId: 't1', inPeriod: 5, cumulative: 12 }],
    tasks: [{ taskId: 'k1', progress: 'in_progress', result: 'Kết quả', difficulties: '', proposals: '' }],
    info: { reporterName: 'Nguyễn Văn A', reporterPhone: '', reportDate: null, signerName: 'B', signerTitle: 'Chủ tịch', signerAuthority: '' },
    findings: [],
    ...over,
  };
}

const BY = { actor: 'Lê Thị Hoa', at: '2024-07-06T09:00:00.000Z' };

describe('store: receipt order', () => {
  it('a version received before the current one → stored into history as superseded, the later one stays current', () => {
    const store = openStore(':memory:');
    store.recordAccepted(sub({ fileName: 'v2.xlsx', sha256: 'bbb', receivedAt: '2024-07-05T08:00:00.000Z' }));
    const r = store.recordAccepted(sub({ fileName: 'v1.xlsx', sha256: 'aaa', receivedAt: '2024-07-01T08:00:00.000Z' }));
    expect(r).toEqual({ outcome: 'archived', submissionId: 2, supersededId: null, currentId: 1 });
    expect(store.currentSubmissions('p', '2024-Q2').map((s) => s.fileName)).toEqual(['v2.xlsx']);
    expect(store.versionHistory('p', 'HCCB', '2024-Q2').map((s) => [s.fileName, s.status, s.supersededBy])).toEqual([
      ['v2.xlsx', 'current', null],
      ['v1.xlsx', 'superseded', 1],
    ]);
    expect(store.ingestLog().map((e) => e.outcome)).toEqual(['accepted', 'archived']);
  });

  it('the same receipt time → the one stored later replaces (a batch shares one time)', () => {
    const store = openStore(':memory:');
    store.recordAccepted(sub());
    expect(store.recordAccepted(sub({ fileName: 'v2.xlsx', sha256: 'bbb' })).outcome).toBe('superseded');
    expect(store.currentVersion('p', 'HCCB', '2024-Q2')?.fileName).toBe('v2.xlsx');
  });
});

describe('store: held versions and restore', () => {
  it('a version marked hold → stored held, not current; the old version stays current and evaluated', () => {
    const store = openStore(':memory:');
    store.recordAccepted(sub());
    const r = store.recordAccepted(sub({ fileName: 'v2.xlsx', sha256: 'bbb', receivedAt: '2024-07-02T08:00:00.000Z', hold: true }));
    expect(r).toEqual({ outcome: 'held', submissionId: 2, supersededId: null, currentId: 1 });
    expect(store.currentSubmissions('p', '2024-Q2').map((s) => s.fileName)).toEqual(['v1.xlsx']);
    expect(store.supersededSubmissions('p', '2024-Q2')).toEqual([]);
    expect(store.submissionHistory('p', 'HCCB', '2024-Q2').map((s) => s.fileName)).toEqual(['v1.xlsx']);
    expect(store.versionHistory('p', 'HCCB', '2024-Q2').map((s) => s.status)).toEqual(['current', 'held']);
  });

  it('hold on a first version → nothing to protect: it is current', () => {
    const store = openStore(':memory:');
    expect(store.recordAccepted(sub({ hold: true })).outcome).toBe('accepted');
    expect(store.currentVersion('p', 'HCCB', '2024-Q2')?.id).toBe(1);
  });

  it('confirming a held version → it is current, the old one superseded by it, the decision logged with who and when', () => {
    const store = openStore(':memory:');
    store.recordAccepted(sub());
    store.recordAccepted(sub({ fileName: 'v2.xlsx', sha256: 'bbb', receivedAt: '2024-07-02T08:00:00.000Z', hold: true }));
    const r = store.restoreVersion(2, BY);
    expect([r?.changed, r?.replacedId, r?.restored.status]).toEqual([true, 1, 'current']);
    expect(store.versionHistory('p', 'HCCB', '2024-Q2').map((s) => [s.id, s.status, s.supersededBy])).toEqual([
      [1, 'superseded', 2],
      [2, 'current', null],
    ]);
    expect(store.versionLog('p', 'HCCB', '2024-Q2')).toEqual([
      { id: 1, at: BY.at, actor: BY.actor, action: 'confirmed', planId: 'p', org: 'HCCB', unit: '', period: '2024-Q2', submissionId: 2, replacedId: 1 },
    ]);
  });

  it('restoring an older version → it is current again; restoring the current one → nothing changes, nothing logged', () => {
    const store = openStore(':memory:');
    store.recordAccepted(sub());
    store.recordAccepted(sub({ fileName: 'v2.xlsx', sha256: 'bbb', receivedAt: '2024-07-02T08:00:00.000Z' }));
    expect(store.restoreVersion(1, BY)?.event?.action).toBe('restored');
    expect(store.currentSubmissions('p', '2024-Q2').map((s) => s.id)).toEqual([1]);
    expect(store.supersededSubmissions('p', '2024-Q2').map((s) => [s.id, s.supersededBy])).toEqual([[2, 1]]);
    expect(store.restoreVersion(1, BY)?.changed).toBe(false);
    expect(store.versionLog('p', 'HCCB', '2024-Q2')).toHaveLength(1);
    expect(store.restoreVersion(99, BY)).toBeNull();
  });

  it('a newer version accepted while one is held → the held one is moot: superseded by the new one', () => {
    const store = openStore(':memory:');
    store.recordAccepted(sub());
    store.recordAccepted(sub({ fileName: 'v2.xlsx', sha256: 'bbb', receivedAt: '2024-07-02T08:00:00.000Z', hold: true }));
    store.recordAccepted(sub({ fileName: 'v3.xlsx', sha256: 'ccc', receivedAt: '2024-07-03T08:00:00.000Z' }));
    expect(store.versionHistory('p', 'HCCB', '2024-Q2').map((s) => [s.fileName, s.status, s.supersededBy])).toEqual([
      ['v1.xlsx', 'superseded', 3],
      ['v2.xlsx', 'superseded', 3],
      ['v3.xlsx', 'current', null],
    ]);
  });
});

describe('store: what a version keeps for its history', () => {
  it('the cells its figures were read from → read back by version; none recorded → null', () => {
    const store = openStore(':memory:');
    store.recordAccepted(sub({ cells: { 't1/inPeriod': 'F16', 't1/cumulative': 'G16' } }));
    store.recordAccepted(sub({ fileName: 'v2.xlsx', sha256: 'bbb', receivedAt: '2024-07-02T08:00:00.000Z' }));
    expect(store.submissionCells(1)).toEqual({ 't1/inPeriod': 'F16', 't1/cumulative': 'G16' });
    expect(store.submissionCells(2)).toBeNull();
  });

  it('the plan saved last → read back with its hash; an empty store → null', async () => {
    const store = openStore(':memory:');
    expect(store.lastSavedPlan()).toBeNull();
    const { requirePlan } = await import('../../src/plan/index.ts');
    const { plan, hash } = await requirePlan(join(import.meta.dirname, '../../samples/plan-2024.yaml'));
    store.savePlan(plan, hash);
    expect(store.lastSavedPlan()).toEqual({ plan, hash });
  });
});

describe('store: migration to schema 4', () => {
  it('a store written at schema 3 → migrated without loss: versions, statuses, log and findings kept', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'store-')), 'v3.db');
    // A store as baocao wrote it before versions could be held: two versions and a rejected file.
    const db = new Database(file);
    db.pragma('foreign_keys = ON');
    migrate(db, 3);
    const info = JSON.stringify(sub().info);
    const insertSub = db.prepare(
      `INSERT INTO submissions (id, plan_id, plan_hash, org, period, file_name, sha256, received_at, superseded_by, info_json, target_count, task_count)
       VALUES (?, 'p', 'h', 'HCCB', '2024-Q2', ?, ?, ?, NULL, ?, 1, 0)`,
    );
    insertSub.run(1, 'v1.xlsx', 'aaa', '2024-07-01T08:00:00.000Z', info);
    insertSub.run(2, 'v2.xlsx', 'bbb', '2024-07-02T08:00:00.000Z', info);
    db.prepare('UPDATE submissions SET superseded_by = 2 WHERE id = 1').run();
    db.prepare("INSERT INTO reported_targets VALUES (1, 't1', 5, 12), (2, 't1', 6, 13)").run();
    const insertLog = db.prepare("INSERT INTO ingest_log (id, file, sha256, received_at, outcome, plan_id, org, period, submission_id) VALUES (?, ?, ?, ?, ?, 'p', 'HCCB', '2024-Q2', ?)");
    insertLog.run(1, 'v1.xlsx', 'aaa', '2024-07-01T08:00:00.000Z', 'accepted', 1);
    insertLog.run(2, 'v2.xlsx', 'bbb', '2024-07-02T08:00:00.000Z', 'superseded', 2);
    insertLog.run(3, 'x.xlsx', 'ccc', '2024-07-03T08:00:00.000Z', 'rejected', null);
    const negative = makeFinding('ingest/negative', { sheet: 'Báo cáo', cell: 'G10' }, { actual: '-5' });
    db.prepare('INSERT INTO findings (log_id, submission_id, code, severity, json) VALUES (3, NULL, ?, ?, ?)').run(negative.code, negative.severity, JSON.stringify(negative));
    expect(db.pragma('user_version', { simple: true })).toBe(3);
    db.close();

    const store = openStore(file);
    expect(store.versionHistory('p', 'HCCB', '2024-Q2').map((s) => [s.id, s.status, s.supersededBy, s.targets[0]?.cumulative])).toEqual([
      [1, 'superseded', 2, 12],
      [2, 'current', null, 13],
    ]);
    expect(store.ingestLog().map((e) => [e.id, e.outcome, e.submissionId, e.findings.map((f) => f.cell)])).toEqual([
      [1, 'accepted', 1, []],
      [2, 'superseded', 2, []],
      [3, 'rejected', null, ['G10']],
    ]);
    // The rebuilt log takes the new outcomes and still refers to its findings.
    expect(store.recordAccepted(sub({ fileName: 'v0.xlsx', sha256: 'zzz', receivedAt: '2024-06-30T08:00:00.000Z' })).outcome).toBe('archived');
    store.close();
    const check = new Database(file);
    expect(check.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    expect(check.pragma('foreign_key_check')).toEqual([]);
    check.close();
  });
});
