import type {
  AssessMetric,
  AssessmentRules,
  BoundOp,
  Condition,
  GradeProposal,
  TargetCounts,
  TaskCounts,
} from '../model/assessment.ts';
import { REASON, quarterList } from '../vi/assess-text.ts';
import { formatViPercent } from '../vi/number.ts';

/** Shares are compared with this tolerance: 3/10 is exactly 30 %, whatever the float says. */
const EPSILON = 1e-9;

const share = (n: number, total: number): number | null => (total === 0 ? null : n / total);

/** The counts a rule may test (see ASSESS_METRICS in src/model/assessment.ts). */
export function metricsOf(tasks: TaskCounts, targets: TargetCounts): Record<AssessMetric, number | null> {
  return {
    tasksNotDone: tasks.notDone,
    tasksWithoutData: tasks.noData,
    tasksBehindShare: share(tasks.doneLate + tasks.overdue, tasks.total),
    tasksOnTimeShare: share(tasks.doneOnTime, tasks.total),
    targetsMissed: targets.missed,
    targetsWithoutData: targets.noData,
    targetsExceededShare: share(targets.exceeded, targets.total),
    targetsMetShare: share(targets.exceeded + targets.met, targets.total),
  };
}

/** gte/lte hold on the boundary, gt/lt do not (within EPSILON, so 0.3 is 30 %). */
export function holds(op: BoundOp, actual: number, bound: number): boolean {
  switch (op) {
    case 'gte':
      return actual >= bound - EPSILON;
    case 'gt':
      return actual > bound + EPSILON;
    case 'lte':
      return actual <= bound + EPSILON;
    case 'lt':
      return actual < bound - EPSILON;
    case 'eq':
      return Math.abs(actual - bound) <= EPSILON;
  }
}

export function conditionHolds(c: Condition, metrics: Record<AssessMetric, number | null>): boolean {
  const actual = metrics[c.metric];
  if (actual === null) return c.whenUndefined === 'pass';
  return holds(c.op, actual, c.value);
}

export interface ProposalInput {
  rules: AssessmentRules;
  tasks: TaskCounts;
  targets: TargetCounts;
  /** Names of the quarters without an accepted report ("quý III"). */
  missing: string[];
  /** The quarter the figures stand at ("quý II năm 2024"), null without any report. */
  asOf: string | null;
  /** Whether the figures are the year's end (Q4 reported): before it a target short of its line is behind, not missed. */
  final: boolean;
}

const pct = (r: number) => formatViPercent(r, 1);

/** The facts the reason gives: tasks on time, behind, not done, pending; targets exceeded, missed. */
function facts(tasks: TaskCounts, targets: TargetCounts, final: boolean): string[] {
  const out: string[] = [];
  if (tasks.total > 0) out.push(REASON.onTime(pct(tasks.doneOnTime / tasks.total)));
  const behind = tasks.doneLate + tasks.overdue;
  if (behind > 0) out.push(REASON.behind(pct(behind / tasks.total)));
  if (tasks.notDone > 0) out.push(REASON.notDone(tasks.notDone));
  if (tasks.noData > 0) out.push(REASON.taskNoData(tasks.noData));
  if (tasks.pending > 0) out.push(REASON.pending(tasks.pending));
  if (targets.total === 0) out.push(REASON.noTargets);
  else out.push(REASON.exceeded(pct(targets.exceeded / targets.total)));
  if (targets.missed > 0) out.push(final ? REASON.missed(targets.missed) : REASON.behindTargets(targets.missed));
  if (targets.noData > 0) out.push(REASON.targetNoData(targets.noData));
  return out;
}

/**
 * The grade the rules propose: the first band (highest first) whose conditions all hold. An
 * organisation with no report all year gets none; a year with missing quarters is graded on
 * what exists and marked provisional, or gets none when the rules say "withhold".
 * The reason is one sentence: the band, the facts, what the next band up lacked, what is missing.
 */
export function proposeGrade(input: ProposalInput): GradeProposal {
  const { rules, tasks, targets, missing, asOf, final } = input;
  if (asOf === null) return { band: null, bandName: null, provisional: true, reason: `${REASON.withheld}: ${REASON.noReport}.`, failed: [] };
  const tail = missing.length > 0 ? [REASON.missing(quarterList(missing)), REASON.asOf(asOf)] : [];
  if (missing.length > 0 && rules.incomplete.mode === 'withhold') {
    return { band: null, bandName: null, provisional: true, reason: `${REASON.withheld}: ${[...tail, ...facts(tasks, targets, final)].join(', ')}.`, failed: [] };
  }
  const metrics = metricsOf(tasks, targets);
  const index = rules.bands.findIndex((b) => b.conditions.every((c) => conditionHolds(c, metrics)));
  // The last band has no conditions (the schema sees to it), so one always matches.
  const at = index < 0 ? rules.bands.length - 1 : index;
  const band = rules.bands[at] as AssessmentRules['bands'][number];
  const above = at > 0 ? (rules.bands[at - 1] as AssessmentRules['bands'][number]) : null;
  const failed = above ? above.conditions.filter((c) => !conditionHolds(c, metrics)) : [];
  const provisional = missing.length > 0;
  const head = provisional ? REASON.provisionalBand(band.name) : REASON.proposal(band.name);
  const parts = [...facts(tasks, targets, final)];
  if (failed.length > 0) parts.push(`(${REASON.short(failed.map((c) => c.text).join('; '))})`);
  const body = parts.join(', ').replace(/, \(/, ' (');
  return {
    band: band.id,
    bandName: band.name,
    provisional,
    reason: `${head} — ${body}${tail.length > 0 ? `; ${tail.join(', ')}` : ''}.`,
    failed,
  };
}
