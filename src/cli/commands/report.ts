import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Command } from 'commander';
import { z } from 'zod';
import type { Finding } from '../../model/finding.ts';
import { ReportProfileSchema } from '../../model/report.ts';
import { findOrg } from '../../plan/index.ts';
import { writeOrgSummary, writeReport } from '../../report/index.ts';
import { STATUS_TEXT } from '../../vi/status-export-text.ts';
import { hasErrors, makeFinding } from '../../vi/messages/index.ts';
import { REPORT_TEXT } from '../../vi/report-text.ts';
import { type CliContext, EXIT, printJson } from '../context.ts';
import { renderFindings } from '../render.ts';
import { documentOptionError, loadDocumentConfig } from '../document-options.ts';
import { dbOption, forceOption, jsonOption, parseOptions, periodOption, planOption, StoreOptionsSchema } from '../options.ts';
import { loadPeriod } from '../period.ts';
import { SignKeyOptionsSchema, type SignOutcome, addSignKeyOptions, signOptionError, signToFile } from './sign.ts';
import { DEFAULT_SETTINGS_FILE } from '../../report/index.ts';
import { SIGN_CLI_TEXT } from '../../vi/sign-text.ts';
import { UNIT_REPORT_TEXT } from '../../vi/unit-report-text.ts';
import { unitReport } from './report-unit.ts';
import { totalJson } from './status-units.ts';

const ReportOptionsSchema = StoreOptionsSchema.extend({
  output: z.string().regex(/\.docx$/i, 'docx'),
  config: z.string().min(1).optional(),
  wording: z.string().min(1).optional(),
  org: z.string().trim().min(1).optional(),
  number: z.string().trim().regex(/^\d+$/, 'number').optional(),
  date: z.iso.date('date').optional(),
  signer: z.string().trim().min(1).optional(),
  profile: ReportProfileSchema.optional(),
  force: z.boolean().optional(),
  sign: z.boolean().optional(),
  unit: z.string().trim().min(1).optional(),
  units: z.string().min(1).optional(),
}).extend(SignKeyOptionsSchema.shape);

function optionError(issue: z.core.$ZodIssue, raw: Record<string, unknown>): string {
  const field = String(issue.path[0] ?? '');
  return field === 'slot' || field === 'orgSlot' ? signOptionError(issue, raw) : documentOptionError(issue, raw);
}

function fail(ctx: CliContext, json: boolean, findings: Finding[], code: number): void {
  if (json) printJson(ctx, { path: null, findings });
  else ctx.stderr(renderFindings(findings, false));
  ctx.exitCode = code;
}

