// One ingest measurement in a fresh process, so its peak RSS (VmHWM) is the ingest's alone.
// Usage: node --import tsx bench/ingest-child.ts <n> <files-dir> <workers> <db> <previous: 0|1> [<worker-heap-mb>]
//   previous 1 = the store already holds Q1 for every organisation (seed.ts), not timed.
//   workers 0 = the serial ingestFiles, in this thread.
import { readFileSync, readdirSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { ingestFiles, ingestFilesParallel } from '../src/ingest/index.ts';
import { periodicCollector } from '../src/ingest/collect-garbage.ts';
import { planHash, requirePlan } from '../src/plan/index.ts';
import { openStore } from '../src/store/index.ts';
import { populationPlan } from './population.ts';
import { seedPreviousQuarter } from './seed.ts';

const Args = z.tuple([z.coerce.number().int().min(1), z.string(), z.coerce.number().int().min(0).max(64), z.string(), z.enum(['0', '1'])], z.coerce.number().int().min(16));
const [n, dir, workers, db, previous, heapMb] = Args.parse(process.argv.slice(2));

const { plan: base } = await requirePlan(new URL('../samples/plan-2024.yaml', import.meta.url).pathname);
const plan = populationPlan(base, n);
const hash = planHash(plan);
const files = (await readdir(dir)).filter((f) => f.endsWith('.xlsx')).sort().map((f) => join(dir, f));
const store = openStore(db);
if (previous === '1') seedPreviousQuarter(store, plan, hash);
// As the CLI's ingest runs: results taken as they come, not held; garbage collected as it goes.
const collect = periodicCollector();
// When each file's result arrived (ms from the start of the ingest): the start-up (to the first
// result) and the steady rate after it are reported apart (bench/README.md).
const arrivals: number[] = [];
const options = {
  plan,
  planHash: hash,
  store,
  receivedAt: '2024-07-05T08:00:00.000Z',
  keepFiles: false,
  onFile: () => {
    arrivals.push(performance.now() - start);
    collect();
  },
};

// BENCH_MEMLOG=1: the process's RSS and the main thread's heap every 5 s on stderr (the rest
// of the RSS is the workers' and native memory).
if (process.env.BENCH_MEMLOG) {
  const mb = (b: number): string => (b / 1024 / 1024).toFixed(0);
  setInterval(() => {
    const m = process.memoryUsage();
    process.stderr.write(`rss ${mb(m.rss)} main-heap ${mb(m.heapUsed)}/${mb(m.heapTotal)} external ${mb(m.external)}\n`);
  }, 5000).unref();
}

/** CPU time (utime + stime) of one of this process's threads so far, ms, from its /proc stat line. */
function threadCpuMs(tid: string): number {
  const stat = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // in clock ticks (USER_HZ = 100)
}

/** CPU time of this process's main thread so far, ms (Linux: /proc; null elsewhere). */
function mainThreadCpuMs(): number | null {
  try {
    return threadCpuMs(String(process.pid));
  } catch {
    return null;
  }
}

/**
 * CPU time so far of the threads that outlive the ingest's workers, but the main thread: V8's
 * platform threads (concurrent JIT compiling and garbage collection, for the main thread's isolate
 * and every worker's) and libuv's thread pool. ms; null where /proc is not there.
 */
function helperThreadsCpuMs(): Map<string, number> | null {
  try {
    return new Map(readdirSync('/proc/self/task').filter((tid) => tid !== String(process.pid)).map((tid) => [tid, threadCpuMs(tid)]));
  } catch {
    return null;
  }
}

const helpers0 = helperThreadsCpuMs();
const mainCpu0 = mainThreadCpuMs();
const cpu0 = process.cpuUsage();
// The main thread's own busy time (its event loop active: store writes, the workers' replies).
const elu0 = performance.eventLoopUtilization();
const start = performance.now();
const result = workers === 0 ? await ingestFiles(files, options) : await ingestFilesParallel(files, { ...options, workers, ...(heapMb ? { workerHeapMb: heapMb } : {}) });
const ms = performance.now() - start;
const mainBusyMs = performance.eventLoopUtilization(elu0).active;
const mainCpu1 = mainThreadCpuMs();
const mainCpuMs = mainCpu0 !== null && mainCpu1 !== null ? mainCpu1 - mainCpu0 : mainBusyMs;
// The workers have ended: the helpers' time is what the threads still here used during the ingest;
// the workers' own is the rest of the process's.
const helpers1 = helperThreadsCpuMs();
const helperCpuMs = helpers0 && helpers1 ? [...helpers1].reduce((sum, [tid, ms]) => sum + ms - (helpers0.get(tid) ?? 0), 0) : null;
const cpu = process.cpuUsage(cpu0);
const cpuMs = (cpu.user + cpu.system) / 1000;
store.close();

const status = await readFile('/proc/self/status', 'utf8').catch(() => '');
const hwm = /VmHWM:\s+(\d+) kB/.exec(status);
const peakRssMb = hwm ? Number(hwm[1]) / 1024 : process.resourceUsage().maxRSS / 1024;
// Start-up: to the first file's result; steady: per file over the second half of the batch (JIT warm).
const firstMs = arrivals[0] ?? ms;
const half = arrivals[Math.floor(arrivals.length / 2)] ?? 0;
const steadyMsPerFile = arrivals.length >= 4 ? (ms - half) / (arrivals.length - Math.floor(arrivals.length / 2)) : ms / Math.max(1, files.length);
// How the per-file time falls as the code warms up: ms per file between results 1–10, 10–50, 50–100 and 100 to the end.
const gap = (from: number, to: number): number | null => (arrivals.length > to - 1 && to > from ? (arrivals[to - 1]! - arrivals[from - 1]!) / (to - from) : null);
const warmup = { to10: gap(1, 10), to50: gap(10, 50), to100: gap(50, 100), rest: gap(100, arrivals.length) };
process.stdout.write(`${JSON.stringify({ files: files.length, ms, cpuMs, mainBusyMs, mainCpuMs, helperCpuMs, peakRssMb, firstMs, steadyMsPerFile, warmup, summary: result.summary })}\n`);
