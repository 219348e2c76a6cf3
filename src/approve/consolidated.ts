import type { ConsolidatedApproval, ReceivedConsolidated } from '../model/approval.ts';

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
