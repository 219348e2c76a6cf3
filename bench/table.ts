// The benchmark's readable table (Vietnamese / English), and the JSON shape of issue 8.
import { availableParallelism } from 'node:os';
import type { ReportTimes } from './report-phase.ts';

/** `npm run bench -- --json` prints exactly this object. */
export interface BenchResult {
  n: number;
  templatesPerSec: number;
  ingestPerSec: number;
  ingestOverExceljsLoad: number;
  ingestOverUnzip: number;
  peakRssMb: number;
  reportSec: number | null;
  perWorkbookMsAtN: number;
  parallelSpeedup: number;
  perWorkbookMsAt4N: number | null;
  /** Ingest (1 worker) over the unzip + XML floor: the sheet and shared-strings parts unzipped and walked once with saxes (issue 21). */
  ingestOverFloor: number;
  /** The unzip + XML floor in two processes at once, against one process: what two cores give the bare parse. */
  floorParallelSpeedup: number;
}

export interface BenchDetail {
  scale: number;
  /** Ingest CPU time (all threads) over the floor's CPU time: robust to other processes. */
  cpuRatio: { load: number; unzip: number };
  /** Cores two busy threads got just before the ingest runs. */
  coresAvailable: number;
  /** The exceljs-load floor over the files split between two processes at once, against one process. */
  floorSpeedup: number;
  /** The unzip + XML floor in two processes against one (A and B), timed inside the processes; ms per workbook of the one process. */
  xmlPair: { speedup: [number, number]; oneMsPerWb: [number, number] };
  /** Each N ingest (1 and 2 workers, means of A and B) and the k·N one: to the first result, per file once steady, the main thread's busy time per file. */
  phases: Record<'one' | 'two', IngestPhases> & { big: IngestPhases | null };
  /** The unzip + XML floor, ms per workbook (A and B runs), and the ingest's CPU time over its CPU time. */
  xmlFloor: { msPerWb: [number, number]; cpuRatio: number };
  /** The unzip + XML floor's first pass in a fresh process (code cold), ms per workbook (A and B runs). */
  coldFloorMsPerWb: [number, number];
  /** prepareFile in one fresh thread once warm, alternated file by file with the XML floor (bench/prepare-loop.ts). */
  warm: { prepareMsPerWb: number; floorMsPerWb: number; prepareCpuMsPerWb: number; floorCpuMsPerWb: number };
  /** ms per file of the 1- and 2-worker ingests (run A) between results 1–10, 10–50, 50–100 and 100 to the end. */
  warmup: Record<'one' | 'two', Warmup | null>;
  /** Organisations in the evaluated/reported population. */
  reportUnits: number;
  loadMsPerWb: number;
  unzipMsPerWb: number;
  oneMsPerWb: number;
  /** The A and B measurements (ms per workbook) the means come from: before and after the rest. */
  runs: { loadMs: [number, number]; oneMs: [number, number]; twoMs: [number, number] };
  serialMsPerWb: number | null;
  rss: { one: number; two: number; big: number | null; memory: { n: number; mb: number; msPerWb: number } | null };
  report: (ReportTimes & { peakRssMb: number }) | null;
  /** Cores kept busy during the ingest: process CPU time / wall time. */
  cpu: { one: number; two: number };
  /** The 2-worker ingest again, into a store already holding Q1 for every organisation. */
  withQ1: { msPerWb: number; peakRssMb: number };
  accepted: number;
  totalSec: number;
  /** 1-minute load average at start and end (other processes share the cores). */
  load: [number, number];
}

export interface Warmup {
  to10: number | null;
  to50: number | null;
  to100: number | null;
  rest: number | null;
}

export interface IngestPhases {
  firstMs: number;
  steadyMs: number;
  mainBusyMsPerWb: number;
  /** The main thread's CPU time per file, and the whole process's (workers, V8's helper threads). */
  mainCpuMsPerWb: number;
  /** V8's helper threads (concurrent JIT compiling, GC) and libuv's pool, per file; null without /proc. */
  helperCpuMsPerWb: number | null;
  cpuMsPerWb: number;
}

/** A run's CPU per file: the main thread's, the workers' (the rest), V8's helper threads'. */
function cpuSplit(p: IngestPhases): string {
  if (p.helperCpuMsPerWb === null) return '—';
  return [p.mainCpuMsPerWb, p.cpuMsPerWb - p.mainCpuMsPerWb - p.helperCpuMsPerWb, p.helperCpuMsPerWb].map((v) => f(v, 2)).join(' · ');
}

const f = (v: number, d = 1): string => v.toLocaleString('vi-VN', { minimumFractionDigits: d, maximumFractionDigits: d });

function warmupText(w: Warmup): string {
  return [w.to10, w.to50, w.to100, w.rest].map((v) => (v === null ? '—' : f(v, 1))).join(' · ') + ' ms';
}

