// Worker thread of ingestFilesParallel: runs the pure per-file work (prepareFile: read, identify,
// normalise, validate) and posts back a serialisable PreparedFile. It never touches the store.
import { parentPort, workerData } from 'node:worker_threads';
import { IngestJobSchema, IngestWorkerInitSchema, type IngestJob } from '../model/ingest-worker.ts';
import { PlanSchema } from '../model/plan.ts';
import { prepareFile } from './prepare-file.ts';
import { shortReason } from './read-submission.ts';

const init = IngestWorkerInitSchema.parse(workerData);
const plan = PlanSchema.parse(init.plan);
const options = {
  ...(init.password !== undefined ? { password: init.password } : {}),
  ...(init.period !== undefined ? { period: init.period } : {}),
};

async function run(job: IngestJob): Promise<void> {
  try {
    const prepared = await prepareFile(job.path, plan, init.planHash, options);
    const xlsx = init.keepBytes && prepared.xlsx ? Uint8Array.from(prepared.xlsx) : null;
    // Only the result crosses the thread boundary; the bytes (when kept) are moved, not copied.
    parentPort?.postMessage({ index: job.index, ok: true, result: { ...prepared, xlsx } }, xlsx ? [xlsx.buffer] : []);
  } catch (error) {
    parentPort?.postMessage({ index: job.index, ok: false, error: shortReason(error) });
  }
}

parentPort?.on('message', (raw: unknown) => {
  const job = IngestJobSchema.safeParse(raw);
  if (job.success) void run(job.data);
});
