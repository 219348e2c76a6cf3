import type { Finding } from '../model/finding.ts';
import type { ReadResult, SubmissionData } from '../model/ingest.ts';
import type { Plan } from '../model/plan.ts';
import type { Store } from '../model/store.ts';
import { planIndex } from '../plan/index.ts';
import { makeFinding } from '../vi/messages/index.ts';
import { formatViNumber } from '../vi/number.ts';
import { parsePeriod, periodName, quartersUpTo } from '../vi/period.ts';

/**
 * Cumulative lower than the same organisation's accepted cumulative of an earlier quarter of
 * the year (needs the store, so it runs in the batch, after the pure per-file work).
 */
export function cumulativeDecreased(plan: Plan, data: SubmissionData, read: ReadResult, store: Store, file: string): Finding[] {
  const period = parsePeriod(data.period);
  if (!period || !period.kind.startsWith('Q')) return [];
  const earlier = quartersUpTo(data.period).filter((q) => q !== data.period);
  const previous = new Map<string, { value: number; period: string }>();
  for (const q of earlier) {
    // This organisation's versions only: loading every organisation's would make a batch quadratic.
    // This unit's: a commune's figures are never compared with another commune's.
    const sub = store.submissionHistory(plan.id, data.org, q, data.unit ?? '').find((s) => s.supersededBy === null);
    for (const t of sub?.targets ?? []) if (t.cumulative !== null) previous.set(t.targetId, { value: t.cumulative, period: q });
  }
  if (previous.size === 0) return [];
  const targetById = planIndex(plan).targetById;
  const findings: Finding[] = [];
  for (const r of data.targets) {
    const target = targetById.get(r.targetId);
    const prev = previous.get(r.targetId);
    const adds = target && (target.cumulative ?? (target.kind === 'count' || target.kind === 'money'));
    if (!adds || !prev || r.cumulative === null || r.cumulative >= prev.value) continue;
    const where = read.cells?.[`${r.targetId}/cumulative`];
    findings.push(
      makeFinding('ingest/cumulative-decreased', { file, org: data.org, ...(data.unit ? { unit: data.unit } : {}), period: data.period, ...where, targetId: r.targetId, taskId: target.task }, {
        cumulative: formatViNumber(r.cumulative, 6),
        previous: formatViNumber(prev.value, 6),
        previousPeriodName: periodName(prev.period),
      }),
    );
  }
  return findings;
}
