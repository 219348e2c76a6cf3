import type { ReportSettings } from '../model/report.ts';
import type { SignatureRole } from '../model/sign.ts';
import { type KeySource, SignError, signReport } from '../sign/index.ts';
import { WEB_TEXT as T } from '../vi/web-text.ts';
import { WebError } from './context.ts';
import type { SignedPdfHook } from './signed-pdf.ts';

/**
 * Signs with the keys opened when the server started (the password or PIN was read once then,
 * kept in memory only). A signing problem (an expired certificate, a token pulled out) is a
 * Vietnamese page naming it, not a server error.
 */
export function signedPdfHook(settings: ReportSettings, settingsDir: string, keys: Partial<Record<SignatureRole, KeySource>>): SignedPdfHook {
  return async ({ period, report }) => {
    try {
      const result = await signReport({ bytes: report, file: `bao-cao-${period}.docx`, settings, settingsDir, keys });
      return Buffer.from(result.bytes);
    } catch (error) {
      if (!(error instanceof SignError)) throw error;
      throw new WebError(422, T.errorTitle, [T.signFailed, ...error.findings.map((f) => f.message)].join(' '));
    }
  };
}
