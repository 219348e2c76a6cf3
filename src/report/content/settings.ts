import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { YAMLParseError, parse as parseYaml } from 'yaml';
import type { z } from 'zod';
import type { Finding } from '../../model/finding.ts';
import {
  type ReportSettings,
  type ReportSettingsOverrides,
  ReportSettingsSchema,
  type ReportWording,
  ReportWordingSchema,
} from '../../model/report.ts';
import { describeError, yamlErrorText } from '../../vi/errors.ts';
import { makeFinding } from '../../vi/messages/index.ts';
import { REPORT_TEXT } from '../../vi/report-text.ts';
import { useVietnameseSchemaErrors } from '../../vi/schema-errors.ts';

export const DEFAULT_SETTINGS_FILE = fileURLToPath(new URL('../../../templates/report.yaml', import.meta.url));
export const DEFAULT_WORDING_FILE = fileURLToPath(new URL('../../../templates/report-wording.yaml', import.meta.url));

/** The settings or wording file cannot be used; the findings say why. */
export class ReportConfigError extends Error {
  constructor(readonly findings: Finding[]) {
    super(findings.map((f) => f.message).join('\n'));
    this.name = 'ReportConfigError';
  }
}

async function readYaml(file: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 1 : 0;
    throw new ReportConfigError([makeFinding('report/config-unreadable', { file }, { missing, reason: describeError(error) })]);
  }
  try {
    return parseYaml(text.normalize('NFC')) ?? {};
  } catch (error) {
    const args =
      error instanceof YAMLParseError
        ? { reason: REPORT_TEXT.yamlSyntax(error.linePos?.[0]?.line ?? 0, yamlErrorText(error)), syntax: 1 }
        : { reason: describeError(error), syntax: 0 };
    throw new ReportConfigError([makeFinding('report/config-unreadable', { file }, args)]);
  }
}

function validate<T>(schema: z.ZodType<T>, raw: unknown, file: string): T {
  useVietnameseSchemaErrors();
  const result = schema.safeParse(raw);
  if (result.success) return result.data;
  throw new ReportConfigError(
    result.error.issues.map((issue) =>
      makeFinding('report/config-invalid', { file, path: issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p)) }, {
        field: issue.path.map(String).join('.'),
        reason: issue.message,
      }),
    ),
  );
}

/** Applies command-line overrides on the raw settings before validation. */
function applyOverrides(raw: unknown, overrides: ReportSettingsOverrides): unknown {
  const base = (raw && typeof raw === 'object' ? { ...(raw as Record<string, unknown>) } : {}) as Record<string, unknown>;
  if (overrides.number !== undefined) base.number = overrides.number;
  if (overrides.date !== undefined) base.date = overrides.date;
  if (overrides.profile !== undefined) base.profile = overrides.profile;
  if (overrides.signerName !== undefined) {
    const signer = base.signer && typeof base.signer === 'object' ? (base.signer as Record<string, unknown>) : {};
    base.signer = { ...signer, name: overrides.signerName };
  }
  return base;
}

/** Reads templates/report.yaml (or `file`), applies overrides, validates. Throws ReportConfigError. */
export async function loadReportSettings(
  file: string = DEFAULT_SETTINGS_FILE,
  overrides: ReportSettingsOverrides = {},
): Promise<ReportSettings> {
  return validate(ReportSettingsSchema, applyOverrides(await readYaml(file), overrides), file);
}

/** Reads templates/report-wording.yaml (or `file`). Throws ReportConfigError. */
export async function loadReportWording(file: string = DEFAULT_WORDING_FILE): Promise<ReportWording> {
  return validate(ReportWordingSchema, await readYaml(file), file);
}
