import { existsSync } from 'node:fs';
import type { Command } from 'commander';
import { z } from 'zod';
import { consolidatePeriod, writeConsolidated } from '../../consolidate/index.ts';
import { CONSOLIDATE_TEXT } from '../../vi/consolidate-text.ts';
import { UNIT_STATUS_TEXT } from '../../vi/units-text.ts';
import { type CliContext, EXIT, printJson } from '../context.ts';
import { dbOption, forceOption, jsonOption, periodOption, planOption } from '../options.ts';
import { openPeriod } from '../period.ts';
import { resolveUnit } from './status-units.ts';
import { approvalsForStatus } from './status-approvals.ts';
import { approvalsToSend } from '../../approve/index.ts';

const OutputSchema = z.object({ output: z.string().regex(/\.xlsx$/i), force: z.boolean().optional() });

/**
 * `baocao consolidate --plan --period --unit [--units] [--db] -o <file.xlsx> [--force]`: the unit's
 * consolidated result to send up, over its subtree: the forms of the unit and the units below it,
 * and the workbooks the units below sent up (src/consolidate/subtree.ts).
 */
export function registerConsolidateCommand(program: Command, ctx: CliContext): void {
  program
    .command('consolidate')
    .description(CONSOLIDATE_TEXT.description)
    .addOption(planOption(CONSOLIDATE_TEXT.planOption))
    .addOption(periodOption(CONSOLIDATE_TEXT.periodOption))
    .option('--unit <mã>', CONSOLIDATE_TEXT.unitOption)
    .option('--units <tệp>', UNIT_STATUS_TEXT.unitsOption)
    .requiredOption('-o, --output <tệp.xlsx>', CONSOLIDATE_TEXT.outputOption)
    .addOption(dbOption())
    .addOption(forceOption(CONSOLIDATE_TEXT.forceOption))
    .addOption(jsonOption())
    .action(async (raw: Record<string, unknown>) => {
      const out = OutputSchema.safeParse(raw);
      if (!out.success) {
        ctx.stderr(CONSOLIDATE_TEXT.outputNotXlsx(typeof raw.output === 'string' ? raw.output : ''));
        ctx.exitCode = EXIT.usage;
        return;
      }
      const { output, force } = out.data;
      if (existsSync(output) && !force) {
        ctx.stderr(CONSOLIDATE_TEXT.outputExists(output));
        ctx.exitCode = EXIT.usage;
        return;
      }
      const opened = await openPeriod(ctx, raw);
      if (!opened) return;
      const { plan, store, options } = opened;
      let done: ReturnType<typeof consolidatePeriod>;
      try {
        const resolved = await resolveUnit(ctx, raw, plan, options.period);
        if (!resolved) return;
        // The approvals of the subtree go up with it (src/approve): the level above counts them.
        const approved = approvalsToSend(approvalsForStatus(raw, plan.id, options.period), resolved.at, resolved.code);
        done = consolidatePeriod({ plan, period: options.period, store, tree: resolved.at, unit: resolved.code, approved });
      } finally {
        store.close();
      }
      const { result, completeness, view } = done;
      await writeConsolidated(output, plan, result, completeness, { force: Boolean(force) });
      const { identity } = result;
      if (options.json) {
        printJson(ctx, {
          file: output,
          unit: identity.unit.code,
          period: identity.period,
          rows: result.rows.length,
          texts: result.texts.length,
          included: identity.included.length,
          missing: identity.missing.length,
          dataSha256: identity.dataSha256,
          workbooks: view.workbooks.map((w) => ({ unit: w.unit, file: w.fileName, receivedAt: w.receivedAt })),
          completeness: completeness.total,
          outside: view.outside,
        });
      } else {
        const lines = [CONSOLIDATE_TEXT.written(output, result.rows.length, identity.included.length, identity.missing.length)];
        if (view.outside.length > 0) lines.push(CONSOLIDATE_TEXT.outside(view.outside.length, view.outside.slice(0, 3).map((o) => `${o.unit}${o.org ? ` ${o.org}` : ''}`).join(', ')));
        ctx.stdout(`${lines.join('\n')}\n`);
      }
      ctx.exitCode = EXIT.ok;
    });
}
