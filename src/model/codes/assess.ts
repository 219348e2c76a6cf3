/** Finding codes of the year-end assessment (src/assess), with their severity. */
export const ASSESS_CODES = {
  'assess/rules-unreadable': 'error',
  'assess/rules-invalid': 'error',
  'assess/rules-missing': 'error',
  'assess/rules-year': 'error',
  'assess/unknown-org': 'error',
  'assess/unknown-grade': 'error',
  'assess/output-exists': 'error',
  'assess/quarters-missing': 'warning',
  'assess/no-report': 'warning',
} as const;
export type AssessCode = keyof typeof ASSESS_CODES;
