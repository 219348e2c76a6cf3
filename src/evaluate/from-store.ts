import type { PeriodEvaluation, StoredPeriod } from '../model/evaluation.ts';
import type { PeriodId } from '../model/period.ts';
import type { Plan } from '../model/plan.ts';
import type { Store } from '../model/store.ts';
import type { Submission } from '../model/submission.ts';
import { quartersUpTo, reportingPeriodOf } from '../vi/period.ts';
import { evaluatePeriod } from './evaluate-period.ts';

/**
 * Reads what the evaluation needs from the store, evaluates (see evaluatePeriod), and hands back
 * what was read, so a report or an export does not load the province's submissions a second time.
 */
export function periodFromStore(plan: Plan, period: PeriodId, store: Store, options: { now?: string } = {}): StoredPeriod {
  const reportingPeriod = reportingPeriodOf(plan, period);
  const periods = [...new Set([...quartersUpTo(period), reportingPeriod])];
  const submissions = periods.flatMap((p) => store.currentSubmissions(plan.id, p));
  const current = submissions.filter((x) => x.period === reportingPeriod);
  // Each organisation's versions of the reporting period: the replaced ones and the current one
  // (two queries for the whole province, not one per organisation).
  const history = new Map<string, Submission[]>(plan.organizations.map((o) => [o.code, []]));
  for (const s of [...store.supersededSubmissions(plan.id, reportingPeriod), ...current]) {
    history.get(s.org)?.push(s);
  }
  const log = store.ingestLog({ planId: plan.id });
  const evaluation = evaluatePeriod(plan, period, { submissions, log, history, ...(options.now ? { now: options.now } : {}) });
  return { evaluation, submissions: current, log };
}

/** The evaluation of a period from the store (see periodFromStore). */
export function evaluateFromStore(plan: Plan, period: PeriodId, store: Store, options: { now?: string } = {}): PeriodEvaluation {
  return periodFromStore(plan, period, store, options).evaluation;
}
