import { z } from 'zod';
import type { FindingCode } from './codes/index.ts';

export const SeveritySchema = z.enum(['error', 'warning', 'info']);
export type Severity = z.infer<typeof SeveritySchema>;

/** Where a finding points: a file/sheet/cell (1-based row and column, as Excel shows them) or a path in a plan file. */
export const FindingLocationSchema = z.object({
  file: z.string().optional(),
  sheet: z.string().optional(),
  /** A1 address. */
  cell: z.string().optional(),
  row: z.number().int().optional(),
  col: z.number().int().optional(),
  /** Path to a field in a plan file, e.g. ["targets", 3, "value"]. */
  path: z.array(z.union([z.string(), z.number()])).optional(),
  /** 1-based line in a YAML/text file. */
  line: z.number().int().optional(),
  taskId: z.string().optional(),
  targetId: z.string().optional(),
  org: z.string().optional(),
  /** The unit (units.yaml code) a form is for, when it names one. */
  unit: z.string().optional(),
  period: z.string().optional(),
});
export type FindingLocation = z.infer<typeof FindingLocationSchema>;

export const FindingSchema = FindingLocationSchema.extend({
  code: z.string() as unknown as z.ZodType<FindingCode>,
  severity: SeveritySchema,
  /** Vietnamese, worded where → which rule → how to fix. */
  message: z.string(),
  hint: z.string().optional(),
  /** What was found and what was expected, as shown to the user. */
  actual: z.string().optional(),
  expected: z.string().optional(),
});
export type Finding = z.infer<typeof FindingSchema>;

/** Arguments a message template may use. */
export type FindingArgs = Readonly<Record<string, string | number | undefined>>;

/** One catalogue entry: the Vietnamese text for a code. */
export interface MessageTemplate {
  message: (args: FindingArgs) => string;
  hint?: (args: FindingArgs) => string;
}
