import { basename, join, relative, resolve } from 'node:path';
import type { Command } from 'commander';
import { z } from 'zod';
import type { Finding } from '../../model/finding.ts';
import { type DemoIngested, type DemoResult, type DemoStep, SAMPLES_DIR, SAMPLE_PLAN, demoDirState, demoFolderName, runDemo } from '../../run-demo.ts';
import { CLI_TEXT } from '../../vi/cli-text.ts';
import { DEMO_LEVELS_TEXT as L, DEMO_TEXT } from '../../vi/demo-text.ts';
import { formatReceivedAt } from '../../vi/status-export-text.ts';
import { OUTCOME_LABEL } from '../../vi/labels.ts';
import { periodNameLower } from '../../vi/period.ts';
import { type CliContext, EXIT, printJson } from '../context.ts';
import { jsonOption } from '../options.ts';
import { pad, paint, renderFindings } from '../render.ts';
import { renderStatus } from '../status-view.ts';

const DemoOptionsSchema = z.object({
  dir: z.string().trim().min(1).optional(),
  json: z.boolean().optional(),
});

const W = { outcome: 20, org: 7, received: 17 } as const;
const OUTCOME_COLOUR = { accepted: 'green', superseded: 'green', held: 'yellow', archived: 'cyan', duplicate: 'cyan', rejected: 'red', unreadable: 'red' } as const;

const countOf = (findings: readonly Finding[], severity: Finding['severity']) => findings.filter((f) => f.severity === severity).length;

function fileRow(r: DemoIngested, isTTY: boolean): string[] {
  const counts = DEMO_TEXT.counts(countOf(r.findings, 'error'), countOf(r.findings, 'warning'));
  const outcome = paint(isTTY, OUTCOME_COLOUR[r.outcome], pad(OUTCOME_LABEL[r.outcome], W.outcome));
  const lines = [`  ${outcome} ${pad(r.org ?? '', W.org)} ${pad(formatReceivedAt(r.receivedAt), W.received)} ${basename(r.file)}${counts ? ` — ${counts}` : ''}`];
  const shown = r.findings.filter((f) => f.severity !== 'info');
  if (shown.length > 0 && (r.outcome === 'rejected' || r.outcome === 'unreadable')) {
    lines.push(renderFindings(shown.map((f) => ({ ...f, file: undefined })), isTTY).replace(/^/gm, '  '));
  }
  return lines;
}

/** Prints each step as the pipeline reaches it (human output only). */
function stepPrinter(ctx: CliContext) {
  let n = 0;
  const c = DEMO_TEXT.fileColumns;
  return (step: DemoStep): void => {
    if (step.kind === 'ingest') {
      ctx.stdout(`\n${paint(ctx.isTTY, 'bold', DEMO_TEXT.stepIngest(++n, periodNameLower(step.period), step.files))}`);
      ctx.stdout(`  ${pad(c.outcome, W.outcome)} ${pad(c.org, W.org)} ${pad(c.receivedAt, W.received)} ${c.file}`);
    } else if (step.kind === 'file') {
      ctx.stdout(fileRow(step.result, ctx.isTTY).join('\n'));
    } else if (step.kind === 'templates') {
      const title = step.previous
        ? DEMO_TEXT.stepTemplates(++n, periodNameLower(step.period), step.files.length, periodNameLower(step.previous))
        : DEMO_TEXT.stepTemplatesFirst(++n, periodNameLower(step.period), step.files.length);
      ctx.stdout(`\n${paint(ctx.isTTY, 'bold', title)}`);
      ctx.stdout(DEMO_TEXT.templatesWritten(`${step.dir} ${DEMO_TEXT.fileCount(step.files.length)}`));
    }
  };
}

/** The chain of levels, in a few lines: communes → district → province. */
function levelLines(result: DemoResult): string[] {
  const { chain } = result;
  const accepted = chain.forms.filter((f) => f.outcome === 'accepted' || f.outcome === 'superseded').length;
  const communes = new Set(chain.forms.flatMap((f) => (f.unit && f.unit !== chain.district.code ? [f.unit] : []))).size;
  return [
    L.forms(accepted, chain.forms.length, communes),
    L.communesApproved(chain.approvedCommunes.length, communes),
    L.upward(basename(chain.workbookFile), OUTCOME_LABEL[chain.upward.outcome]),
    L.provinceApproved(chain.district.name, chain.provinceApproved),
  ];
}

function printOutputs(ctx: CliContext, result: DemoResult): void {
  const o = DEMO_TEXT.outputs;
  const { paths } = result;
  const feedbackFiles = result.ingested.filter((r) => r.feedbackFile).length;
  const org = result.plan.organizations.find((x) => x.code === result.summaryOrg);
  const rows: Array<[string, string]> = [
    [o.db, paths.db],
    [o.templates, `${paths.templates} ${DEMO_TEXT.fileCount(result.templates.length)}`],
    [o.feedback, `${paths.feedback} ${DEMO_TEXT.fileCount(feedbackFiles)}`],
    [o.exportFile, paths.exportFile],
    [o.reportFile, paths.reportFile],
    [`${o.summaryFile} ${org?.shortName ?? result.summaryOrg}`, paths.summaryFile],
    ...(result.reminder.orgs.length > 0 ? [[o.reminderFile(periodNameLower(result.reminder.period)), paths.reminderFile] as [string, string]] : []),
    [o.assessDocFile, paths.assessDocFile],
    [o.assessSheetFile, paths.assessSheetFile],
    ...(result.signed ? [[o.signedFile, paths.signedFile] as [string, string]] : []),
    [L.outputs.districtForms, `${join(result.chain.dir, 'xa-gui-len')} ${DEMO_TEXT.fileCount(result.chain.forms.length)}`],
    [L.outputs.districtReport, result.chain.reportFile],
    [L.outputs.districtWorkbook, result.chain.workbookFile],
    [o.consolidatedFile(result.levels.unit, result.levels.received, result.levels.expected, result.levels.units), paths.consolidatedFile],
  ];
  const width = Math.max(...rows.map(([label]) => label.length)) + 1;
  for (const [label, path] of rows) ctx.stdout(`  ${pad(`${label}:`, width + 1)} ${path}`);
}

