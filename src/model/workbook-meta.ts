import { z } from 'zod';
import { PeriodIdSchema } from './period.ts';

/** Name of the very-hidden sheet that carries a template's identity. */
export const META_SHEET_NAME = '_baocao';
/** Header of the hidden ID column on the report sheet (the fallback identity). */
export const ID_COLUMN_HEADER = 'baocao-id';

export const RowMapEntrySchema = z.object({
  /** 1-based row on the report sheet. */
  row: z.number().int().min(1),
  kind: z.enum(['task', 'target']),
  /** Task id or target id. */
  id: z.string(),
});
export type RowMapEntry = z.infer<typeof RowMapEntrySchema>;

/** The identity contract of a generated workbook (design.md, "Identity of a workbook"). */
export const WorkbookMetaSchema = z.object({
  format: z.literal('baocao-template'),
  templateVersion: z.number().int().min(1),
  planId: z.string(),
  /** SHA-256 of the plan's canonical content. */
  planHash: z.string(),
  org: z.string(),
  period: PeriodIdSchema,
  /** Report sheet name and the column letter of each field key of templates/columns.yaml. */
  sheet: z.string(),
  columns: z.record(z.string(), z.string()),
  rows: z.array(RowMapEntrySchema),
});
export type WorkbookMeta = z.infer<typeof WorkbookMetaSchema>;
