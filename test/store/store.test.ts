import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openStore, SCHEMA_VERSION } from '../../src/store/index.ts';
import { requirePlan } from '../../src/plan/index.ts';
import type { NewSubmission } from '../../src/model/index.ts';
import { makeFinding } from '../../src/vi/messages/index.ts';
import { populationPlan } from '../../bench/population.ts';

function sub(over: Partial<NewSubmission> = {}): NewSubmission {
  return {
    planId: 'p', planHash: 'h', org: 'HCCB', period: '2024-Q1', fileName: 'a.xlsx', sha256: 'aaa',
    receivedAt: '2024-04-05T08:00:00.000Z',
    targets: [{ targetId: 't1', inPeriod: 120, cumulative: 120 }, { targetId: 't2', inPeriod: null, cumulative: 0 }],
    tasks: [{ taskId: 'k1', progress: 'in_progress', result: 'Kết quả', difficulties: '', proposals: '' }],
    info: { reporterName: 'Nguyễn Văn A', reporterPhone: '', reportDate: null, signerName: 'B', signerTitle: 'Chủ tịch', signerAuthority: '' },
    findings: [makeFinding('ingest/ambiguous-number', { file: 'a.xlsx', sheet: 'Báo cáo', cell: 'F9', targetId: 't1' }, { actual: '1,200', value: '1,2', other: '1.200' })],
    ...over,
  };
}

