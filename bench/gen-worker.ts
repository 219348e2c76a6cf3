// Bench generator thread: builds filled workbooks of the synthetic population.
// Each workbook is the template as issued with the office's values set in its input cells, in
// memory (buildTemplate + values + one write: the same bytes fillWorkbook would give, at half
// the cost — fillWorkbook re-loads and re-writes the template).
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { z } from 'zod';
import { PlanSchema } from '../src/model/plan.ts';
import type { FillData } from '../src/model/template.ts';
import { INFO_SHEET_NAME, type ColumnKey, type InfoKey, type WorkbookMeta } from '../src/model/workbook-meta.ts';
import { buildTemplate, readTemplateMeta } from '../src/template/index.ts';
import { BENCH_PERIOD, fillDataFor } from './population.ts';

const Init = z.object({ plan: z.unknown(), planHash: z.string(), dir: z.string() });
const Job = z.object({ index: z.number().int(), org: z.string() });

const init = Init.parse(workerData);
const plan = PlanSchema.parse(init.plan);

function cellOf(meta: WorkbookMeta, key: ColumnKey, id: string): string {
  const row = meta.rows.find((r) => r.id === id)?.row;
  const letter = meta.columns[key];
  if (!row || !letter) throw new Error(`no cell for ${key} of ${id}`);
  return `${letter}${row}`;
}

async function build(index: number, org: string): Promise<string> {
  const wb = await buildTemplate(plan, init.planHash, org, BENCH_PERIOD);
  const meta = readTemplateMeta(wb);
  if (!meta) throw new Error('generated template has no metadata');
  const ws = wb.getWorksheet(meta.sheet);
  const info = wb.getWorksheet(INFO_SHEET_NAME);
  if (!ws || !info) throw new Error('generated template lacks its sheets');
  const data: FillData = fillDataFor(plan, org, index + 1);
  for (const [id, t] of Object.entries(data.targets ?? {})) {
    if (t.inPeriod !== undefined) ws.getCell(cellOf(meta, 'inPeriod', id)).value = t.inPeriod;
    if (t.cumulative !== undefined) ws.getCell(cellOf(meta, 'cumulative', id)).value = t.cumulative;
  }
  for (const [id, t] of Object.entries(data.tasks ?? {})) {
    for (const key of ['progress', 'result', 'difficulties', 'proposals'] as const) {
      const v = t[key];
      if (v) ws.getCell(cellOf(meta, key, id)).value = v;
    }
  }
  for (const [key, v] of Object.entries(data.info ?? {}) as Array<[InfoKey, string]>) {
    const at = meta.info[key];
    if (at) info.getCell(at).value = key === 'reportDate' ? new Date(`${v}T00:00:00Z`) : v;
  }
  const file = join(init.dir, `${String(index).padStart(6, '0')}_${org}.xlsx`);
  await writeFile(file, Buffer.from(await wb.xlsx.writeBuffer()));
  return file;
}

parentPort?.on('message', (raw: unknown) => {
  const job = Job.parse(raw);
  build(job.index, job.org).then(
    (file) => parentPort?.postMessage({ index: job.index, file }),
    (error: unknown) => parentPort?.postMessage({ index: job.index, error: String(error) }),
  );
});
