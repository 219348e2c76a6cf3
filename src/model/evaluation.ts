import type { PeriodId } from './period.ts';
import type { TaskProgress } from './submission.ts';

/** Đạt/Vượt chỉ tiêu · Đúng tiến độ · Chậm tiến độ · Chưa có số liệu. */
export type TargetStatus = 'achieved' | 'on_track' | 'behind' | 'no_data';

export interface TargetEvaluation {
  targetId: string;
  taskId: string;
  org: string;
  /** Cumulative result at the end of the period (or the level, for percent/rate targets). */
  value: number | null;
  /** Result within the period itself. */
  inPeriod: number | null;
  /** Level expected at this point of the year (pro rata for yearly counts/money). */
  expected: number | null;
  /** value / target value (the lower bound for ranges); 0.52 = 52%. */
  ratio: number | null;
  status: TargetStatus;
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
  targets: TargetEvaluation[];
  tasks: TaskEvaluation[];
  /** Share of tasks reported done, and of targets achieved or on track (0–1), null without data. */
  tasksDoneShare: number | null;
  targetsOkShare: number | null;
}

export interface PeriodEvaluation {
  planId: string;
  period: PeriodId;
  organizations: OrgEvaluation[];
}
