// Files stored in groups (one transaction for the files whose results are in, each file in its
// own savepoint) against one file per transaction: the same store and outcomes, a failing file
// rolled back alone, results reported only after their commit (src/ingest/serial.ts).
import { copyFile, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ingestFiles, ingestFilesParallel, prepareFile, type PrepareFn } from '../../src/ingest/index.ts';
import type { IngestBatchResult, IngestOptions, PreparedFile } from '../../src/model/ingest.ts';
import { STORE_BATCH_LOST, type Store } from '../../src/model/store.ts';
import type { Plan } from '../../src/model/plan.ts';
import { openStore } from '../../src/store/index.ts';
import { samplePlan } from './setup.ts';
import { makeFinding } from '../../src/vi/messages/index.ts';

const FILLED = fileURLToPath(new URL('../../samples/filled/', import.meta.url));
const RECEIVED = '2024-07-05T08:00:00.000Z';
/** The file whose store write fails in the fault tests: no other file's outcome depends on it. */
const FAULTY = 'Tinh Doan - BC quy 2.2024.xlsx';

let dir: string;
let plan: Plan;
let hash: string;
let batch: string[];
const prepared = new Map<string, PreparedFile>();

beforeAll(async () => {
  ({ plan, hash } = await samplePlan());
  dir = await mkdtemp(join(tmpdir(), 'baocao-group-'));
  const names = (await readdir(FILLED)).filter((n) => n.endsWith('.xlsx'));
  // Every first quarter before the second (the second's cumulatives are checked against the
  // first's, stored earlier in the same transaction); HND's corrected Q2 after its first Q2.
  const q1 = names.filter((n) => /quy I |quy I\.|Q1|quy 1/.test(n) && !/quy II/.test(n)).sort();
  const q2 = names.filter((n) => !q1.includes(n)).sort((a, b) => Number(a.includes('ban sua')) - Number(b.includes('ban sua')) || a.localeCompare(b));
  const copy = join(dir, 'ban sao.xlsx');
  await copyFile(join(FILLED, q2[0]!), copy);
  const broken = join(dir, 'hong.xlsx');
  await writeFile(broken, Buffer.from('PK\u0003\u0004 không phải bảng tính'));
  // HND's Q2 again, as two later versions (in memory; the files only need to exist): one with a
  // figure raised (supersedes the first), one whose cumulative falls below HND's Q1 — stored
  // earlier in the same group, so the check must see the group's own writes.
  const second = join(dir, 'HND lan 2.xlsx');
  const third = join(dir, 'HND lan 3.xlsx');
  await copyFile(join(FILLED, 'HND_BC_Q2_2024.xlsx'), second);
  await copyFile(join(FILLED, 'HND_BC_Q2_2024.xlsx'), third);
  batch = [...q1.map((n) => join(FILLED, n)), ...q2.map((n) => join(FILLED, n)), second, copy, third, broken];
  for (const file of batch) prepared.set(file, await prepareFile(file, plan, hash, {}));
  const hndQ2 = prepared.get(join(FILLED, 'HND_BC_Q2_2024.xlsx'))!;
  const hndQ1 = prepared.get(join(FILLED, 'HND_BC_Q1_2024.xlsx'))!;
  const adds = new Set(plan.targets.filter((t) => t.kind === 'count' || t.kind === 'money').map((t) => t.id));
  const counted = hndQ1.read.data!.targets.find((t) => adds.has(t.targetId) && (t.cumulative ?? 0) > 0)!;
  const version = (file: string, change: (t: { targetId: string; inPeriod: number | null; cumulative: number | null }) => object): PreparedFile => ({
    ...hndQ2,
    file,
    sha256: `${hndQ2.sha256.slice(0, -8)}${file.length.toString(16).padStart(8, '0')}`,
    read: { ...hndQ2.read, data: { ...hndQ2.read.data!, targets: hndQ2.read.data!.targets.map((t) => (t.targetId === counted.targetId ? { ...t, ...change(t) } : t)) } },
  });
  prepared.set(second, version(second, (t) => ({ inPeriod: (t.inPeriod ?? 0) + 1, cumulative: (t.cumulative ?? 0) + 1 })));
  prepared.set(third, { ...version(third, () => ({ inPeriod: 0, cumulative: 0 })), sha256: 'f'.repeat(64) });
}, 120_000);

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** The prepared files from memory; with `ready`, every file is available at once (as a worker pool's read ahead). */
function fromMemory(ready: boolean): PrepareFn {
  const prepare: PrepareFn = async (path) => prepared.get(path)!;
  if (ready) prepare.ready = (path) => ({ ok: true, value: prepared.get(path)! });
  return prepare;
}

/** A store that counts its transactions (batches not nested in another) and can fail on one file. */
function watched(store: Store, fault?: (fileName: string) => void): { store: Store; transactions: () => number } {
  let depth = 0;
  let transactions = 0;
  const proxy = new Proxy(store, {
    get(target, key) {
      if (key === 'batch') {
        return <T,>(fn: () => T): T => {
          if (depth === 0) transactions++;
          depth++;
          try {
            return target.batch(fn);
          } finally {
            depth--;
          }
        };
      }
      if (key === 'recordAccepted' && fault) {
        return (sub: Parameters<Store['recordAccepted']>[0]) => {
          const r = target.recordAccepted(sub);
          // Its rows are written: they must be rolled back with the file.
          fault(sub.fileName);
          return r;
        };
      }
      const value = Reflect.get(target, key) as unknown;
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
  return { store: proxy, transactions: () => transactions };
}

const options = (store: Store, extra: Partial<IngestOptions> = {}): IngestOptions => ({ plan, planHash: hash, store, receivedAt: RECEIVED, ...extra });

const outcomes = (r: IngestBatchResult) =>
  r.files.map((f) => ({ file: f.file, outcome: f.outcome, org: f.org, period: f.period, submissionId: f.submissionId, codes: f.findings.map((x) => `${x.code}@${x.cell ?? ''}`) }));

/** What a store holds, every version and log entry (ids included: the same order of writes gives the same ids). */
function content(store: Store): unknown {
  const periods = ['2024-Q1', '2024-Q2'];
  return {
    current: periods.flatMap((p) => store.currentSubmissions(plan.id, p)),
    superseded: periods.flatMap((p) => store.supersededSubmissions(plan.id, p)),
    log: store.ingestLog({ planId: plan.id }).map(({ id: _id, ...e }) => e),
  };
}

describe('ingest stores the files whose results are in, in one transaction', () => {
  test('every file ready at once → stored in one transaction, with the same outcomes and the same store as one file per transaction', async () => {
    const serial = watched(openStore(':memory:'));
    const grouped = watched(openStore(':memory:'));
    const one = await ingestFiles(batch, options(serial.store), fromMemory(false));
    const many = await ingestFiles(batch, options(grouped.store), fromMemory(true));
    expect(batch).toHaveLength(17);
    expect(one.summary).toEqual({ accepted: 12, superseded: 1, held: 0, archived: 0, duplicate: 1, rejected: 2, unreadable: 1 });
    expect(outcomes(one).find((f) => f.file.endsWith('HND lan 3.xlsx'))?.codes.map((c) => c.split('@')[0])).toContain('ingest/cumulative-decreased');
    expect(many.summary).toEqual(one.summary);
    expect(outcomes(many)).toEqual(outcomes(one));
    expect(content(grouped.store)).toEqual(content(serial.store));
    expect(serial.transactions()).toBe(17);
    expect(grouped.transactions()).toBe(1);
  });

  test('read in this thread (no prepare given) → up to 16 files read, then stored in one transaction; outcomes and store as one file per transaction', async () => {
    const perFile = watched(openStore(':memory:'));
    const grouped = watched(openStore(':memory:'));
    // The same files read from disk, by a `prepare` without `ready`: one file per transaction.
    const one = await ingestFiles(batch, options(perFile.store), (path) => prepareFile(path, plan, hash, {}));
    const progress: number[] = [];
    const results: string[] = [];
    const many = await ingestFiles(batch, { ...options(grouped.store), onProgress: (p) => progress.push(p.done), onFile: (f) => results.push(f.file) });
    expect(outcomes(many)).toEqual(outcomes(one));
    expect(content(grouped.store)).toEqual(content(perFile.store));
    // 17 files: a group of 16 and one of 1.
    expect(perFile.transactions()).toBe(17);
    expect(grouped.transactions()).toBe(2);
    // Progress once per file, in order (before its result), then the end.
    expect(progress).toEqual([...batch.keys(), batch.length]);
    expect(results).toEqual(batch);
  });

  test('a file whose store write throws inside a group → only that file is rolled back and logged store-failed; the files before and after it are stored', async () => {
    const cleanStore = openStore(':memory:');
    const clean = await ingestFiles(batch, options(cleanStore), fromMemory(true));
    const faulty = watched(openStore(':memory:'), (name) => {
      if (name.endsWith(FAULTY)) throw new Error('disk hiccup');
    });
    const r = await ingestFiles(batch, options(faulty.store), fromMemory(true));
    expect(faulty.transactions()).toBe(1);
    const failed = r.files.find((f) => f.file.endsWith(FAULTY));
    expect(failed).toMatchObject({ outcome: 'rejected', submissionId: null, org: 'TDTN', period: '2024-Q2' });
    expect(failed?.findings.map((f) => f.code)).toEqual(['ingest/store-failed']);
    // Its rows are gone; its log entry says why.
    const sha = prepared.get(batch.find((f) => f.endsWith(FAULTY))!)!.sha256;
    expect(faulty.store.findBySha?.(plan.id, sha)).toBeNull();
    expect(faulty.store.currentSubmissions(plan.id, '2024-Q2').map((s) => s.org)).not.toContain('TDTN');
    const logged = faulty.store.ingestLog({ planId: plan.id }).filter((e) => e.file.endsWith(FAULTY));
    expect(logged.map((e) => [e.outcome, e.findings.map((f) => f.code)])).toEqual([['rejected', ['ingest/store-failed']]]);
    // Every other file: as without the fault (files after it in the group included).
    const others = (b: IngestBatchResult) => outcomes(b).filter((f) => !f.file.endsWith(FAULTY)).map(({ submissionId: _id, ...f }) => f);
    expect(others(r)).toEqual(others(clean));
    const orgs = (store: Store) => store.currentSubmissions(plan.id, '2024-Q2').map((s) => s.org);
    expect(orgs(faulty.store)).toEqual(orgs(cleanStore).filter((o) => o !== 'TDTN'));
  });

  test('SQLite rolls the whole transaction back during a group → nothing of it is kept, its files are stored again one per transaction, as without the fault', async () => {
    const clean = await ingestFiles(batch, options(openStore(':memory:')), fromMemory(true));
    let lost = false;
    const faulty = watched(openStore(':memory:'), (name) => {
      if (!lost && name.endsWith(FAULTY)) {
        lost = true;
        throw Object.assign(new Error('the enclosing transaction was rolled back'), { code: STORE_BATCH_LOST });
      }
    });
    const r = await ingestFiles(batch, options(faulty.store), fromMemory(true));
    expect(lost).toBe(true);
    expect(outcomes(r)).toEqual(outcomes(clean));
    expect(faulty.store.ingestLog({ planId: plan.id })).toHaveLength(batch.length);
    // The lost group, then its files one by one up to the end of that group.
    expect(faulty.transactions()).toBe(1 + batch.length);
  });

  test('a consolidated workbook in the middle of ready files → stored on its own between two groups, outcomes and store as one file per transaction', async () => {
    const unitBook = join(dir, 'tong hop.xlsx');
    await copyFile(batch[2]!, unitBook);
    prepared.set(unitBook, { ...prepared.get(batch[2]!)!, file: unitBook, read: { data: null, findings: [makeFinding('ingest/consolidated-workbook', { file: unitBook })] } });
    const mixed = [...batch.slice(0, 8), unitBook, ...batch.slice(8)];
    const serial = watched(openStore(':memory:'));
    const grouped = watched(openStore(':memory:'));
    const one = await ingestFiles(mixed, options(serial.store), fromMemory(false));
    const many = await ingestFiles(mixed, options(grouped.store), fromMemory(true));
    expect(outcomes(many)).toEqual(outcomes(one));
    expect(outcomes(many)[8]).toMatchObject({ file: unitBook, outcome: 'rejected' });
    expect(content(grouped.store)).toEqual(content(serial.store));
    // The forms before it in one transaction, the forms after it in another (its own writes are not a batch).
    expect(grouped.transactions()).toBe(2);
  });

  test('logging a failed file fails too → its group is redone one file per transaction: the files before it stored and reported, then the batch stops with the error', async () => {
    const base = openStore(':memory:');
    const broken = watched(base, (name) => {
      if (name.endsWith(FAULTY)) throw new Error('disk hiccup');
    });
    const store = new Proxy(broken.store, {
      get(target, key) {
        if (key === 'recordFailure') {
          return (entry: Parameters<Store['recordFailure']>[0]) => {
            if (entry.file.endsWith(FAULTY)) throw new Error('disk gone');
            target.recordFailure(entry);
          };
        }
        return Reflect.get(target, key) as unknown;
      },
    });
    const reported: string[] = [];
    await expect(ingestFiles(batch, options(store, { onFile: (f) => reported.push(f.file) }), fromMemory(true))).rejects.toThrow('disk gone');
    const before = batch.slice(0, batch.findIndex((f) => f.endsWith(FAULTY)));
    expect(before.length).toBeGreaterThan(5);
    expect(reported).toEqual(before);
    expect(base.ingestLog({ planId: plan.id }).map((e) => e.file)).toEqual(before);
  });

  test('each result and progress step is reported after the commit holding it: a second connection already sees the file stored', async () => {
    const file = join(dir, 'kho.db');
    const store = openStore(file);
    const reader = new Database(file, { readonly: true });
    const logged = (): { file: string; outcome: string; submission_id: number | null }[] =>
      reader.prepare('SELECT file, outcome, submission_id FROM ingest_log ORDER BY id').all() as { file: string; outcome: string; submission_id: number | null }[];
    const seen: boolean[] = [];
    const progressSeen: boolean[] = [];
    try {
      await ingestFiles(
        batch,
        options(store, {
          onFile: (f) => {
            const row = logged().find((e) => e.file === f.file);
            seen.push(row !== undefined && row.outcome === f.outcome && row.submission_id === f.submissionId);
          },
          onProgress: (p) => progressSeen.push(logged().length >= p.done),
        }),
        fromMemory(true),
      );
    } finally {
      reader.close();
      store.close();
    }
    expect(seen).toHaveLength(batch.length);
    expect(seen.every(Boolean)).toBe(true);
    expect(progressSeen.length).toBeGreaterThan(batch.length);
    expect(progressSeen.every(Boolean)).toBe(true);
  });

  test('two workers → several files per transaction, the same outcomes and store as the serial ingest', async () => {
    const serial = openStore(':memory:');
    const parallel = watched(openStore(':memory:'));
    const one = await ingestFiles(batch, options(serial));
    const two = await ingestFilesParallel(batch, { ...options(parallel.store), workers: 2 });
    expect(outcomes(two)).toEqual(outcomes(one));
    expect(content(parallel.store)).toEqual(content(serial));
    expect(parallel.transactions()).toBeGreaterThan(0);
    expect(parallel.transactions()).toBeLessThan(batch.length);
  });
});
