// Evaluation + report + export in a fresh process: its peak RSS is measured, and a failure
// (e.g. running out of heap on a large population) cannot take the benchmark down with it.
// Usage: node --import tsx bench/report-child.ts <n> <db> <out-dir>
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { planHash, requirePlan } from '../src/plan/index.ts';
import { populationPlan } from './population.ts';
import { reportPhase } from './report-phase.ts';

const Args = z.tuple([z.coerce.number().int().min(1), z.string(), z.string()]);
const [n, db, outDir] = Args.parse(process.argv.slice(2));
const { plan: base } = await requirePlan(new URL('../samples/plan-2024.yaml', import.meta.url).pathname);
const plan = populationPlan(base, n);
planHash(plan);
const start = performance.now();
const times = await reportPhase(plan, db, outDir);
const sec = (performance.now() - start) / 1000;
const hwm = /VmHWM:\s+(\d+) kB/.exec(await readFile('/proc/self/status', 'utf8').catch(() => ''));
const peakRssMb = hwm ? Number(hwm[1]) / 1024 : process.resourceUsage().maxRSS / 1024;
process.stdout.write(`${JSON.stringify({ ...times, sec, peakRssMb })}\n`);
