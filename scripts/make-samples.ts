/**
 * Regenerates samples/filled/ — the offices' returned workbooks of the demo — from the sample
 * plan and the offices' answers in samples/fill-2024.yaml, through the real template
 * (templateBuffer) and the way a user types into it (fillWorkbook).
 *
 *   npx tsx scripts/make-samples.ts [--check]
 *
 * A second-quarter workbook is generated as the office received it: with the read-only
 * "Lũy kế đến hết kỳ trước" column holding its own first-quarter cumulative results.
 * --check only validates the fill data against the plan and writes nothing.
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import yauzl from 'yauzl';
import { parse } from 'yaml';
import { type FillData, type SampleFile, SampleFillSchema } from '../src/model/index.ts';
import { requirePlan } from '../src/plan/index.ts';
import { fillWorkbook, templateBuffer } from '../src/template/index.ts';
import { parseViNumber } from '../src/vi/number.ts';
import { previousQuarter } from '../src/vi/period.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const samples = join(root, 'samples');
const outDir = join(samples, 'filled');

type TaskAnswers = NonNullable<SampleFile['tasks']>;
type TargetAnswers = NonNullable<SampleFile['targets']>;

/** An entry with its "from" base applied: the base's answers, overridden field by field. */
function resolveEntry(entry: SampleFile, byFile: Map<string, SampleFile>, seen: string[] = []): SampleFile {
  if (!entry.from) return entry;
  if (seen.includes(entry.file)) throw new Error(`"from" loop: ${[...seen, entry.file].join(' → ')}`);
  const baseEntry = byFile.get(entry.from);
  if (!baseEntry) throw new Error(`${entry.file}: "from" names an unknown file ${entry.from}`);
  const base = resolveEntry(baseEntry, byFile, [...seen, entry.file]);
  const tasks: TaskAnswers = { ...base.tasks };
  for (const [id, t] of Object.entries(entry.tasks ?? {})) tasks[id] = { ...tasks[id], ...t };
  const targets: TargetAnswers = { ...base.targets };
  for (const [id, t] of Object.entries(entry.targets ?? {})) targets[id] = { ...targets[id], ...t };
  return { ...base, ...entry, info: { ...base.info, ...entry.info }, tasks, targets };
}

/** The FillData typed into the template: a null task text means the cell is left untouched (empty). */
function fillDataOf(entry: SampleFile): FillData {
  const tasks: NonNullable<FillData['tasks']> = {};
  for (const [id, t] of Object.entries(entry.tasks ?? {})) {
    const kept = Object.fromEntries(Object.entries(t).filter(([, v]) => v !== null && v !== undefined)) as Record<string, string>;
    tasks[id] = kept;
  }
  return { targets: entry.targets ?? {}, tasks, info: entry.info ?? {} };
}

/** A typed value as a number (text typed the Vietnamese way is read as such), or null. */
function numberOf(v: number | string | null | undefined): number | null {
  if (typeof v === 'number') return v;
  if (typeof v === 'string') return parseViNumber(v)?.value ?? null;
  return null;
}

/** The entries of an .xlsx (a zip), name → bytes. */
async function zipEntries(bytes: Buffer): Promise<Map<string, Buffer>> {
  const zip = await yauzl.fromBufferPromise(bytes, { lazyEntries: true });
  const entries = new Map<string, Buffer>();
  await new Promise<void>((resolve, reject) => {
    zip.on('entry', (entry: yauzl.Entry) => {
      zip
        .openReadStreamPromise(entry)
        .then(async (stream) => {
          const chunks: Buffer[] = [];
          for await (const chunk of stream) chunks.push(chunk as Buffer);
          entries.set(entry.fileName, Buffer.concat(chunks));
          zip.readEntry();
        })
        .catch(reject);
    });
    zip.on('end', () => resolve());
    zip.on('error', reject);
    zip.readEntry();
  });
  return entries;
}

/**
 * Same workbook content (exceljs stamps the zip entries with the time of writing, so the bytes
 * differ on every run): an unchanged sample is not rewritten and its SHA-256 stays the same.
 */
async function sameContent(a: Buffer, b: Buffer): Promise<boolean> {
  const [x, y] = await Promise.all([zipEntries(a), zipEntries(b)]);
  return x.size === y.size && [...x].every(([name, data]) => y.get(name)?.equals(data) ?? false);
}

/** Every id the fill data uses must exist in the plan for the file's organisation. */
function checkIds(entry: SampleFile, taskIds: Set<string>, targetIds: Set<string>): string[] {
  const problems: string[] = [];
  for (const id of Object.keys(entry.tasks ?? {})) if (!taskIds.has(id)) problems.push(`${entry.file}: task ${id} is not a task of ${entry.org}`);
  for (const id of Object.keys(entry.targets ?? {})) if (!targetIds.has(id)) problems.push(`${entry.file}: target ${id} is not a target of ${entry.org}`);
  return problems;
}

async function main(): Promise<void> {
  const check = process.argv.includes('--check');
  const fill = SampleFillSchema.parse(parse(await readFile(join(samples, 'fill-2024.yaml'), 'utf8')));
  const { plan, hash } = await requirePlan(join(samples, fill.plan));
  const byFile = new Map(fill.files.map((f) => [f.file, f]));
  if (byFile.size !== fill.files.length) throw new Error('two entries of samples/fill-2024.yaml have the same file name');

  const entries = fill.files.map((f) => resolveEntry(f, byFile));
  const problems: string[] = [];
  for (const entry of entries) {
    if (!plan.organizations.some((o) => o.code === entry.org)) problems.push(`${entry.file}: unknown organisation ${entry.org}`);
    const taskIds = new Set(plan.tasks.filter((t) => t.org === entry.org).map((t) => t.id));
    const targetIds = new Set(plan.targets.filter((t) => taskIds.has(t.task)).map((t) => t.id));
    problems.push(...checkIds(entry, taskIds, targetIds));
  }
  if (problems.length > 0) throw new Error(`samples/fill-2024.yaml does not match the plan:\n${problems.join('\n')}`);
  if (check) {
    process.stdout.write(`fill data OK: ${entries.length} files\n`);
    return;
  }

  await mkdir(outDir, { recursive: true });
  const keep = new Set(entries.map((e) => e.file));
  for (const old of await readdir(outDir)) if (old.endsWith('.xlsx') && !keep.has(old)) await rm(join(outDir, old));
  for (const entry of entries) {
    // The office's template of a later quarter shows its own previous cumulative (the first, un-derived file).
    const prev = previousQuarter(entry.period);
    const previousEntry = prev ? entries.find((e) => e.org === entry.org && e.period === prev && !byFile.get(e.file)?.from) : undefined;
    const previous = previousEntry
      ? new Map(Object.entries(previousEntry.targets ?? {}).map(([id, t]) => [id, numberOf(t.cumulative)]))
      : undefined;
    const template = await templateBuffer(plan, hash, entry.org, entry.period, previous ? { previous } : {});
    const filled = await fillWorkbook(template, fillDataOf(entry));
    const path = join(outDir, entry.file);
    if (existsSync(path) && (await sameContent(await readFile(path), filled))) {
      process.stdout.write(`unchanged  ${entry.file}\n`);
      continue;
    }
    await writeFile(path, filled);
    process.stdout.write(`written    ${entry.file}\n`);
  }
}

await main();
