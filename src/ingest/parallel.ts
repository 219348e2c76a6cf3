// Parallel ingest: worker threads do the per-file work (prepareFile: read, identify, normalise,
// validate); the main thread keeps doing what the serial ingestFiles does — store writes, one
// transaction per workbook, in the batch's order — so both paths store exactly the same thing.
// Results are streamed: only a small window of files is in flight or waiting at any time, so
// memory stays flat however long the batch.
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { serialize } from 'node:v8';
import { Worker } from 'node:worker_threads';
import type { IngestBatchResult, IngestOptions, PreparedFile, PrepareFn } from '../model/ingest.ts';
import { FromWorkerSchema, type IngestJob, type IngestWorkerInit, type PlanPartAnswer, type PlanPartRequest, type WorkerMemory } from '../model/ingest-worker.ts';
import type { Plan } from '../model/plan.ts';
import { orgOfIds, orgPart, planSkeleton } from '../plan/parts.ts';
import { STORE_GROUP, ingestFiles, walkOptions } from './serial.ts';
import { expandPaths } from './walk.ts';
import { workerEntry } from './worker-bundle.ts';
import { ExplainedError, WORKER_ERRORS, describeError } from '../vi/errors.ts';

/** The tsx loader's API, resolved from this package (not from the caller's working directory). */
const TSX_API = import.meta.resolve('tsx/esm/api');
/** Runs a standalone bundle with V8's code cache (bin/code-cache.cjs). */
const CODE_CACHE = fileURLToPath(new URL('../../bin/code-cache.cjs', import.meta.url));

/**
 * Starts a worker thread running a module: a standalone CommonJS bundle (workerEntry) through
 * bin/code-cache.cjs; other JavaScript as it is; a TypeScript module through tsx, which the worker
 * registers itself before importing the module, so this works whether the process was started
 * with `--import tsx`, through bin/baocao.mjs (tsx's register API) or under vitest.
 */
export function startWorker(module: URL, workerData: unknown, memory: WorkerMemory = {}): Worker {
  const resourceLimits = {
    ...(memory.heapMb ? { maxOldGenerationSizeMb: memory.heapMb } : {}),
    ...(memory.youngMb ? { maxYoungGenerationSizeMb: memory.youngMb } : {}),
  };
  const limits = Object.keys(resourceLimits).length > 0 ? { resourceLimits } : {};
  if (module.pathname.endsWith('.cjs')) {
    const code = `require(${JSON.stringify(CODE_CACHE)}).runCached(${JSON.stringify(fileURLToPath(module))});`;
    return new Worker(code, { eval: true, workerData, ...limits });
  }
  if (!module.pathname.endsWith('.ts')) return new Worker(module, { workerData, ...limits });
  const code = [
    `import(${JSON.stringify(TSX_API)})`,
    `  .then((tsx) => { tsx.register(); return import(${JSON.stringify(module.href)}); })`,
    `  .catch((error) => { process.nextTick(() => { throw error; }); });`,
  ].join('\n');
  return new Worker(code, { eval: true, workerData, ...limits });
}

/**
 * Worker count: the one requested, else one per core but one. The main thread needs a core of its
 * own (it stores every form: ≈ 0.9 ms of CPU each), and so do V8's helper threads, which compile
 * and collect for every worker (≈ 1 ms of CPU per form with one worker, 1.4 with two). On two
 * cores, measured (bench/README.md, session 10): 200 forms took 0.69 s read in the main thread
 * alone, 0.94 s with one worker and 0.97 s with two; 1,000 forms 2.7, 2.5 and 2.7 s — and two
 * workers used 1.6–1.8× the CPU of the main thread alone. One worker means the main thread alone
 * (ingest.ts). Machines with more cores were not measured here.
 */
export function defaultWorkers(requested?: number): number {
  return Math.max(1, Math.floor(requested ?? availableParallelism() - 1));
}

export type Settled = { ok: true; value: PreparedFile } | { ok: false; error: string };

interface Queued {
  job: IngestJob;
  settle: (s: Settled) => void;
  /** Held by a worker that died: runs again, alone, and fails if its worker dies again. */
  suspect: boolean;
}

