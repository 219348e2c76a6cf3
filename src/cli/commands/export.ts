import { existsSync } from 'node:fs';
import type { Command } from 'commander';
import { z } from 'zod';
import type { Finding } from '../../model/finding.ts';
import { writeExport } from '../../report/index.ts';
import { CLI_TEXT } from '../../vi/cli-text.ts';
import { STATUS_TEXT } from '../../vi/evaluate-text.ts';
import { type CliContext, EXIT, printJson } from '../context.ts';
import { type LoadedPeriod, StoreOptionsSchema, loadPeriod } from './status.ts';

const ExportOptionsSchema = StoreOptionsSchema.extend({
  output: z.string().regex(/\.xlsx$/i),
  force: z.boolean().optional(),
});

export function registerExportCommand(program: Command, ctx: CliContext): void {
  program
    .command('export')
    .description(STATUS_TEXT.exportDescription)
    .requiredOption('--plan <tệp>', STATUS_TEXT.planOption)
    .requiredOption('--period <kỳ>', STATUS_TEXT.periodOption)
    .requiredOption('-o, --output <tệp.xlsx>', STATUS_TEXT.outputOption)
    .option('--db <tệp>', CLI_TEXT.dbOption, './baocao.db')
    .option('--force', STATUS_TEXT.forceOption)
    .option('--json', CLI_TEXT.jsonOption)
    .action(async (raw: Record<string, unknown>) => {
      const parsed = ExportOptionsSchema.safeParse(raw);
      if (!parsed.success) {
        const output = typeof raw.output === 'string' ? raw.output : '';
        ctx.stderr(parsed.error.issues.some((i) => i.path[0] === 'output') ? STATUS_TEXT.outputNotXlsx(output) : STATUS_TEXT.badOption(parsed.error.issues.map((i) => `--${i.path.join('.')}: ${i.message}`).join('; ')));
        ctx.exitCode = EXIT.usage;
        return;
      }
      const { output, force } = parsed.data;
      if (existsSync(output) && !force) {
        ctx.stderr(STATUS_TEXT.outputExists(output));
        ctx.exitCode = EXIT.usage;
        return;
      }
      const loaded = await loadPeriod(ctx, raw);
      if (!loaded) return;
      const findings = exportFindings(loaded);
      await writeExport(loaded.plan, loaded.evaluation, { submissions: loaded.submissions, findings }, output, { force: Boolean(force) });
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

/**
 * What the findings sheet lists: the evaluation's anomalies, the warnings kept with the current
 * submissions, and the errors of the latest rejected file of each organisation still without an accepted one.
 */
function exportFindings({ evaluation, submissions, log }: LoadedPeriod): Finding[] {
  const kept = submissions.flatMap((s) => s.findings.map((f) => ({ ...f, org: f.org ?? s.org, period: f.period ?? s.period, file: f.file ?? s.fileName })));
  const rejected = evaluation.organizations
    .filter((o) => o.completeness === 'rejected')
    .flatMap((o) => {
      const entry = log
        .filter((e) => e.org === o.org && e.period === (o.reportingPeriod ?? evaluation.period) && e.file === o.rejectedFile && (e.outcome === 'rejected' || e.outcome === 'unreadable'))
        .at(-1);
      return (entry?.findings ?? []).map((f) => ({ ...f, org: f.org ?? o.org, period: f.period ?? entry?.period ?? undefined, file: f.file ?? entry?.file }));
    });
  return [...rejected, ...kept, ...(evaluation.findings ?? [])];
}
