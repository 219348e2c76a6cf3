import { z } from 'zod';
import { FindingSchema } from './finding.ts';
import { PeriodIdSchema } from './period.ts';

/** Tiến độ of a task: Hoàn thành / Đang thực hiện / Chưa thực hiện. */
export const TaskProgressSchema = z.enum(['done', 'in_progress', 'not_started']);
export type TaskProgress = z.infer<typeof TaskProgressSchema>;

/** Numbers reported for one target. null = the cell was empty; 0 = reported as zero ("không phát sinh"). */
export const ReportedTargetSchema = z.object({
  targetId: z.string(),
  inPeriod: z.number().nullable(),
  cumulative: z.number().nullable(),
  /** Words the office wrote beside the number ("1 (đã đề xuất, chờ ý kiến)" → "đã đề xuất, chờ ý kiến"); absent when none. */
  remark: z.string().optional(),
  /**
   * The parts a percent or rate is computed from ("số khu dân cư đã tổ chức" / "tổng số khu dân
   * cư"), when the form asked for them: the level above recomputes the percent from the summed
   * parts, never from an average of percents. Absent when the form did not ask; null when blank.
   */
  numerator: z.number().nullable().optional(),
  denominator: z.number().nullable().optional(),
});
export type ReportedTarget = z.infer<typeof ReportedTargetSchema>;

/** What an office wrote on a task row. Empty strings when left blank. */
export const ReportedTaskSchema = z.object({
  taskId: z.string(),
  progress: TaskProgressSchema.nullable(),
  result: z.string(),
  difficulties: z.string(),
  proposals: z.string(),
});
export type ReportedTask = z.infer<typeof ReportedTaskSchema>;

/** The "Thông tin" sheet: who reported and who signs. */
export const ReporterInfoSchema = z.object({
  reporterName: z.string(),
  reporterPhone: z.string(),
  /** ISO date the office wrote, or null. */
  reportDate: z.string().nullable(),
  signerName: z.string(),
  signerTitle: z.string(),
  /** "T/M BAN THƯỜNG VỤ", "K/T CHỦ TỊCH"… when the office gave one. */
  signerAuthority: z.string(),
});
export type ReporterInfo = z.infer<typeof ReporterInfoSchema>;

/** Where a stored version stands (see Submission.status). */
export const SubmissionStatusSchema = z.enum(['current', 'superseded', 'held']);
export type SubmissionStatus = z.infer<typeof SubmissionStatusSchema>;

/** One accepted workbook version of one organisation for one period. */
export const SubmissionSchema = z.object({
  id: z.number().int(),
  planId: z.string(),
  planHash: z.string(),
  org: z.string(),
  /**
   * Code of the unit (units.yaml) the form reports for: a commune, a district… '' or absent: the
   * office's own unit (forms made without --unit, as every form before several levels).
   */
  unit: z.string().optional(),
  period: PeriodIdSchema,
  fileName: z.string(),
  sha256: z.string(),
  /** ISO timestamp when the file was received (ingested, or taken from --received-at). */
  receivedAt: z.string(),
  /** Id of the submission that replaced this one, or null while it is current (or held). */
  supersededBy: z.number().int().nullable(),
  /**
   * current, superseded (in history), or held: stored but not current, waiting for a person to
   * confirm it (it removed figures or changed locked cells of the version it would replace).
   * Always set by the store; absent only in objects built by hand.
   */
  status: SubmissionStatusSchema.optional(),
  targets: z.array(ReportedTargetSchema),
  tasks: z.array(ReportedTaskSchema),
  info: ReporterInfoSchema,
  /** Warnings kept with the accepted workbook. */
  findings: z.array(FindingSchema),
});
export type Submission = z.infer<typeof SubmissionSchema>;

/**
 * What became of a file: accepted (the first version), superseded (it replaced the current one),
 * held (stored, waiting for a person to confirm it), archived (received before the current one:
 * stored straight into history), duplicate, rejected, unreadable.
 */
export const IngestOutcomeSchema = z.enum(['accepted', 'duplicate', 'superseded', 'held', 'archived', 'rejected', 'unreadable']);
export type IngestOutcome = z.infer<typeof IngestOutcomeSchema>;

/** One line of the ingest log: every file ever seen, whatever became of it. */
export const IngestLogEntrySchema = z.object({
  id: z.number().int(),
  file: z.string(),
  sha256: z.string(),
  receivedAt: z.string(),
  outcome: IngestOutcomeSchema,
  planId: z.string().nullable(),
  org: z.string().nullable(),
  /** The unit the file reported for ('' = the office's own), null when it was not read. */
  unit: z.string().nullable().optional(),
  period: z.string().nullable(),
  submissionId: z.number().int().nullable(),
  findings: z.array(FindingSchema),
});
export type IngestLogEntry = z.infer<typeof IngestLogEntrySchema>;

/** A person's decision on the versions of one organisation and period (the store's version log). */
export const VersionEventSchema = z.object({
  id: z.number().int(),
  /** ISO timestamp of the decision. */
  at: z.string(),
  /** Who decided (the --by name, or the computer's user name). */
  actor: z.string(),
  /** confirmed: a held version made current; restored: an earlier version made current again. */
  action: z.enum(['confirmed', 'restored']),
  planId: z.string(),
  org: z.string(),
  /** The unit of the version ('' = the office's own). */
  unit: z.string().optional(),
  period: z.string(),
  submissionId: z.number().int(),
  /** The version that was current until then, if any. */
  replacedId: z.number().int().nullable(),
});
export type VersionEvent = z.infer<typeof VersionEventSchema>;
