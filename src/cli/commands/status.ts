import type { Command } from 'commander';
import { STATUS_TEXT } from '../../vi/status-export-text.ts';
import { type CliContext, EXIT, printJson } from '../context.ts';
import { dbOption, jsonOption, periodOption, planOption } from '../options.ts';
import { loadPeriod } from '../period.ts';
import { renderStatus, statusJson } from '../status-view.ts';
import { addUnitOptions, renderUnits, unitsForStatus, unitsJson } from './status-units.ts';

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
      const units = await unitsForStatus(ctx, raw, loaded.plan, loaded.evaluation.period, loaded.options.db);
      if (!units) return;
      const byUnit = Boolean((raw as { unit?: string; units?: string }).unit ?? (raw as { units?: string }).units);
      if (loaded.options.json) printJson(ctx, byUnit ? { ...statusJson(loaded.evaluation), units: unitsJson(units) } : statusJson(loaded.evaluation));
      else ctx.stdout(`${[...renderStatus(loaded.plan, loaded.evaluation, ctx.isTTY), ...(byUnit ? renderUnits(units, ctx.isTTY) : [])].join('\n')}\n`);
      ctx.exitCode = EXIT.ok;
    });
}
