// Province-scale benchmark (issue 8): `npm run bench [-- --n <count>] [--scale <k>] [--json]` (default N = 1,000, k = 4).
// Generates a synthetic population of N filled workbooks and measures, in one run, template
// generation, ingest (1 and 2 workers) against the parse floor, peak RSS, evaluation + report +
// export, and the cost per workbook at N and k·N. See bench/README.md for the figures.
import { execFile, spawn } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { Command } from 'commander';
import { bundled } from '../bin/bundle.mjs';
import { z } from 'zod';
import type { Plan } from '../src/model/plan.ts';
import { planHash, requirePlan } from '../src/plan/index.ts';
import { writeTemplates } from '../src/template/index.ts';
import { coresAvailable, timed } from './cores.ts';
import { exceljsLoadPass, unzipPass, xmlFloorPass } from './floor.ts';
import { generateWorkbooks } from './generate.ts';
import { BENCH_PERIOD, populationPlan } from './population.ts';
import { type BenchResult, type IngestPhases, printTable } from './table.ts';

const run = promisify(execFile);

const OptionsSchema = z.object({
  n: z.coerce.number().int().min(6).max(100_000).default(1000),
  scale: z.coerce.number().int().min(1).max(20).default(4),
  /** Also one 2-worker ingest of a population this large, for the peak RSS target (10,000). */
  memory: z.coerce.number().int().min(6).max(100_000).optional(),
  templates: z.coerce.number().int().min(1).default(200),
  threads: z.coerce.number().int().min(1).max(16).default(2),
  serial: z.boolean().default(true),
  keep: z.boolean().default(false),
  reuse: z.string().optional(),
  workerHeap: z.coerce.number().int().min(16).optional(),
  json: z.boolean().default(false),
});
type Options = z.infer<typeof OptionsSchema>;

const ChildSchema = z.object({
  files: z.number(),
  ms: z.number(),
  /** CPU time of the whole process (all threads) during the ingest. */
  cpuMs: z.number(),
  /** The main thread's event loop active (store writes, the workers' replies), ms. */
  mainBusyMs: z.number(),
  /** The main thread's CPU time (Linux /proc; its busy time elsewhere), ms. */
  mainCpuMs: z.number(),
  /** CPU time of V8's helper threads (concurrent JIT compiling and GC) and libuv's pool, ms (Linux /proc; null elsewhere). */
  helperCpuMs: z.number().nullable(),
  peakRssMb: z.number(),
  /** To the first file's result: worker start, the plan handed over, the first file. */
  firstMs: z.number(),
  /** Per file over the second half of the batch (start-up and JIT warm-up behind). */
  steadyMsPerFile: z.number(),
  /** ms per file between results 1–10, 10–50, 50–100 and 100 to the end: the code warming up. */
  warmup: z.object({ to10: z.number().nullable(), to50: z.number().nullable(), to100: z.number().nullable(), rest: z.number().nullable() }).optional(),
  summary: z.object({ accepted: z.number(), rejected: z.number(), unreadable: z.number() }).loose(),
});
type ChildResult = z.infer<typeof ChildSchema>;

/**
 * A child script as the product runs: the JavaScript bundle bin/baocao.mjs would run (no tsx in
 * the process, so its memory and start-up are the product's).
 */
async function childScript(name: string): Promise<string> {
  return fileURLToPath(await bundled(new URL(name, import.meta.url)));
}

/** One ingest into a fresh store, in a fresh process (its peak RSS is the ingest's alone). */
async function ingestRun(n: number, dir: string, workers: number, db: string, heapMb?: number, previous = false): Promise<ChildResult> {
  await rm(db, { force: true });
  const child = await childScript('./ingest-child.ts');
  const { stdout } = await run(process.execPath, [child, String(n), dir, String(workers), db, previous ? '1' : '0', ...(heapMb ? [String(heapMb)] : [])], {
    cwd: new URL('..', import.meta.url).pathname,
    maxBuffer: 16 * 1024 * 1024,
  });
  return ChildSchema.parse(JSON.parse(stdout.trim().split('\n').at(-1) ?? ''));
}

const ReportChildSchema = z.object({
  evaluateSec: z.number(),
  reportSec: z.number(),
  exportSec: z.number(),
  docxKb: z.number(),
  sec: z.number(),
  peakRssMb: z.number(),
});
type ReportChild = z.infer<typeof ReportChildSchema>;

