import { z } from 'zod';
import type { Completeness, TargetStatus } from './evaluation.ts';
import type { TaskProgress } from './submission.ts';
import type { PeriodId } from './period.ts';

const Id = z.string().trim().min(1).regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, {
  message: 'Mã chỉ gồm chữ không dấu, số và các dấu . _ -',
});
const Text = z.string().trim().min(1);

/**
 * The counts a grading rule may test, per organisation, for the year (src/assess):
 * - tasksNotDone: tasks not done at the end of the year (in progress or not started in Q4's report);
 * - tasksWithoutData: tasks whose progress no report gives;
 * - tasksBehindShare: tasks behind schedule (done after their deadline, or — in an incomplete
 *   year — still open past it) / the organisation's tasks;
 * - tasksOnTimeShare: tasks done by their deadline / the organisation's tasks;
 * - targetsMissed: targets not met at the end of the year (behind schedule in an incomplete year);
 * - targetsWithoutData: targets nobody reported a figure for;
 * - targetsExceededShare: targets met and passed (above the value, or above a range) / the organisation's targets;
 * - targetsMetShare: targets met or exceeded / the organisation's targets.
 * A share with no tasks or no targets has no value (see ConditionSchema.whenUndefined).
 */
export const ASSESS_METRICS = [
  'tasksNotDone',
  'tasksWithoutData',
  'tasksBehindShare',
  'tasksOnTimeShare',
  'targetsMissed',
  'targetsWithoutData',
  'targetsExceededShare',
  'targetsMetShare',
] as const;
export const AssessMetricSchema = z.enum(ASSESS_METRICS);
export type AssessMetric = z.infer<typeof AssessMetricSchema>;

/** gte/lte include the boundary, gt/lt exclude it: the file says which side a boundary falls on. */
export const BoundOpSchema = z.enum(['gte', 'gt', 'lte', 'lt', 'eq']);
export type BoundOp = z.infer<typeof BoundOpSchema>;

export const ConditionSchema = z.strictObject({
  metric: AssessMetricSchema,
  op: BoundOpSchema,
  value: z.number().finite().min(0),
  /** The condition in the words of the rules ("ít nhất 30% chỉ tiêu hoàn thành vượt mức"). */
  text: Text,
  /** A share that has no value (an organisation without targets): the condition holds or fails. */
  whenUndefined: z.enum(['pass', 'fail']).default('fail'),
});
export type Condition = z.infer<typeof ConditionSchema>;

/** A points boundary: the committee's 100-point score, shown on the form, never computed. */
export const PointsBoundSchema = z.strictObject({ value: z.number().min(0).max(100), inclusive: z.boolean() });

export const GradeBandSchema = z.strictObject({
  id: Id,
  /** "Hoàn thành xuất sắc nhiệm vụ". */
  name: Text,
  /** The committee's points range for the band (informational: points need a person's judgement). */
  points: z.strictObject({ min: PointsBoundSchema.optional(), max: PointsBoundSchema.optional() }).optional(),
  /** Every condition must hold; the last band has none (it is what remains). */
  conditions: z.array(ConditionSchema),
  /** What the rules add that needs a person's judgement (quality, discipline), listed on the form. */
  judgement: z.array(Text).default([]),
});
export type GradeBand = z.infer<typeof GradeBandSchema>;

export const AssessmentRulesSchema = z
  .strictObject({
    id: Id,
    /** "Quy định số 366-QĐ/TW, ngày 30/8/2025 của Bộ Chính trị …". */
    title: Text,
    version: Text,
    /** The assessment year the rules apply to. */
    year: z.number().int().min(1945).max(2100),
    /** A remark shown with the rule set's name in every output (e.g. a figure still to be checked). */
    note: Text.optional(),
    /** Bands from the highest grade down; the first whose conditions all hold is proposed. */
    bands: z.array(GradeBandSchema).min(2),
    /**
     * A year some of whose quarterly reports are missing: "provisional" grades what exists and
     * marks the grade as provisional; "withhold" proposes no grade. Never as if the missing quarter were zero.
     */
    incomplete: z.strictObject({ mode: z.enum(['provisional', 'withhold']) }),
  })
  .refine((r) => (r.bands.at(-1)?.conditions.length ?? 0) === 0, {
    message: 'Mức cuối cùng (thấp nhất) không có điều kiện: là mức còn lại khi không đạt các mức trên',
    path: ['bands'],
  })
  .refine((r) => new Set(r.bands.map((b) => b.id)).size === r.bands.length, { message: 'Mã mức xếp loại bị trùng', path: ['bands'] });
