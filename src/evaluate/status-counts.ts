import { TARGET_STATUSES, type TargetStatus } from '../model/evaluation.ts';

/** How many targets are at each status. */
export function countStatuses(statuses: Iterable<TargetStatus>): Record<TargetStatus, number> {
  const counts = Object.fromEntries(TARGET_STATUSES.map((s) => [s, 0])) as Record<TargetStatus, number>;
  for (const s of statuses) counts[s] += 1;
  return counts;
}
