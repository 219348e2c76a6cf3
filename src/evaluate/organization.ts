import type { Finding } from '../model/finding.ts';
import type { OrgEvaluation, TaskEvaluation, TargetEvaluation } from '../model/evaluation.ts';
import type { PeriodId } from '../model/period.ts';
import type { Plan } from '../model/plan.ts';
import type { Submission } from '../model/submission.ts';
import type { CompletenessResult } from './completeness.ts';
import type { QuarterReport } from './series.ts';
import { evaluateTarget } from './target.ts';
import { planIndex } from '../plan/index.ts';

export interface OrgInput {
  plan: Plan;
  org: string;
  /** The year's quarters up to the end of the period, Q1 first. */
  quarters: PeriodId[];
  inPeriodQuarters: PeriodId[];
  quartersElapsed: number;
  /** Current submission of the org per quarter. */
  byQuarter: ReadonlyMap<PeriodId, Submission>;
  /** The submission whose task texts and progress stand for the period. */
  reporting: Submission | undefined;
  completeness: CompletenessResult;
  reportingPeriod: PeriodId;
}

const share = (count: number, total: number) => (total === 0 ? null : count / total);

/**
 * One organisation: its targets (plan order), its tasks with the reported Tiến độ, and the shares:
 * tasksDoneShare = tasks reported "Hoàn thành" / the org's tasks (null without a report);
 * targetsOkShare = targets achieved or on track / the org's targets (null when none has data).
 */
export function evaluateOrganization(input: OrgInput): { evaluation: OrgEvaluation; findings: Finding[] } {
  const { plan, org, quarters, byQuarter, reporting } = input;
  const findings: Finding[] = [];
  const targets: TargetEvaluation[] = [];
  for (const target of planIndex(plan).targetsByOrg.get(org) ?? []) {
    const reports: QuarterReport[] = quarters.map((quarter) => {
      const sub = byQuarter.get(quarter);
      return { quarter, fileName: sub?.fileName ?? null, reported: sub?.targets.find((r) => r.targetId === target.id) ?? null };
    });
    const result = evaluateTarget({
      target,
      org,
      reports,
      inPeriodQuarters: input.inPeriodQuarters,
      quartersElapsed: input.quartersElapsed,
    });
    targets.push(result.evaluation);
    findings.push(...result.findings);
  }

  const progress = new Map(reporting?.tasks.map((r) => [r.taskId, r.progress]));
  const tasks: TaskEvaluation[] = (planIndex(plan).tasksByOrg.get(org) ?? []).map((t) => ({ taskId: t.id, org, progress: progress.get(t.id) ?? null }));

  // Carried figures are not the period's: a target with only those counts as without data here.
  const withData = targets.filter((t) => t.status !== 'no_data' && t.status !== 'carried');
  const ok = targets.filter((t) => t.status === 'achieved' || t.status === 'on_track').length;
  return {
    evaluation: {
      org,
      ...input.completeness,
      targets,
      tasks,
      tasksDoneShare: reporting ? share(tasks.filter((t) => t.progress === 'done').length, tasks.length) : null,
      targetsOkShare: withData.length === 0 ? null : share(ok, targets.length),
      reportingPeriod: input.reportingPeriod,
      dataPeriod: [...quarters].reverse().find((q) => byQuarter.has(q)) ?? null,
    },
    findings,
  };
}