export function registerReportCommand(program: Command, ctx: CliContext): void {
  const command = program
    .command('report')
    .description(REPORT_TEXT.description)
    .addOption(planOption(STATUS_TEXT.planOption))
    .addOption(periodOption(STATUS_TEXT.periodOption))
    .requiredOption('-o, --output <tệp.docx>', REPORT_TEXT.outputOption)
    .addOption(dbOption())
    .option('--config <tệp>', REPORT_TEXT.configOption)
    .option('--wording <tệp>', REPORT_TEXT.wordingOption)
    .option('--org <mã>', REPORT_TEXT.orgOption)
    .option('--number <số>', REPORT_TEXT.numberOption)
    .option('--date <yyyy-mm-dd>', REPORT_TEXT.dateOption)
    .option('--signer <họ-tên>', REPORT_TEXT.signerOption)
    .option('--profile <party|state>', REPORT_TEXT.profileOption)
    .option('--unit <mã>', UNIT_REPORT_TEXT.unitOption)
    .option('--units <tệp>', UNIT_REPORT_TEXT.unitsOption)
    .addOption(forceOption(REPORT_TEXT.forceOption))
    .addOption(jsonOption())
    .option('--sign', SIGN_CLI_TEXT.signOption);
  addSignKeyOptions(command)
    .action(async (raw: Record<string, unknown>) => {
      const options = parseOptions(ReportOptionsSchema, raw, ctx, (issues) => issues.map((i) => optionError(i, raw)).join('\n'));
      if (!options) return;
      const json = Boolean(options.json);
      if (existsSync(options.output) && !options.force) {
        fail(ctx, json, [makeFinding('report/output-exists', { file: options.output }, { file: options.output })], EXIT.usage);
        return;
      }
      const signedPath = options.output.replace(/\.docx$/i, '.pdf');
      if (options.sign && existsSync(signedPath) && !options.force) {
        fail(ctx, json, [makeFinding('sign/output-exists', { file: signedPath }, { file: signedPath })], EXIT.usage);
        return;
      }
      const config = await loadDocumentConfig(options);
      if ('findings' in config) {
        fail(ctx, json, config.findings, EXIT.usage);
        return;
      }
      const { settings, wording } = config;
      const loaded = await loadPeriod(ctx, raw);
      if (!loaded) return;
      const { plan, evaluation, submissions } = loaded;
      const input = { plan, period: options.period, evaluation, submissions, settings, wording };
      let result: { buffer: Buffer; findings: Finding[] };
      let unitName: string | undefined;
      let unitJson: Record<string, unknown> = {};
      // A unit's report is signed as the unit (its issuer's name), not as the province.
      let signAs = settings;
      const org = options.org === undefined ? undefined : findOrg(plan, options.org);
      // --units alone: the report of the tree's root, as `status --units` shows it.
      const byUnit = options.unit !== undefined || options.units !== undefined;
      if (byUnit && options.org !== undefined) {
        ctx.stderr(UNIT_REPORT_TEXT.unitAndOrg);
        ctx.exitCode = EXIT.usage;
        return;
      }
      if (byUnit) {
        const unit = await unitReport(ctx, raw, loaded, options, settings, wording);
        if (!unit) return;
        result = unit;
        unitName = unit.unitName;
        signAs = unit.settings;
        unitJson = { unit: unit.completeness.unit, total: totalJson(unit.completeness) };
      } else if (options.org) {
        if (!org) {
          const known = plan.organizations.map((o) => o.code).join(', ');
          fail(ctx, json, [makeFinding('report/unknown-org', { org: options.org }, { org: options.org, known })], EXIT.usage);
          return;
        }
        result = await writeOrgSummary({ ...input, org: org.code });
      } else {
        result = await writeReport(input);
      }
      await mkdir(dirname(options.output), { recursive: true });
      await writeFile(options.output, result.buffer);
      // --sign: the signed PDF beside the .docx (the same steps as `baocao sign`).
      const signed: SignOutcome | null = options.sign
        ? await signToFile({
            bytes: result.buffer,
            file: options.output,
            output: signedPath,
            settings: signAs,
            settingsDir: dirname(options.config ?? DEFAULT_SETTINGS_FILE),
            keyOptions: options,
            force: Boolean(options.force),
          })
        : null;
      const signFindings = signed && !signed.ok ? signed.findings : signed?.ok ? signed.result.findings : [];
      const all = [...result.findings, ...signFindings];
      if (json) {
        const signedJson = signed?.ok ? { path: signed.path, signatures: signed.result.signed } : null;
        printJson(ctx, { path: options.output, findings: all, ...unitJson, ...(options.sign ? { signed: signedJson } : {}) });
      } else {
        if (all.length > 0) ctx.stderr(renderFindings(all, ctx.isTTY));
        ctx.stdout(unitName ? UNIT_REPORT_TEXT.writtenUnit(options.output, unitName) : org ? REPORT_TEXT.writtenOrg(options.output, org.name) : REPORT_TEXT.written(options.output));
        if (signed?.ok) ctx.stdout(SIGN_CLI_TEXT.signed(signed.path));
      }
      ctx.exitCode = signed && !signed.ok ? signed.code : hasErrors(result.findings) ? EXIT.findings : EXIT.ok;
    });
}
