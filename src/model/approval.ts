import type { Submission } from './submission.ts';
import { z } from 'zod';

/**
 * Approval level by level (issue 16, hierarchy.md): a unit's result for a period is approved,
 * or returned (un-approved) with a reason. The store keeps every action as a row, never
 * updated; the latest row per plan × period × unit decides the unit's state.
 */
export const ApprovalActionSchema = z.enum(['approved', 'returned']);
export type ApprovalAction = z.infer<typeof ApprovalActionSchema>;

/** One recorded approval or return. */
export interface ApprovalEvent {
  id: number;
  planId: string;
  period: string;
  /** The unit's code (units.yaml); '' never: the office's own unit is named by its code. */
  unit: string;
  /** The unit's name when the action was taken (named in the messages of ingest, which has no tree). */
  unitName: string;
  action: ApprovalAction;
  /** Who approved or returned it (--by, or the computer's user name). */
  actor: string;
  /** ISO timestamp. */
  at: string;
  /** Why it was returned; null for an approval. */
  reason: string | null;
  /**
   * The units an approval locks: the unit's subtree in the period's tree when it was approved,
   * and '' (forms made without a unit) when the unit is the office's own unit (the root).
   * Empty for a return.
   */
  covers: string[];
  /** For a return made because a unit below was returned: that unit's code; null otherwise. */
  via: string | null;
}

export type NewApprovalEvent = Omit<ApprovalEvent, 'id'>;

/** A unit's approval state in a period, as status shows it. */
export interface UnitApproval {
  state: 'approved' | 'returned' | 'none';
  at: string | null;
  by: string | null;
  reason: string | null;
  via: string | null;
}

/**
 * What a consolidated workbook received from a unit below says about approvals (its identity's
 * `approved` list: the sending unit's own approval and those of the units under it).
 */
export const ConsolidatedApprovalSchema = z.strictObject({ unit: z.string().min(1), at: z.string().min(1), by: z.string() });
export type ConsolidatedApproval = z.infer<typeof ConsolidatedApprovalSchema>;

/** A consolidated workbook the store holds for a child unit: the sending unit and the approvals it lists. */
export interface ReceivedConsolidated {
  unit: string;
  approved: ConsolidatedApproval[];
}

/**
 * A file received for a unit that a return sends back as a copy: a form (a Submission), or a
 * consolidated workbook from below (its org is '').
 */
export type ReturnSource = Pick<Submission, 'fileName' | 'sha256' | 'org' | 'period' | 'receivedAt'>;
