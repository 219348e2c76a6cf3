/** Finding codes of consolidated workbooks (src/consolidate), with their severity. */
export const CONSOLIDATE_CODES = {
  'consolidate/unreadable': 'error',
  'consolidate/not-consolidated': 'error',
  'consolidate/bad-identity': 'error',
  'consolidate/bad-value': 'error',
  'consolidate/edited-cell': 'error',
  'consolidate/rows-changed': 'error',
  'consolidate/wrong-unit': 'error',
  'consolidate/wrong-plan': 'error',
  'consolidate/wrong-period': 'error',
} as const;
export type ConsolidateCode = keyof typeof CONSOLIDATE_CODES;
