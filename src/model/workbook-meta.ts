import { z } from 'zod';
import { PeriodIdSchema } from './period.ts';

/** Name of the very-hidden sheet that carries a template's identity. */
export const META_SHEET_NAME = '_baocao';
/** Header of the hidden ID column on the report sheet (the fallback identity). */
export const ID_COLUMN_HEADER = 'baocao-id';

/**
 * Field keys of the report sheet's columns. templates/columns.yaml gives each its header,
 * width and order; the metadata maps each key to its column letter.
 */
export const ColumnKeySchema = z.enum([
  'stt', // STT
  'task', // Nội dung nhiệm vụ
  'target', // Chỉ tiêu
  'unit', // Đơn vị tính
  'previous', // Lũy kế kỳ trước (read-only, only with --db)
  'inPeriod', // Kết quả trong kỳ
  'cumulative', // Lũy kế từ đầu năm
  'ratio', // Tỷ lệ đạt (%) — formula
  'progress', // Tiến độ
  'result', // Kết quả cụ thể, cách làm
  'difficulties', // Khó khăn, vướng mắc
  'proposals', // Đề xuất, kiến nghị
  'id', // hidden ID column: task or target id
]);
export type ColumnKey = z.infer<typeof ColumnKeySchema>;

/** Fields of the "Thông tin" sheet (reporter and signer). */
export const InfoKeySchema = z.enum([
  'reporterName',
  'reporterPhone',
  'reportDate',
  'signerAuthority',
  'signerTitle',
  'signerName',
]);
export type InfoKey = z.infer<typeof InfoKeySchema>;

export const REPORT_SHEET_NAME = 'Báo cáo';
export const GUIDE_SHEET_NAME = 'Hướng dẫn';
export const INFO_SHEET_NAME = 'Thông tin';

export const RowMapEntrySchema = z.object({
  /** 1-based row on the report sheet. */
  row: z.number().int().min(1),
  /**
   * A task, a target, or one of the two parts of a percent or rate target that declares them
   * (plan `parts`): the rows right under the target where the office types the numerator and
   * the denominator.
   */
  kind: z.enum(['task', 'target', 'numerator', 'denominator']),
  /** Task id or target id; for a part row, the target id + "#numerator" / "#denominator" (see partRowId). */
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
  /**
   * Code of the unit (units.yaml) the form is for — a commune, a district… — and its name as
   * shown on the form. Absent: the office's own unit (every form made without --unit).
   */
  unit: z.string().min(1).optional(),
  unitName: z.string().min(1).optional(),
  period: PeriodIdSchema,
  /** Report sheet name and the column letter of each field key present. */
  sheet: z.string(),
  columns: z.partialRecord(ColumnKeySchema, z.string().regex(/^[A-Z]{1,3}$/)),
  /** A1 cell of each field on the "Thông tin" sheet. */
  info: z.partialRecord(InfoKeySchema, z.string().regex(/^[A-Z]{1,3}\d+$/)),
  rows: z.array(RowMapEntrySchema),
  /** A unit's form made with an allotment (src/allot): the unit's share of each target given to it. */
  shares: z.record(z.string(), z.number()).optional(),
});
export type WorkbookMeta = z.infer<typeof WorkbookMetaSchema>;

/** The two parts of a percent or rate target a form may ask for. */
export const PART_KINDS = ['numerator', 'denominator'] as const;
export type PartKind = (typeof PART_KINDS)[number];

/** Id of a part row in the row map and the hidden ID column: "MTTQ-T1#numerator" ('#' is never in a plan id). */
export function partRowId(targetId: string, part: PartKind): string {
  return `${targetId}#${part}`;
}

/** The unit a form is for: its code and its name as shown on the form. */
export interface FormUnit {
  code: string;
  name: string;
  /** Where the unit sends its forms: the unit above it in the period's tree (shown in the guide). */
  submitTo?: string;
}