/** Evaluation + report + export in a fresh process (a crash or an out-of-heap stays there). */
async function reportRun(n: number, db: string, outDir: string): Promise<ReportChild> {
  const { stdout } = await run(process.execPath, [await childScript('./report-child.ts'), String(n), db, outDir], {
    cwd: new URL('..', import.meta.url).pathname,
    maxBuffer: 16 * 1024 * 1024,
    timeout: 15 * 60_000,
  });
  return ReportChildSchema.parse(JSON.parse(stdout.trim().split('\n').at(-1) ?? ''));
}

const WarmChildSchema = z.object({ prepareMsPerWb: z.number(), floorMsPerWb: z.number(), prepareCpuMsPerWb: z.number(), floorCpuMsPerWb: z.number() });
type WarmChild = z.infer<typeof WarmChildSchema>;

/** prepareFile against the XML floor in one fresh thread, file by file, four rounds (the first, cold, left out). */
async function warmRun(n: number, dir: string): Promise<WarmChild> {
  const { stdout } = await run(process.execPath, [await childScript('./prepare-loop.ts'), String(n), dir, '4'], {
    cwd: new URL('..', import.meta.url).pathname,
    env: { ...process.env, BENCH_JSON: '1' },
    maxBuffer: 16 * 1024 * 1024,
  });
  return WarmChildSchema.parse(JSON.parse(stdout.trim().split('\n').at(-1) ?? ''));
}

const FloorChildSchema = z.object({ files: z.number(), ms: z.number(), start: z.number(), end: z.number() });
type FloorChild = z.infer<typeof FloorChildSchema>;

/**
 * Files each of the two floor processes reads in its timed passes, at least: ≥ 1 s of work, so that
 * the figure is neither start-up nor JIT warm-up (the exceljs load is ≈ 5× slower per file).
 */
const FLOOR_PAIR_MIN_FILES = { xml: 2000, exceljs: 400 } as const;

/** `parts` floor processes over the files (each its share), their timed passes started together (floor-child.ts). */
async function floorChildren(child: string, list: string, parts: number, mode: 'exceljs' | 'xml', rounds: number, cold = false): Promise<FloorChild[]> {
  const children = Array.from({ length: parts }, (_, part) =>
    spawn(process.execPath, [child, list, String(part), String(parts), mode, String(rounds), ...(cold ? ['cold'] : [])], { stdio: ['pipe', 'pipe', 'inherit'] }),
  );
  const outputs = children.map((c) => {
    let out = '';
    let ready: () => void = () => {};
    const isReady = new Promise<void>((resolve) => (ready = resolve));
    c.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      out += chunk;
      if (out.startsWith('ready\n')) ready();
    });
    const done = new Promise<FloorChild>((resolve, reject) => {
      c.on('error', reject);
      c.on('close', (code) => {
        if (code !== 0) reject(new Error(`floor child exited with ${code}`));
        else resolve(FloorChildSchema.parse(JSON.parse(out.trim().split('\n').at(-1) ?? '')));
      });
    });
    return { isReady, done };
  });
  // Every child has loaded its modules and warmed up: start the timed passes together.
  await Promise.all(outputs.map((o) => o.isReady));
  for (const c of children) c.stdin.end('go\n');
  return Promise.all(outputs.map((o) => o.done));
}

/**
 * What two cores give parse-bound work on this machine: a floor pass over all the files in one
 * process, then over two halves in two processes at once, timed inside the processes (the pair:
 * from the first start to the last end of their timed passes) and repeated over the files so that
 * each of the two processes works ≥ FLOOR_PAIR_MIN_FILES files — neither process start-up nor JIT warm-up is in
 * the figure. The ingest's parallelSpeedup is read against this.
 */
async function floorScaling(files: readonly string[], root: string, mode: 'exceljs' | 'xml' = 'exceljs'): Promise<{ oneMs: number; oneFiles: number; twoMs: number; speedup: number }> {
  const list = await fileList(files, root);
  const child = await childScript('./floor-child.ts');
  const rounds = Math.max(1, Math.ceil((2 * FLOOR_PAIR_MIN_FILES[mode]) / files.length));
  const [one] = await floorChildren(child, list, 1, mode, rounds);
  const pair = await floorChildren(child, list, 2, mode, rounds);
  const oneMs = one!.ms;
  const twoMs = Math.max(...pair.map((p) => p.end)) - Math.min(...pair.map((p) => p.start));
  return { oneMs, oneFiles: one!.files, twoMs, speedup: oneMs / twoMs };
}

