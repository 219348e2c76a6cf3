import type { Finding } from '../model/finding.ts';
import type { PeriodId } from '../model/period.ts';
import type { Store } from '../model/store.ts';
import { makeFinding } from '../vi/messages/index.ts';
import { periodNameLower } from '../vi/period.ts';
import { formatReceivedAt } from '../vi/status-export-text.ts';

/**
 * Approval locks what is below it (src/approve): a form or a new version for a unit whose
 * result for the period is approved — or a unit under an approved one — is refused with
 * `ingest/locked`. The store knows which units an approval covers, so no tree is needed here.
 * `data.unit` absent or '' is a form made without a unit (the office's own unit).
 */
export function lockedFindings(store: Store, data: { planId: string; period: string; org: string; unit?: string }, file: string): Finding[] {
  const unit = data.unit ?? '';
  const lock = store.lockOf?.(data.planId, data.period, unit) ?? null;
  if (!lock) return [];
  return [
    makeFinding(
      'ingest/locked',
      { file, org: data.org, period: data.period },
      {
        unit: lock.unit,
        unitName: lock.unitName,
        // The form's own unit, when it is one below the approved unit ('' otherwise).
        formUnit: unit === '' || unit === lock.unit ? '' : unit,
        period: data.period,
        periodName: periodNameLower(data.period as PeriodId),
        date: formatReceivedAt(lock.at).slice(0, 10),
        by: lock.actor,
      },
    ),
  ];
}
