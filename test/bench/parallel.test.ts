import { execFile } from 'node:child_process';
import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { generateWorkbooks } from '../../bench/generate.ts';
import { BENCH_PERIOD, fillDataFor, populationPlan } from '../../bench/population.ts';
import { ingestFiles, ingestFilesParallel } from '../../src/ingest/index.ts';
import { IngestPool, sharedPlan } from '../../src/ingest/parallel.ts';
import type { IngestBatchResult } from '../../src/model/ingest.ts';
import { META_SHEET_NAME } from '../../src/model/workbook-meta.ts';
import type { Plan } from '../../src/model/plan.ts';
import type { Store } from '../../src/model/store.ts';
import { planHash, requirePlan } from '../../src/plan/index.ts';
import { openStore } from '../../src/store/index.ts';
import { fillWorkbook, templateBuffer } from '../../src/template/index.ts';

const run = promisify(execFile);
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const RECEIVED = '2024-07-05T08:00:00.000Z';

let dir: string;
let plan: Plan;
let hash: string;
let batch: string[];
let broken: string;

/** What a store holds, without ids and timestamps that differ between runs by design. */
function stored(store: Store): unknown {
  const subs = store
    .currentSubmissions(plan.id, BENCH_PERIOD)
    .map((s) => ({ org: s.org, file: s.fileName, sha: s.sha256, targets: s.targets, tasks: s.tasks, info: s.info, codes: s.findings.map((f) => `${f.code}@${f.cell ?? ''}`) }))
    .sort((a, b) => a.org.localeCompare(b.org));
  const log = store.ingestLog({ planId: plan.id }).map((e) => ({ file: e.file, outcome: e.outcome, org: e.org, codes: e.findings.map((f) => f.code) }));
  return { subs, log };
}

