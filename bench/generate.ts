// Generates the benchmark's inputs: N filled workbooks of a synthetic population, in worker threads.
import { mkdir } from 'node:fs/promises';
import { z } from 'zod';
import type { Plan } from '../src/model/plan.ts';
import { startWorker } from '../src/ingest/parallel.ts';
import { workerEntry } from '../src/ingest/worker-bundle.ts';

const Reply = z.union([
  z.object({ index: z.number().int(), file: z.string() }),
  z.object({ index: z.number().int(), error: z.string() }),
]);

/** Writes one filled workbook per organisation of the plan into `dir`; returns the paths in plan order. */
export async function generateWorkbooks(plan: Plan, planHash: string, dir: string, threads: number): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const orgs = plan.organizations.map((o) => o.code);
  const files = new Array<string>(orgs.length);
  let next = 0;
  const module = await workerEntry(new URL('./gen-worker.ts', import.meta.url));
  const runOne = (): Promise<void> =>
    new Promise((resolve, reject) => {
      const worker = startWorker(module, { plan, planHash, dir });
      const send = (): void => {
        if (next >= orgs.length) {
          void worker.terminate().then(() => resolve());
          return;
        }
        const index = next++;
        worker.postMessage({ index, org: orgs[index] });
      };
      worker.on('message', (raw: unknown) => {
        const reply = Reply.parse(raw);
        if ('error' in reply) {
          reject(new Error(`generating workbook ${reply.index}: ${reply.error}`));
          void worker.terminate();
          return;
        }
        files[reply.index] = reply.file;
        send();
      });
      worker.on('error', reject);
      send();
    });
  await Promise.all(Array.from({ length: Math.max(1, threads) }, runOne));
  return files;
}
