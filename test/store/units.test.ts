import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { NewSubmission } from '../../src/model/index.ts';
import { openStore } from '../../src/store/index.ts';
import { migrate } from '../../src/store/schema.ts';

function sub(over: Partial<NewSubmission> = {}): NewSubmission {
  return {
    planId: 'p', planHash: 'h', org: 'HND', period: '2024-Q2', fileName: 'a.xlsx', sha256: 'aaa',
    receivedAt: '2024-07-01T08:00:00.000Z',
    targets: [{ targetId: 't1', inPeriod: 5, cumulative: 12 }],
    tasks: [],
    info: { reporterName: '', reporterPhone: '', reportDate: null, signerName: '', signerTitle: '', signerAuthority: '' },
    findings: [],
    ...over,
  };
}

describe('store: versions are kept per unit', () => {
  it('the same organisation at two communes → two current versions, neither supersedes the other', () => {
    const store = openStore(':memory:');
    expect(store.recordAccepted(sub({ unit: 'XA-A' })).outcome).toBe('accepted');
    expect(store.recordAccepted(sub({ unit: 'XA-B', sha256: 'bbb', fileName: 'b.xlsx' })).outcome).toBe('accepted');
    expect(store.currentSubmissions('p', '2024-Q2').map((s) => [s.unit, s.org, s.fileName])).toEqual([
      ['XA-A', 'HND', 'a.xlsx'],
      ['XA-B', 'HND', 'b.xlsx'],
    ]);
    expect(store.currentVersion('p', 'HND', '2024-Q2', 'XA-B')?.fileName).toBe('b.xlsx');
    expect(store.currentVersion('p', 'HND', '2024-Q2')).toBeNull();
  });

  it('a second version of one commune → supersedes that commune\'s only', () => {
    const store = openStore(':memory:');
    store.recordAccepted(sub({ unit: 'XA-A' }));
    store.recordAccepted(sub({ unit: 'XA-B', sha256: 'bbb' }));
    const r = store.recordAccepted(sub({ unit: 'XA-A', sha256: 'ccc', receivedAt: '2024-07-02T08:00:00.000Z' }));
    expect([r.outcome, r.supersededId]).toEqual(['superseded', 1]);
    expect(store.currentSubmissions('p', '2024-Q2').map((s) => s.id)).toEqual([3, 2]);
    expect(store.ingestLog().map((e) => e.unit)).toEqual(['XA-A', 'XA-B', 'XA-A']);
  });

  it('a percent target\'s parts → stored and read back; absent parts stay absent', () => {
    const store = openStore(':memory:');
    store.recordAccepted(sub({ targets: [{ targetId: 'p1', inPeriod: 75, cumulative: 75, numerator: 3, denominator: 4 }, { targetId: 't1', inPeriod: 1, cumulative: 1 }] }));
    expect(store.currentSubmissions('p', '2024-Q2')[0]?.targets).toEqual([
      { targetId: 'p1', inPeriod: 75, cumulative: 75, numerator: 3, denominator: 4 },
      { targetId: 't1', inPeriod: 1, cumulative: 1 },
    ]);
  });

  it('a store of schema 6 → migrated: its submissions belong to the office\'s own unit', () => {
    const db = new Database(':memory:');
    migrate(db, 6);
    db.exec(`INSERT INTO submissions (plan_id, plan_hash, org, period, file_name, sha256, received_at, info_json, target_count, task_count)
             VALUES ('p', 'h', 'HND', '2024-Q2', 'old.xlsx', 'x', '2024-07-01T00:00:00Z', '{}', 0, 0)`);
    migrate(db);
    expect(db.prepare('SELECT unit, status FROM submissions').all()).toEqual([{ unit: '', status: 'current' }]);
  });
});
