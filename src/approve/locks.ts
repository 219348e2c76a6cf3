import type { Finding } from '../model/finding.ts';
import type { PeriodId } from '../model/period.ts';
import type { Store } from '../model/store.ts';
import type { Submission } from '../model/submission.ts';
import { approvalDate } from '../vi/approve-text.ts';
import { makeFinding } from '../vi/messages/index.ts';
import { periodNameLower } from '../vi/period.ts';

/**
 * Making a stored version current again (`restore`) changes an approved unit's figures as much
 * as a new version does: refused while an approval locks its unit (approve/restore-locked).
 * Null when the version may be restored (not locked, or already the current one).
 */
export function restoreRefusal(store: Store, version: Submission): Finding | null {
  if (version.status === 'current') return null;
  const lock = store.lockOf?.(version.planId, version.period, version.unit ?? '') ?? null;
  if (!lock) return null;
  return makeFinding(
    'approve/restore-locked',
    { file: version.fileName, org: version.org, period: version.period },
    { version: version.id, unit: lock.unit, unitName: lock.unitName, period: version.period, periodName: periodNameLower(version.period as PeriodId), date: approvalDate(lock.at), by: lock.actor },
  );
}
