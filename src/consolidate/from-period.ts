import type { PeriodId } from '../model/period.ts';
import type { Plan } from '../model/plan.ts';
import type { ConsolidatedApproval } from '../model/approval.ts';
import type { SubtreeCompleteness } from '../model/units.ts';
import type { SubtreeView } from '../model/upward.ts';
import { planHash } from '../plan/index.ts';
import type { UnitTreeAt } from '../units/index.ts';
import { type SubtreeStore, subtreeView } from './subtree.ts';
import { type Consolidated, consolidate } from './write.ts';

/**
 * A unit's consolidated result for a period, over its subtree (subtree.ts): the forms of the
 * unit and the units below it, and the workbooks the units below sent up, so a district's
 * workbook holds its communes' forms and the province's holds the districts' workbooks. One
 * function for `baocao consolidate` and the demo.
 */
export function consolidatePeriod(input: {
  plan: Plan;
  period: PeriodId;
  store: SubtreeStore;
  tree: UnitTreeAt;
  unit: string;
  /** Approvals of the subtree in force, for the identity (src/approve). */
  approved?: ConsolidatedApproval[];
  createdAt?: string;
}): { result: Consolidated; completeness: SubtreeCompleteness; view: SubtreeView } {
  const { plan, period, store, tree, unit } = input;
  const view = subtreeView({ store, plan, period, tree, unit });
  const result = consolidate({
    plan,
    planHash: planHash(plan),
    period,
    tree,
    unit,
    contributions: [],
    completeness: view.completeness,
    gathered: { rows: view.rows, texts: view.texts, included: view.included },
    ...(input.createdAt ? { createdAt: input.createdAt } : {}),
    ...(input.approved ? { approved: input.approved } : {}),
  });
  return { result, completeness: view.completeness, view };
}