interface Slot {
  worker: Worker;
  /** Jobs this worker holds, by batch index. */
  jobs: Map<number, Queued>;
}

/**
 * Files each worker holds at most: the one being read and those queued behind it. A worker is
 * given more only when one of its results has been taken in on this thread — which cannot happen
 * while this thread stores a group of files in one transaction (STORE_GROUP: ≈ 10 ms for 16 forms,
 * six or so forms' reading). With two files held, a worker stood idle through each group: at
 * 1,000 forms on one worker, 1.6–2.3 ms per form read and 2.1–2.9 ms per form between results
 * (bench/README.md, session 10); with 16, 1.60 and 1.66. A held file is only its path.
 */
const HELD_PER_WORKER = 16;

/**
 * A fixed pool of ingest workers. Each worker holds up to HELD_PER_WORKER files (one being read,
 * the others queued) so it does not wait for the main thread. A worker that dies is replaced; the files it
 * held run again one at a time, and the one that kills its worker again settles as a failure
 * (the batch records it as unreadable and goes on).
 */
export class IngestPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Queued[] = [];
  private closed = false;
  /** Workers that died in a row without answering anything: a worker that cannot start. */
  private silentDeaths = 0;

  constructor(
    private readonly init: IngestWorkerInit,
    size: number,
    /** The worker module (tests substitute one). */
    private readonly module: URL = new URL('./worker.ts', import.meta.url),
    /** Heap limits of each worker (V8's defaults when not given). */
    private readonly memory: WorkerMemory = {},
    /** Answers a worker's questions about the plan (the workers hold only its skeleton). */
    private readonly answer?: (request: PlanPartRequest) => PlanPartAnswer,
  ) {
    for (let i = 0; i < size; i++) this.spawn();
  }

  run(job: IngestJob): Promise<Settled> {
    return new Promise((settle) => {
      if (this.closed) {
        settle({ ok: false, error: WORKER_ERRORS.unavailable });
        return;
      }
      this.queue.push({ job, settle, suspect: false });
      this.pump();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    const slots = this.slots.splice(0);
    await Promise.all(slots.map((s) => s.worker.terminate()));
  }

  private spawn(): void {
    const worker = startWorker(this.module, this.init, this.memory);
    const slot: Slot = { worker, jobs: new Map() };
    let answered = false;
    this.slots.push(slot);
    worker.on('message', (raw: unknown) => {
      const reply = FromWorkerSchema.safeParse(raw);
      if (!reply.success || ('kind' in reply.data && !this.answer)) {
        // Not what worker.ts sends: treat the worker as broken (its files are retried).
        void worker.terminate();
        return;
      }
      if ('kind' in reply.data) {
        worker.postMessage(this.answer?.(reply.data));
        return;
      }
      answered = true;
      this.silentDeaths = 0;
      const held = slot.jobs.get(reply.data.index);
      slot.jobs.delete(reply.data.index);
      held?.settle(reply.data.ok ? { ok: true, value: reply.data.result } : { ok: false, error: reply.data.error });
      this.pump();
    });
    const lost = (reason: string): void => {
      const at = this.slots.indexOf(slot);
      if (at < 0) return;
      this.slots.splice(at, 1);
      // The files it held: one of them may have killed it. Each runs again alone on a fresh
      // worker; a file whose worker dies a second time is the culprit and fails.
      const held = [...slot.jobs.values()];
      slot.jobs.clear();
      for (const q of held.filter((x) => x.suspect)) q.settle({ ok: false, error: reason });
      this.queue.unshift(...held.filter((x) => !x.suspect).map((x) => ({ ...x, suspect: true })));
      this.silentDeaths = answered ? 0 : this.silentDeaths + 1;
      if (this.silentDeaths >= 4) {
        // Workers die before answering anything: they cannot start (e.g. a module fails to
        // load). Fail what is left at once rather than respawning for every file.
        this.closed = true;
        for (const q of this.queue.splice(0)) q.settle({ ok: false, error: reason });
        for (const other of this.slots.splice(0)) {
          for (const q of other.jobs.values()) q.settle({ ok: false, error: reason });
          other.jobs.clear();
          void other.worker.terminate();
        }
        return;
      }
      if (!this.closed) {
        this.spawn();
        this.pump();
      }
    };
    worker.on('error', (error) => lost(describeError(error)));
    worker.on('exit', (code) => lost(WORKER_ERRORS.died(code)));
  }

  /**
   * Queued files to the workers, each to the one holding the fewest: the files the main thread
   * stores next are read by all the workers at once, not the first worker's HELD_PER_WORKER files
   * by it alone.
   */
  private pump(): void {
    for (let next = this.queue[0]; next; next = this.queue[0]) {
      let slot: Slot | undefined;
      for (const s of this.slots) {
        // A suspect runs alone: on a worker that holds nothing, and nothing joins it.
        if (s.jobs.size >= HELD_PER_WORKER || (next.suspect && s.jobs.size > 0) || [...s.jobs.values()].some((x) => x.suspect)) continue;
        if (!slot || s.jobs.size < slot.jobs.size) slot = s;
      }
      if (!slot) return;
      this.queue.shift();
      slot.jobs.set(next.job.index, next);
      slot.worker.postMessage({ kind: 'job', ...next.job });
    }
  }
}

export type ParallelIngestOptions = IngestOptions & {
  /** Worker threads (default: defaultWorkers). */
  workers?: number;
  /** Files read ahead of the one being stored (default: as many as the workers hold, and a store group). */
  window?: number;
  /**
   * Heap limit of each worker, MB (default 512). A workbook that needs more ends its worker,
   * not the process: it is recorded as unreadable and the batch goes on. Lower values keep
   * peak memory down at some cost in garbage collection (bench/README.md).
   */
  workerHeapMb?: number;
  /**
   * What each worker holds of the plan: a copy of the whole plan, or its skeleton and one
   * organisation's part at a time (asked of this thread). Default "auto": the whole plan up to
   * a province's size.
   */
  workerPlan?: 'auto' | 'whole' | 'parts';
};

/**
 * Tasks and targets up to which each worker gets a copy of the whole plan (a province: ~1,000
 * organisations, ~23,000 items, a few MB per worker). Above, workers hold only the plan's
 * skeleton and ask for one organisation's part per workbook: memory stays flat for a plan of
 * any size, for a round trip to the main thread per workbook (bench/README.md).
 */
const WHOLE_PLAN_MAX_ITEMS = 50_000;

function copyWholePlan(plan: Plan, mode: ParallelIngestOptions['workerPlan'] = 'auto'): boolean {
  return mode === 'whole' || (mode === 'auto' && plan.tasks.length + plan.targets.length <= WHOLE_PLAN_MAX_ITEMS);
}

/**
 * The plan as every worker gets it (IngestWorkerInit): serialised once, into memory the workers
 * share. As workerData itself, it was serialised again for each worker started, on this thread
 * (≈ 60 ms for 1,000 organisations, while the workers start and the plan is saved).
 */
export function sharedPlan(plan: unknown): SharedArrayBuffer {
  const bytes = serialize(plan);
  const shared = new SharedArrayBuffer(bytes.length);
  new Uint8Array(shared).set(bytes);
  return shared;
}

/** A worker's question about the plan, answered from the whole plan held by the main thread. */
export function answerPlanPart(plan: Plan, request: PlanPartRequest): PlanPartAnswer {
  if (request.kind === 'org-part') {
    const { tasks, targets } = orgPart(plan, request.org);
    return { kind: 'org-part', request: request.request, tasks: [...tasks], targets: [...targets] };
  }
  return { kind: 'org-of-ids', request: request.request, org: orgOfIds(plan, request.ids) };
}

/**
 * Young-generation size of a worker for a very large plan, MB, and the tasks and targets from
 * which it is used (≈ 6,500 organisations: there the main thread's copy of the plan leaves the
 * workers little room). At 4 MB, 10,000 workbooks with two workers peaked ≈ 90 MB lower than at
 * V8's default; it costs 15–20 % more time per workbook (more objects promoted and collected), so
 * smaller plans — a province, or several thousand organisations — keep the default
 * (bench/README.md).
 */
const SMALL_YOUNG_MB = 4;
const SMALL_YOUNG_MIN_ITEMS = 150_000;

/** Default heap limit of an ingest worker: far above what a filled template needs (tens of MB). */
export const DEFAULT_WORKER_HEAP_MB = 512;

/**
 * ingestFiles with the per-file work spread over worker threads. Same result shape and the same
 * store writes as ingestFiles: the main thread stores the files in the order ingestFiles would,
 * while the workers read ahead at most `window` files.
 */
export async function ingestFilesParallel(paths: readonly string[], options: ParallelIngestOptions): Promise<IngestBatchResult> {
  // The batch listed while the worker's bundle is checked (both on the way to its start).
  const [{ files }, module] = await Promise.all([expandPaths(paths, walkOptions(options)), workerEntry(new URL('./worker.ts', import.meta.url))]);
  const workers = Math.min(defaultWorkers(options.workers), Math.max(1, files.length));
  const window = Math.max(workers, options.window ?? workers * HELD_PER_WORKER + STORE_GROUP);
  // The files waited for, to be stored in one transaction (serial.ts, STORE_GROUP): 1 at first
  // (the first result is reported as soon as it is read), then twice as many each time up to it.
  let group = 1;
  const whole = copyWholePlan(options.plan, options.workerPlan);
  const pool = new IngestPool(
    {
      plan: sharedPlan(whole ? options.plan : planSkeleton(options.plan)),
      planIsSkeleton: !whole,
      planHash: options.planHash,
      keepBytes: options.feedbackDir !== undefined,
      ...(options.password !== undefined ? { password: options.password } : {}),
      ...(options.period !== undefined ? { period: options.period } : {}),
    },
    workers,
    module,
    {
      heapMb: options.workerHeapMb ?? DEFAULT_WORKER_HEAP_MB,
      ...(options.plan.tasks.length + options.plan.targets.length >= SMALL_YOUNG_MIN_ITEMS ? { youngMb: SMALL_YOUNG_MB } : {}),
    },
    (request) => answerPlanPart(options.plan, request),
  );
  const indexOf = new Map(files.map((f, i) => [f, i]));
  const pending = new Map<number, Promise<Settled>>();
  // Results that have arrived and are not taken yet: the main thread stores them in one transaction.
  const arrived = new Map<number, Settled>();
  let ahead = 0;
  const readAhead = (upTo: number): void => {
    for (; ahead < Math.min(upTo, files.length); ahead++) {
      const index = ahead;
      const result = pool.run({ index, path: files[index]! });
      pending.set(index, result);
      void result.then((settled) => {
        if (pending.has(index)) arrived.set(index, settled);
      });
    }
  };
  const take = (index: number): void => {
    pending.delete(index);
    arrived.delete(index);
    readAhead(index + window);
  };
  // The worker's reasons are worded for the user already (src/vi/errors.ts).
  const asResult = (settled: Settled): PreparedFile => {
    if (!settled.ok) throw new ExplainedError(settled.error);
    return settled.value;
  };
  const prepare: PrepareFn = async (path) => {
    const index = indexOf.get(path);
    if (index === undefined) throw new Error(`not in the batch: ${path}`);
    readAhead(index + window);
    const settled = arrived.get(index) ?? (await (pending.get(index) ?? pool.run({ index, path })));
    // Waits for the next files' results as well (those in flight, up to a group): the main
    // thread then stores them in one transaction, a commit per group rather than per file.
    for (let next = index + 1; next < index + group && pending.has(next); next++) await pending.get(next);
    group = Math.min(STORE_GROUP, group * 2);
    take(index);
    return asResult(settled);
  };
  prepare.ready = (path) => {
    const index = indexOf.get(path);
    const settled = index === undefined ? undefined : arrived.get(index);
    if (index === undefined || !settled) return undefined;
    take(index);
    return settled.ok ? settled : { ok: false, error: new ExplainedError(settled.error) };
  };
  // The first files go to the workers now, so that they read them while this thread saves the
  // plan (a fresh store) and lists the files again in ingestFiles.
  readAhead(window);
  try {
    return await ingestFiles(paths, options, prepare);
  } finally {
    await pool.close();
  }
}
