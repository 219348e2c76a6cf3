import type { ReceivedConsolidated, ReturnSource } from '../model/approval.ts';
import type { PeriodId } from '../model/period.ts';
import type { Plan } from '../model/plan.ts';
import type { Store } from '../model/store.ts';
import type { Submission } from '../model/submission.ts';
import type { UnitTreeAt } from '../units/index.ts';

/** What approving or returning a unit looks at: the store, the plan, the period and its tree. */
export interface ApprovalScope {
  store: Store;
  plan: Plan;
  period: PeriodId;
  /** The tree of units in the period. */
  tree: UnitTreeAt;
  /** Consolidated workbooks received from units below, with the approvals they list (none until the upper-level ingest stores them). */
  consolidated?: readonly ReceivedConsolidated[];
}

/** Who acts, and when (ISO). */
export interface Actor {
  actor: string;
  at: string;
}

/** The office's own unit: the root of the period's tree (forms made without a unit report for it). */
export function rootOf(tree: UnitTreeAt): string {
  return tree.formUnit('');
}

/** The unit a stored submission reports for: its own, or the root for a form made without a unit. */
export function unitOfSubmission(s: Pick<Submission, 'unit'>, tree: UnitTreeAt): string {
  return tree.formUnit(s.unit);
}

/** The units an approval of `unit` locks: its subtree, and '' (forms without a unit) when it is the root. */
export function coveredBy(tree: UnitTreeAt, unit: string): string[] {
  const codes = tree.subtreeOf(unit).map((u) => u.code);
  return unit === rootOf(tree) ? [...codes, ''] : codes;
}

/** Whether any unit of the subtree expects reports (has organisations that report there). */
export function expectsReports(tree: UnitTreeAt, unit: string, planOrganizations: readonly string[]): boolean {
  return tree.subtreeOf(unit).some((u) => tree.organizationsOf(u.code, planOrganizations).length > 0);
}

/** The current submissions of the unit's subtree for the period (what its result is made of at this level). */
export function submissionsOf(scope: ApprovalScope, unit: string): Submission[] {
  const codes = new Set(scope.tree.subtreeOf(unit).map((u) => u.code));
  return scope.store.currentSubmissions(scope.plan.id, scope.period).filter((s) => codes.has(unitOfSubmission(s, scope.tree)));
}

/** The current consolidated workbooks received from the unit or a unit below it (what a return sends back besides forms). */
export function workbooksOf(scope: ApprovalScope, unit: string): ReturnSource[] {
  const codes = new Set(scope.tree.subtreeOf(unit).map((u) => u.code));
  return (scope.store.currentConsolidated?.(scope.plan.id, scope.period) ?? [])
    .filter((w) => codes.has(w.unit))
    .map((w) => ({ fileName: w.fileName, sha256: w.sha256, org: '', period: scope.period, receivedAt: w.receivedAt }));
}