function demoJson(result: DemoResult) {
  return {
    dir: result.paths.dir,
    period: result.period,
    outputs: {
      db: result.paths.db,
      templates: result.templates.map((t) => t.path),
      feedback: result.ingested.flatMap((r) => (r.feedbackFile ? [r.feedbackFile] : [])),
      export: result.paths.exportFile,
      report: result.paths.reportFile,
      summary: result.paths.summaryFile,
      reminder: result.reminder.orgs.length > 0 ? result.paths.reminderFile : null,
      assessment: result.paths.assessDocFile,
      assessmentSheet: result.paths.assessSheetFile,
      signed: result.signed ? result.paths.signedFile : null,
      consolidated: result.paths.consolidatedFile,
      districtReport: result.chain.reportFile,
      districtWorkbook: result.chain.workbookFile,
    },
    levels: {
      district: result.chain.district.code,
      forms: result.chain.forms.map((f) => ({ file: basename(f.file), unit: f.unit ?? null, org: f.org, outcome: f.outcome })),
      approvedCommunes: result.chain.approvedCommunes,
      upward: { file: basename(result.chain.workbookFile), outcome: result.chain.upward.outcome },
      provinceApproved: result.chain.provinceApproved,
      province: result.levels,
    },
    files: result.ingested.map((r) => ({
      file: basename(r.file),
      receivedAt: r.receivedAt,
      outcome: r.outcome,
      org: r.org,
      period: r.period,
      findings: r.findings.map((f) => ({ code: f.code, severity: f.severity, sheet: f.sheet, cell: f.cell, taskId: f.taskId, targetId: f.targetId, message: f.message })),
    })),
    organizations: result.evaluation.organizations.map((o) => ({ code: o.org, completeness: o.completeness })),
    findings: result.findings.map((f) => ({ code: f.code, severity: f.severity, message: f.message })),
  };
}

export function registerDemoCommand(program: Command, ctx: CliContext): void {
  program
    .command('demo')
    .description(DEMO_TEXT.description)
    .argument('[thư-mục]', DEMO_TEXT.dirArgument)
    .addOption(jsonOption())
    .action(async (dirArg: string | undefined, raw: Record<string, unknown>) => {
      const parsed = DemoOptionsSchema.safeParse({ ...raw, dir: dirArg });
      if (!parsed.success) {
        ctx.stderr(CLI_TEXT.usageHint);
        ctx.exitCode = EXIT.usage;
        return;
      }
      const json = Boolean(parsed.data.json);
      const dir = resolve(parsed.data.dir ?? join('demo-output', demoFolderName(new Date())));
      const state = demoDirState(dir);
      if (state === 'not-empty' || state === 'not-a-directory') {
        ctx.stderr(state === 'not-empty' ? DEMO_TEXT.notEmpty(dir) : DEMO_TEXT.notADirectory(dir));
        ctx.exitCode = EXIT.usage;
        return;
      }
      if (!json) ctx.stdout(`${paint(ctx.isTTY, 'bold', DEMO_TEXT.title)}\n${DEMO_TEXT.folder(dir)}`);
      let result: DemoResult;
      try {
        result = await runDemo({ dir, ...(json ? {} : { onStep: stepPrinter(ctx) }) });
      } catch (error) {
        ctx.stderr(DEMO_TEXT.failed(error instanceof Error ? error.message : String(error)));
        ctx.exitCode = EXIT.usage;
        return;
      }
      if (json) {
        printJson(ctx, demoJson(result));
        ctx.exitCode = EXIT.ok;
        return;
      }
      let n = result.ingested.reduce((set, r) => set.add(r.receivedFor), new Set<string>()).size + (result.templates.length > 0 ? 1 : 0);
      ctx.stdout(`\n${paint(ctx.isTTY, 'bold', DEMO_TEXT.stepStatus(++n))}`);
      ctx.stdout(renderStatus(result.plan, result.evaluation, ctx.isTTY).join('\n'));
      const other = result.findings.filter((f) => f.severity !== 'info');
      if (other.length > 0) ctx.stdout(renderFindings(other, ctx.isTTY));
      ctx.stdout(`\n${paint(ctx.isTTY, 'bold', L.step(++n, result.chain.district.name, periodNameLower(result.period)))}`);
      ctx.stdout(levelLines(result).join('\n'));
      ctx.stdout(`\n${paint(ctx.isTTY, 'bold', DEMO_TEXT.stepOutputs(++n))}`);
      printOutputs(ctx, result);
      const rejected = result.ingested.filter((r) => r.outcome === 'rejected' || r.outcome === 'unreadable').map((r) => basename(r.file));
      if (rejected.length > 0) ctx.stdout(`\n${DEMO_TEXT.rejectedNote(rejected)}`);
      const planFile = relative(process.cwd(), join(SAMPLES_DIR, SAMPLE_PLAN)) || join(SAMPLES_DIR, SAMPLE_PLAN);
      ctx.stdout(DEMO_TEXT.nextSteps(planFile, result.paths.db, result.period));
      ctx.stdout(DEMO_TEXT.openWeb(planFile, result.paths.db, result.period));
      ctx.stdout(DEMO_TEXT.done);
      ctx.exitCode = EXIT.ok;
    });
}
