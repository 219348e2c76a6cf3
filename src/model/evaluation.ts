import type { Finding } from './finding.ts';
import type { PeriodId } from './period.ts';
import type { IngestLogEntry, Submission, TaskProgress } from './submission.ts';

/**
 * Đạt/Vượt chỉ tiêu · Đúng tiến độ · Chậm tiến độ · Chưa có số liệu kỳ này · Chưa có số liệu — in
 * the order tables list them. "carried": the period's own quarter has nothing for the target, only
 * an earlier quarter has; the earlier figure is shown with its quarter (`fromQuarter`) but is not
 * this period's progress, so it is neither achieved, on track nor behind for the period.
 */
export const TARGET_STATUSES = ['achieved', 'on_track', 'behind', 'carried', 'no_data'] as const;
export type TargetStatus = (typeof TARGET_STATUSES)[number];

/**
 * Where a target's value came from:
 * - reported: the "Lũy kế từ đầu năm" of the period's own quarter;
 * - summed: no cumulative reported, so the sum of the in-period values of the year's quarters so far;
 * - level: a percent/rate (non-cumulative) target — the level reported for the latest quarter;
 * - none: nothing reported.
 */
export type ValueSource = 'reported' | 'summed' | 'level' | 'none';

export interface TargetEvaluation {
  targetId: string;
  taskId: string;
  org: string;
  /** Cumulative result at the end of the period (or the level, for percent/rate targets). */
  value: number | null;
  /** Result within the period itself (sum of the period's quarters for H1/9M/Y). */
  inPeriod: number | null;
  /** Level expected at this point of the year (pro rata for yearly counts/money). */
  expected: number | null;
  /** value / target value (the lower bound for ranges); 0.52 = 52%. */
  ratio: number | null;
  status: TargetStatus;
  /** How `value` was obtained (optional for fixtures built by hand). */
  source?: ValueSource;
  /**
   * The quarter ("2024-Q2") the value was carried from, when the period's own last quarter has
   * nothing for the target; the status is then "carried".
   */
  fromQuarter?: PeriodId;
  /**
   * With "carried": what the carried figure stood at by the end of `fromQuarter`, against that
   * quarter's expected level ("đã đạt đến hết Quý II") — history, not the period's progress.
   */
  carriedStatus?: Exclude<TargetStatus, 'carried' | 'no_data'>;
  /**
   * A unit's report (`report --unit`): a count or money target of the plan that was not allotted
   * to the unit. Its figure is reported, never judged against the whole plan's value; the status
   * is then "no_data" (neither achieved nor behind) and the ratio null.
   */
  notAllotted?: boolean;
  /** For "between" targets: the result is above the upper bound (still counted as achieved). */
  aboveRange?: boolean;
}

export interface TaskEvaluation {
  taskId: string;
  org: string;
  progress: TaskProgress | null;
}

/** Đúng hạn · Trễ hạn · Bị từ chối · Chưa nộp. */
export type Completeness = 'on_time' | 'late' | 'rejected' | 'missing';

export interface OrgEvaluation {
  org: string;
  completeness: Completeness;
  /** Current accepted submission, if any. */
  submissionId: number | null;
  fileName: string | null;
  receivedAt: string | null;
  deadline: string;
  /** Reasons given when the latest file of the organisation was rejected. */
  rejectedReasons: string[];
  supersededVersions: number;
  /**
   * Versions of the reporting period held for a person to confirm (they would have emptied
   * figures or changed the title block): not counted, waiting for `baocao restore <id>`.
   */
  heldVersions?: Array<{ id: number; fileName: string; receivedAt: string }>;
  targets: TargetEvaluation[];
  tasks: TaskEvaluation[];
  /** Share of tasks reported done, and of targets achieved or on track (0–1), null without data. */
  tasksDoneShare: number | null;
  targetsOkShare: number | null;
  /** The period whose report decides completeness (the last quarter of H1/9M/Y when those are derived). */
  reportingPeriod?: PeriodId;
  /** The rejected file's name, when completeness is "rejected". */
  rejectedFile?: string;
  /** Calendar days after the deadline day the current report was received, when late. */
  daysLate?: number;
  /** False while a missing report is not yet due (`now` before the end of the deadline day). */
  overdue?: boolean;
  /**
   * The latest quarter up to the end of the period the organisation has a current report for
   * (null: none). Earlier than the period's last quarter → its figures are carried ("số liệu đến
   * hết Quý II").
   */
  dataPeriod?: PeriodId | null;
}

export interface PeriodEvaluation {
  planId: string;
  period: PeriodId;
  organizations: OrgEvaluation[];
  /** Anomalies found while evaluating (cumulative mismatches, decreases…). */
  findings?: Finding[];
}

/** A period as the outputs need it, each piece read from the store once (periodFromStore). */
export interface StoredPeriod {
  evaluation: PeriodEvaluation;
  /** Current submissions of the reporting period (their texts fill the report and the export). */
  submissions: Submission[];
  /** The plan's ingest log (rejected files' errors for the export). */
  log: IngestLogEntry[];
}
