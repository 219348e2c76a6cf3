import type { z } from 'zod';
import type { Finding } from '../model/finding.ts';
import type { ReportSettings, ReportSettingsOverrides, ReportWording } from '../model/report.ts';
import { ReportConfigError, loadReportSettings, loadReportWording } from '../report/index.ts';
import { STATUS_TEXT } from '../vi/status-export-text.ts';
import { REPORT_TEXT } from '../vi/report-text.ts';
import { flagOf } from './options.ts';

/** A bad option of a command that writes an official document (report, remind), worded for the user. */
export function documentOptionError(issue: z.core.$ZodIssue, raw: Record<string, unknown>): string {
  const field = String(issue.path[0] ?? '');
  const value = typeof raw[field] === 'string' ? (raw[field] as string) : '';
  if (field === 'output') return REPORT_TEXT.outputNotDocx(value);
  if (field === 'date') return REPORT_TEXT.badDate(value);
  if (field === 'number') return REPORT_TEXT.badNumber(value);
  return STATUS_TEXT.badOption(`${flagOf(issue.path[0])}: ${issue.message}`);
}

type OverrideOptions = { number?: ReportSettingsOverrides['number']; date?: string | undefined; signer?: string | undefined; profile?: ReportSettingsOverrides['profile'] };

/**
 * The settings (--config, with --number/--date/--signer/--profile applied) and the wording
 * (--wording) of a command that writes an official document; the findings of a bad file instead.
 */
export async function loadDocumentConfig(
  o: OverrideOptions & { config?: string | undefined; wording?: string | undefined },
): Promise<{ settings: ReportSettings; wording: ReportWording } | { findings: Finding[] }> {
  try {
    return { settings: await loadReportSettings(o.config, settingsOverrides(o)), wording: await loadReportWording(o.wording) };
  } catch (error) {
    if (!(error instanceof ReportConfigError)) throw error;
    return { findings: error.findings };
  }
}

/** --number, --date, --signer (and report's --profile) as the settings they override. */
export function settingsOverrides(o: OverrideOptions): ReportSettingsOverrides {
  return {
    ...(o.number !== undefined ? { number: o.number } : {}),
    ...(o.date !== undefined ? { date: o.date } : {}),
    ...(o.signer !== undefined ? { signerName: o.signer } : {}),
    ...(o.profile !== undefined ? { profile: o.profile } : {}),
  };
}
