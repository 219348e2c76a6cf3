import { basename } from 'node:path';
import cliProgress from 'cli-progress';
import type { Command } from 'commander';
import { z } from 'zod';
import type { IngestBatchResult } from '../../model/ingest.ts';
import { PeriodIdSchema } from '../../model/period.ts';
import { ingestFiles, ingestFilesParallel } from '../../ingest/index.ts';
import { loadPlan } from '../../plan/index.ts';
import { openStore } from '../../store/index.ts';
import { CLI_TEXT } from '../../vi/cli-text.ts';
import { OUTCOME_LABEL } from '../../vi/labels.ts';
import { INGEST_CLI_TEXT as T } from '../../vi/messages/ingest.ts';
import { type CliContext, EXIT, printJson } from '../context.ts';
import { parseOptions } from '../options.ts';
import { pad, paint, renderFindings } from '../render.ts';

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
  workers: z.coerce.number().int().min(1).max(16).default(1),
  json: z.boolean().optional(),
});

export function registerIngestCommand(program: Command, ctx: CliContext): void {
  program
    .command('ingest')
    .description(T.description)
    .argument('<tệp-hoặc-thư-mục...>', T.pathsArgument)
    .requiredOption('--plan <kế-hoạch>', T.planOption)
    .option('--db <tệp>', CLI_TEXT.dbOption)
    .option('--password <mật-khẩu>', T.passwordOption)
    .option('--feedback <thư-mục>', T.feedbackOption)
    .option('--received-at <thời-điểm>', T.receivedAtOption)
    .option('--period <kỳ>', T.periodOption)
    .option('--workers <số>', T.workersOption)
    .option('--json', CLI_TEXT.jsonOption)
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
  const store = openStore(options.db);
  const bar = ctx.isTTY && !options.json && process.stderr.isTTY
    ? new cliProgress.SingleBar({ format: `${T.progress} {bar} {value}/{total} {file}`, stream: process.stderr, hideCursor: true, clearOnComplete: true }, cliProgress.Presets.shades_classic)
    : null;
  let result: IngestBatchResult;
  try {
    let started = false;
    // Worker threads pay ≈1 s to start: worth it only for a batch (bench/README.md).
    const run = options.workers > 1 ? (p: string[], o: Parameters<typeof ingestFiles>[1]) => ingestFilesParallel(p, { ...o, workers: options.workers }) : ingestFiles;
    result = await run(paths, {
      plan: loaded.plan,
      planHash: loaded.hash,
      store,
      ...(options.password ? { password: options.password } : {}),
      ...(options.feedback ? { feedbackDir: options.feedback } : {}),
      ...(options.receivedAt ? { receivedAt: options.receivedAt } : {}),
      ...(options.period ? { period: options.period } : {}),
      onProgress: ({ done, total, file }) => {
        if (!bar || total < 2) return;
        if (!started) bar.start(total, 0, { file: '' });
        started = true;
        bar.update(done, { file: basename(file) });
      },
    });
    if (started) bar?.stop();
  } finally {
    store.close();
  }
  const failed = result.files.some((f) => f.outcome === 'rejected' || f.outcome === 'unreadable');
  ctx.exitCode = failed ? EXIT.findings : EXIT.ok;
  if (options.json) {
    printJson(ctx, toJson(result));
    return;
  }
  ctx.stdout(renderSummary(result, ctx.isTTY, options.feedback));
}

/** The JSON shape of the issue: files with their findings, and the counts. */
function toJson(result: IngestBatchResult) {
  const s = result.summary;
  return {
    files: result.files.map((f) => ({
      file: f.file,
      sha256: f.sha256,
      outcome: f.outcome,
      org: f.org,
      period: f.period,
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
    })),
    summary: { accepted: s.accepted + s.superseded, superseded: s.superseded, duplicate: s.duplicate, rejected: s.rejected, unreadable: s.unreadable },
  };
}

const OUTCOME_COLOUR = { accepted: 'green', superseded: 'green', duplicate: 'gray', rejected: 'red', unreadable: 'red' } as const;

function renderSummary(result: IngestBatchResult, isTTY: boolean, feedbackDir: string | undefined): string {
  if (result.files.length === 0) return `${T.nothing}\n`;
  const c = T.columns;
  const names = result.files.map((f) => basename(f.file));
  const fileWidth = Math.min(40, Math.max(c.file.length, ...names.map((n) => [...n].length)));
  const lines = [paint(isTTY, 'bold', T.heading(result.files.length))];
  lines.push(`  ${pad(c.file, fileWidth)}  ${pad(c.outcome, 15)} ${pad(c.org, 7)} ${pad(c.period, 8)} ${pad(c.errors, 4, 'right')} ${pad(c.warnings, 8, 'right')}`);
  result.files.forEach((f, i) => {
    const errors = f.findings.filter((x) => x.severity === 'error').length;
    const warnings = f.findings.filter((x) => x.severity === 'warning').length;
    const outcome = paint(isTTY, OUTCOME_COLOUR[f.outcome], pad(OUTCOME_LABEL[f.outcome], 15));
    lines.push(`  ${pad(names[i] ?? '', fileWidth)}  ${outcome} ${pad(f.org ?? '', 7)} ${pad(f.period ?? '', 8)} ${pad(String(errors), 4, 'right')} ${pad(String(warnings), 8, 'right')}`);
  });
  lines.push('', T.summary(result.summary));
  const all = result.files.flatMap((f) => f.findings.map((x) => ({ ...x, file: f.file })));
  if (all.length > 0) lines.push('', T.findingsHeading, renderFindings(all, isTTY));
  const written = result.files.filter((f) => f.feedbackFile).length;
  if (feedbackDir && written > 0) lines.push('', T.feedbackWritten(written, feedbackDir));
  return `${lines.join('\n')}\n`;
}
