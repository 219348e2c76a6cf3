// How many cores this process can actually get right now: two busy threads for a moment,
// process CPU time / wall time. On a shared machine this is what a speed-up is bounded by.
import { Worker } from 'node:worker_threads';

const SPIN = `const end = Date.now() + Number(require('node:worker_threads').workerData); let x = 0;
while (Date.now() < end) x += Math.sqrt(x + 1);
require('node:worker_threads').parentPort.postMessage(x);`;

export async function coresAvailable(threads = 2, ms = 1500): Promise<number> {
  const cpu0 = process.cpuUsage();
  const start = performance.now();
  await Promise.all(
    Array.from({ length: threads }, () => new Promise((resolve, reject) => new Worker(SPIN, { eval: true, workerData: ms }).on('message', resolve).on('error', reject))),
  );
  const cpu = process.cpuUsage(cpu0);
  return (cpu.user + cpu.system) / 1000 / (performance.now() - start);
}

/** Runs a phase; returns its wall time and this thread's CPU time, in milliseconds. */
export async function timed(phase: () => Promise<unknown>): Promise<{ ms: number; cpuMs: number }> {
  const cpu0 = process.cpuUsage();
  const start = performance.now();
  await phase();
  const cpu = process.cpuUsage(cpu0);
  return { ms: performance.now() - start, cpuMs: (cpu.user + cpu.system) / 1000 };
}
