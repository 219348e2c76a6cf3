import type { Finding } from '../model/finding.ts';
import type { PeriodId } from '../model/period.ts';
import type { Target } from '../model/plan.ts';
import type { TargetEvaluation, TargetStatus } from '../model/evaluation.ts';
import { makeFinding } from '../vi/messages/index.ts';
import { formatViNumber } from '../vi/number.ts';
import { periodOf } from '../vi/period.ts';
import { atLeast, isAboveRange, isCap, meetsTarget } from './compare.ts';
import { type QuarterReport, isCumulative, readCumulative, readLevel } from './series.ts';

/**
 * Level expected at the end of quarter q (1–4) of the year:
 * - cumulative yearly targets (counts, money): value × q/4 — pro rata, rounded up to a whole
 *   number for counts;
 * - percent and rate targets (levels): the target value itself, compared directly;
 * - the plan may say otherwise with the target's `pace`: "year_end" expects nothing before Q4 and
 *   the whole value at Q4 (an event held late in the year, for any kind); "pro_rata" forces the
 *   pro-rata expectation on a level too;
 * - caps ("tối đa", "dưới"): the cap itself, always.
 * For ranges the lower bound is the value expected.
 */
export function expectedLevel(target: Target, quartersElapsed: number): number {
  if (isCap(target)) return target.value;
  const pace = target.pace ?? (isCumulative(target) ? 'pro_rata' : 'level');
  if (pace === 'year_end') return quartersElapsed >= 4 ? target.value : 0;
  if (pace === 'pro_rata') {
    const level = (target.value * quartersElapsed) / 4;
    // Things counted whole (hội viên, vụ việc, nhà) are expected whole: 1 case a year is 1 by
    // mid-year, not "0,5 vụ việc". For a whole-number result the status is the same either way.
    return target.kind === 'count' ? Math.ceil(level - 1e-9) : level;
  }
  return target.value;
}

/**
 * Status of a target at the end of the period (for figures of the period's own quarter; figures
 * carried from an earlier quarter are "carried", see evaluateTarget):
 * - no_data: nothing reported;
 * - achieved (Đạt/Vượt chỉ tiêu): the comparator holds for the result against the full-year value
 *   (see `meetsTarget`; for caps: within the cap);
 * - a cap that is exceeded is behind;
 * - at the end of the year (Q4 / Y) anything not achieved is behind;
 * - before that, on_track (Đúng tiến độ) when the result is at least the expected level, behind otherwise.
 */
export function targetStatus(target: Target, value: number | null, expected: number, quartersElapsed: number): TargetStatus {
  if (value === null) return 'no_data';
  if (meetsTarget(target, value)) return 'achieved';
  if (isCap(target) || quartersElapsed >= 4) return 'behind';
  return atLeast(value, expected) ? 'on_track' : 'behind';
}

/** The status a carried figure had at the end of its own quarter (never "carried" or "no_data"). */
function carriedStatusOf(target: Target, value: number, quarter: PeriodId): Exclude<TargetStatus, 'carried' | 'no_data'> {
  const { quartersElapsed } = periodOf(quarter);
  const status = targetStatus(target, value, expectedLevel(target, quartersElapsed), quartersElapsed);
  return status === 'achieved' || status === 'on_track' ? status : 'behind';
}

/** value / target value (the lower bound for ranges); null without data or with a zero target. */
export function targetRatio(target: Target, value: number | null): number | null {
  if (value === null || target.value === 0) return null;
  return value / target.value;
}

export interface TargetInput {
  target: Target;
  org: string;
  /** The year's quarters up to the end of the period, Q1 first. */
  reports: QuarterReport[];
  /** The quarters the period itself covers. */
  inPeriodQuarters: PeriodId[];
  quartersElapsed: number;
}

/** Evaluates one target over the quarters reported so far; anomalies come back as findings. */
export function evaluateTarget(input: TargetInput): { evaluation: TargetEvaluation; findings: Finding[] } {
  const { target, org, reports, inPeriodQuarters, quartersElapsed } = input;
  const reading = isCumulative(target) ? readCumulative(target, org, reports, inPeriodQuarters) : readLevel(target, org, reports);
  const expected = expectedLevel(target, quartersElapsed);
  // Carried figures (the period's own quarter has nothing) are not the period's progress: the
  // status says so, and what they stood at by the end of their own quarter is kept beside it.
  const carriedFrom = reading.value !== null ? reading.fromQuarter : undefined;
  const status = carriedFrom ? 'carried' : targetStatus(target, reading.value, expected, quartersElapsed);
  const carriedStatus = carriedFrom ? carriedStatusOf(target, reading.value as number, carriedFrom) : undefined;
  const aboveRange = reading.value !== null && isAboveRange(target, reading.value);
  const findings = [...reading.findings];
  if (aboveRange && target.max !== undefined) {
    const last = reports[reports.length - 1];
    findings.push(
      makeFinding(
        'evaluate/above-range',
        {
          org,
          targetId: target.id,
          taskId: target.task,
          ...(last ? { period: last.quarter } : {}),
          actual: formatViNumber(reading.value as number),
          expected: `${formatViNumber(target.value)} - ${formatViNumber(target.max)}`,
        },
      ),
    );
  }
  return {
    evaluation: {
      targetId: target.id,
      taskId: target.task,
      org,
      value: reading.value,
      inPeriod: reading.inPeriod,
      expected,
      ratio: targetRatio(target, reading.value),
      status,
      source: reading.source,
      ...(carriedFrom ? { fromQuarter: carriedFrom, carriedStatus } : {}),
      ...(aboveRange ? { aboveRange: true } : {}),
    },
    findings,
  };
}
