import type { ConsolidatedApproval, ReceivedConsolidated, UnitApproval } from '../model/approval.ts';
import type { Store } from '../model/store.ts';
import type { UnitTreeAt } from '../units/index.ts';

/**
 * A child unit counted as received and approved through a consolidated workbook: the workbook
 * its unit (or a unit above it, below us) sent up lists, in its identity's `approved`, the
 * child's approval. Null when no workbook says so.
 *
 * The one place the consolidated workbooks' approvals are read: the store's table of received
 * consolidated workbooks (the upper-level ingest) is turned into `ReceivedConsolidated` by the
 * caller and handed in through `ApprovalScope.consolidated`.
 */
export function childApprovedBy(child: string, received: readonly ReceivedConsolidated[]): ConsolidatedApproval | null {
  // Any workbook from below lists the approvals of its whole subtree: a district's workbook
  // carries its communes' approvals, so the province can approve the district on it.
  for (const workbook of received) {
    const own = workbook.approved.find((a) => a.unit === child);
    if (own) return own;
  }
  return null;
}

/**
 * What a unit's consolidated workbook lists as approved (its identity's `approved`): every unit
 * of its subtree whose latest action is an approval, with when and by whom.
 */
export function approvalsToSend(states: ReadonlyMap<string, UnitApproval>, tree: UnitTreeAt, unit: string): ConsolidatedApproval[] {
  return tree.subtreeOf(unit).flatMap((u) => {
    const s = states.get(u.code);
    return s?.state === 'approved' ? [{ unit: u.code, at: s.at ?? '', by: s.by ?? '' }] : [];
  });
}

/** The consolidated workbooks a store received from below for a period, with the approvals each lists. */
export function receivedConsolidated(store: Pick<Store, 'currentConsolidated'>, planId: string, period: string): ReceivedConsolidated[] {
  return (store.currentConsolidated?.(planId, period) ?? []).map((w) => ({ unit: w.unit, approved: w.identity.approved ?? [] }));
}
