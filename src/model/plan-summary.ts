import type { Comparator } from './plan.ts';

/** What `baocao plan check` shows of a valid plan: counts, organisations, every target. */
export interface PlanSummary {
  counts: { organizations: number; tasks: number; targets: number };
  organizations: PlanSummaryOrganization[];
  targets: PlanSummaryTarget[];
}

export interface PlanSummaryOrganization {
  code: string;
  name: string;
  /** Number of tasks of the organisation, sub-items included. */
  tasks: number;
  targets: number;
  /** Present (false) only for a unit that holds tasks but sends no form. */
  reporting?: false;
}

export interface PlanSummaryTarget {
  id: string;
  org: string;
  taskId: string;
  text: string;
  comparator: Comparator;
  value: number;
  /** Upper bound of a range; null when the target is not a range. */
  max: number | null;
  unit: string;
}