const outcomes = (r: IngestBatchResult) => r.files.map((f) => ({ file: f.file, outcome: f.outcome, org: f.org, codes: f.findings.map((x) => `${x.code}@${x.cell ?? ''}`) }));

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'baocao-parallel-'));
  const { plan: base } = await requirePlan(join(ROOT, 'samples/plan-2024.yaml'));
  plan = populationPlan(base, 16);
  hash = planHash(plan);
  const files = await generateWorkbooks(plan, hash, join(dir, 'filled'), 2);
  // A second version of the first office (supersedes it), a byte-identical copy (duplicate),
  // a truncated zip, random bytes and an empty file: 21 files in all.
  const org = plan.organizations[0]!.code;
  const v2 = join(dir, 'v2.xlsx');
  const template = await templateBuffer(plan, hash, org, BENCH_PERIOD);
  await writeFile(v2, await fillWorkbook(template, fillDataFor(plan, org, 99)));
  const dup = join(dir, 'copy.xlsx');
  await copyFile(files[3]!, dup);
  broken = join(dir, 'truncated.xlsx');
  await writeFile(broken, (await readFile(files[4]!)).subarray(0, 3000));
  const random = join(dir, 'random.xlsx');
  await writeFile(random, Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 251)));
  const empty = join(dir, 'empty.xlsx');
  await writeFile(empty, '');
  batch = [...files.slice(0, 8), broken, v2, ...files.slice(8), dup, random, empty];
}, 120_000);

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('ingestFilesParallel', () => {
  test.each(['whole', 'parts'] as const)('21 files, 2 workers holding the %s plan → same outcomes and same stored data as the serial ingest', async (workerPlan) => {
    const serialStore = openStore(':memory:');
    const parallelStore = openStore(':memory:');
    const serial = await ingestFiles(batch, { plan, planHash: hash, store: serialStore, receivedAt: RECEIVED });
    const parallel = await ingestFilesParallel(batch, { plan, planHash: hash, store: parallelStore, receivedAt: RECEIVED, workers: 2, workerPlan });
    expect(batch).toHaveLength(21);
    expect(parallel.summary).toEqual(serial.summary);
    expect(parallel.summary).toMatchObject({ accepted: 16, superseded: 1, duplicate: 1 });
    expect(outcomes(parallel)).toEqual(outcomes(serial));
    expect(stored(parallelStore)).toEqual(stored(serialStore));
    serialStore.close();
    parallelStore.close();
  });

  test('keepFiles: false → no per-file results kept; onFile gets each in batch order, the counts are the same', async () => {
    const kept = await ingestFiles(batch, { plan, planHash: hash, store: openStore(':memory:'), receivedAt: RECEIVED });
    const seen: IngestBatchResult['files'] = [];
    const streamed = await ingestFilesParallel(batch, {
      plan,
      planHash: hash,
      store: openStore(':memory:'),
      receivedAt: RECEIVED,
      workers: 2,
      keepFiles: false,
      onFile: (f) => seen.push(f),
    });
    expect(streamed.files).toEqual([]);
    expect(streamed.summary).toEqual(kept.summary);
    expect(outcomes({ ...streamed, files: seen })).toEqual(outcomes(kept));
  });

  test('a broken file in the middle of the batch → recorded unreadable, every file after it still ingested', async () => {
    const store = openStore(':memory:');
    const r = await ingestFilesParallel(batch, { plan, planHash: hash, store, receivedAt: RECEIVED, workers: 2, window: 2 });
    expect(r.files).toHaveLength(21);
    const bad = r.files.find((f) => f.file === broken);
    expect(bad?.outcome).toBe('unreadable');
    expect(bad?.findings.map((f) => f.code)).toContain('ingest/truncated');
    expect(r.summary.unreadable).toBe(3);
    expect(r.files.slice(9).filter((f) => f.outcome === 'accepted' || f.outcome === 'superseded')).toHaveLength(9);
    expect(store.ingestLog({ planId: plan.id })).toHaveLength(21);
    store.close();
  });

  test('a workbook that lost its metadata sheet → the workers identify it by its ID column, as the serial ingest does', async () => {
    const org = plan.organizations[5]!.code;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await readFile(batch[5]!)) as unknown as ArrayBuffer);
    const meta = wb.getWorksheet(META_SHEET_NAME);
    if (meta) wb.removeWorksheet(meta.id);
    const noMeta = join(dir, 'no-meta.xlsx');
    await writeFile(noMeta, Buffer.from(await wb.xlsx.writeBuffer()));
    const serial = await ingestFiles([noMeta], { plan, planHash: hash, store: openStore(':memory:'), receivedAt: RECEIVED });
    // Workers holding only the plan's skeleton: they ask this thread whose ids these are.
    const parallel = await ingestFilesParallel([noMeta, batch[6]!], { plan, planHash: hash, store: openStore(':memory:'), receivedAt: RECEIVED, workers: 2, workerPlan: 'parts' });
    expect(parallel.files[0]).toMatchObject({ outcome: 'accepted', org });
    expect(parallel.files[0]?.findings.map((f) => f.code)).toContain('ingest/meta-missing');
    expect(outcomes(parallel).slice(0, 1)).toEqual(outcomes(serial));
  });

  test('started like bin/baocao.mjs (tsx register API, no --import) → workers run and store the batch', async () => {
    const db = join(dir, 'bin.db');
    const script = join(dir, 'bin-like.mjs');
    const url = (p: string) => pathToFileURL(join(ROOT, p)).href;
    await writeFile(
      script,
      [
        `import { register } from ${JSON.stringify(import.meta.resolve('tsx/esm/api'))};`,
        `register();`,
        `const { ingestFilesParallel } = await import(${JSON.stringify(url('src/ingest/index.ts'))});`,
        `const { openStore } = await import(${JSON.stringify(url('src/store/index.ts'))});`,
        `const { populationPlan } = await import(${JSON.stringify(url('bench/population.ts'))});`,
        `const { requirePlan, planHash } = await import(${JSON.stringify(url('src/plan/index.ts'))});`,
        `const { plan: base } = await requirePlan(${JSON.stringify(join(ROOT, 'samples/plan-2024.yaml'))});`,
        `const plan = populationPlan(base, 16);`,
        `const store = openStore(${JSON.stringify(db)});`,
        `const files = JSON.parse(process.argv[2]);`,
        `const r = await ingestFilesParallel(files, { plan, planHash: planHash(plan), store, workers: 2 });`,
        `store.close();`,
        `console.log(JSON.stringify(r.summary));`,
      ].join('\n'),
    );
    const { stdout } = await run(process.execPath, [script, JSON.stringify(batch.slice(0, 6))], { cwd: tmpdir(), timeout: 90_000 });
    expect(JSON.parse(stdout.trim())).toMatchObject({ accepted: 6, rejected: 0, unreadable: 0 });
    const store = openStore(db);
    expect(store.currentSubmissions(plan.id, BENCH_PERIOD)).toHaveLength(6);
    store.close();
  });
});

