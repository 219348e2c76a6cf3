import type { ConsolidatedApproval, ReceivedConsolidated, UnitApproval } from '../model/approval.ts';
import type { UnitTreeAt } from '../units/index.ts';

/**
 * A child unit counted as received and approved through its consolidated workbook: the workbook
 * it sent up (ingested by the level above) lists, in its identity's `approved`, the child's own
 * approval. Null when no workbook of the child says so.
 *
 * The one place the consolidated workbooks' approvals are read: the store's table of received
 * consolidated workbooks (the upper-level ingest) is turned into `ReceivedConsolidated` by the
 * caller and handed in through `ApprovalScope.consolidated`.
 */
export function childApprovedBy(child: string, received: readonly ReceivedConsolidated[]): ConsolidatedApproval | null {
  for (const workbook of received) {
    if (workbook.unit !== child) continue;
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
