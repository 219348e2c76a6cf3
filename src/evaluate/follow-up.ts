/**
 * What the follow-up body chases beyond the numbers (issue 18): tasks past their due date and
 * not reported done, term targets behind their milestone for the year, and the units that
 * hold tasks without reporting (kept, shown as such, never counted as missing).
 */
import type { PeriodEvaluation } from '../model/evaluation.ts';
import type { TaskProgress } from '../model/submission.ts';
import type { PeriodId } from '../model/period.ts';
import type { Plan, Target, YearMilestone } from '../model/plan.ts';
import { periodOf } from '../vi/period.ts';

export interface OverdueTask {
  taskId: string;
  org: string;
  deadline: string;
  /** Progress reported in the period; null when the organisation did not report it (or does not report). */
  progress: TaskProgress | null;
}

/** Tasks due on or before the end of the period and not reported done, by due date. */
export function overdueTasks(plan: Plan, period: PeriodId, evaluation: PeriodEvaluation): OverdueTask[] {
  const end = periodOf(period).end;
  const progress = new Map(evaluation.organizations.flatMap((o) => o.tasks.map((t) => [t.taskId, t.progress] as const)));
  return plan.tasks
    .filter((t): t is typeof t & { deadline: string } => t.deadline !== undefined && t.deadline <= end && progress.get(t.id) !== 'done')
    .map((t) => ({ taskId: t.id, org: t.org, deadline: t.deadline, progress: progress.get(t.id) ?? null }))
    .sort((a, b) => a.deadline.localeCompare(b.deadline) || a.taskId.localeCompare(b.taskId));
}

export interface LaggingTarget {
  targetId: string;
  org: string;
  /** The milestone of the period's year (or the latest one before it). */
  milestone: YearMilestone;
  value: number | null;
  lead?: string | undefined;
}

/**
 * Term plans: targets whose result at the end of the period is below the milestone they should
 * have reached (the latest milestone up to the previous year, or up to this year at year end).
 * Targets without milestones are not judged here.
 */
export function laggingTermTargets(plan: Plan, period: PeriodId, evaluation: PeriodEvaluation): LaggingTarget[] {
  if (!plan.term) return [];
  // Before the year is over, the milestone to have reached is the previous year's; at year end, this year's.
  const { year: periodYear, quartersElapsed } = periodOf(period);
  const year = quartersElapsed === 4 ? periodYear : periodYear - 1;
  const value = new Map(evaluation.organizations.flatMap((o) => o.targets.map((t) => [t.targetId, t.value] as const)));
  const orgOf = new Map(plan.tasks.map((t) => [t.id, t.org]));
  const out: LaggingTarget[] = [];
  for (const target of plan.targets) {
    const milestone = milestoneFor(target, year);
    if (!milestone) continue;
    const v = value.get(target.id) ?? null;
    const below = v === null || (target.comparator === 'lte' || target.comparator === 'lt' ? v > milestone.value : v < milestone.value);
    if (below) out.push({ targetId: target.id, org: orgOf.get(target.task) ?? '', milestone, value: v, lead: target.lead });
  }
  return out;
}

function milestoneFor(target: Target, year: number): YearMilestone | undefined {
  return (target.milestones ?? []).filter((m) => m.year <= year).sort((a, b) => a.year - b.year).at(-1);
}

/** Units with tasks that send no form ("reporting: false"), with their number of tasks. */
export function nonReportingUnits(plan: Plan): Array<{ org: string; name: string; tasks: number }> {
  return plan.organizations
    .filter((o) => o.reporting === false)
    .map((o) => ({ org: o.code, name: o.name, tasks: plan.tasks.filter((t) => t.org === o.code).length }));
}
