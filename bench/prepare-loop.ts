// The per-file work of one ingest worker, in this thread, against the unzip + XML floor on the
// same files, alternated file by file so that both sides see the same load (bench/README.md,
// issue 21). For profiling (`node --cpu-prof`) and for the one-thread A/B figures.
// Usage: node --import tsx bench/prepare-loop.ts <n> <files-dir> [rounds]
//   prints per round: ms per workbook of prepareFile and of the floor, and their ratio.
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { prepareFile } from '../src/ingest/prepare-file.ts';
import { planHash, requirePlan } from '../src/plan/index.ts';
import { xmlFloorPass } from './floor.ts';
import { BENCH_PERIOD, populationPlan } from './population.ts';

const Args = z.tuple([z.coerce.number().int().min(1), z.string()], z.coerce.number().int().min(1));
const [n, dir, rounds = 3] = Args.parse(process.argv.slice(2));

const { plan: base } = await requirePlan(new URL('../samples/plan-2024.yaml', import.meta.url).pathname);
const plan = populationPlan(base, n);
const hash = planHash(plan);
const files = (await readdir(dir)).filter((f) => f.endsWith('.xlsx')).sort().map((f) => join(dir, f));
const only = process.env.BENCH_ONLY; // 'prepare' | 'floor': one side only (for a profile of it)
// BENCH_JSON=1 (bench/run.ts): one JSON line at the end instead of a line per round — ms per workbook over every round but the first (cold).
const json = process.env.BENCH_JSON === '1';
const warm = { prepareMs: 0, floorMs: 0, prepareCpuMs: 0, floorCpuMs: 0, files: 0 };

for (let round = 0; round < rounds; round++) {
  let prepareMs = 0;
  let floorMs = 0;
  // Process CPU time too (this thread and V8's helpers): steadier than wall time on a shared machine.
  let prepareCpu = 0;
  let floorCpu = 0;
  let accepted = 0;
  const cpuMs = (since: NodeJS.CpuUsage): number => {
    const c = process.cpuUsage(since);
    return (c.user + c.system) / 1000;
  };
  for (const file of files) {
    if (only !== 'floor') {
      const cpu = process.cpuUsage();
      const start = performance.now();
      const prepared = await prepareFile(file, plan, hash, { period: BENCH_PERIOD });
      prepareMs += performance.now() - start;
      prepareCpu += cpuMs(cpu);
      if (prepared.read.data) accepted++;
    }
    if (only !== 'prepare') {
      const cpu = process.cpuUsage();
      floorMs += await xmlFloorPass([file]);
      floorCpu += cpuMs(cpu);
    }
  }
  if (round > 0) {
    warm.prepareMs += prepareMs;
    warm.floorMs += floorMs;
    warm.prepareCpuMs += prepareCpu;
    warm.floorCpuMs += floorCpu;
    warm.files += files.length;
  }
  const per = (ms: number) => (ms / files.length).toFixed(2);
  if (!json) {
    process.stdout.write(
      `round ${round + 1}: prepareFile ${per(prepareMs)} ms/wb (CPU ${per(prepareCpu)}; ${accepted} read), floor ${per(floorMs)} ms/wb (CPU ${per(floorCpu)}), ratio ${(prepareMs / floorMs).toFixed(2)} (CPU ${(prepareCpu / floorCpu).toFixed(2)})\n`,
    );
  }
}
if (json) {
  const per = (ms: number) => ms / Math.max(1, warm.files);
  process.stdout.write(`${JSON.stringify({ prepareMsPerWb: per(warm.prepareMs), floorMsPerWb: per(warm.floorMs), prepareCpuMsPerWb: per(warm.prepareCpuMs), floorCpuMsPerWb: per(warm.floorCpuMs) })}\n`);
}
