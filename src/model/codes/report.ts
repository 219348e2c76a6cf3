/** Finding codes of the report stage (src/report), with their severity. */
export const REPORT_CODES = {
  'report/config-unreadable': 'error',
  'report/config-invalid': 'error',
  'report/authority-mismatch': 'warning',
  'report/authority-form': 'warning',
  'report/signer-missing': 'warning',
  'report/org-signer-missing': 'warning',
  'report/signature-image-missing': 'warning',
  'report/no-submissions': 'warning',
  'report/unknown-org': 'error',
  'report/output-exists': 'error',
  'report/unit-settings-missing': 'warning',
  'report/unit-settings-unknown': 'warning',
  'report/unit-no-parts': 'warning',
  'report/unit-form-outside': 'warning',
} as const;
export type ReportCode = keyof typeof REPORT_CODES;
