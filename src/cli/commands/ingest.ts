import { basename } from 'node:path';
import cliProgress from 'cli-progress';
import type { Command } from 'commander';
import { z } from 'zod';
import type { Finding } from '../../model/finding.ts';
import type { IngestBatchResult, IngestFileResult } from '../../model/ingest.ts';
import type { Plan } from '../../model/plan.ts';
import { UPWARD_TEXT } from '../../vi/consolidate-text.ts';
import { PeriodIdSchema } from '../../model/period.ts';
import { ingest, loadIngestSettings } from '../../ingest/index.ts';
import { OnRemovedFiguresSchema } from '../../model/versions.ts';
import { VERSIONS_TEXT } from '../../vi/versions-text.ts';
import { periodicCollector } from '../../ingest/collect-garbage.ts';
import { loadPlan } from '../../plan/index.ts';
import type { UnitTree } from '../../units/index.ts';
import { loadUnitsOrSay } from '../units-file.ts';
import { OUTCOME_LABEL } from '../../vi/labels.ts';
import { INGEST_CLI_TEXT as T } from '../../vi/messages/ingest.ts';
import { type CliContext, EXIT } from '../context.ts';
import { dbOption, jsonOption, parseOptions, periodOption, planOption } from '../options.ts';
import { pad, paint, renderFindings } from '../render.ts';
import { openStoreOrSay } from '../store.ts';

const OptionsSchema = z.object({
  plan: z.string().trim().min(1),
  db: z.string().trim().min(1).default('baocao.db'),
  password: z.string().min(1).optional(),
  feedback: z.string().trim().min(1).optional(),
  receivedAt: z
    .string()
    .optional()
    .refine((v) => v === undefined || z.iso.datetime({ offset: true }).safeParse(v).success, { message: T.badReceivedAt })
    .transform((v) => (v === undefined ? undefined : new Date(v).toISOString())),
  period: PeriodIdSchema.optional(),
  /** Default: one per core for a folder or several files, none for one file. */
  workers: z.coerce.number().int().min(1).max(16).optional(),
  onRemovedFigures: OnRemovedFiguresSchema.optional(),
  config: z.string().trim().min(1).optional(),
  json: z.boolean().optional(),
  /**
   * The office's tree of units and its unit: a form for a unit not in the tree is refused, and
   * consolidated workbooks must come from below the unit.
   */
  units: z.string().trim().min(1).optional(),
  unit: z.string().trim().min(1).optional(),
});

export function registerIngestCommand(program: Command, ctx: CliContext): void {
  program
    .command('ingest')
    .description(T.description)
    .argument('<tệp-hoặc-thư-mục...>', T.pathsArgument)
    .addOption(planOption(T.planOption, { arg: '<kế-hoạch>' }))
    .addOption(dbOption())
    .option('--password <mật-khẩu>', T.passwordOption)
    .option('--feedback <thư-mục>', T.feedbackOption)
    .option('--received-at <thời-điểm>', T.receivedAtOption)
    .addOption(periodOption(T.periodOption, { required: false }))
    .option('--workers <số>', T.workersOption)
    .option('--on-removed-figures <hold|accept|reject>', VERSIONS_TEXT.onRemovedFiguresOption)
    .option('--config <tệp>', VERSIONS_TEXT.configOption)
    .option('--units <tệp>', UPWARD_TEXT.unitsOption)
    .option('--unit <mã>', UPWARD_TEXT.unitOption)
    .addOption(jsonOption())
    .action(async (paths: string[], raw: unknown) => runIngest(ctx, paths, raw));
}

