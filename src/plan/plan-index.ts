import type { Plan } from '../model/plan.ts';
import type { PlanIndex } from '../model/plan-index.ts';
import { groupBy } from '../util/group-by.ts';

const cache = new WeakMap<Plan, PlanIndex>();

/**
 * The plan's lookups, built once per plan object and kept while the plan lives. Every stage that
 * asks "the tasks of this organisation" per file or per row uses this instead of scanning the
 * plan, so the cost per workbook does not grow with the number of organisations.
 */
export function planIndex(plan: Plan): PlanIndex {
  const cached = cache.get(plan);
  if (cached) return cached;
  const taskById = new Map(plan.tasks.map((t) => [t.id, t]));
  const index: PlanIndex = {
    orgByCode: new Map(plan.organizations.map((o) => [o.code, o])),
    taskById,
    targetById: new Map(plan.targets.map((t) => [t.id, t])),
    tasksByOrg: groupBy(plan.tasks, (t) => t.org),
    targetsByTask: groupBy(plan.targets, (t) => t.task),
    targetsByOrg: groupBy(plan.targets, (t) => taskById.get(t.task)?.org),
  };
  cache.set(plan, index);
  return index;
}

/** The organisation a user typed the code of, whatever the case ("hccb" → HCCB), as --org takes it. */
export function findOrg(plan: Plan, typed: string): Plan['organizations'][number] | undefined {
  const upper = typed.toUpperCase();
  return planIndex(plan).orgByCode.get(typed) ?? plan.organizations.find((o) => o.code.toUpperCase() === upper);
}