describe('store', () => {
  it('new file → schema at the current version, WAL journal', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'store-')), 'b.db');
    openStore(file).close();
    const db = new Database(file);
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    db.close();
    openStore(file).close(); // re-opening an up-to-date store is a no-op
  });

  it('plan saved once per version, compressed, and read back equal', async () => {
    const { plan, hash } = await requirePlan(join(import.meta.dirname, '../../samples/plan-2024.yaml'));
    const file = join(mkdtempSync(join(tmpdir(), 'store-')), 'p.db');
    const store = openStore(file);
    store.savePlan(plan, hash);
    store.savePlan(plan, hash);
    expect(store.savedPlan(plan.id, hash)).toEqual(plan);
    expect(store.savedPlan(plan.id, 'other')).toBeNull();
    store.close();
    const db = new Database(file);
    const rows = db.prepare('SELECT json, length(json_gz) AS gz FROM plans').all() as { json: string; gz: number }[];
    db.close();
    expect(rows).toHaveLength(1);
    expect(rows[0]?.gz).toBeLessThan(JSON.stringify(plan).length / 3); // gzip at its fastest level still takes off two thirds
  });

  it('a large plan is stored as JSON.stringify would write it, in several gzip members, and read back equal', async () => {
    const { plan: base } = await requirePlan(join(import.meta.dirname, '../../samples/plan-2024.yaml'));
    // 200 organisations: ≈ 1.7 MB of JSON, so more than one ~1 MB gzip member; and a member left
    // undefined, which JSON.stringify leaves out.
    const plan = { ...populationPlan(base, 200), description: undefined };
    const file = join(mkdtempSync(join(tmpdir(), 'store-')), 'big.db');
    const store = openStore(file);
    store.savePlan(plan, 'h-big');
    expect(store.savedPlan(plan.id, 'h-big')).toEqual(JSON.parse(JSON.stringify(plan)));
    store.close();
    const db = new Database(file);
    const row = db.prepare('SELECT json_gz FROM plans').get() as { json_gz: Buffer };
    db.close();
    const text = gunzipSync(row.json_gz).toString('utf8');
    expect(text).toBe(JSON.stringify(plan));
    // Concatenated members: each starts with gzip's magic bytes 1f 8b 08.
    expect(row.json_gz.indexOf(Buffer.from([0x1f, 0x8b, 0x08]), 1)).toBeGreaterThan(0);
  });

  it('a plan saved by an older version (json column) is still read back', async () => {
    const { plan, hash } = await requirePlan(join(import.meta.dirname, '../../samples/plan-2024.yaml'));
    const file = join(mkdtempSync(join(tmpdir(), 'store-')), 'old.db');
    openStore(file).close();
    const db = new Database(file);
    db.prepare('INSERT INTO plans (id, hash, json, saved_at) VALUES (?, ?, ?, ?)').run(plan.id, hash, JSON.stringify(plan), '2024-04-01T00:00:00.000Z');
    db.close();
    const store = openStore(file);
    expect(store.savedPlan(plan.id, hash)).toEqual(plan);
    store.close();
  });

  it('accepted submission → read back with exact values, null kept apart from 0, warnings kept', () => {
    const store = openStore(':memory:');
    const r = store.recordAccepted(sub());
    expect(r).toEqual({ outcome: 'accepted', submissionId: 1, supersededId: null });
    const [s] = store.currentSubmissions('p', '2024-Q1');
    expect(s?.targets).toEqual([{ targetId: 't1', inPeriod: 120, cumulative: 120 }, { targetId: 't2', inPeriod: null, cumulative: 0 }]);
    expect(s?.tasks[0]?.progress).toBe('in_progress');
    expect(s?.info.reporterName).toBe('Nguyễn Văn A');
    expect(s?.findings.map((f) => [f.code, f.cell])).toEqual([['ingest/ambiguous-number', 'F9']]);
  });

  it('same bytes twice → duplicate, nothing new stored, both logged', () => {
    const store = openStore(':memory:');
    store.recordAccepted(sub());
    const r = store.recordAccepted(sub({ fileName: 'copy.xlsx' }));
    expect(r.outcome).toBe('duplicate');
    expect(store.submissionHistory('p', 'HCCB', '2024-Q1')).toHaveLength(1);
    expect(store.ingestLog().map((e) => e.outcome)).toEqual(['accepted', 'duplicate']);
    expect(store.findBySha?.('p', 'aaa')?.fileName).toBe('a.xlsx');
  });

  it('new version for the same org and period → supersedes, old one kept in history', () => {
    const store = openStore(':memory:');
    store.recordAccepted(sub());
    const r = store.recordAccepted(sub({ sha256: 'bbb', fileName: 'b.xlsx' }));
    expect(r).toEqual({ outcome: 'superseded', submissionId: 2, supersededId: 1 });
    expect(store.currentSubmissions('p', '2024-Q1').map((s) => s.fileName)).toEqual(['b.xlsx']);
    expect(store.submissionHistory('p', 'HCCB', '2024-Q1').map((s) => s.supersededBy)).toEqual([2, null]);
    expect(store.supersededSubmissions('p', '2024-Q1').map((s) => [s.fileName, s.supersededBy])).toEqual([['a.xlsx', 2]]);
    expect(store.supersededSubmissions('p', '2024-Q2')).toEqual([]);
  });

  it('rejected file → logged with its findings, no submission', () => {
    const store = openStore(':memory:');
    store.recordFailure({
      file: 'x.xlsx', sha256: 'ccc', receivedAt: '2024-04-05T08:00:00.000Z', outcome: 'rejected',
      planId: 'p', org: 'HND', period: '2024-Q1',
      findings: [makeFinding('ingest/negative', { sheet: 'Báo cáo', cell: 'G10' }, { actual: '-5' })],
    });
    expect(store.currentSubmissions('p', '2024-Q1')).toEqual([]);
    const [e] = store.ingestLog({ period: '2024-Q1' });
    expect([e?.outcome, e?.findings[0]?.code, e?.findings[0]?.cell]).toEqual(['rejected', 'ingest/negative', 'G10']);
  });
  it('many submissions read back at once → each keeps its own targets, tasks and findings, in the order written', () => {
    const store = openStore(':memory:');
    const orgs = ['MTTQ', 'HCCB', 'HND', 'LDLD'];
    orgs.forEach((org, i) => {
      store.recordAccepted(sub({
        org, sha256: `sha-${org}`, fileName: `${org}.xlsx`,
        // Target and task ids written in reverse order of their names: the order read back must be the order written.
        targets: Array.from({ length: i + 1 }, (_, k) => ({ targetId: `${org}-t${i + 1 - k}`, inPeriod: k, cumulative: 10 * k })),
        tasks: Array.from({ length: 3 - (i % 3) }, (_, k) => ({ taskId: `${org}-k${9 - k}`, progress: 'done' as const, result: `${org} ${k}`, difficulties: '', proposals: '' })),
        findings: Array.from({ length: i }, (_, k) => makeFinding('ingest/ambiguous-number', { file: `${org}.xlsx`, sheet: 'Báo cáo', cell: `F${9 + k}` }, { actual: '1,200', value: '1,2', other: '1.200' })),
      }));
    });
    // A rejected file between them: its findings belong to the log, not to a submission.
    store.recordFailure({
      file: 'x.xlsx', sha256: 'x', receivedAt: '2024-04-05T08:00:00.000Z', outcome: 'rejected', planId: 'p', org: 'HND', period: '2024-Q1',
      findings: [makeFinding('ingest/negative', { sheet: 'Báo cáo', cell: 'G10' }, { actual: '-5' })],
    });
    const read = store.currentSubmissions('p', '2024-Q1');
    expect(read.map((s) => s.org)).toEqual([...orgs].sort());
    for (const s of read) {
      const i = orgs.indexOf(s.org);
      expect(s.targets.map((t) => t.targetId)).toEqual(Array.from({ length: i + 1 }, (_, k) => `${s.org}-t${i + 1 - k}`));
      expect(s.targets.map((t) => t.cumulative)).toEqual(Array.from({ length: i + 1 }, (_, k) => 10 * k));
      expect(s.tasks.map((t) => [t.taskId, t.result])).toEqual(Array.from({ length: 3 - (i % 3) }, (_, k) => [`${s.org}-k${9 - k}`, `${s.org} ${k}`]));
      expect(s.findings.map((f) => [f.file, f.cell])).toEqual(Array.from({ length: i }, (_, k) => [`${s.org}.xlsx`, `F${9 + k}`]));
    }
    const log = store.ingestLog({ planId: 'p' });
    expect(log.map((e) => [e.file, e.findings.map((f) => f.cell)])).toEqual([
      ...orgs.map((org, i) => [`${org}.xlsx`, Array.from({ length: i }, (_, k) => `F${9 + k}`)]),
      ['x.xlsx', ['G10']],
    ]);
  });
});
