import type { ApprovalEvent, UnitApproval } from '../model/approval.ts';
import type { Store } from '../model/store.ts';

const NONE: UnitApproval = { state: 'none', at: null, by: null, reason: null, via: null };

/** A unit's state from its latest approval row (none when it has none). */
export function toUnitApproval(e: ApprovalEvent | undefined): UnitApproval {
  if (!e) return NONE;
  return { state: e.action, at: e.at, by: e.actor, reason: e.reason, via: e.via };
}

/** Each unit's approval state in a plan's period, by unit code (units never acted on are absent: none). */
export function unitApprovals(store: Store, planId: string, period: string): Map<string, UnitApproval> {
  return new Map((store.approvalStates?.(planId, period) ?? []).map((e) => [e.unit, toUnitApproval(e)]));
}

/** The state of one unit in a map from unitApprovals. */
export function approvalOf(states: ReadonlyMap<string, UnitApproval>, code: string): UnitApproval {
  return states.get(code) ?? NONE;
}