/**
 * The unzip + XML floor as a fresh ingest worker meets it: one pass over all the files in a fresh
 * process, its modules loaded but its code not yet compiled (the floor above is warm: the bench's
 * own process, after earlier passes). ms, timed inside the process. Table only: what the ingest's
 * cold start costs beyond the cold floor's (bench/README.md).
 */
async function coldFloor(files: readonly string[], root: string): Promise<number> {
  const [one] = await floorChildren(await childScript('./floor-child.ts'), await fileList(files, root), 1, 'xml', 1, true);
  return one!.ms;
}

/** The files, one path a line, in `root`/files.txt: what a floor child reads its share from. */
async function fileList(files: readonly string[], root: string): Promise<string> {
  const list = join(root, 'files.txt');
  await writeFile(list, `${files.join('\n')}\n`);
  return list;
}

const log = (opts: Options, line: string): void => {
  if (!opts.json) process.stderr.write(`${new Date().toISOString().slice(11, 19)} ${line}\n`);
};

async function population(base: Plan, n: number, root: string, opts: Options): Promise<{ plan: Plan; hash: string; dir: string; files: string[]; genSec: number }> {
  const plan = populationPlan(base, n);
  const hash = planHash(plan);
  const dir = join(root, `filled-${n}`);
  const start = performance.now();
  const existing = opts.reuse ? await readdir(dir).catch(() => []) : [];
  const stamp = join(dir, 'plan.sha256');
  const sameHash = (await readFile(stamp, 'utf8').catch(() => '')) === hash;
  if (sameHash && existing.filter((f) => f.endsWith('.xlsx')).length === n) {
    const files = existing.filter((f) => f.endsWith('.xlsx')).sort().map((f) => join(dir, f));
    log(opts, `reusing ${n} filled workbooks in ${dir}`);
    return { plan, hash, dir, files, genSec: 0 };
  }
  await rm(dir, { recursive: true, force: true });
  const files = await generateWorkbooks(plan, hash, dir, opts.threads);
  await writeFile(stamp, hash);
  const genSec = (performance.now() - start) / 1000;
  log(opts, `generated ${n} filled workbooks in ${genSec.toFixed(1)} s (${opts.threads} threads)`);
  return { plan, hash, dir, files, genSec };
}

