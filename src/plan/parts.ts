import type { Plan } from '../model/plan.ts';
import type { OrgPart, PlanParts } from '../model/plan-parts.ts';
import { planIndex } from './plan-index.ts';

/** The plan without its tasks and targets. */
export function planSkeleton(plan: Plan): Plan {
  return { ...plan, tasks: [], targets: [] };
}

export function orgPart(plan: Plan, org: string): OrgPart {
  const ix = planIndex(plan);
  return { tasks: ix.tasksByOrg.get(org) ?? [], targets: ix.targetsByOrg.get(org) ?? [] };
}

/** The organisation most of the ids belong to. */
export function orgOfIds(plan: Plan, ids: readonly string[]): string | null {
  const { taskById, targetById } = planIndex(plan);
  const votes = new Map<string, number>();
  for (const id of ids) {
    const target = targetById.get(id);
    const org = taskById.get(target ? target.task : id)?.org;
    if (org) votes.set(org, (votes.get(org) ?? 0) + 1);
  }
  const best = [...votes.entries()].sort((a, b) => b[1] - a[1])[0];
  return best ? best[0] : null;
}

/** Parts served from a whole plan held in this thread. */
export function wholePlanParts(plan: Plan): PlanParts {
  return { forOrg: async () => plan, orgOfIds: async (ids) => orgOfIds(plan, ids) };
}
