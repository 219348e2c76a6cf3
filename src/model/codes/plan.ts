/** Finding codes of plan loading and checking (src/plan), with their severity. */
export const PLAN_CODES = {
  'plan/unreadable': 'error',
  'plan/syntax': 'error',
  'plan/invalid-field': 'error',
  'plan/duplicate-id': 'error',
  'plan/unknown-org': 'error',
  'plan/unknown-task': 'error',
  'plan/unknown-parent': 'error',
  'plan/phrase-mismatch': 'warning',
  'plan/no-tasks': 'warning',
  'plan/needs-review': 'warning',
} as const;
export type PlanCode = keyof typeof PLAN_CODES;