/** `baocao ingest`: 0 all stored, 1 a file rejected or unreadable, 2 bad usage or unusable plan. */
async function runIngest(ctx: CliContext, paths: string[], raw: unknown): Promise<void> {
  const options = parseOptions(OptionsSchema, raw, ctx);
  if (!options) return;
  const loaded = await loadPlan(options.plan);
  if (!loaded.ok) {
    ctx.stderr(T.planInvalid);
    ctx.stderr(renderFindings(loaded.findings, ctx.isTTY));
    ctx.exitCode = EXIT.usage;
    return;
  }
  const settings = await loadIngestSettings(options.config);
  if (!settings.ok) {
    ctx.stderr(renderFindings(settings.findings, ctx.isTTY));
    ctx.exitCode = EXIT.usage;
    return;
  }
  const receiving = await receivingUnits(ctx, options, loaded.plan);
  if (receiving === null) return;
  const onRemovedFigures = options.onRemovedFigures ?? settings.settings.onRemovedFigures;
  // One units file, read once: forms are checked against it, workbooks from below placed in it.
  const units = receiving?.tree;
  const store = openStoreOrSay(ctx, options.db);
  if (!store) return;
  const bar = ctx.isTTY && !options.json && process.stderr.isTTY
    ? new cliProgress.SingleBar({ format: `${T.progress} {bar} {value}/{total} {file}`, stream: process.stderr, hideCursor: true, clearOnComplete: true }, cliProgress.Presets.shades_classic)
    : null;
  const out = options.json ? jsonStream(ctx) : textSummary(ctx, options.feedback);
  let summary: IngestBatchResult['summary'];
  let skipped: string[];
  try {
    let started = false;
    // One file is read in this thread, a folder or several files by worker threads (src/ingest/ingest.ts picks).
    // Each file's result is printed or summed up as it comes: a batch of any size holds none of
    // them; this thread's garbage is collected as it goes (src/ingest/collect-garbage.ts).
    const collect = periodicCollector();
    const result = await ingest(paths, {
      plan: loaded.plan,
      planHash: loaded.hash,
      store,
      keepFiles: false,
      onRemovedFigures,
      onFile: (f) => {
        out.file(f);
        collect();
      },
      ...(options.password ? { password: options.password } : {}),
      ...(options.feedback ? { feedbackDir: options.feedback } : {}),
      ...(options.receivedAt ? { receivedAt: options.receivedAt } : {}),
      ...(options.period ? { period: options.period } : {}),
      ...(options.workers !== undefined ? { workers: options.workers } : {}),
      ...(receiving ? { receiving } : {}),
      ...(units ? { units } : {}),
      onProgress: ({ done, total, file }) => {
        if (!bar || total < 2) return;
        if (!started) bar.start(total, 0, { file: '' });
        started = true;
        bar.update(done, { file: basename(file) });
      },
    });
    summary = result.summary;
    skipped = result.skipped;
    if (started) bar?.stop();
  } finally {
    store.close();
  }
  ctx.exitCode = summary.rejected + summary.unreadable > 0 ? EXIT.findings : EXIT.ok;
  out.end(summary, skipped);
}

/**
 * `--units` and `--unit`: the receiving office's tree (consolidated workbooks must come from a unit
 * below `--unit`, default the tree's root). Undefined without `--units` (workbooks from any unit
 * are then accepted with a warning); null after printing a Vietnamese error (exit code 2).
 */
async function receivingUnits(ctx: CliContext, options: z.infer<typeof OptionsSchema>, plan: Plan): Promise<{ tree: UnitTree; unitsFile: string; unit?: string } | null | undefined> {
  if (!options.units) {
    if (!options.unit) return undefined;
    ctx.stderr(UPWARD_TEXT.unitWithoutUnits);
    ctx.exitCode = EXIT.usage;
    return null;
  }
  const tree = await loadUnitsOrSay(ctx, options.units, plan);
  if (!tree) return null;
  if (options.unit && !tree.units.some((u) => u.code === options.unit)) {
    ctx.stderr(UPWARD_TEXT.unknownReceiver(options.unit, options.units));
    ctx.exitCode = EXIT.usage;
    return null;
  }
  return { tree, unitsFile: options.units, ...(options.unit ? { unit: options.unit } : {}) };
}

/** What the command prints: each file as it is stored, then the end of the batch. */
interface Output {
  file: (f: IngestFileResult) => void;
  /** The counts, and the files of the folders that were not spreadsheets (human output only: the JSON shape is the issue's). */
  end: (summary: IngestBatchResult['summary'], skipped: readonly string[]) => void;
}

/**
 * --json: `{ "files": [...], "summary": {...} }`, as JSON.stringify(value, null, 2) would print
 * it, written one file at a time as the batch goes.
 */
function jsonStream(ctx: CliContext): Output {
  let count = 0;
  const indent = (json: string, spaces: number): string => json.replace(/\n/g, `\n${' '.repeat(spaces)}`);
  return {
    file: (f) => {
      ctx.stdout(`${count === 0 ? '{\n  "files": [\n' : ',\n'}    ${indent(JSON.stringify(fileJson(f), null, 2), 4)}`);
      count++;
    },
    end: (summary) => {
      const counts = indent(JSON.stringify(summaryJson(summary), null, 2), 2);
      ctx.stdout(`${count === 0 ? '{\n  "files": [],\n' : '\n  ],\n'}  "summary": ${counts}\n}\n`);
    },
  };
}

/** One line per file; the findings listed under the table, up to FINDINGS_SHOWN of them. */
interface Row {
  name: string;
  outcome: IngestFileResult['outcome'];
  org: string;
  period: string;
  errors: number;
  warnings: number;
  feedback: boolean;
}

