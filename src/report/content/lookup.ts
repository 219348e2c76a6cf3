import type { OrgEvaluation, PeriodEvaluation, TargetEvaluation } from '../../model/evaluation.ts';
import type { Organization, Plan, Target } from '../../model/plan.ts';
import type { Submission } from '../../model/submission.ts';
import { planIndex } from '../../plan/index.ts';

/** Indexes the plan, evaluation and submissions once, for the section builders. */
export interface ReportIndex {
  orgs: Organization[];
  targetsOf(org: string): Target[];
  orgEval(org: string): OrgEvaluation | undefined;
  targetEval(targetId: string): TargetEvaluation | undefined;
  submission(org: string): Submission | undefined;
  orgName(org: string): string;
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
  return {
    orgs: plan.organizations,
    targetsOf: (org) => [...(planIndex(plan).targetsByOrg.get(org) ?? [])],
    orgEval: (org) => orgEvals.get(org),
    targetEval: (id) => targetEvals.get(id),
    submission: (org) => subs.get(org),
    orgName: (org) => names.get(org) ?? org,
  };
}
