import { z } from 'zod';
import { FindingSchema } from './finding.ts';
import { ReportedTargetSchema, ReportedTaskSchema, ReporterInfoSchema } from './submission.ts';

/** What the main thread hands each ingest worker once (src/ingest/parallel.ts). */
export const IngestWorkerInitSchema = z.object({
  /** The plan, already validated by the main thread (re-parsed by the worker: input boundary). */
  plan: z.unknown(),
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

const SubmissionDataSchema = z.object({
  planId: z.string(),
  planHash: z.string(),
  org: z.string(),
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
