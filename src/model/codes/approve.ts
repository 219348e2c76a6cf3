/**
 * Finding codes of approval level by level (src/approve), with their severity. `ingest/locked` is
 * raised by ingest (src/ingest/locked.ts) but belongs to approval: an approved unit's forms are locked.
 */
export const APPROVE_CODES = {
  'ingest/locked': 'error',
  'approve/child-not-approved': 'error',
  'approve/nothing-received': 'error',
  'approve/already-approved': 'info',
  'approve/restore-locked': 'error',
  'approve/source-missing': 'warning',
  'approve/copy-failed': 'warning',
} as const;
export type ApproveCode = keyof typeof APPROVE_CODES;
