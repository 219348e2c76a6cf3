import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { NewApprovalEvent } from '../../src/model/index.ts';
import { openStore } from '../../src/store/index.ts';
import { migrate } from '../../src/store/schema.ts';
import { tempDir } from '../ingest/setup.ts';

const approval = (unit: string, covers: string[], at: string): NewApprovalEvent => ({
  planId: 'p', period: '2024-Q2', unit, unitName: unit, action: 'approved', actor: 'Lê Thị Hoa', at, reason: null, covers, via: null,
});
const returned = (unit: string, at: string): NewApprovalEvent => ({ ...approval(unit, [], at), action: 'returned', reason: 'Thiếu số liệu' });

describe('approvals in the store', () => {
  it('a store at schema 7 is migrated: the approvals table appears, the rows already there kept', () => {
    const file = join(tempDir('approvals-'), 'v7.db');
    const db = new Database(file);
    migrate(db, 7);
    db.prepare("INSERT INTO plans (id, hash, json, saved_at) VALUES ('p', 'h', '{}', '2024-01-01')").run();
    db.close();
    const store = openStore(file);
    expect(store.approvalLog?.('p', '2024-Q2')).toEqual([]);
    store.recordApprovals?.([approval('XA-1', ['XA-1'], '2024-07-06T09:00:00+07:00')]);
    expect(store.approvalLog?.('p', '2024-Q2').map((e) => e.unit)).toEqual(['XA-1']);
    store.close();
    const after = new Database(file, { readonly: true });
    expect(after.prepare('SELECT count(*) AS n FROM plans').get()).toEqual({ n: 1 });
    after.close();
  });

  it('the latest row per unit decides: approved → locked (nearest approval named), returned → unlocked; other periods and plans untouched', () => {
    const store = openStore(':memory:');
    store.recordApprovals?.([
      approval('XA-1', ['XA-1'], '2024-07-05T09:00:00+07:00'),
      approval('HUYEN', ['HUYEN', 'XA-1'], '2024-07-06T09:00:00+07:00'),
      approval('TINH', ['TINH', 'HUYEN', 'XA-1', ''], '2024-07-07T09:00:00+07:00'),
    ]);
    expect(store.lockOf?.('p', '2024-Q2', 'XA-1')?.unit).toBe('XA-1');
    expect(store.lockOf?.('p', '2024-Q2', '')?.unit).toBe('TINH');
    expect(store.lockOf?.('p', '2024-Q3', 'XA-1')).toBeNull();
    expect(store.lockOf?.('other', '2024-Q2', 'XA-1')).toBeNull();
    store.recordApprovals?.([returned('XA-1', '2024-07-08T09:00:00+07:00'), returned('HUYEN', '2024-07-08T09:00:00+07:00'), returned('TINH', '2024-07-08T09:00:00+07:00')]);
    expect(store.lockOf?.('p', '2024-Q2', 'XA-1')).toBeNull();
    expect(store.lockOf?.('p', '2024-Q2', '')).toBeNull();
    expect(store.approvalStates?.('p', '2024-Q2').map((e) => [e.unit, e.action])).toEqual([['XA-1', 'returned'], ['HUYEN', 'returned'], ['TINH', 'returned']]);
    expect(store.approvalLog?.('p', '2024-Q2')).toHaveLength(6);
    store.close();
  });
});
