import { z } from 'zod';
import { ComparatorSchema, TargetKindSchema } from './plan.ts';

/** Offsets into the original string given to the target-phrase parser (end exclusive). */
export const TextSpanSchema = z.strictObject({
  start: z.number().int().min(0),
  end: z.number().int().min(0),
});
export type TextSpan = z.infer<typeof TextSpanSchema>;

export const TargetConfidenceSchema = z.enum(['high', 'low']);
export type TargetConfidence = z.infer<typeof TargetConfidenceSchema>;

/**
 * A quantitative target found in a sentence by `findTargets` (src/vi/target-phrase.ts):
 * "ít nhất 2.500 đoàn viên công đoàn" → gte 2500 "đoàn viên công đoàn".
 * Not yet a plan Target: it has no id and no task; the importer (src/plan/import) makes one.
 */
export const TargetCandidateSchema = z.strictObject({
  comparator: ComparatorSchema,
  value: z.number().finite(),
  /** Upper bound of a range ("15 - 20%"), comparator "between" only. */
  max: z.number().finite().optional(),
  /** "%", "đồng", or the counted noun ("hội viên cựu chiến binh"). */
  unit: z.string(),
  kind: TargetKindSchema,
  /** "hội viên" in "900.000 đồng/hội viên", "năm" in "02 lần/năm". */
  per: z.string().optional(),
  /** "so với năm 2023", "trên tổng số hộ nghèo cuối năm 2023". */
  baseline: z.string().optional(),
  /** The matched text, as written (original characters). */
  phrase: z.string(),
  span: TextSpanSchema,
  /** "low" when a person should check the reading (number words, ambiguous numbers, cut units). */
  confidence: TargetConfidenceSchema,
});
export type TargetCandidate = z.infer<typeof TargetCandidateSchema>;
