import type { ApprovalEvent, NewApprovalEvent } from '../model/approval.ts';
import type { Actor, ApprovalScope } from './scope.ts';
import { approvalOf, unitApprovals } from './state.ts';

/**
 * Returns (un-approves) a unit's result for the period with a reason: a row for the unit, and
 * one for each unit above it that was approved (an approval above cannot stand on a returned
 * unit), naming the unit returned. All in one transaction. The units below keep their own
 * approvals (to change a commune's figures, return the commune). A unit not approved can be
 * returned too: the return and its reason are recorded for the unit to see.
 */
export function returnUnit(scope: ApprovalScope, unit: string, reason: string, by: Actor): ApprovalEvent[] {
  const { store, plan, period, tree } = scope;
  const target = tree.get(unit);
  if (!target) throw new Error(`unit ${unit} is not in the tree of ${period}`);
  if (!store.recordApprovals || !store.approvalStates) throw new Error('this store keeps no approvals');
  const text = reason.trim();
  if (text === '') throw new Error('a return needs a reason');
  const states = unitApprovals(store, plan.id, period);
  const row = (code: string, name: string, via: string | null): NewApprovalEvent => ({
    planId: plan.id,
    period,
    unit: code,
    unitName: name,
    action: 'returned',
    actor: by.actor,
    at: by.at,
    reason: text,
    covers: [],
    via,
  });
  const above = tree
    .pathToRoot(unit)
    .slice(1)
    .filter((u) => approvalOf(states, u.code).state === 'approved')
    .map((u) => row(u.code, u.name, unit));
  return store.recordApprovals([row(unit, target.name, null), ...above]);
}
