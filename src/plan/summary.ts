import type { Plan } from '../model/plan.ts';
import type { PlanSummary } from '../model/plan-summary.ts';

export type { PlanSummary, PlanSummaryOrganization, PlanSummaryTarget } from '../model/plan-summary.ts';

/**
 * The data of `baocao plan check`: counts, each organisation with its numbers of tasks and
 * targets (in plan order), and every target with the organisation it belongs to.
 */
export function summarizePlan(plan: Plan): PlanSummary {
  const orgOfTask = new Map(plan.tasks.map((t) => [t.id, t.org]));
  const targets = plan.targets.map((t) => ({
    id: t.id,
    org: orgOfTask.get(t.task) ?? '',
    taskId: t.task,
    text: t.text,
    comparator: t.comparator,
    value: t.value,
    max: t.max ?? null,
    unit: t.unit,
  }));
  const organizations = plan.organizations.map((o) => ({
    code: o.code,
    name: o.name,
    tasks: plan.tasks.filter((t) => t.org === o.code).length,
    targets: targets.filter((t) => t.org === o.code).length,
    ...(o.reporting === false ? { reporting: false as const } : {}),
  }));
  return {
    counts: { organizations: plan.organizations.length, tasks: plan.tasks.length, targets: plan.targets.length },
    organizations,
    targets,
  };
}
