import type { Plan, Target, Task } from '../model/plan.ts';
import { planIndex } from './plan-index.ts';

/**
 * The plan one organisation's workbook is read against: every part of the plan but the tasks
 * and targets, plus that organisation's own. Ingest workers hold only the skeleton and ask the
 * main thread for one organisation at a time, so their memory does not grow with the province.
 */
export interface PlanParts {
  /** The plan with this organisation's tasks and targets (a plan of its own, for planIndex). */
  forOrg(org: string): Promise<Plan>;
  /** The organisation most of these task/target ids belong to (workbooks that lost their metadata). */
  orgOfIds(ids: readonly string[]): Promise<string | null>;
}

/** One organisation's tasks and targets, in plan order. */
export interface OrgPart {
  tasks: readonly Task[];
  targets: readonly Target[];
}

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
