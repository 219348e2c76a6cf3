// The one place src/assess depends on src/evaluate: a quarter's PeriodEvaluation is read into
// the assessment's own QuarterView. When evaluate changes what a figure means (a quarter not
// reported carried forward and marked, not credited), this adapter is what follows it.
import { evaluateFromStore, evaluatePeriod } from '../evaluate/index.ts';
import type { OrgQuarterView, QuarterView } from '../model/assessment.ts';
import type { PeriodEvaluation } from '../model/evaluation.ts';
import type { PeriodId } from '../model/period.ts';
import type { Plan } from '../model/plan.ts';
import type { Store } from '../model/store.ts';
import type { IngestLogEntry, Submission } from '../model/submission.ts';

/** Where the year's figures come from: the store, or submissions built in memory (tests). */
export type YearSource =
  | { store: Store; now?: string }
  | { submissions: readonly Submission[]; log: readonly IngestLogEntry[]; now?: string };

/** The four quarters of the year, each evaluated by src/evaluate and read into a QuarterView. */
export function yearFromEvaluate(plan: Plan, year: number, source: YearSource): QuarterView[] {
  const quarters = [1, 2, 3, 4].map((q) => `${year}-Q${q}` as PeriodId);
  return quarters.map((quarter) => {
    const now = source.now ? { now: source.now } : {};
    const evaluation: PeriodEvaluation =
      'store' in source
        ? evaluateFromStore(plan, quarter, source.store, now)
        : evaluatePeriod(plan, quarter, { submissions: source.submissions, log: source.log, ...now });
    const orgs = new Map<string, OrgQuarterView>(
      evaluation.organizations.map((o) => [
        o.org,
        {
          completeness: o.completeness,
          overdue: o.overdue ?? true,
          daysLate: o.daysLate ?? null,
          tasks: new Map(o.tasks.map((t) => [t.taskId, t.progress])),
          // A figure carried from an earlier quarter (the row left blank this quarter) stands as it
          // stood then: the year is judged on the last figure the organisation gave.
          targets: new Map(o.targets.map((t) => [t.targetId, { status: t.status === 'carried' ? (t.carriedStatus ?? 'no_data') : t.status, value: t.value }])),
        },
      ]),
    );
    return { quarter, orgs };
  });
}
