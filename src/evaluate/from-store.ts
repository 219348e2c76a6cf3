import type { PeriodEvaluation, StoredPeriod } from '../model/evaluation.ts';
import type { PeriodId } from '../model/period.ts';
import type { Plan } from '../model/plan.ts';
import type { Store } from '../model/store.ts';
import type { IngestLogEntry, Submission } from '../model/submission.ts';
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
  attachHeld(evaluation, log, reportingPeriod, store);
  return { evaluation, submissions: current, log };
}

/** The evaluation of a period from the store (see periodFromStore). */
export function evaluateFromStore(plan: Plan, period: PeriodId, store: Store, options: { now?: string } = {}): PeriodEvaluation {
  return periodFromStore(plan, period, store, options).evaluation;
}

/**
 * Versions held for a person to confirm, by organisation: found through the log (a held file is
 * logged "held"), each checked in the store, since a later `restore` may have made it current.
 */
function attachHeld(evaluation: PeriodEvaluation, log: readonly IngestLogEntry[], period: PeriodId, store: Store): void {
  const held = new Map<string, Array<{ id: number; fileName: string; receivedAt: string }>>();
  for (const e of log) {
    if (e.outcome !== 'held' || e.period !== period || e.org === null || e.submissionId === null) continue;
    const sub = store.submissionById(e.submissionId);
    if (sub?.status !== 'held') continue;
    held.set(e.org, [...(held.get(e.org) ?? []), { id: sub.id, fileName: sub.fileName, receivedAt: sub.receivedAt }]);
  }
  for (const o of evaluation.organizations) {
    const versions = held.get(o.org);
    if (versions) o.heldVersions = versions;
  }
}