export type AssessmentRules = z.infer<typeof AssessmentRulesSchema>;
export type AssessmentRulesInput = z.input<typeof AssessmentRulesSchema>;

/** How a task stands at the end of the year (or at the last quarter reported, for an incomplete year). */
export type TaskStanding = 'done_on_time' | 'done_late' | 'not_done' | 'overdue' | 'pending' | 'no_data';

/** How a target stands at the year's end (met, exceeded, missed) or, in an incomplete year, at the last quarter reported. */
export type TargetStanding = 'exceeded' | 'met' | 'on_track' | 'missed' | 'no_data';

/** One quarter's report: on time, late, rejected, missing, or not yet due. */
export interface QuarterTimeliness {
  quarter: PeriodId;
  completeness: Completeness;
  /** False while a missing report is not yet due. */
  overdue: boolean;
  daysLate: number | null;
}

export interface AssessedTarget {
  targetId: string;
  taskId: string;
  key: boolean;
  standing: TargetStanding;
  value: number | null;
  /** For an exceeded target: by how much, as a share of the planned value (0.25 = 25 % above). */
  exceededBy: number | null;
}

export interface AssessedTask {
  taskId: string;
  standing: TaskStanding;
  /** The quarter first reported done. */
  doneIn: PeriodId | null;
}

export interface TaskCounts {
  total: number;
  doneOnTime: number;
  doneLate: number;
  notDone: number;
  overdue: number;
  pending: number;
  noData: number;
}

export interface TargetCounts {
  total: number;
  exceeded: number;
  met: number;
  onTrack: number;
  missed: number;
  noData: number;
}

/** The grade proposed by the rules, with its one-sentence reason. */
export interface GradeProposal {
  /** Band id, or null when the rules withhold a grade (no report at all, or an incomplete year under "withhold"). */
  band: string | null;
  bandName: string | null;
  provisional: boolean;
  /** One Vietnamese sentence: "đề xuất: Hoàn thành tốt nhiệm vụ — …". */
  reason: string;
  /** The conditions of the next higher band that failed (empty at the top band). */
  failed: Condition[];
}

/** The committee's decision on an organisation's grade (store table grade_decisions). */
export interface GradeDecision {
  id: number;
  planId: string;
  year: number;
  org: string;
  band: string;
  reason: string;
  /** The grade the tool proposed when the decision was recorded (null: none). */
  proposedBand: string | null;
  rulesId: string;
  decidedAt: string;
}
export type NewGradeDecision = Omit<GradeDecision, 'id'>;

export interface OrgAssessment {
  org: string;
  name: string;
  /** The quarter whose report the figures stand at (null: no report all year). */
  asOf: PeriodId | null;
  missingQuarters: PeriodId[];
  quarters: QuarterTimeliness[];
  tasks: AssessedTask[];
  taskCounts: TaskCounts;
  targets: AssessedTarget[];
  targetCounts: TargetCounts;
  keyTargetCounts: TargetCounts;
  metrics: Record<AssessMetric, number | null>;
  proposal: GradeProposal;
  decision: GradeDecision | null;
}

export interface YearAssessment {
  planId: string;
  year: number;
  rules: { id: string; title: string; version: string; note?: string };
  organizations: OrgAssessment[];
}

/**
 * What the assessment reads of one quarter's evaluation for one organisation (src/assess takes it
 * from src/evaluate through one adapter, from-evaluate.ts).
 */
export interface OrgQuarterView {
  completeness: Completeness;
  overdue: boolean;
  daysLate: number | null;
  /** Task id → the progress reported that quarter (null: blank). */
  tasks: ReadonlyMap<string, TaskProgress | null>;
  /** Target id → its status and cumulative value (or level) at the end of that quarter. */
  targets: ReadonlyMap<string, { status: TargetStatus; value: number | null }>;
}

/** One quarter of the year, every organisation of the plan. */
export interface QuarterView {
  quarter: PeriodId;
  orgs: ReadonlyMap<string, OrgQuarterView>;
}
