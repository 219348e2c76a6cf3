import type { Plan, Target, Task } from './plan.ts';

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