describe('IngestPool', () => {
  test('a file that kills its worker thread → that file fails, the file sharing the worker is read again, the rest go on', async () => {
    const pool = new IngestPool({ plan: sharedPlan({}), planHash: 'h', keepBytes: false }, 1, new URL('./fixtures/crash-worker.ts', import.meta.url));
    try {
      const paths = ['a.xlsx', 'crash.xlsx', 'b.xlsx', 'c.xlsx'];
      const settled = await Promise.all(paths.map((path, index) => pool.run({ index, path })));
      expect(settled.map((s) => s.ok)).toEqual([true, false, true, true]);
      expect(settled[1]).toMatchObject({ ok: false, error: expect.stringContaining('3') });
    } finally {
      await pool.close();
    }
  });

  test('a file that needs more than the worker heap limit → that file fails, the process and the batch go on', async () => {
    const pool = new IngestPool({ plan: sharedPlan({}), planHash: 'h', keepBytes: false }, 2, new URL('./fixtures/crash-worker.ts', import.meta.url), { heapMb: 48 });
    try {
      const paths = ['a.xlsx', 'hungry.xlsx', 'b.xlsx', 'c.xlsx', 'd.xlsx'];
      const settled = await Promise.all(paths.map((path, index) => pool.run({ index, path })));
      expect(settled.map((s) => s.ok)).toEqual([true, false, true, true, true]);
      expect(settled[1]).toMatchObject({ ok: false, error: expect.stringMatching(/bộ nhớ/) });
    } finally {
      await pool.close();
    }
  });
});

describe('IngestPool: how files are handed to the workers', () => {
  // The main thread hands a worker more files only when it takes in one of its results, which it
  // cannot do while it stores a group of files in one transaction: a worker must hold enough not
  // to stand idle meanwhile (parallel.ts, HELD_PER_WORKER), and no more.
  test('a worker is given 16 files ahead without an answer, never more', async () => {
    const pool = new IngestPool({ plan: sharedPlan({}), planHash: 'h', keepBytes: false }, 1, new URL('./fixtures/holding-worker.ts', import.meta.url));
    try {
      const settled = await Promise.all(Array.from({ length: 40 }, (_, index) => pool.run({ index, path: `f${index}.xlsx` })));
      const held = settled.map((s) => (s.ok ? s.value.size : -1));
      expect(Math.max(...held)).toBe(16);
      expect(held.slice(0, 16)).toEqual(Array(16).fill(16));
    } finally {
      await pool.close();
    }
  });

  test('each file goes to the worker holding the fewest: the first two files are read by two workers at once', async () => {
    const pool = new IngestPool({ plan: sharedPlan({}), planHash: 'h', keepBytes: false }, 2, new URL('./fixtures/holding-worker.ts', import.meta.url));
    try {
      const settled = await Promise.all(Array.from({ length: 6 }, (_, index) => pool.run({ index, path: `f${index}.xlsx` })));
      const thread = settled.map((s) => (s.ok ? s.value.sha256 : ''));
      expect(thread[0]).not.toBe(thread[1]);
      expect(thread.filter((t) => t === thread[0])).toHaveLength(3);
    } finally {
      await pool.close();
    }
  });
});

describe('IngestPool that cannot start', () => {
  test('a worker module that fails to load → every file fails promptly, nothing hangs', async () => {
    const pool = new IngestPool({ plan: sharedPlan({}), planHash: 'h', keepBytes: false }, 2, new URL('./fixtures/no-such-worker.ts', import.meta.url));
    try {
      const settled = await Promise.all(['a.xlsx', 'b.xlsx', 'c.xlsx', 'd.xlsx', 'e.xlsx'].map((path, index) => pool.run({ index, path })));
      expect(settled.every((s) => !s.ok)).toBe(true);
    } finally {
      await pool.close();
    }
  });
});
