import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Command } from 'commander';
import { z } from 'zod';
import type { Finding } from '../../model/finding.ts';
import { writeReminder } from '../../report/index.ts';
import { STATUS_TEXT } from '../../vi/status-export-text.ts';
import { hasErrors, makeFinding } from '../../vi/messages/index.ts';
import { periodName } from '../../vi/period.ts';
import { REMIND_TEXT, REPORT_TEXT } from '../../vi/report-text.ts';
import { type CliContext, EXIT, printJson } from '../context.ts';
import { dbOption, forceOption, jsonOption, parseOptions, periodOption, planOption, StoreOptionsSchema } from '../options.ts';
import { renderFindings } from '../render.ts';
import { documentOptionError, loadDocumentConfig } from '../document-options.ts';
import { loadPeriod } from '../period.ts';

const RemindOptionsSchema = StoreOptionsSchema.extend({
  output: z.string().regex(/\.docx$/i, 'docx'),
  config: z.string().min(1).optional(),
  wording: z.string().min(1).optional(),
  number: z.string().trim().regex(/^\d+$/, 'number').optional(),
  date: z.iso.date('date').optional(),
  signer: z.string().trim().min(1).optional(),
  force: z.boolean().optional(),
});

function fail(ctx: CliContext, json: boolean, findings: Finding[]): void {
  if (json) printJson(ctx, { path: null, organizations: [], findings });
  else ctx.stderr(renderFindings(findings, false));
  ctx.exitCode = EXIT.usage;
}

/** `baocao remind`: the reminder letter to the organisations without a valid report for the period — the step after `status`. */
export function registerRemindCommand(program: Command, ctx: CliContext): void {
  program
    .command('remind')
    .description(REMIND_TEXT.description)
    .addOption(planOption(STATUS_TEXT.planOption))
    .addOption(periodOption(STATUS_TEXT.periodOption))
    .requiredOption('-o, --output <tệp.docx>', REMIND_TEXT.outputOption)
    .addOption(dbOption())
    .option('--config <tệp>', REPORT_TEXT.configOption)
    .option('--wording <tệp>', REPORT_TEXT.wordingOption)
    .option('--number <số>', REMIND_TEXT.numberOption)
    .option('--date <yyyy-mm-dd>', REMIND_TEXT.dateOption)
    .option('--signer <họ-tên>', REPORT_TEXT.signerOption)
    .addOption(forceOption(REPORT_TEXT.forceOption))
    .addOption(jsonOption())
    .action(async (raw: Record<string, unknown>) => {
      const options = parseOptions(RemindOptionsSchema, raw, ctx, (issues) => issues.map((i) => documentOptionError(i, raw)).join('\n'));
      if (!options) return;
      const json = Boolean(options.json);
      if (existsSync(options.output) && !options.force) {
        fail(ctx, json, [makeFinding('report/output-exists', { file: options.output }, { file: options.output })]);
        return;
      }
      const config = await loadDocumentConfig(options);
      if ('findings' in config) {
        fail(ctx, json, config.findings);
        return;
      }
      const { settings, wording } = config;
      const loaded = await loadPeriod(ctx, raw);
      if (!loaded) return;
      const result = await writeReminder({ plan: loaded.plan, period: options.period, evaluation: loaded.evaluation, settings, wording });
      if (!result) {
        if (json) printJson(ctx, { path: null, organizations: [], findings: [] });
        else ctx.stdout(`${REMIND_TEXT.nobodyMissing(periodName(options.period))}\n`);
        ctx.exitCode = EXIT.ok;
        return;
      }
      await mkdir(dirname(options.output), { recursive: true });
      await writeFile(options.output, result.buffer);
      const orgs = result.content.addressees;
      if (json) printJson(ctx, { path: options.output, organizations: orgs.map((a) => ({ code: a.org, reason: a.reason })), findings: result.findings });
      else {
        if (result.findings.length > 0) ctx.stderr(renderFindings(result.findings, ctx.isTTY));
        ctx.stdout(`${REMIND_TEXT.written(options.output, orgs.map((a) => a.name).join(', '))}\n`);
      }
      ctx.exitCode = hasErrors(result.findings) ? EXIT.findings : EXIT.ok;
    });
}
