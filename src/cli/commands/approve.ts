import { mkdir } from 'node:fs/promises';
import type { Command } from 'commander';
import { z } from 'zod';
import { type ApprovalScope, approveUnit, receivedConsolidated, returnUnit, submissionsOf, workbooksOf, writeReturnCopies } from '../../approve/index.ts';
import { PeriodIdSchema } from '../../model/period.ts';
import { APPROVE_TEXT as T, approvalDate } from '../../vi/approve-text.ts';
import { periodNameLower } from '../../vi/period.ts';
import { type CliContext, EXIT, printJson } from '../context.ts';
import { dbOption, jsonOption, optionsInOneLine, parseOptions, periodOption, planOption } from '../options.ts';
import { renderFindings } from '../render.ts';
import { openPeriod } from '../period.ts';
import { whoAmI } from './history.ts';
import { resolveUnit } from './status-units.ts';

const IsoSchema = z.iso.datetime({ offset: true, local: true });

const CommonSchema = z.object({
  plan: z.string().trim().min(1),
  period: PeriodIdSchema,
  unit: z.string().trim().min(1),
  units: z.string().min(1).optional(),
  db: z.string().trim().min(1).default('./baocao.db'),
  by: z.string().trim().min(1).optional(),
  at: z.string().trim().optional(),
  json: z.boolean().optional(),
});
const ReturnSchema = CommonSchema.extend({ reason: z.string(), output: z.string().trim().min(1).default('tra-lai') });

/** `baocao approve` and `baocao return`: approval level by level (src/approve). */
export function registerApproveCommands(program: Command, ctx: CliContext): void {
  const common = (cmd: Command): Command =>
    cmd
      .addOption(planOption(T.planOption))
      .addOption(periodOption(T.periodOption))
      .requiredOption('--unit <mã>', T.unitOption)
      .option('--units <tệp>', T.unitsOption)
      .addOption(dbOption())
      .option('--by <họ-tên>', T.byOption)
      .option('--at <thời-điểm>', T.atOption);
  common(program.command('approve').description(T.approveDescription))
    .addOption(jsonOption())
    .action(async (raw: unknown) => runApprove(ctx, raw));
  common(program.command('return').description(T.returnDescription))
    .requiredOption('--reason <lý-do>', T.reasonOption)
    .option('-o, --output <thư-mục>', T.outputOption)
    .addOption(jsonOption())
    .action(async (raw: unknown) => runReturn(ctx, raw));
}

/**
 * Options, plan, period, tree and store of either command; null after a Vietnamese error (exit 2).
 * The caller closes the store.
 */
async function open<S extends typeof CommonSchema>(
  ctx: CliContext,
  raw: unknown,
  schema: S,
): Promise<{ options: z.infer<S>; scope: ApprovalScope; by: { actor: string; at: string } } | null> {
  const options = parseOptions(schema, raw, ctx, optionsInOneLine);
  if (!options) return null;
  if (options.at !== undefined && !IsoSchema.safeParse(options.at).success) {
    ctx.stderr(T.badAt(options.at));
    ctx.exitCode = EXIT.usage;
    return null;
  }
  // The plan, the period within it and the store: the checks every command over a store makes.
  const opened = await openPeriod(ctx, raw);
  if (!opened) return null;
  const { plan, store } = opened;
  const period = opened.options.period;
  const resolved = await resolveUnit(ctx, raw, plan, period);
  if (!resolved) {
    store.close();
    return null;
  }
  const by = { actor: options.by ?? whoAmI(), at: options.at ?? new Date().toISOString() };
  return { options, scope: { store, plan, period, tree: resolved.at, consolidated: receivedConsolidated(store, plan.id, period) }, by };
}

/** `baocao approve`: 0 approved (or already), 1 refused (units below not approved, nothing received), 2 bad usage. */
async function runApprove(ctx: CliContext, raw: unknown): Promise<void> {
  const opened = await open(ctx, raw, CommonSchema);
  if (!opened) return;
  const { options, scope, by } = opened;
  try {
    const unit = scope.tree.get(options.unit);
    const outcome = approveUnit(scope, options.unit, by);
    if (options.json) {
      printJson(ctx, { ok: outcome.ok, unit: options.unit, period: scope.period, event: outcome.ok ? outcome.event : null, already: outcome.ok ? outcome.already : false, findings: outcome.findings });
    } else if (!outcome.ok) {
      ctx.stderr(`${T.refused(unit?.name ?? options.unit, options.unit)}\n${renderFindings(outcome.findings, ctx.isTTY)}`);
    } else if (outcome.already) {
      ctx.stdout(renderFindings(outcome.findings, ctx.isTTY));
    } else {
      const e = outcome.event;
      ctx.stdout(`${T.approved(e.unitName, e.unit, periodNameLower(scope.period), approvalDate(e.at), e.actor)}\n${T.locksBelow(scope.tree.subtreeOf(e.unit).length - 1)}`);
    }
    ctx.exitCode = outcome.ok ? EXIT.ok : EXIT.findings;
  } finally {
    scope.store.close();
  }
}

/** `baocao return`: 0 returned (copies written when the received files are there), 2 bad usage (an empty reason). */
async function runReturn(ctx: CliContext, raw: unknown): Promise<void> {
  const reason = (raw as { reason?: unknown }).reason;
  if (typeof reason !== 'string' || reason.trim() === '') {
    ctx.stderr(T.reasonEmpty);
    ctx.exitCode = EXIT.usage;
    return;
  }
  const opened = await open(ctx, raw, ReturnSchema);
  if (!opened) return;
  const { options, scope, by } = opened;
  try {
    // The forms received for the unit's subtree, and the workbooks its units below sent up.
    const sources = [...submissionsOf(scope, options.unit), ...workbooksOf(scope, options.unit)];
    // The folder first: a folder that cannot be made stops the command before anything is recorded.
    if (sources.length > 0) await mkdir(options.output, { recursive: true });
    const events = returnUnit(scope, options.unit, reason, by);
    const [own, ...above] = events;
    if (!own) throw new Error('return not recorded');
    const copies = await writeReturnCopies(scope, sources, own, options.output);
    if (options.json) {
      printJson(ctx, { unit: options.unit, period: scope.period, events, files: copies.files, findings: copies.findings });
    } else {
      const lines = [T.returned(own.unitName, own.unit, periodNameLower(scope.period), own.reason ?? '')];
      if (above.length > 0) lines.push(T.alsoReturned(above.map((e) => `${e.unitName} (${e.unit})`).join(', ')));
      if (copies.files.length > 0) lines.push(T.copiesHeading, ...copies.files.map((f) => `  ${f}`));
      else if (copies.findings.length === 0) lines.push(T.noCopies);
      if (copies.findings.length > 0) lines.push(renderFindings(copies.findings, ctx.isTTY));
      ctx.stdout(lines.join('\n'));
    }
    ctx.exitCode = EXIT.ok;
  } finally {
    scope.store.close();
  }
}
