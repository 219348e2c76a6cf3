import { basename } from 'node:path';
import type { Command } from 'commander';
import { z } from 'zod';
import type { Finding } from '../../model/finding.ts';
import { PlanSchema } from '../../model/plan.ts';
import { importPlanFile, summarizePlan, writeImportedPlan, type PlanSummary } from '../../plan/index.ts';
import { formatViDateShort } from '../../vi/date.ts';
import { NOT_REPORTING } from '../../vi/plan-text.ts';
import { hasErrors } from '../../vi/messages/index.ts';
import { IMPORT_CLI_TEXT as T } from '../../vi/messages/import.ts';
import { type CliContext, EXIT, printJson } from '../context.ts';
import { forceOption, jsonOption, parseOptions } from '../options.ts';
import { paint, planFindingJson, renderFindings } from '../render.ts';

const OptionsSchema = z.object({
  out: z.string().trim().min(1),
  year: z.coerce.number().int().min(1945).max(2100).optional(),
  force: z.boolean().optional(),
  json: z.boolean().optional(),
});

const EMPTY_SUMMARY: PlanSummary = { counts: { organizations: 0, tasks: 0, targets: 0 }, organizations: [], targets: [] };

/** `baocao plan import` — registered on the `plan` command by commands/plan.ts. */
export function registerPlanImportCommand(plan: Command, ctx: CliContext): void {
  plan
    .command('import')
    .description(T.description)
    .argument('<văn-bản>', T.fileArgument)
    .requiredOption('-o, --out <tệp>', T.outOption)
    .option('--year <năm>', T.yearOption)
    .addOption(forceOption(T.forceOption))
    .addOption(jsonOption())
    .action(async (file: string, raw: unknown) => runImport(ctx, file, raw));
}

/** 0 written, 1 findings with errors (nothing written), 2 bad usage, unreadable input or an existing output. */
async function runImport(ctx: CliContext, file: string, raw: unknown): Promise<void> {
  const options = parseOptions(OptionsSchema, raw, ctx);
  if (!options) return;
  const result = await importPlanFile(file, options.year !== undefined ? { year: options.year } : {});
  let findings: Finding[] = result.findings;
  let written = false;
  if (result.ok && !hasErrors(findings)) {
    const blocking = await writeImportedPlan(result, options.out, { force: options.force ?? false, sourceName: basename(file) });
    findings = [...findings, ...blocking];
    written = blocking.length === 0;
  }
  const usage = !result.ok || findings.some((f) => f.code === 'import/output-exists' || f.code === 'import/unwritable');
  ctx.exitCode = written ? EXIT.ok : usage ? EXIT.usage : EXIT.findings;
  const valid = PlanSchema.safeParse(result.plan);
  const summary = result.ok && valid.success ? summarizePlan(valid.data) : EMPTY_SUMMARY;

  if (options.json) {
    printJson(ctx, { ok: written, ...summary, findings: findings.map(planFindingJson) });
    return;
  }
  const lines = [paint(ctx.isTTY, 'bold', T.heading(basename(file)))];
  if (result.ok) {
    const { source } = result.plan;
    const review = (result.plan.targets ?? []).filter((t) => t.review).length;
    lines.push(T.identity(source.number, formatViDateShort(source.date), source.issuer));
    lines.push(T.totals(summary.counts.organizations, summary.counts.tasks, summary.counts.targets, review), '');
    for (const org of summary.organizations) lines.push(`  ${T.organization(org.code, org.name, org.tasks, org.targets)}${org.reporting === false ? NOT_REPORTING : ''}`);
    lines.push('');
  }
  if (findings.length > 0) lines.push(T.findingsHeading, renderFindings(findings, ctx.isTTY), '');
  lines.push(written ? paint(ctx.isTTY, 'green', T.written(options.out)) : paint(ctx.isTTY, 'red', T.notWritten));
  ctx.stdout(`${lines.join('\n')}\n`);
}

