import type { Finding } from '../../model/finding.ts';
import type { PeriodEvaluation } from '../../model/evaluation.ts';
import type { IngestLogEntry, Submission } from '../../model/submission.ts';

/**
 * What the findings sheet lists, in this order:
 * - the errors of every file of the reporting period that was rejected or unreadable (once per
 *   distinct content, the latest receipt) — including a correction that was refused while an
 *   older version still stands;
 * - the warnings kept with the current submissions;
 * - the evaluation's own findings (cumulative mismatches…).
 * Each finding gets the organisation, period and file it belongs to when it lacks them.
 */
export function collectExportFindings(
  evaluation: PeriodEvaluation,
  submissions: readonly Submission[],
  log: readonly IngestLogEntry[],
): Finding[] {
  const periods = new Set(evaluation.organizations.map((o) => o.reportingPeriod ?? evaluation.period));
  const failed = new Map<string, IngestLogEntry>();
  for (const e of log) {
    if ((e.outcome !== 'rejected' && e.outcome !== 'unreadable') || e.period === null || !periods.has(e.period)) continue;
    if (e.planId !== null && e.planId !== evaluation.planId) continue;
    const key = e.sha256 || e.file;
    const seen = failed.get(key);
    if (!seen || seen.receivedAt <= e.receivedAt) failed.set(key, e);
  }
  const rejected = [...failed.values()].flatMap((e) =>
    e.findings.map((f) => ({ ...f, file: f.file ?? e.file, ...(e.org && !f.org ? { org: e.org } : {}), ...(e.period && !f.period ? { period: e.period } : {}) })),
  );
  const kept = submissions.flatMap((s) => s.findings.map((f) => ({ ...f, org: f.org ?? s.org, period: f.period ?? s.period, file: f.file ?? s.fileName })));
  return [...rejected, ...kept, ...(evaluation.findings ?? [])];
}