/** Findings listed in full under the table; the rest are counted (they are in the store and the feedback copies). */
const FINDINGS_SHOWN = 200;

/** The table and the findings, printed at the end from one line per file (not the files' results). */
function textSummary(ctx: CliContext, feedbackDir: string | undefined): Output {
  const rows: Row[] = [];
  const shown: Finding[] = [];
  let hidden = 0;
  return {
    file: (f) => {
      rows.push({
        name: basename(f.file),
        outcome: f.outcome,
        org: f.unit && f.org ? `${f.unit}/${f.org}` : (f.org ?? f.unit ?? ''),
        period: f.period ?? '',
        errors: f.findings.filter((x) => x.severity === 'error').length,
        warnings: f.findings.filter((x) => x.severity === 'warning').length,
        feedback: f.feedbackFile !== undefined,
      });
      for (const x of f.findings) {
        if (shown.length < FINDINGS_SHOWN) shown.push({ ...x, file: f.file });
        else hidden++;
      }
    },
    end: (summary, skipped) => ctx.stdout(renderSummary(rows, shown, hidden, summary, skipped, ctx.isTTY, feedbackDir)),
  };
}

/** One file in the JSON shape of the issue: the file, what became of it and its findings. */
function fileJson(f: IngestFileResult) {
  return {
    file: f.file,
    sha256: f.sha256,
    outcome: f.outcome,
    org: f.org,
    ...(f.unit ? { unit: f.unit } : {}),
    period: f.period,
    ...(f.unit ? { unit: f.unit } : {}),
    ...(f.feedbackFile ? { feedbackFile: f.feedbackFile } : {}),
    findings: f.findings.map((x) => ({
      code: x.code,
      severity: x.severity,
      sheet: x.sheet ?? null,
      cell: x.cell ?? null,
      taskId: x.taskId ?? null,
      targetId: x.targetId ?? null,
      message: x.message,
      ...(x.hint ? { hint: x.hint } : {}),
    })),
  };
}

/**
 * The counts in the JSON shape of the issue ("accepted" includes the versions that replaced an earlier one;
 * held and archived versions are stored but did not become current).
 */
function summaryJson(s: IngestBatchResult['summary']) {
  return { accepted: s.accepted + s.superseded, superseded: s.superseded, held: s.held, archived: s.archived, duplicate: s.duplicate, rejected: s.rejected, unreadable: s.unreadable };
}

const OUTCOME_COLOUR = { accepted: 'green', superseded: 'green', held: 'yellow', archived: 'gray', duplicate: 'gray', rejected: 'red', unreadable: 'red' } as const;

function renderSummary(
  rows: readonly Row[],
  findings: readonly Finding[],
  hidden: number,
  summary: IngestBatchResult['summary'],
  skipped: readonly string[],
  isTTY: boolean,
  feedbackDir: string | undefined,
): string {
  const skippedLine = skipped.length > 0 ? [T.skipped(skipped.map((f) => basename(f)))] : [];
  if (rows.length === 0) return `${[T.nothing, ...skippedLine].join('\n')}\n`;
  const c = T.columns;
  const fileWidth = Math.min(40, Math.max(c.file.length, ...rows.map((r) => [...r.name].length)));
  // Wider when forms name their unit ("LG-PHUOCHOI/HCCB"); 7 as before otherwise.
  const orgWidth = Math.min(24, Math.max(7, ...rows.map((r) => [...r.org].length)));
  const lines = [paint(isTTY, 'bold', T.heading(rows.length))];
  lines.push(`  ${pad(c.file, fileWidth)}  ${pad(c.outcome, 20)} ${pad(c.org, orgWidth)} ${pad(c.period, 8)} ${pad(c.errors, 4, 'right')} ${pad(c.warnings, 8, 'right')}`);
  for (const r of rows) {
    const outcome = paint(isTTY, OUTCOME_COLOUR[r.outcome], pad(OUTCOME_LABEL[r.outcome], 20));
    lines.push(`  ${pad(r.name, fileWidth)}  ${outcome} ${pad(r.org, orgWidth)} ${pad(r.period, 8)} ${pad(String(r.errors), 4, 'right')} ${pad(String(r.warnings), 8, 'right')}`);
  }
  lines.push('', T.summary(summary), ...skippedLine);
  if (findings.length > 0) lines.push('', T.findingsHeading, renderFindings(findings, isTTY));
  if (hidden > 0) lines.push(T.moreFindings(hidden));
  const written = rows.filter((r) => r.feedback).length;
  if (feedbackDir && written > 0) lines.push('', T.feedbackWritten(written, feedbackDir));
  return `${lines.join('\n')}\n`;
}
