import type { Allotment } from '../model/allot.ts';
import type { Plan } from '../model/plan.ts';
import { planWithShares } from '../form/index.ts';

/** A unit's own part of each target an allotment splits: targetId → share. Targets not given to the unit are absent. */
export function sharesFor(allotment: Allotment, unitCode: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const [targetId, parts] of Object.entries(allotment.shares)) {
    const share = parts[unitCode];
    if (share !== undefined) out.set(targetId, share);
  }
  return out;
}

/**
 * The plan as a unit is measured by it: each target it was given a share of has the share as
 * its value (text, comparator and kind unchanged); other targets are as issued. The caller keeps
 * the original plan's hash for identity (forms, store): this is a view, not a new plan.
 */
export function planForUnit(plan: Plan, shares: ReadonlyMap<string, number>): Plan {
  // One rule for the form (src/form) and the evaluation: the share replaces the value.
  return planWithShares(plan, shares);
}
