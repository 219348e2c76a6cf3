import { z } from 'zod';
import { PeriodIdSchema } from './period.ts';
import { InfoKeySchema } from './workbook-meta.ts';

/** A value typed in a number cell: a number, or text as a clerk types it ("1.200", "2.500 đoàn viên"). */
const CellInput = z.union([z.number(), z.string()]).nullable();

/** A file name a Windows office would use: ASCII letters, digits, spaces and - _ . ( ), ending in .xlsx. */
const SampleFileName = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9 ._()-]*\.xlsx$/, { message: 'Tên tệp mẫu chỉ gồm chữ không dấu, số, khoảng trắng và . _ - ( ), đuôi .xlsx' });

/** Text of a task row; null in a derived file ("from") clears what the base file had. */
const TaskText = z.string().nullable();

/** One returned workbook of samples/fill-2024.yaml: what an office typed into its template. */
export const SampleFileSchema = z.strictObject({
  file: SampleFileName,
  org: z.string().min(1),
  period: PeriodIdSchema,
  /** Another entry's file name: start from its answers, then apply this entry's (a second version of a file). */
  from: SampleFileName.optional(),
  info: z.partialRecord(InfoKeySchema, z.string()).optional(),
  targets: z.record(z.string(), z.strictObject({ inPeriod: CellInput.optional(), cumulative: CellInput.optional() })).optional(),
  tasks: z
    .record(
      z.string(),
      z.strictObject({ progress: TaskText.optional(), result: TaskText.optional(), difficulties: TaskText.optional(), proposals: TaskText.optional() }),
    )
    .optional(),
});
export type SampleFile = z.infer<typeof SampleFileSchema>;

/** samples/fill-2024.yaml: the offices' answers for the demo and the end-to-end tests. */
export const SampleFillSchema = z.strictObject({
  plan: z.string().min(1),
  files: z.array(SampleFileSchema).min(1),
});
export type SampleFill = z.infer<typeof SampleFillSchema>;

/** samples/received.yaml: when each returned file reached the Ban Dân vận (ISO timestamps with zone), per period. */
export const SampleReceiptsSchema = z.strictObject({
  /** Periods in the order they are processed; the last one is the period the demo reports on. */
  periods: z
    .record(PeriodIdSchema, z.record(SampleFileName, z.iso.datetime({ offset: true })))
    .refine((p) => Object.keys(p).length > 0, { message: 'Cần ít nhất một kỳ báo cáo' }),
  /** Date written on the demo's report (ISO date). */
  reportDate: z.iso.date(),
  /** Name of the person signing the demo's report (the settings file leaves it blank). */
  signerName: z.string().trim().min(1),
  /** The organisation whose one-page summary the demo writes. */
  summaryOrg: z.string().min(1),
});
export type SampleReceipts = z.infer<typeof SampleReceiptsSchema>;
