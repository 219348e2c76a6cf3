import { existsSync } from 'node:fs';
import type { Command } from 'commander';
import { z } from 'zod';
import { ReportConfigError, collectExportFindings, loadReportSettings, writeExport } from '../../report/index.ts';
import { STATUS_TEXT } from '../../vi/status-export-text.ts';
import { REPORT_TEXT } from '../../vi/report-text.ts';
import { type CliContext, EXIT, printJson } from '../context.ts';
import { renderFindings } from '../render.ts';
import { dbOption, forceOption, jsonOption, optionsInOneLine, parseOptions, periodOption, planOption, StoreOptionsSchema } from '../options.ts';
import { loadPeriod } from '../period.ts';

const ExportOptionsSchema = StoreOptionsSchema.extend({
  output: z.string().regex(/\.xlsx$/i),
  force: z.boolean().optional(),
  config: z.string().min(1).optional(),
});

export function registerExportCommand(program: Command, ctx: CliContext): void {
  program
    .command('export')
    .description(STATUS_TEXT.exportDescription)
    .addOption(planOption(STATUS_TEXT.planOption))
    .addOption(periodOption(STATUS_TEXT.periodOption))
    .requiredOption('-o, --output <tệp.xlsx>', STATUS_TEXT.outputOption)
    .addOption(dbOption())
    .addOption(forceOption(STATUS_TEXT.forceOption))
    .option('--config <tệp>', REPORT_TEXT.configOption)
    .addOption(jsonOption())
    .action(async (raw: Record<string, unknown>) => {
      const parsed = parseOptions(ExportOptionsSchema, raw, ctx, (issues) =>
        issues.some((i) => i.path[0] === 'output') ? STATUS_TEXT.outputNotXlsx(typeof raw.output === 'string' ? raw.output : '') : optionsInOneLine(issues),
      );
      if (!parsed) return;
      const { output, force, config } = parsed;
      if (existsSync(output) && !force) {
        ctx.stderr(STATUS_TEXT.outputExists(output));
        ctx.exitCode = EXIT.usage;
        return;
      }
      // The report's settings: a sheet per organisation up to the same number as the Word appendix lists targets for.
      let settings;
      try {
        settings = await loadReportSettings(config);
      } catch (error) {
        if (!(error instanceof ReportConfigError)) throw error;
        ctx.stderr(renderFindings(error.findings, ctx.isTTY));
        ctx.exitCode = EXIT.usage;
        return;
      }
      const loaded = await loadPeriod(ctx, raw);
      if (!loaded) return;
      const findings = collectExportFindings(loaded.evaluation, loaded.submissions, loaded.log);
      await writeExport(loaded.plan, loaded.evaluation, { submissions: loaded.submissions, findings }, output, {
        force: Boolean(force),
        orgSheetsMax: settings.appendixDetailMaxOrgs,
      });
      if (loaded.options.json) {
        printJson(ctx, {
          file: output,
          period: loaded.evaluation.period,
          organizations: loaded.evaluation.organizations.length,
          targets: loaded.evaluation.organizations.reduce((n, o) => n + o.targets.length, 0),
          findings: findings.length,
        });
      } else {
        ctx.stdout(STATUS_TEXT.written(output));
      }
      ctx.exitCode = EXIT.ok;
    });
}
