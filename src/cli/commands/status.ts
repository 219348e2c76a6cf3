import type { Command } from 'commander';
import { STATUS_TEXT } from '../../vi/status-export-text.ts';
import { type CliContext, EXIT, printJson } from '../context.ts';
import { dbOption, jsonOption, periodOption, planOption } from '../options.ts';
import { loadPeriod } from '../period.ts';
import { renderStatus, statusJson } from '../status-view.ts';
import { addUnitOptions, levelsJson, renderUnits, totalJson, unitsForStatus, unitsJson } from './status-units.ts';
import { approvalsForStatus } from './status-approvals.ts';

export function registerStatusCommand(program: Command, ctx: CliContext): void {
  const cmd = program
    .command('status')
    .description(STATUS_TEXT.statusDescription)
    .addOption(planOption(STATUS_TEXT.planOption))
    .addOption(periodOption(STATUS_TEXT.periodOption))
    .addOption(dbOption())
    .addOption(jsonOption());
  addUnitOptions(cmd).action(async (raw: unknown) => {
      const loaded = await loadPeriod(ctx, raw);
      if (!loaded) return;
      const byUnit = Boolean((raw as { unit?: string; units?: string }).unit ?? (raw as { units?: string }).units);
      const sub = byUnit ? await unitsForStatus(ctx, raw, loaded.plan, loaded.evaluation, loaded.options.db) : null;
      if (byUnit && !sub) return;
      // --unit: the organisations' figures over the unit's subtree, then each unit's completeness.
      const evaluation = sub?.evaluation ?? loaded.evaluation;
      const plan = sub?.plan ?? loaded.plan;
      const units = sub?.completeness;
      const approvals = byUnit ? approvalsForStatus(raw, loaded.plan.id, loaded.evaluation.period) : undefined;
      if (loaded.options.json) printJson(ctx, units ? { ...statusJson(evaluation), units: unitsJson(units, approvals), levels: levelsJson(units), total: totalJson(units) } : statusJson(evaluation));
      else ctx.stdout(`${[...renderStatus(plan, evaluation, ctx.isTTY), ...(units ? renderUnits(units, ctx.isTTY, approvals) : [])].join('\n')}\n`);
      ctx.exitCode = EXIT.ok;
    });
}
