/** Finding codes of the decision import (src/plan/import), with their severity. */
export const IMPORT_CODES = {
  'import/unreadable': 'error',
  'import/no-tasks': 'error',
  'import/invalid-draft': 'error',
  'import/output-exists': 'error',
  'import/unwritable': 'error',
  'import/missing-identity': 'warning',
  'import/duplicate-section': 'warning',
  'import/duplicate-number': 'warning',
  'import/skipped-number': 'warning',
  'import/impossible-date': 'warning',
  'import/low-confidence-target': 'warning',
  'import/inferred-year': 'warning',
  'import/unrecognised-shape': 'warning',
  'import/issuer-inferred': 'warning',
  'import/typo': 'info',
  'import/derived-org-code': 'info',
  'import/no-sections': 'info',
  'import/shape': 'info',
  'import/not-reporting': 'info',
} as const;
export type ImportCode = keyof typeof IMPORT_CODES;
