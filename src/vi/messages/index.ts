import { FINDING_CODES, type FindingCode } from '../../model/codes/index.ts';
import type { Finding, FindingArgs, FindingLocation, MessageTemplate } from '../../model/finding.ts';
import { nfc } from '../text.ts';
import { PLAN_MESSAGES } from './plan.ts';
import { IMPORT_MESSAGES } from './import.ts';
import { TEMPLATE_MESSAGES } from './template.ts';
import { INGEST_MESSAGES } from './ingest.ts';
import { EVALUATE_MESSAGES } from './evaluate.ts';
import { REPORT_MESSAGES } from './report.ts';
import { ASSESS_MESSAGES } from './assess.ts';
import { SIGN_MESSAGES } from './sign.ts';
import { UNITS_MESSAGES } from './units.ts';
import { CONSOLIDATE_MESSAGES } from './consolidate.ts';
import { ALLOT_MESSAGES } from './allot.ts';
import { APPROVE_MESSAGES } from './approve.ts';

/** The one catalogue of user-facing finding texts. A code without text does not compile. */
export const MESSAGES: Record<FindingCode, MessageTemplate> = {
  ...PLAN_MESSAGES,
  ...IMPORT_MESSAGES,
  ...TEMPLATE_MESSAGES,
  ...INGEST_MESSAGES,
  ...EVALUATE_MESSAGES,
  ...REPORT_MESSAGES,
  ...ASSESS_MESSAGES,
  ...SIGN_MESSAGES,
  ...UNITS_MESSAGES,
  ...CONSOLIDATE_MESSAGES,
  ...ALLOT_MESSAGES,
  ...APPROVE_MESSAGES,
};

/** Builds a finding: severity from the code table, Vietnamese text from the catalogue. */
export function makeFinding(
  code: FindingCode,
  at: FindingLocation & { actual?: string; expected?: string },
  args: FindingArgs = {},
): Finding {
  const template = MESSAGES[code];
  const all = { ...at, ...args } as FindingArgs;
  const hint = template.hint?.(all);
  return {
    code,
    severity: FINDING_CODES[code],
    ...at,
    message: nfc(template.message(all)),
    ...(hint ? { hint: nfc(hint) } : {}),
  };
}

export function hasErrors(findings: readonly Finding[]): boolean {
  return findings.some((f) => f.severity === 'error');
}

/** Where a finding points, in Vietnamese: «tệp "a.xlsx", trang "Báo cáo", ô F12». */
export function describeLocation(f: FindingLocation): string {
  const parts: string[] = [];
  if (f.file) parts.push(`tệp "${f.file}"`);
  if (f.sheet) parts.push(`trang "${f.sheet}"`);
  if (f.cell) parts.push(`ô ${f.cell}`);
  if (f.path && f.path.length > 0) parts.push(`trường ${formatPath(f.path)}`);
  if (f.line) parts.push(`dòng ${f.line}`);
  return parts.join(', ');
}

/** ["targets", 3, "value"] → "targets[3].value". */
export function formatPath(path: ReadonlyArray<string | number>): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}
