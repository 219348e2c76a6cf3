import { z } from 'zod';
import { FindingSchema, type Finding } from '../model/finding.ts';
import { IngestOutcomeSchema, ReporterInfoSchema, SubmissionStatusSchema, TaskProgressSchema } from '../model/submission.ts';

/** Shapes of the rows read back from SQLite: checked, not trusted. */
export const SubmissionRowSchema = z.object({
  id: z.number().int(),
  plan_id: z.string(),
  plan_hash: z.string(),
  org: z.string(),
  unit: z.string(),
  period: z.string(),
  file_name: z.string(),
  sha256: z.string(),
  received_at: z.string(),
  superseded_by: z.number().int().nullable(),
  status: SubmissionStatusSchema,
  info_json: z.string(),
  target_count: z.number().int(),
  task_count: z.number().int(),
});
export type SubmissionRow = z.infer<typeof SubmissionRowSchema>;

export const TargetRowSchema = z.object({
  submission_id: z.number().int(),
  target_id: z.string(),
  in_period: z.number().nullable(),
  cumulative: z.number().nullable(),
  remark: z.string().nullable(),
  numerator: z.number().nullable(),
  denominator: z.number().nullable(),
});

export const TaskRowSchema = z.object({
  submission_id: z.number().int(),
  task_id: z.string(),
  progress: TaskProgressSchema.nullable(),
  result: z.string(),
  difficulties: z.string(),
  proposals: z.string(),
});

export const LogRowSchema = z.object({
  id: z.number().int(),
  file: z.string(),
  sha256: z.string(),
  received_at: z.string(),
  outcome: IngestOutcomeSchema,
  plan_id: z.string().nullable(),
  org: z.string().nullable(),
  unit: z.string().nullable(),
  period: z.string().nullable(),
  submission_id: z.number().int().nullable(),
});

export const VersionLogRowSchema = z.object({
  id: z.number().int(),
  at: z.string(),
  actor: z.string(),
  action: z.enum(['confirmed', 'restored']),
  plan_id: z.string(),
  org: z.string(),
  unit: z.string(),
  period: z.string(),
  submission_id: z.number().int(),
  replaced_id: z.number().int().nullable(),
});

/** submissions.cells_json: "targetId/field" → A1 address. */
export const CellsSchema = z.record(z.string(), z.string());

export const LogFindingRowSchema = z.object({ log_id: z.number().int(), json: z.string() });
export const SubmissionFindingRowSchema = z.object({ submission_id: z.number().int(), json: z.string() });

export function parseInfo(json: string) {
  return ReporterInfoSchema.parse(JSON.parse(json));
}

export function parseFinding(json: string): Finding {
  return FindingSchema.parse(JSON.parse(json));
}
