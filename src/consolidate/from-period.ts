import type { PeriodEvaluation } from '../model/evaluation.ts';
import type { Plan } from '../model/plan.ts';
import type { ConsolidatedApproval } from '../model/approval.ts';
import type { Submission } from '../model/submission.ts';
import type { SubtreeCompleteness } from '../model/units.ts';
import { subtreeCompleteness } from '../evaluate/index.ts';
import { planHash } from '../plan/index.ts';
import type { UnitTreeAt } from '../units/index.ts';
import { type Consolidated, consolidate } from './write.ts';

/**
 * A unit's consolidated result from its evaluated period: the store holds the unit's own
 * organisations' forms (forms are not keyed by unit yet), so the units below it are listed as
 * included or missing by the subtree's completeness. One function for `baocao consolidate` and
 * the demo.
 */
export function consolidatePeriod(input: {
  plan: Plan;
  evaluation: PeriodEvaluation;
  submissions: readonly Submission[];
  tree: UnitTreeAt;
  unit: string;
  /** Approvals of the subtree in force, for the identity (src/approve). */
  approved?: ConsolidatedApproval[];
}): { result: Consolidated; completeness: SubtreeCompleteness } {
  const { plan, evaluation, tree, unit } = input;
  const orgs = plan.organizations.map((o) => o.code);
  const reports = evaluation.organizations.map((o) => ({ unit, org: o.org, completeness: o.completeness }));
  const completeness = subtreeCompleteness(tree, unit, orgs, reports);
  const expectedHere = new Set(tree.organizationsOf(unit, orgs));
  const result = consolidate({
    plan,
    planHash: planHash(plan),
    period: evaluation.period,
    tree,
    unit,
    contributions: [{ unit, submissions: input.submissions.filter((s) => expectedHere.has(s.org)) }],
    completeness,
    ...(input.approved ? { approved: input.approved } : {}),
  });
  return { result, completeness };
}
