import type { Command } from 'commander';
import type { Plan } from '../../model/plan.ts';
import { loadPlan, summarizePlan, type PlanSummary } from '../../plan/index.ts';
import { describeTargetValue, PLAN_CHECK_TEXT } from '../../vi/plan-text.ts';
import { type CliContext, EXIT, printJson } from '../context.ts';
import { jsonOption } from '../options.ts';
import { pad, paint, planFindingJson, renderFindings } from '../render.ts';
import { registerPlanImportCommand } from './plan-import.ts';

export function registerPlanCommands(program: Command, ctx: CliContext): void {
  const plan = program.command('plan').description('kiểm tra hoặc soạn tệp kế hoạch (nhiệm vụ, chỉ tiêu)');
  plan
    .command('check')
    .description('kiểm tra một tệp kế hoạch; in đơn vị, nhiệm vụ, chỉ tiêu')
    .argument('<kế-hoạch>', 'tệp kế hoạch .yaml hoặc .json')
    .addOption(jsonOption())
    .action(async (file: string, options: { json?: boolean }) => planCheck(ctx, file, Boolean(options.json)));
  registerPlanImportCommand(plan, ctx);
}

const EMPTY_SUMMARY: PlanSummary = { counts: { organizations: 0, tasks: 0, targets: 0 }, organizations: [], targets: [] };

/** `baocao plan check <plan> [--json]`: 0 valid, 1 findings with errors, 2 file unreadable. */
async function planCheck(ctx: CliContext, file: string, json: boolean): Promise<void> {
  const result = await loadPlan(file);
  const errors = result.findings.filter((f) => f.severity === 'error').length;
  const warnings = result.findings.filter((f) => f.severity === 'warning').length;
  const unreadable = result.findings.some((f) => f.code === 'plan/unreadable');
  ctx.exitCode = result.ok ? EXIT.ok : unreadable ? EXIT.usage : EXIT.findings;
  const summary = result.ok ? summarizePlan(result.plan) : EMPTY_SUMMARY;

  if (json) {
    printJson(ctx, { ok: result.ok, ...summary, findings: result.findings.map(planFindingJson) });
    return;
  }
  const lines: string[] = [];
  if (result.ok) lines.push(...renderPlan(result.plan, summary, ctx.isTTY));
  if (result.findings.length > 0) lines.push(PLAN_CHECK_TEXT.findingsHeading, renderFindings(result.findings, ctx.isTTY), '');
  const verdict = result.ok
    ? warnings > 0
      ? PLAN_CHECK_TEXT.validWithWarnings(warnings)
      : PLAN_CHECK_TEXT.valid
    : unreadable
      ? PLAN_CHECK_TEXT.unreadable
      : PLAN_CHECK_TEXT.invalid(errors, warnings);
  lines.push(paint(ctx.isTTY, result.ok ? 'green' : 'red', verdict));
  ctx.stdout(`${lines.join('\n')}\n`);
}


function renderPlan(plan: Plan, summary: PlanSummary, isTTY: boolean): string[] {
  const lines = [
    paint(isTTY, 'bold', PLAN_CHECK_TEXT.heading(plan)),
    PLAN_CHECK_TEXT.source(plan.source),
    PLAN_CHECK_TEXT.reporting(plan.reporting),
    PLAN_CHECK_TEXT.totals(summary.counts),
    '',
  ];
  const width = Math.max(0, ...plan.targets.map((t) => [...describeTargetValue(t)].length));
  for (const org of summary.organizations) {
    lines.push(paint(isTTY, 'bold', PLAN_CHECK_TEXT.organization(org)));
    const ids = new Set(summary.targets.filter((t) => t.org === org.code).map((t) => t.id));
    const targets = plan.targets.filter((t) => ids.has(t.id));
    if (targets.length === 0) lines.push(`  ${paint(isTTY, 'gray', PLAN_CHECK_TEXT.noTargets)}`);
    for (const t of targets) lines.push(`  ${pad(describeTargetValue(t), width)} — ${t.text}`);
    lines.push('');
  }
  return lines;
}
