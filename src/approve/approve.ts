import type { ApprovalEvent } from '../model/approval.ts';
import type { Finding } from '../model/finding.ts';
import { makeFinding } from '../vi/messages/index.ts';
import { periodNameLower } from '../vi/period.ts';
import { APPROVE_TEXT, approvalDate } from '../vi/approve-text.ts';
import { childApprovedBy } from './consolidated.ts';
import { type Actor, type ApprovalScope, coveredBy, expectsReports, submissionsOf } from './scope.ts';
import { approvalOf, unitApprovals } from './state.ts';

/** What approving a unit did: recorded (or already approved), or refused with the reasons. */
export type ApproveOutcome =
  | { ok: true; event: ApprovalEvent; already: boolean; findings: Finding[] }
  | { ok: false; findings: Finding[] };

/**
 * Approves a unit's result for the period (DHIS2's data approval, level by level): refused —
 * nothing recorded — while a unit below it that is expected to report is not approved (itself,
 * or through the consolidated workbook it sent), or when nothing at all was received for the
 * unit's subtree. An approval locks the unit's subtree: ingest refuses new forms and versions
 * for it until it is returned. Approving an approved unit again records nothing.
 */
export function approveUnit(scope: ApprovalScope, unit: string, by: Actor): ApproveOutcome {
  const { store, plan, period, tree } = scope;
  const target = tree.get(unit);
  if (!target) throw new Error(`unit ${unit} is not in the tree of ${period}`);
  if (!store.recordApprovals || !store.approvalStates) throw new Error('this store keeps no approvals');
  const states = unitApprovals(store, plan.id, period);
  const at = { period };
  const periodName = periodNameLower(period);

  const current = store.approvalStates(plan.id, period).find((e) => e.unit === unit);
  if (current?.action === 'approved') {
    const note = makeFinding('approve/already-approved', at, { unitName: target.name, periodName, date: approvalDate(current.at), by: current.actor });
    return { ok: true, event: current, already: true, findings: [note] };
  }

  const orgs = plan.organizations.map((o) => o.code);
  const consolidated = scope.consolidated ?? [];
  const findings: Finding[] = [];
  for (const child of tree.childrenOf(unit)) {
    if (!expectsReports(tree, child.code, orgs)) continue;
    const state = approvalOf(states, child.code);
    if (state.state === 'approved' || childApprovedBy(child.code, consolidated)) continue;
    findings.push(
      makeFinding(
        'approve/child-not-approved',
        { ...at, actual: child.code },
        { unitName: target.name, child: child.code, childName: child.name, childState: APPROVE_TEXT.childState(state) },
      ),
    );
  }
  // Received: forms of the subtree, or a consolidated workbook sent by the unit or a unit below it.
  const subtree = new Set(tree.subtreeOf(unit).map((u) => u.code));
  const received = submissionsOf(scope, unit).length > 0 || consolidated.some((w) => subtree.has(w.unit));
  if (!received) findings.push(makeFinding('approve/nothing-received', at, { unitName: target.name, periodName }));
  if (findings.length > 0) return { ok: false, findings };

  const [event] = store.recordApprovals([
    { planId: plan.id, period, unit, unitName: target.name, action: 'approved', actor: by.actor, at: by.at, reason: null, covers: coveredBy(tree, unit), via: null },
  ]);
  if (!event) throw new Error('approval not recorded');
  return { ok: true, event, already: false, findings: [] };
}
