import type { OrgEvaluation, PeriodEvaluation, TargetEvaluation } from '../../model/evaluation.ts';
import type { Organization, Plan, Target } from '../../model/plan.ts';
import type { Submission } from '../../model/submission.ts';
import { laggingTermTargets, overdueTasks } from '../../evaluate/index.ts';
import { planIndex } from '../../plan/index.ts';

/** Indexes the plan, evaluation and submissions once, for the section builders. */
export interface ReportIndex {
  orgs: Organization[];
  targetsOf(org: string): Target[];
  orgEval(org: string): OrgEvaluation | undefined;
  targetEval(targetId: string): TargetEvaluation | undefined;
  submission(org: string): Submission | undefined;
  orgName(org: string): string;
  /** Tasks due by the end of the period and not reported done (issue 18). */
  overdue: ReadonlyArray<{ org: string; text: string; deadline: string }>;
  /** Term plans: targets below the milestone of the year, with the leader in charge (issue 18). */
  lagging: ReadonlyArray<{ org: string; target: Target; value: number | null; milestone: { year: number; value: number }; lead?: string | undefined }>;
}

export function indexReport(plan: Plan, evaluation: PeriodEvaluation, submissions: readonly Submission[]): ReportIndex {
  const orgEvals = new Map(evaluation.organizations.map((o) => [o.org, o]));
  const targetEvals = new Map(evaluation.organizations.flatMap((o) => o.targets.map((t) => [t.targetId, t] as const)));
  const subs = new Map<string, Submission>();
  for (const s of submissions) {
    const prev = subs.get(s.org);
    if (s.supersededBy === null && (!prev || prev.receivedAt < s.receivedAt)) subs.set(s.org, s);
  }
  const names = new Map(plan.organizations.map((o) => [o.code, o.name]));
  const taskText = new Map(plan.tasks.map((t) => [t.id, t.text]));
  return {
    // Units that hold tasks but send no form ("reporting: false") are not reported on, nor missing.
    orgs: plan.organizations.filter((o) => o.reporting !== false),
    overdue: overdueTasks(plan, evaluation.period, evaluation).map((t) => ({ org: t.org, text: taskText.get(t.taskId) ?? t.taskId, deadline: t.deadline })),
    lagging: laggingTermTargets(plan, evaluation.period, evaluation).flatMap((l) => {
      const target = plan.targets.find((t) => t.id === l.targetId);
      return target ? [{ org: l.org, target, value: l.value, milestone: l.milestone, lead: l.lead }] : [];
    }),
    targetsOf: (org) => [...(planIndex(plan).targetsByOrg.get(org) ?? [])],
    orgEval: (org) => orgEvals.get(org),
    targetEval: (id) => targetEvals.get(id),
    submission: (org) => subs.get(org),
    orgName: (org) => names.get(org) ?? org,
  };
}