async function main(argv: string[]): Promise<void> {
  const program = new Command('bench')
    .option('--n <count>', 'workbooks (reporting units × organisations)')
    .option('--scale <k>', 'scaling run at k·N')
    .option('--memory <count>', 'also ingest a population of <count> workbooks with 2 workers, for the peak RSS (target: 10,000)')
    .option('--templates <count>', 'templates generated for the template rate')
    .option('--threads <count>', 'threads generating the filled workbooks')
    .option('--no-serial', 'skip the serial ingest (the main thread alone: the CLI\'s default on two cores)')
    .option('--keep', 'keep the generated files')
    .option('--reuse <dir>', 'reuse the filled workbooks a --keep run left in <dir>')
    .option('--worker-heap <mb>', 'heap limit of each ingest worker (default: the library default, 512)')
    .option('--json', 'print one JSON object')
    .parse(argv);
  const opts = OptionsSchema.parse(program.opts());
  const root = opts.reuse ?? (await mkdtemp(join(tmpdir(), 'baocao-bench-')));
  const keep = opts.keep || opts.reuse !== undefined;
  const started = performance.now();
  const loadAtStart = loadavg()[0] ?? 0;
  try {
    const { plan: base } = await requirePlan(new URL('../samples/plan-2024.yaml', import.meta.url).pathname);
    const pop = await population(base, opts.n, root, opts);

    // Template generation: the product path (writeTemplates: build, write file), one core.
    const tplDir = join(root, 'templates');
    await rm(tplDir, { recursive: true, force: true });
    await mkdir(tplDir);
    const orgs = pop.plan.organizations.slice(0, Math.min(opts.templates, opts.n)).map((o) => o.code);
    const t0 = performance.now();
    await writeTemplates(pop.plan, pop.hash, { period: BENCH_PERIOD, orgs, outDir: tplDir });
    const templatesPerSec = orgs.length / ((performance.now() - t0) / 1000);
    log(opts, `templates: ${templatesPerSec.toFixed(1)}/s`);

    // As a user's batches run after the first: the worker's bundle built and its V8 code cache
    // written (the first ingest after a change of the code makes both, ≈ 1 s more) — by one
    // untimed ingest of a few of the files.
    const primeDir = join(root, 'prime');
    await rm(primeDir, { recursive: true, force: true });
    await mkdir(primeDir);
    for (const file of pop.files.slice(0, 5)) await copyFile(file, join(primeDir, basename(file)));
    await ingestRun(opts.n, primeDir, 1, join(root, 'prime.db'), opts.workerHeap);

    // The machine's speed drifts by 10–25 % within minutes (bench/README.md), so every figure that
    // is a ratio of two measurements is measured in A-B-A order: the floor and the N runs once
    // before and once after the rest, each ratio taken on the means.
    // The floor, on the same files, one core (wall and CPU time).
    const loadA = await timed(() => exceljsLoadPass(pop.files));
    const unzip = await timed(() => unzipPass(pop.files));
    const xmlA = await timed(() => xmlFloorPass(pop.files));
    log(opts, `floor: exceljs load ${(loadA.ms / opts.n).toFixed(1)} ms/wb, unzip ${(unzip.ms / opts.n).toFixed(1)} ms/wb, unzip + XML ${(xmlA.ms / opts.n).toFixed(2)} ms/wb`);

    const cores = await coresAvailable(2);
    log(opts, `cores available to this process now: ${cores.toFixed(2)}`);
    const floorPair = await floorScaling(pop.files, root);
    log(opts, `floor in 2 processes at once: ${floorPair.speedup.toFixed(2)}× one process`);
    // The bare unzip + XML floor, one process against two at once: the reference for the ingest's speed-up (issue 21).
    const xmlPair = await floorScaling(pop.files, root, 'xml');
    log(opts, `unzip + XML floor in 2 processes at once: ${xmlPair.speedup.toFixed(2)}× one process`);
    // The per-file work in one thread once warm, file by file alternated with the XML floor (bench/prepare-loop.ts).
    const warm = await warmRun(opts.n, pop.dir);
    log(opts, `prepareFile, one warm thread: ${warm.prepareMsPerWb.toFixed(2)} ms/wb, ${(warm.prepareMsPerWb / warm.floorMsPerWb).toFixed(2)}× the XML floor alternated with it`);
    const serial = opts.serial ? await ingestRun(opts.n, pop.dir, 0, join(root, 'serial.db'), opts.workerHeap) : null;
    if (serial) log(opts, `ingest serial: ${(serial.ms / opts.n).toFixed(1)} ms/wb`);
    const coldA = await coldFloor(pop.files, root);
    log(opts, `unzip + XML floor, first pass in a fresh process (cold): ${(coldA / opts.n).toFixed(2)} ms/wb`);
    const oneA = await ingestRun(opts.n, pop.dir, 1, join(root, 'w1.db'), opts.workerHeap);
    log(opts, `ingest 1 worker: ${(oneA.ms / opts.n).toFixed(1)} ms/wb, peak RSS ${oneA.peakRssMb.toFixed(0)} MB`);
    // The report phase runs on this store: the N population (1,000 units by default, the target's size).
    const reportDb = join(root, 'w2.db');
    const reportPlan = pop.plan;
    const twoA = await ingestRun(opts.n, pop.dir, 2, reportDb, opts.workerHeap);
    log(opts, `ingest 2 workers: ${(twoA.ms / opts.n).toFixed(1)} ms/wb, peak RSS ${twoA.peakRssMb.toFixed(0)} MB`);
    // As in a real Q2: the store already holds every organisation's Q1 (checked against).
    const withQ1 = await ingestRun(opts.n, pop.dir, 2, join(root, 'w2-q1.db'), opts.workerHeap, true);
    log(opts, `ingest 2 workers, Q1 in the store: ${(withQ1.ms / opts.n).toFixed(1)} ms/wb, peak RSS ${withQ1.peakRssMb.toFixed(0)} MB, ${withQ1.summary.accepted} accepted`);

    let big: ChildResult | null = null;
    if (opts.scale > 1) {
      const n4 = opts.n * opts.scale;
      const pop4 = await population(base, n4, root, opts);
      big = await ingestRun(n4, pop4.dir, 2, join(root, `w2-${n4}.db`), opts.workerHeap);
      log(opts, `ingest 2 workers at ${n4}: ${(big.ms / n4).toFixed(1)} ms/wb, peak RSS ${big.peakRssMb.toFixed(0)} MB`);
      if (!keep) await rm(pop4.dir, { recursive: true, force: true });
    }

    // The second half of A-B-A: the N runs and the floor again.
    const twoB = await ingestRun(opts.n, pop.dir, 2, join(root, 'w2-again.db'), opts.workerHeap);
    log(opts, `ingest 2 workers again: ${(twoB.ms / opts.n).toFixed(1)} ms/wb, peak RSS ${twoB.peakRssMb.toFixed(0)} MB`);
    const oneB = await ingestRun(opts.n, pop.dir, 1, join(root, 'w1-again.db'), opts.workerHeap);
    log(opts, `ingest 1 worker again: ${(oneB.ms / opts.n).toFixed(1)} ms/wb, peak RSS ${oneB.peakRssMb.toFixed(0)} MB`);
    const coldB = await coldFloor(pop.files, root);
    log(opts, `unzip + XML floor, cold, again: ${(coldB / opts.n).toFixed(2)} ms/wb`);
    const loadB = await timed(() => exceljsLoadPass(pop.files));
    const xmlB = await timed(() => xmlFloorPass(pop.files));
    const xmlPairB = await floorScaling(pop.files, root, 'xml');
    log(opts, `unzip + XML floor in 2 processes at once, again: ${xmlPairB.speedup.toFixed(2)}× one process`);
    const xmlPairSpeedup = (xmlPair.speedup + xmlPairB.speedup) / 2;
    log(opts, `floor again: exceljs load ${(loadB.ms / opts.n).toFixed(1)} ms/wb, unzip + XML ${(xmlB.ms / opts.n).toFixed(2)} ms/wb`);
    const one = meanRun(oneA, oneB);
    const two = meanRun(twoA, twoB);
    const load = { ms: (loadA.ms + loadB.ms) / 2, cpuMs: (loadA.cpuMs + loadB.cpuMs) / 2 };
    const xmlFloor = { ms: (xmlA.ms + xmlB.ms) / 2, cpuMs: (xmlA.cpuMs + xmlB.cpuMs) / 2 };

    let memory: ChildResult | null = null;
    if (opts.memory !== undefined) {
      const popM = await population(base, opts.memory, root, opts);
      memory = await ingestRun(opts.memory, popM.dir, 2, join(root, `w2-${opts.memory}.db`), opts.workerHeap);
      log(opts, `ingest 2 workers at ${opts.memory}: ${(memory.ms / opts.memory).toFixed(1)} ms/wb, peak RSS ${memory.peakRssMb.toFixed(0)} MB`);
      if (!keep) await rm(popM.dir, { recursive: true, force: true });
    }

    // Evaluation + report + export of the N population, in its own process.
    // Twice, in two fresh processes, and the mean taken: one run of a few seconds moves with the
    // machine's drift as much as the changes being measured.
    const reportOnce = () =>
      reportRun(reportPlan.organizations.length, reportDb, root).catch((error: unknown) => {
        // A failing report stage (a settings file, running out of heap) must not lose the other figures.
        log(opts, `report phase failed: ${error instanceof Error ? error.message.split('\n').slice(0, 2).join(' ') : String(error)}`);
        return null;
      });
    const reportA = await reportOnce();
    const reportB = reportA ? await reportOnce() : null;
    // A second run that fails (it should not: same store, same code) leaves the first one's figures.
    const report = reportA && reportB ? meanReport(reportA, reportB) : reportA;
    const reportSec = report ? report.sec : null;
    if (report) {
      const runs = reportA && reportB ? ` (mean of ${reportA.sec.toFixed(2)} and ${reportB.sec.toFixed(2)})` : '';
      log(opts, `evaluate + report + export of ${reportPlan.organizations.length} units: ${report.sec.toFixed(1)} s${runs}, peak RSS ${report.peakRssMb.toFixed(0)} MB`);
    }

    const result: BenchResult = {
      n: opts.n,
      templatesPerSec: round(templatesPerSec, 1),
      ingestPerSec: round(opts.n / (two.ms / 1000), 1),
      ingestOverExceljsLoad: round(one.ms / load.ms, 2),
      ingestOverUnzip: round(one.ms / unzip.ms, 2),
      peakRssMb: round(Math.max(one.peakRssMb, two.peakRssMb, big?.peakRssMb ?? 0, memory?.peakRssMb ?? 0), 0),
      reportSec: reportSec === null ? null : round(reportSec, 2),
      perWorkbookMsAtN: round(two.ms / opts.n, 2),
      parallelSpeedup: round(one.ms / two.ms, 2),
      perWorkbookMsAt4N: big ? round(big.ms / (opts.n * opts.scale), 2) : null,
      ingestOverFloor: round(one.ms / xmlFloor.ms, 2),
      floorParallelSpeedup: round(xmlPairSpeedup, 2),
    };
    if (opts.json) {
      process.stdout.write(`${JSON.stringify(result)}\n`);
    } else {
      printTable(result, {
        scale: opts.scale,
        loadMsPerWb: load.ms / opts.n,
        unzipMsPerWb: unzip.ms / opts.n,
        cpuRatio: { load: one.cpuMs / load.cpuMs, unzip: one.cpuMs / unzip.cpuMs },
        coresAvailable: cores,
        floorSpeedup: floorPair.speedup,
        xmlPair: { speedup: [xmlPair.speedup, xmlPairB.speedup], oneMsPerWb: [xmlPair.oneMs / xmlPair.oneFiles, xmlPairB.oneMs / xmlPairB.oneFiles] },
        phases: { one: phasesOf(one, opts.n), two: phasesOf(two, opts.n), big: big ? phasesOf(big, opts.n * opts.scale) : null },
        xmlFloor: { msPerWb: [xmlA.ms / opts.n, xmlB.ms / opts.n], cpuRatio: one.cpuMs / xmlFloor.cpuMs },
        coldFloorMsPerWb: [coldA / opts.n, coldB / opts.n],
        warm,
        warmup: { one: one.warmup ?? null, two: two.warmup ?? null },
        reportUnits: reportPlan.organizations.length,
        oneMsPerWb: one.ms / opts.n,
        runs: { loadMs: [loadA.ms / opts.n, loadB.ms / opts.n], oneMs: [oneA.ms / opts.n, oneB.ms / opts.n], twoMs: [twoA.ms / opts.n, twoB.ms / opts.n] },
        cpu: { one: one.cpuMs / one.ms, two: two.cpuMs / two.ms },
        withQ1: { msPerWb: withQ1.ms / opts.n, peakRssMb: withQ1.peakRssMb },
        serialMsPerWb: serial ? serial.ms / opts.n : null,
        rss: { one: one.peakRssMb, two: two.peakRssMb, big: big?.peakRssMb ?? null, memory: memory ? { n: opts.memory ?? 0, mb: memory.peakRssMb, msPerWb: memory.ms / (opts.memory ?? 1) } : null },
        report,
        accepted: two.summary.accepted,
        totalSec: (performance.now() - started) / 1000,
        load: [loadAtStart, loadavg()[0] ?? 0],
      });
    }
  } finally {
    if (keep) log(opts, `files kept in ${root}`);
    else await rm(root, { recursive: true, force: true });
  }
}

