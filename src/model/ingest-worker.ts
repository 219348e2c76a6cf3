import { z } from 'zod';
import { FindingSchema } from './finding.ts';
import { TargetSchema, TaskSchema } from './plan.ts';
import { ReportedTargetSchema, ReportedTaskSchema, ReporterInfoSchema } from './submission.ts';

/** What the main thread hands each ingest worker once (src/ingest/parallel.ts). */
export const IngestWorkerInitSchema = z.object({
  /**
   * The plan — or, for a very large plan, its skeleton: every part but its tasks and targets,
   * which the worker asks for one organisation at a time (PlanPartRequest) — as node:v8's
   * serialize writes it, in memory shared by every worker: serialised once on the main thread,
   * not once per worker start (≈ 60 ms for 1,000 organisations). A Plan the main thread holds,
   * already parsed by PlanSchema where it was loaded; the worker deserialises it, exactly, and does
   * not parse it again (src/ingest/worker.ts).
   */
  plan: z.instanceof(SharedArrayBuffer),
  /** Whether `plan` is only the skeleton, the worker asking for each organisation's part. */
  planIsSkeleton: z.boolean().optional(),
  planHash: z.string(),
  password: z.string().optional(),
  period: z.string().optional(),
  /** Whether the .xlsx bytes are needed back (annotated feedback copies). */
  keepBytes: z.boolean(),
});
export type IngestWorkerInit = z.infer<typeof IngestWorkerInitSchema>;

/** One file for a worker; `index` is its position in the batch. */
export const IngestJobSchema = z.object({ index: z.number().int().min(0), path: z.string() });
export type IngestJob = z.infer<typeof IngestJobSchema>;

/** A worker asks the main thread for part of the plan: one organisation's tasks and targets, or whose ids these are. */
export const PlanPartRequestSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('org-part'), request: z.number().int(), org: z.string() }),
  z.object({ kind: z.literal('org-of-ids'), request: z.number().int(), ids: z.array(z.string()) }),
]);
export type PlanPartRequest = z.infer<typeof PlanPartRequestSchema>;

/** The main thread's answer to a PlanPartRequest. */
export const PlanPartAnswerSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('org-part'), request: z.number().int(), tasks: z.array(TaskSchema), targets: z.array(TargetSchema) }),
  z.object({ kind: z.literal('org-of-ids'), request: z.number().int(), org: z.string().nullable() }),
]);
export type PlanPartAnswer = z.infer<typeof PlanPartAnswerSchema>;

/** Everything the main thread sends a worker after its start. */
export const ToWorkerSchema = z.union([IngestJobSchema.extend({ kind: z.literal('job') }), PlanPartAnswerSchema]);

const SubmissionDataSchema = z.object({
  planId: z.string(),
  planHash: z.string(),
  org: z.string(),
  unit: z.string().optional(),
  period: z.string(),
  targets: z.array(ReportedTargetSchema),
  tasks: z.array(ReportedTaskSchema),
  info: ReporterInfoSchema,
});

/** PreparedFile (src/model/ingest.ts) as it crosses the thread boundary. */
export const PreparedFileSchema = z.object({
  file: z.string(),
  sha256: z.string(),
  size: z.number(),
  xlsx: z.instanceof(Uint8Array).nullable(),
  read: z.object({
    data: SubmissionDataSchema.nullable(),
    findings: z.array(FindingSchema),
    /** Where each value was read, so findings made later on the main thread can name the cell. */
    cells: z.record(z.string(), z.object({ sheet: z.string(), cell: z.string() })).optional(),
  }),
});

/** A worker's reply: the prepared file, or why the per-file work itself failed. */
export const IngestReplySchema = z.discriminatedUnion('ok', [
  z.object({ index: z.number().int().min(0), ok: z.literal(true), result: PreparedFileSchema }),
  z.object({ index: z.number().int().min(0), ok: z.literal(false), error: z.string() }),
]);
export type IngestReply = z.infer<typeof IngestReplySchema>;

/** Everything a worker sends the main thread: a file's result, or a question about the plan. */
export const FromWorkerSchema = z.union([IngestReplySchema, PlanPartRequestSchema]);

/** Heap limits of a worker thread, MB. */
export interface WorkerMemory {
  /** Old generation: a workbook that needs more ends its worker, not the process. */
  heapMb?: number;
  /** Young generation (V8's default when not given). */
  youngMb?: number;
}
