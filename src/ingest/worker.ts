// Worker thread of ingestFilesParallel: runs the pure per-file work (prepareFile: read, identify,
// normalise, validate) and posts back a serialisable PreparedFile. It never touches the store.
// For a large plan it holds only the plan's skeleton; an organisation's tasks and targets are
// asked of the main thread when a workbook of that organisation arrives, and the last few are
// kept.
import { deserialize } from 'node:v8';
import { parentPort, workerData } from 'node:worker_threads';
import { IngestWorkerInitSchema, type IngestJob, type PlanPartAnswer, type PlanPartRequest, ToWorkerSchema } from '../model/ingest-worker.ts';
import type { Plan } from '../model/plan.ts';
import type { PlanParts } from '../model/plan-parts.ts';
import { prepareFile } from './prepare-file.ts';
import { describeError } from '../vi/errors.ts';
import { writeCodeCacheNow } from '../../bin/code-cache.cjs';

const init = IngestWorkerInitSchema.parse(workerData);
/**
 * The whole plan when it is small enough to copy, else its skeleton (parallel.ts). It is a Plan
 * the main thread holds (parsed by PlanSchema where it was loaded), serialised by node:v8 and
 * deserialised here, which keeps data exactly: not parsed again. Parsing it again took each worker
 * 50–200 ms (a 200-organisation plan; ≈ 4× that at 800) before it could read its first file (bench/README.md).
 */
const plan = deserialize(new Uint8Array(init.plan)) as Plan;

/** Organisations' plans kept (versions of one organisation's workbook often come in one batch). */
const KEEP_ORGS = 32;

let nextRequest = 0;
const waiting = new Map<number, (answer: PlanPartAnswer) => void>();

function ask(request: PlanPartRequest): Promise<PlanPartAnswer> {
  return new Promise((resolve) => {
    waiting.set(request.request, resolve);
    parentPort?.postMessage(request);
  });
}

const orgPlans = new Map<string, Promise<Plan>>();

const parts: PlanParts = {
  forOrg(org) {
    let orgPlan = orgPlans.get(org);
    if (orgPlan) {
      // Most recently used last.
      orgPlans.delete(org);
    } else {
      orgPlan = ask({ kind: 'org-part', request: nextRequest++, org }).then((a) =>
        a.kind === 'org-part' ? { ...plan, organizations: plan.organizations.filter((o) => o.code === org), tasks: a.tasks, targets: a.targets } : plan,
      );
      if (orgPlans.size >= KEEP_ORGS) orgPlans.delete(orgPlans.keys().next().value as string);
    }
    orgPlans.set(org, orgPlan);
    return orgPlan;
  },
  async orgOfIds(ids) {
    const a = await ask({ kind: 'org-of-ids', request: nextRequest++, ids: [...ids] });
    return a.kind === 'org-of-ids' ? a.org : null;
  },
};

const options = {
  ...(init.planIsSkeleton === true ? { parts } : {}),
  ...(init.password !== undefined ? { password: init.password } : {}),
  ...(init.period !== undefined ? { period: init.period } : {}),
};

async function run(job: IngestJob): Promise<void> {
  try {
    const prepared = await prepareFile(job.path, plan, init.planHash, options);
    const xlsx = init.keepBytes && prepared.xlsx ? Uint8Array.from(prepared.xlsx) : null;
    // Only the result crosses the thread boundary; the bytes (when kept) are moved, not copied.
    parentPort?.postMessage({ index: job.index, ok: true, result: { ...prepared, xlsx } }, xlsx ? [xlsx.buffer] : []);
    // A workbook read: what a form needs is compiled now, so this is the code cache to keep (written once; a no-op after).
    writeCodeCacheNow();
  } catch (error) {
    parentPort?.postMessage({ index: job.index, ok: false, error: describeError(error) });
  }
}

/**
 * Workbooks read at once. One, so that two workbooks' objects are never held side by side —
 * except when this worker holds only the plan's skeleton: then each workbook waits for its
 * organisation's part from the main thread, and the second one the pool sent ahead is read
 * during that wait instead of the thread standing idle.
 */
const concurrency = init.planIsSkeleton === true ? 2 : 1;
let running = 0;
const pending: IngestJob[] = [];

function next(): void {
  while (running < concurrency && pending.length > 0) {
    const job = pending.shift()!;
    running += 1;
    void run(job).finally(() => {
      running -= 1;
      next();
    });
  }
}

parentPort?.on('message', (raw: unknown) => {
  const message = ToWorkerSchema.safeParse(raw);
  if (!message.success) return;
  const m = message.data;
  if (m.kind === 'job') {
    // The pool sends a second workbook ahead so that this thread never waits; it is read when
    // the first is done, or during the first one's wait for its plan part (see concurrency).
    pending.push(m);
    next();
    return;
  }
  const resolve = waiting.get(m.request);
  waiting.delete(m.request);
  resolve?.(m);
});
