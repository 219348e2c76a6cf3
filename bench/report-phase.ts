// Evaluation + consolidated Word report + consolidated Excel export for the whole population.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { periodFromStore } from '../src/evaluate/index.ts';
import type { Plan } from '../src/model/plan.ts';
import { loadReportSettings, loadReportWording, writeExport, writeReport } from '../src/report/index.ts';
import { openStore } from '../src/store/index.ts';
import { BENCH_PERIOD } from './population.ts';

export interface ReportTimes {
  evaluateSec: number;
  reportSec: number;
  exportSec: number;
  docxKb: number;
}

export async function reportPhase(plan: Plan, db: string, outDir: string): Promise<ReportTimes> {
  const store = openStore(db);
  try {
    let t = performance.now();
    const { evaluation, submissions } = periodFromStore(plan, BENCH_PERIOD, store, { now: '2024-07-10T00:00:00.000Z' });
    const evaluateSec = (performance.now() - t) / 1000;

    t = performance.now();
    const [settings, wording] = await Promise.all([loadReportSettings(), loadReportWording()]);
    const { buffer } = await writeReport({ plan, period: BENCH_PERIOD, evaluation, submissions, settings, wording });
    await writeFile(join(outDir, 'report.docx'), buffer);
    const reportSec = (performance.now() - t) / 1000;

    t = performance.now();
    const findings = submissions.flatMap((s) => s.findings);
    await writeExport(plan, evaluation, { submissions, findings }, join(outDir, 'export.xlsx'), { force: true });
    const exportSec = (performance.now() - t) / 1000;
    return { evaluateSec, reportSec, exportSec, docxKb: buffer.length / 1024 };
  } finally {
    store.close();
  }
}
