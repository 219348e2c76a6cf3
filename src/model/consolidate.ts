import { z } from 'zod';
import { PeriodIdSchema } from './period.ts';
import { ConsolidatedApprovalSchema } from './approval.ts';

/** Name of the very-hidden identity sheet of a consolidated workbook: a contract, like `_baocao` of forms. */
export const CONSOLIDATED_IDENTITY_SHEET = '_baocao_tonghop';

/** What a number in the long data is: a result, or the parts a percent or rate is computed from. */
export const MeasureSchema = z.enum(['inPeriod', 'cumulative', 'numerator', 'denominator']);
export type Measure = z.infer<typeof MeasureSchema>;

/** One number of the long data: unit × organisation × target × measure. */
export interface DataRow {
  unit: string;
  org: string;
  targetId: string;
  measure: Measure;
  value: number;
}

export const TextFieldSchema = z.enum(['progress', 'result', 'difficulties', 'proposals']);
export type TextField = z.infer<typeof TextFieldSchema>;

/** One text answer, kept per unit (never summed): unit × organisation × task × field. */
export interface TextRow {
  unit: string;
  org: string;
  taskId: string;
  field: TextField;
  text: string;
}

const UnitRefSchema = z.strictObject({ code: z.string().min(1), name: z.string(), level: z.string() });

/** The very-hidden identity of a consolidated workbook: what the level above needs to trust it. */
export const ConsolidatedIdentitySchema = z.strictObject({
  schema: z.literal('baocao-consolidated/1'),
  planId: z.string().min(1),
  planHash: z.string().min(1),
  period: PeriodIdSchema,
  /** The sending unit, and its path up to the root (the unit first). */
  unit: UnitRefSchema,
  path: z.array(UnitRefSchema).min(1),
  /** Each submission included: unit, organisation, the store's id and the file's SHA-256. */
  included: z.array(z.strictObject({ unit: z.string(), org: z.string(), submissionId: z.number().int(), sha256: z.string(), fileName: z.string() })),
  /** Expected reports (unit × organisation) of the subtree that were not included. */
  missing: z.array(z.strictObject({ unit: z.string(), org: z.string() })),
  toolVersion: z.string(),
  createdAt: z.string(),
  /** SHA-256 of the data and text rows, in sheet order (src/ingest/consolidated-hash.ts). */
  dataSha256: z.string().regex(/^[0-9a-f]{64}$/),
  /** A short hash of each data row and each text row, in sheet order: names the edited cell. */
  rowHashes: z.array(z.string()),
  textHashes: z.array(z.string()),
  /**
   * Approvals in force when it was made (src/approve): the sending unit's own and those of the
   * units below it, each {unit, at, by}. The level above counts a child listed here as approved
   * (childApprovedBy). Absent in workbooks made before approval existed.
   */
  approved: z.array(ConsolidatedApprovalSchema).optional(),
});
export type ConsolidatedIdentity = z.infer<typeof ConsolidatedIdentitySchema>;

/** A target's figure over every unit included: summed, or recomputed from its parts. */
export interface ConsolidatedTarget {
  targetId: string;
  org: string;
  inPeriod: number | null;
  cumulative: number | null;
  /** Units (unit × organisation) that reported a figure. */
  units: number;
  /**
   * sum: counts and money added up; ratio: a percent/rate recomputed as Σ numerators / Σ
   * denominators; single: one unit's level taken as is; no-parts: several units' percents
   * without their parts (never averaged, so left empty); none: nothing reported.
   */
  method: 'sum' | 'ratio' | 'single' | 'no-parts' | 'none';
}
