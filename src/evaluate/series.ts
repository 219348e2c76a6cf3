import type { Finding } from '../model/finding.ts';
import type { PeriodId } from '../model/period.ts';
import type { Target } from '../model/plan.ts';
import type { ReportedTarget } from '../model/submission.ts';
import type { ValueSource } from '../model/evaluation.ts';
import { makeFinding } from '../vi/messages/index.ts';
import { formatViNumber } from '../vi/number.ts';
import { periodName } from '../vi/period.ts';
import { same } from './compare.ts';

/** What one quarter's current submission says about one target (null: no submission or no row). */
export interface QuarterReport {
  quarter: PeriodId;
  fileName: string | null;
  reported: ReportedTarget | null;
}

export interface TargetReading {
  value: number | null;
  inPeriod: number | null;
  source: ValueSource;
  fromQuarter?: PeriodId;
  findings: Finding[];
}

/** Counts and money add up over the year unless the plan says otherwise; percents and rates are levels. */
export function isCumulative(target: Target): boolean {
  return target.cumulative ?? (target.kind === 'count' || target.kind === 'money');
}

const sumOf = (values: ReadonlyArray<number | null>): number | null => {
  const present = values.filter((v): v is number => v !== null);
  return present.length === 0 ? null : present.reduce((a, b) => a + b, 0);
};

const at = (target: Target, org: string, r: QuarterReport) => ({
  org,
  period: r.quarter,
  targetId: target.id,
  taskId: target.task,
  ...(r.fileName ? { file: r.fileName } : {}),
});

/**
 * Cumulative targets. `reports` are the year's quarters up to the end of the period, Q1 first;
 * `inPeriodQuarters` the quarters that make up the period itself (one for a quarter, Q1–Q2 for H1).
 * Rule: the cumulative result is the "Lũy kế từ đầu năm" reported for the period's last quarter;
 * when that is empty but the quarter's "Kết quả trong kỳ" is there, the sum of the in-period values
 * of the year's quarters so far (flagged). When the last quarter has nothing for the target (no
 * report, or the row left blank), the latest earlier quarter's figures are carried: its cumulative,
 * or the sum up to it, with `fromQuarter` naming that quarter (the evaluation does not count
 * carried figures as the period's progress; see targetStatus).
 * Consistency: each reported cumulative should equal the sum of the in-period values up to it,
 * and never go down from one quarter to the next.
 */
export function readCumulative(target: Target, org: string, reports: QuarterReport[], inPeriodQuarters: PeriodId[]): TargetReading {
  const findings: Finding[] = [];
  const last = reports[reports.length - 1];
  const inPeriod = sumOf(reports.filter((r) => inPeriodQuarters.includes(r.quarter)).map((r) => r.reported?.inPeriod ?? null));

  let previous: QuarterReport | null = null;
  reports.forEach((r, k) => {
    const cumulative = r.reported?.cumulative ?? null;
    if (cumulative === null) return;
    const upTo = reports.slice(0, k + 1).map((x) => x.reported?.inPeriod ?? null);
    if (upTo.every((v) => v !== null)) {
      const total = upTo.reduce<number>((a, b) => a + (b ?? 0), 0);
      if (!same(cumulative, total)) {
        findings.push(
          makeFinding('evaluate/cumulative-mismatch', { ...at(target, org, r), actual: formatViNumber(cumulative), expected: formatViNumber(total) }, { quarter: periodName(r.quarter) }),
        );
      }
    }
    const prev = previous?.reported?.cumulative ?? null;
    if (previous && prev !== null && cumulative < prev && !same(cumulative, prev)) {
      findings.push(
        makeFinding(
          'evaluate/cumulative-decreased',
          { ...at(target, org, r), actual: formatViNumber(cumulative) },
          { previous: formatViNumber(prev), previousQuarter: periodName(previous.quarter), quarter: periodName(r.quarter) },
        ),
      );
    }
    previous = r;
  });

  if (!last) return { value: null, inPeriod, source: 'none', findings };
  const reportedCumulative = last.reported?.cumulative ?? null;
  if (reportedCumulative !== null) return { value: reportedCumulative, inPeriod, source: 'reported', findings };
  const lastInPeriod = last.reported?.inPeriod ?? null;
  if (lastInPeriod !== null) {
    // The period's own quarter reported its result but not the cumulative: the sum so far.
    const summed = sumOf(reports.map((r) => r.reported?.inPeriod ?? null)) as number;
    findings.push(makeFinding('evaluate/cumulative-summed', { ...at(target, org, last), actual: formatViNumber(summed) }, { quarter: periodName(last.quarter) }));
    return { value: summed, inPeriod, source: 'summed', findings };
  }
  // Nothing for the period's own quarter: the latest earlier figures, carried and said so
  // (fromQuarter), never taken as this period's result.
  for (let k = reports.length - 2; k >= 0; k--) {
    const r = reports[k] as QuarterReport;
    const cumulative = r.reported?.cumulative ?? null;
    if (cumulative !== null) {
      findings.push(
        makeFinding(
          'evaluate/cumulative-from-earlier-quarter',
          { ...at(target, org, last), actual: formatViNumber(cumulative) },
          { quarter: periodName(last.quarter), fromQuarter: periodName(r.quarter), noReport: last.fileName === null ? 'yes' : undefined },
        ),
      );
      return { value: cumulative, inPeriod, source: 'reported', fromQuarter: r.quarter, findings };
    }
    if ((r.reported?.inPeriod ?? null) === null) continue;
    const summed = sumOf(reports.slice(0, k + 1).map((x) => x.reported?.inPeriod ?? null)) as number;
    findings.push(
      makeFinding(
        'evaluate/cumulative-summed',
        { ...at(target, org, last), actual: formatViNumber(summed) },
        { quarter: periodName(last.quarter), noReport: last.fileName === null ? 'yes' : undefined },
      ),
    );
    return { value: summed, inPeriod, source: 'summed', fromQuarter: r.quarter, findings };
  }
  return { value: null, inPeriod, source: 'none', findings };
}

/**
 * Percent and rate targets (levels): the level reported for the period's last quarter
 * ("Lũy kế từ đầu năm", or "Kết quả trong kỳ" when only that was filled). When that quarter
 * has nothing, the latest earlier quarter's level is used and flagged.
 */
export function readLevel(target: Target, org: string, reports: QuarterReport[]): TargetReading {
  const findings: Finding[] = [];
  const last = reports[reports.length - 1];
  const inPeriod = last?.reported?.inPeriod ?? null;
  for (let k = reports.length - 1; k >= 0; k--) {
    const r = reports[k] as QuarterReport;
    const level = r.reported?.cumulative ?? r.reported?.inPeriod ?? null;
    if (level === null) continue;
    if (r === last) return { value: level, inPeriod, source: 'level', findings };
    findings.push(
      makeFinding(
        'evaluate/level-from-earlier-quarter',
        { ...at(target, org, last as QuarterReport), actual: formatViNumber(level) },
        { quarter: periodName((last as QuarterReport).quarter), fromQuarter: periodName(r.quarter) },
      ),
    );
    return { value: level, inPeriod, source: 'level', fromQuarter: r.quarter, findings };
  }
  return { value: null, inPeriod, source: 'none', findings };
}