const round = (v: number, digits: number): number => Number(v.toFixed(digits));

/** Two runs of the report phase: mean times, the larger peak RSS. */
function meanReport(a: ReportChild, b: ReportChild): ReportChild {
  const mean = (k: 'evaluateSec' | 'reportSec' | 'exportSec' | 'sec') => (a[k] + b[k]) / 2;
  return { ...a, evaluateSec: mean('evaluateSec'), reportSec: mean('reportSec'), exportSec: mean('exportSec'), sec: mean('sec'), peakRssMb: Math.max(a.peakRssMb, b.peakRssMb) };
}

/** An ingest run's phases for the table: to the first result, steady, and its CPU per workbook. */
function phasesOf(r: ChildResult, files: number): IngestPhases {
  return {
    firstMs: r.firstMs,
    steadyMs: r.steadyMsPerFile,
    mainBusyMsPerWb: r.mainBusyMs / files,
    mainCpuMsPerWb: r.mainCpuMs / files,
    helperCpuMsPerWb: r.helperCpuMs === null ? null : r.helperCpuMs / files,
    cpuMsPerWb: r.cpuMs / files,
  };
}

/** Two runs of the same ingest: mean time and CPU, the larger peak RSS. */
function meanRun(a: ChildResult, b: ChildResult): ChildResult {
  const mean = (k: 'ms' | 'cpuMs' | 'mainBusyMs' | 'mainCpuMs' | 'firstMs' | 'steadyMsPerFile') => (a[k] + b[k]) / 2;
  const helperCpuMs = a.helperCpuMs !== null && b.helperCpuMs !== null ? (a.helperCpuMs + b.helperCpuMs) / 2 : null;
  return { ...a, helperCpuMs, ms: mean('ms'), cpuMs: mean('cpuMs'), mainBusyMs: mean('mainBusyMs'), mainCpuMs: mean('mainCpuMs'), firstMs: mean('firstMs'), steadyMsPerFile: mean('steadyMsPerFile'), peakRssMb: Math.max(a.peakRssMb, b.peakRssMb) };
}

await main(process.argv);
