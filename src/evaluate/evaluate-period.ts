import type { Finding } from '../model/finding.ts';
import type { PeriodEvaluation } from '../model/evaluation.ts';
import type { PeriodId } from '../model/period.ts';
import type { Plan } from '../model/plan.ts';
import type { IngestLogEntry, Submission } from '../model/submission.ts';
import { periodDeadline, periodOf, quartersOf, quartersUpTo, reportingPeriodOf } from '../vi/period.ts';
import { completenessOf } from './completeness.ts';
import { evaluateOrganization } from './organization.ts';
import { groupBy } from '../util/group-by.ts';
import { mergeUnitSubmissions } from './aggregate-units.ts';

export interface EvaluationInput {
  /** Current accepted submissions of the quarters up to the period (store.currentSubmissions per quarter). */
  submissions: readonly Submission[];
  /** The ingest log of the plan (store.ingestLog). */
  log: readonly IngestLogEntry[];
  /** Every version per organisation for the reporting period (store.submissionHistory), keyed by org code. */
  history?: ReadonlyMap<string, readonly Submission[]>;
  /** ISO timestamp "now", to tell a missing report that is not yet due; defaults to "overdue". */
  now?: string;
}

/**
 * Evaluates every organisation of the plan for a period (a quarter, or H1/9M/Y derived from
 * the quarters: in-period = sum of the period's quarters, cumulative = the last quarter's).
 * Pure: same plan and input, same result. Numbers come from quarter submissions only.
 */
export function evaluatePeriod(plan: Plan, period: PeriodId, input: EvaluationInput): PeriodEvaluation {
  const { quartersElapsed } = periodOf(period);
  const quarters = quartersUpTo(period);
  const inPeriodQuarters = quartersOf(period);
  const reportingPeriod = reportingPeriodOf(plan, period);
  const deadline = periodDeadline(plan.reporting, reportingPeriod);
  const current = input.submissions.filter((s) => s.planId === plan.id && s.supersededBy === null);
  const findings: Finding[] = [];

  // Grouped once: a province has a thousand organisations and as many submissions.
  const byOrg = groupBy(current, (s) => s.org);
  const logByOrg = groupBy(input.log, (e) => e.org ?? '');
  // A unit with tasks but no form to send ("reporting: false") is never counted as missing.
  const organizations = plan.organizations.filter((o) => o.reporting !== false).map((o) => {
    const mine = byOrg.get(o.code) ?? [];
    // Several units' forms of the organisation (communes…): one figure per target over them.
    const byQuarter = new Map(quarters.flatMap((q) => {
      const sub = ofQuarter(plan, mine.filter((s) => s.period === q));
      return sub ? [[q, sub] as const] : [];
    }));
    const reporting = ofQuarter(plan, mine.filter((s) => s.period === reportingPeriod));
    const history = input.history?.get(o.code);
    const completeness = completenessOf({
      planId: plan.id,
      org: o.code,
      reportingPeriod,
      deadline,
      current: reporting,
      log: logByOrg.get(o.code) ?? [],
      ...(history ? { history } : {}),
      ...(input.now ? { now: input.now } : {}),
    });
    const result = evaluateOrganization({ plan, org: o.code, quarters, inPeriodQuarters, quartersElapsed, byQuarter, reporting, completeness, reportingPeriod });
    findings.push(...result.findings);
    return result.evaluation;
  });
  return { planId: plan.id, period, organizations, findings };
}

/**
 * The organisation's submission of a quarter: one per unit is current, and several units' are
 * aggregated (mergeUnitSubmissions). Should the store hand over two current versions of one unit
 * by mistake, the latest received wins.
 */
function ofQuarter(plan: Plan, subs: readonly Submission[]): Submission | undefined {
  const perUnit = [...groupBy(subs, (s) => s.unit ?? '').values()].flatMap((list) => {
    const latest = latestOf(list);
    return latest ? [latest] : [];
  });
  return mergeUnitSubmissions(plan, perUnit);
}

/** Should the store hand over two current versions by mistake, the latest received wins. */
function latestOf(subs: readonly Submission[]): Submission | undefined {
  return [...subs].sort((a, b) => a.receivedAt.localeCompare(b.receivedAt) || a.id - b.id).at(-1);
}

