import { unitApprovals } from '../../approve/index.ts';
import type { UnitApproval } from '../../model/approval.ts';
import { openStore } from '../../store/index.ts';

/**
 * Each unit's approval state for `status --unit` (src/approve), read from the store status was
 * read from (loadPeriod has checked it opens). An empty map when it keeps no approvals.
 */
export function approvalsForStatus(raw: unknown, planId: string, period: string): Map<string, UnitApproval> {
  const db = (raw as { db?: unknown }).db;
  const store = openStore(typeof db === 'string' && db.trim() !== '' ? db : './baocao.db');
  try {
    return unitApprovals(store, planId, period);
  } finally {
    store.close();
  }
}
