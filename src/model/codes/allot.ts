/** Finding codes of allotment tables (src/allot: phân bổ chỉ tiêu), with their severity. */
export const ALLOT_CODES = {
  'allot/unreadable': 'error',
  'allot/not-allotment': 'error',
  'allot/bad-identity': 'error',
  'allot/wrong-plan': 'error',
  'allot/unknown-unit': 'error',
  'allot/unknown-child': 'error',
  'allot/child-missing': 'warning',
  'allot/total-changed': 'error',
  'allot/not-a-number': 'error',
  'allot/negative-share': 'error',
  'allot/share-without-org': 'error',
  'allot/fractional-share': 'warning',
  'allot/sum-mismatch': 'error',
  'allot/over-allotted': 'warning',
  'allot/not-apportioned': 'info',
  'allot/total-from-plan': 'warning',
  'allot/year-outside-plan': 'warning',
  'allot/no-targets': 'warning',
} as const;
export type AllotCode = keyof typeof ALLOT_CODES;
