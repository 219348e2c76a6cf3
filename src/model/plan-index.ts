import type { Organization, Target, Task } from './plan.ts';

/** Lookups over a plan, built once per plan object (src/plan/plan-index.ts). */
export interface PlanIndex {
  orgByCode: ReadonlyMap<string, Organization>;
  taskById: ReadonlyMap<string, Task>;
  targetById: ReadonlyMap<string, Target>;
  /** Tasks of each organisation, in plan order. */
  tasksByOrg: ReadonlyMap<string, readonly Task[]>;
  /** Targets of each task, in plan order. */
  targetsByTask: ReadonlyMap<string, readonly Target[]>;
  /** Targets of each organisation, in plan order. */
  targetsByOrg: ReadonlyMap<string, readonly Target[]>;
}
