import type { PeriodEvaluation } from '../model/evaluation.ts';
import type { PeriodId } from '../model/period.ts';
import type { Plan } from '../model/plan.ts';
import type { Store } from '../model/store.ts';
import type { Submission } from '../model/submission.ts';
import { quartersUpTo } from '../vi/period.ts';
import { evaluatePeriod, reportingPeriodOf } from './evaluate-period.ts';

/** Reads what the evaluation needs from the store, then evaluates (see evaluatePeriod). */
export function evaluateFromStore(plan: Plan, period: PeriodId, store: Store, options: { now?: string } = {}): PeriodEvaluation {
  const reportingPeriod = reportingPeriodOf(plan, period);
  const periods = [...new Set([...quartersUpTo(period), reportingPeriod])];
  const submissions = periods.flatMap((p) => store.currentSubmissions(plan.id, p));
  // Each organisation's versions of the reporting period: the replaced ones and the current one
  // (two queries for the whole province, not one per organisation).
  const history = new Map<string, Submission[]>(plan.organizations.map((o) => [o.code, []]));
  for (const s of [...store.supersededSubmissions(plan.id, reportingPeriod), ...submissions.filter((x) => x.period === reportingPeriod)]) {
    history.get(s.org)?.push(s);
  }
  const log = store.ingestLog({ planId: plan.id });
  return evaluatePeriod(plan, period, { submissions, log, history, ...(options.now ? { now: options.now } : {}) });
}
