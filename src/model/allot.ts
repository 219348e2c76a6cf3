import { z } from 'zod';

/** Name of the very-hidden identity sheet of an allotment table (src/allot): a contract, like `_baocao` of forms. */
export const ALLOTMENT_IDENTITY_SHEET = '_baocao_phanbo';

const Code = z.string().trim().min(1);
const Share = z.number().finite().min(0);
const Letter = z.string().regex(/^[A-Z]{1,3}$/);

/**
 * A checked allotment (phân bổ chỉ tiêu): how a unit splits the targets it was given among its
 * child units for a year. `shares[targetId][childCode]` is the child's part; a target a unit did
 * not apportion has no entry. Saved as JSON beside the table (`allot check`), read by `--allotment`.
 */
export const AllotmentSchema = z.strictObject({
  format: z.literal('baocao-allotment/1'),
  planId: Code,
  /** The hash of the plan as issued: a unit's view of the plan (planForUnit) keeps this identity. */
  planHash: Code,
  /** The unit that allots (the parent). */
  unit: Code,
  year: z.number().int().min(1945).max(2100),
  /** The child units of the table, in column order. */
  children: z.array(Code),
  shares: z.record(Code, z.record(Code, Share)),
});
export type Allotment = z.infer<typeof AllotmentSchema>;

/** One row of the allotment table as generated: the target, its whole, and the children that may get a part. */
export const AllotmentRowSchema = z.strictObject({
  row: z.number().int().min(1),
  targetId: Code,
  org: Code,
  /** The whole to split: the plan's value, or the parent's own share from the level above. */
  total: z.number().finite(),
  /** Children that have the target's organisation (input cells); the others are greyed and locked. */
  open: z.array(Code),
});
export type AllotmentRow = z.infer<typeof AllotmentRowSchema>;

/** The very-hidden identity of a generated allotment table: who allots what to whom, and where each cell is. */
export const AllotmentTableIdentitySchema = z.strictObject({
  format: z.literal('baocao-allotment-table/1'),
  planId: Code,
  planHash: Code,
  unit: Code,
  year: z.number().int().min(1945).max(2100),
  sheet: z.string().min(1),
  /** Column letter of each child unit, in order. */
  children: z.array(z.strictObject({ code: Code, letter: Letter })),
  columns: z.strictObject({ total: Letter, sum: Letter, difference: Letter }),
  rows: z.array(AllotmentRowSchema),
});
export type AllotmentTableIdentity = z.infer<typeof AllotmentTableIdentitySchema>;