export function printTable(r: BenchResult, d: BenchDetail): void {
  const cores = availableParallelism();
  const check = (ok: boolean): string => (ok ? 'đạt / met' : 'chưa đạt / not met');
  // The floors' A and B runs, averaged: what the ratios are taken against.
  const xmlFloorMs = (d.xmlFloor.msPerWb[0] + d.xmlFloor.msPerWb[1]) / 2;
  const coldFloorMs = (d.coldFloorMsPerWb[0] + d.coldFloorMsPerWb[1]) / 2;
  const rows: Array<[string, string, string]> = [
    ['Số biểu mẫu / workbooks (N)', String(r.n), `${d.accepted} accepted`],
    ['Tạo biểu mẫu / templates', `${f(r.templatesPerSec)} /s`, '1 core'],
    ['Sàn: exceljs load / floor', `${f(d.loadMsPerWb, 2)} ms/wb`, `1 core; mean of ${f(d.runs.loadMs[0], 2)} and ${f(d.runs.loadMs[1], 2)}`],
    ['Sàn: giải nén / unzip floor', `${f(d.unzipMsPerWb, 2)} ms/wb`, '1 core'],
    ['Sàn: giải nén + XML / unzip + XML floor', `${f(xmlFloorMs, 2)} ms/wb`, `1 core; mean of ${f(d.xmlFloor.msPerWb[0], 2)} and ${f(d.xmlFloor.msPerWb[1], 2)}`],
    ...(d.serialMsPerWb !== null
      ? [['Tiếp nhận tuần tự / ingest serial', `${f(d.serialMsPerWb, 2)} ms/wb`, `the main thread alone (the CLI's default on two cores) = ${f(d.serialMsPerWb / xmlFloorMs, 2)}× the XML floor`] as [string, string, string]]
      : []),
    ['Tiếp nhận 1 luồng / ingest 1 worker', `${f(d.oneMsPerWb, 2)} ms/wb`, `mean of ${f(d.runs.oneMs[0], 2)} and ${f(d.runs.oneMs[1], 2)}; peak RSS ${f(d.rss.one, 0)} MB, ${f(d.cpu.one, 2)} cores busy`],
    ['Tiếp nhận 2 luồng / ingest 2 workers', `${f(r.perWorkbookMsAtN, 2)} ms/wb = ${f(r.ingestPerSec)} wb/s`, `mean of ${f(d.runs.twoMs[0], 2)} and ${f(d.runs.twoMs[1], 2)}; peak RSS ${f(d.rss.two, 0)} MB, ${f(d.cpu.two, 2)} cores busy`],
    ['… đã có quý I / with Q1 in the store', `${f(d.withQ1.msPerWb, 2)} ms/wb`, `peak RSS ${f(d.withQ1.peakRssMb, 0)} MB — a real Q2 batch`],
    ['Ingest / exceljs load (1 worker)', `${f(r.ingestOverExceljsLoad, 2)}×`, `target ≤ 1,5× — ${check(r.ingestOverExceljsLoad <= 1.5)}`],
    ['Ingest / unzip (1 worker)', `${f(r.ingestOverUnzip, 2)}×`, ''],
    ['Ingest / unzip + XML (1 worker)', `${f(r.ingestOverFloor, 2)}×`, `target ≤ 1,5× — ${check(r.ingestOverFloor <= 1.5)}; CPU ${f(d.xmlFloor.cpuRatio, 2)}×`],
    [
      '… sàn nguội / cold floor',
      `${f(coldFloorMs, 2)} ms/wb`,
      `the same unzip + XML pass, first in a fresh process (code cold; mean of ${f(d.coldFloorMsPerWb[0], 2)} and ${f(d.coldFloorMsPerWb[1], 2)}); ingest 1 worker = ${f(d.oneMsPerWb / coldFloorMs, 2)}× it`,
    ],
    ['CPU: ingest / exceljs load', `${f(d.cpuRatio.load, 2)}×`, `CPU: ingest / unzip ${f(d.cpuRatio.unzip, 2)}×`],
    ['Lõi sẵn có / cores available', `${f(d.coresAvailable, 2)}`, 'two busy threads, just before the ingest runs'],
    ['Tăng tốc 2 luồng / speed-up', `${f(r.parallelSpeedup, 2)}×`, `target ≥ 1,6× — ${check(r.parallelSpeedup >= 1.6)}`],
    ['… sàn trên 2 tiến trình / floor, 2 processes', `${f(d.floorSpeedup, 2)}×`, 'what two cores give the parse alone on this machine'],
    ['… sàn XML trên 2 tiến trình / XML floor, 2 processes', `${f(r.floorParallelSpeedup, 2)}×`, `mean of ${f(d.xmlPair.speedup[0], 2)} and ${f(d.xmlPair.speedup[1], 2)} (timed inside the processes; one process ${f(d.xmlPair.oneMsPerWb[0], 2)} and ${f(d.xmlPair.oneMsPerWb[1], 2)} ms/wb); speed-up / this: ${f(r.parallelSpeedup / r.floorParallelSpeedup, 2)} — target ≥ 0,9 — ${check(r.parallelSpeedup >= 0.9 * r.floorParallelSpeedup)}`],
    ['Khởi động / start-up to 1st file', `${f(d.phases.one.firstMs, 0)} ms`, `1 worker; 2 workers ${f(d.phases.two.firstMs, 0)} ms${d.phases.big ? `; ${d.scale}N ${f(d.phases.big.firstMs, 0)} ms` : ''}`],
    [
      'Ổn định / steady, per file',
      `${f(d.phases.one.steadyMs, 2)} ms/wb`,
      `1 worker (${f(d.phases.one.steadyMs / xmlFloorMs, 2)}× the XML floor); 2 workers ${f(d.phases.two.steadyMs, 2)} ms/wb (speed-up ${f(d.phases.one.steadyMs / d.phases.two.steadyMs, 2)}×)${d.phases.big ? `; ${d.scale}N ${f(d.phases.big.steadyMs, 2)} ms/wb` : ''} — second half of each batch`,
    ],
    [
      'Luồng chính / main thread CPU',
      `${f(d.phases.one.mainCpuMsPerWb, 2)} ms/wb`,
      `1 worker (busy ${f(d.phases.one.mainBusyMsPerWb, 2)}); 2 workers ${f(d.phases.two.mainCpuMsPerWb, 2)} (busy ${f(d.phases.two.mainBusyMsPerWb, 2)}) — store writes, replies`,
    ],
    [
      'Một luồng, đã nóng / one warm thread',
      `${f(d.warm.prepareMsPerWb, 2)} ms/wb`,
      `prepareFile (read + check, no store) = ${f(d.warm.prepareMsPerWb / d.warm.floorMsPerWb, 2)}× the XML floor alternated with it file by file (CPU ${f(d.warm.prepareCpuMsPerWb / d.warm.floorCpuMsPerWb, 2)}×); first of 4 rounds (cold) left out`,
    ],
    ['Mã nóng dần / warm-up, per file', d.warmup.one ? warmupText(d.warmup.one) : '—', `1 worker, results 1–10 · 10–50 · 50–100 · 100–end${d.warmup.two ? `; 2 workers ${warmupText(d.warmup.two)}` : ''}`],
    ['CPU tiến trình / process CPU', `${f(d.phases.one.cpuMsPerWb, 2)} ms/wb`, `1 worker; 2 workers ${f(d.phases.two.cpuMsPerWb, 2)} ms/wb (all threads, start-up included)`],
    ['… theo luồng / by thread', cpuSplit(d.phases.one), `1 worker; 2 workers ${cpuSplit(d.phases.two)} — main · workers · V8 helpers (JIT compiling, GC), ms/wb`],
    ...(d.report
      ? ([
          ['Đánh giá / evaluate', `${f(d.report.evaluateSec, 2)} s`, `${d.reportUnits} units`],
          ['Báo cáo Word / report', `${f(d.report.reportSec, 2)} s`, `${f(d.report.docxKb, 0)} KB`],
          ['Xuất Excel / export', `${f(d.report.exportSec, 2)} s`, ''],
          ['Cộng / report total', `${f(r.reportSec ?? 0, 2)} s`, `target < 5 s — ${check((r.reportSec ?? 0) < 5)}; peak RSS ${f(d.report.peakRssMb, 0)} MB`],
        ] as Array<[string, string, string]>)
      : [['Báo cáo / report', 'lỗi / failed', 'see the log above'] as [string, string, string]]),
    [
      `Quy mô ${d.scale}N / ${d.scale}N`,
      r.perWorkbookMsAt4N === null ? '—' : `${f(r.perWorkbookMsAt4N, 2)} ms/wb`,
      r.perWorkbookMsAt4N === null ? '' : `${f((r.perWorkbookMsAt4N / r.perWorkbookMsAtN - 1) * 100, 0)}% vs N; target ≤ 10% — ${check(r.perWorkbookMsAt4N <= r.perWorkbookMsAtN * 1.1)}`,
    ],
    ...(d.rss.memory
      ? [[`Tiếp nhận ${d.rss.memory.n} / ingest ${d.rss.memory.n}`, `${f(d.rss.memory.msPerWb, 2)} ms/wb`, `2 workers, peak RSS ${f(d.rss.memory.mb, 0)} MB`] as [string, string, string]]
      : []),
    ['RSS tối đa / peak RSS', `${f(r.peakRssMb, 0)} MB`, `target < 400 MB at 10,000 — ${check(r.peakRssMb < 400)}${d.rss.big !== null ? `; ${d.scale}N: ${f(d.rss.big, 0)} MB` : ''}`],
    ['Thời gian chạy / wall time', `${f(d.totalSec, 0)} s`, `load average ${f(d.load[0])} → ${f(d.load[1])} (${cores} cores)`],
  ];
  const w0 = Math.max(...rows.map((x) => x[0].length));
  const w1 = Math.max(...rows.map((x) => x[1].length));
  for (const [a, b, c] of rows) process.stdout.write(`${a.padEnd(w0)}  ${b.padStart(w1)}  ${c}\n`);
}
