import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';
import { parseISO } from 'date-fns/parseISO';
import type { OrgEvaluation } from '../model/evaluation.ts';
import type { PeriodId } from '../model/period.ts';
import type { IngestLogEntry, Submission } from '../model/submission.ts';
import { describeLocation } from '../vi/messages/index.ts';

/** Deadlines are days in Vietnam: a file received at 23:59 on the deadline day (UTC+7) is on time. */
const REPORTING_TIME_ZONE = 'Asia/Ho_Chi_Minh';
const dayFormat = new Intl.DateTimeFormat('en-CA', { timeZone: REPORTING_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });

/**
 * The calendar day (yyyy-mm-dd, Vietnam time) of an ISO timestamp. A timestamp without a zone
 * ("2024-04-10T16:30:00") or a bare date is taken as already local.
 */
export function reportingDay(timestamp: string): string {
  if (!/(Z|[+-]\d{2}:?\d{2})$/i.test(timestamp)) return timestamp.slice(0, 10);
  const date = new Date(timestamp);
  if (Number.isNaN(date.getTime())) throw new Error(`invalid timestamp: ${timestamp}`);
  return dayFormat.format(date);
}

/** Late = received after the end of the deadline day (the deadline day itself is on time). */
export function isLate(receivedAt: string, deadline: string): boolean {
  return reportingDay(receivedAt) > deadline;
}

export interface CompletenessInput {
  planId: string;
  org: string;
  reportingPeriod: PeriodId;
  /** ISO date, inclusive (periodDeadline). */
  deadline: string;
  /** The current accepted submission of the org for the reporting period, if any. */
  current: Submission | undefined;
  log: readonly IngestLogEntry[];
  /** Every version of the org's submission for the period (store.submissionHistory), when known. */
  history?: readonly Submission[];
  now?: string;
}

export type CompletenessResult = Pick<
  OrgEvaluation,
  'completeness' | 'submissionId' | 'fileName' | 'receivedAt' | 'deadline' | 'rejectedReasons' | 'supersededVersions' | 'rejectedFile' | 'overdue' | 'daysLate'
>;

const byTime = (a: IngestLogEntry, b: IngestLogEntry) => a.receivedAt.localeCompare(b.receivedAt) || a.id - b.id;

/**
 * Completeness of one organisation for one reporting period:
 * - on_time / late: a current accepted submission exists, received on or before / after the deadline day;
 * - rejected: no accepted submission, and the org's latest failed file for the period was rejected
 *   (the reasons are its errors, each with its sheet and cell);
 * - missing: nothing usable received (`overdue` false while `now` is not past the deadline).
 * supersededVersions: versions replaced by a newer one (from the history when given, otherwise the
 * "superseded" entries of the ingest log).
 */
export function completenessOf(input: CompletenessInput): CompletenessResult {
  const { current, deadline } = input;
  const entries = input.log
    .filter((e) => (e.planId === null || e.planId === input.planId) && e.org === input.org && e.period === input.reportingPeriod)
    .sort(byTime);
  const supersededVersions = input.history
    ? input.history.filter((s) => s.supersededBy !== null).length
    : entries.filter((e) => e.outcome === 'superseded').length;
  const base = { deadline, supersededVersions, rejectedReasons: [] as string[] };
  if (current) {
    const found = { ...base, submissionId: current.id, fileName: current.fileName, receivedAt: current.receivedAt };
    if (!isLate(current.receivedAt, deadline)) return { ...found, completeness: 'on_time' };
    const daysLate = differenceInCalendarDays(parseISO(reportingDay(current.receivedAt)), parseISO(deadline));
    return { ...found, completeness: 'late', daysLate };
  }
  const overdue = input.now === undefined ? true : reportingDay(input.now) > deadline;
  const failed = entries.filter((e) => e.outcome === 'rejected' || e.outcome === 'unreadable');
  const latest = failed[failed.length - 1];
  if (!latest) return { ...base, completeness: 'missing', submissionId: null, fileName: null, receivedAt: null, overdue };
  const errors = latest.findings.filter((f) => f.severity === 'error');
  // «trang "Báo cáo", ô F12: "12a" không phải là số…» — the file itself is named separately.
  const reasons = [
    ...new Set(
      (errors.length > 0 ? errors : latest.findings).map((f) => {
        const where = describeLocation({ ...f, file: undefined });
        return where ? `${where}: ${f.message}` : f.message;
      }),
    ),
  ];
  return {
    ...base,
    completeness: 'rejected',
    submissionId: null,
    fileName: null,
    receivedAt: latest.receivedAt,
    rejectedReasons: reasons,
    rejectedFile: latest.file,
    overdue,
  };
}
