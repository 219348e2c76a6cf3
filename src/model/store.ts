import type { Plan } from './plan.ts';
import type { GradeDecision, NewGradeDecision } from './assessment.ts';
import type { Finding } from './finding.ts';
import type { IngestLogEntry, IngestOutcome, ReportedTarget, ReportedTask, ReporterInfo, Submission } from './submission.ts';

/** A workbook that passed validation, ready to be stored in one transaction. */
export interface NewSubmission {
  planId: string;
  planHash: string;
  org: string;
  period: string;
  fileName: string;
  sha256: string;
  receivedAt: string;
  targets: ReportedTarget[];
  tasks: ReportedTask[];
  info: ReporterInfo;
  findings: Finding[];
}

/** What became of one file, as recorded in the ingest log. */
export interface RecordResult {
  outcome: IngestOutcome;
  submissionId: number | null;
  /** The submission this one replaced, when outcome is "superseded". */
  supersededId: number | null;
}

/** The `code` of the error opening a store written by a newer baocao (its schema is past this program's). */
export const STORE_TOO_NEW = 'BAOCAO_STORE_TOO_NEW';

/** The embedded store (src/store implements it with better-sqlite3). */
export interface Store {
  /** Keeps the plan a batch was checked against (once per plan version). */
  savePlan(plan: Plan, planHash: string): void;
  /** The plan saved under that id and version, or null. */
  savedPlan(planId: string, planHash: string): Plan | null;
  /** Accepted workbook: dedupe by content hash, supersede the previous version, log — all in one transaction. */
  recordAccepted(sub: NewSubmission): RecordResult;
  /** Rejected or unreadable file: log it with its findings. */
  recordFailure(entry: {
    file: string;
    sha256: string;
    receivedAt: string;
    outcome: 'rejected' | 'unreadable';
    planId: string | null;
    org: string | null;
    period: string | null;
    findings: Finding[];
  }): void;
  /** Current (not superseded) accepted submissions of a plan for a period. */
  currentSubmissions(planId: string, period: string): Submission[];
  /** Every version for one organisation and period, oldest first. */
  /** Every organisation's replaced versions of a period (the current ones: currentSubmissions). */
  supersededSubmissions(planId: string, period: string): Submission[];
  submissionHistory(planId: string, org: string, period: string): Submission[];
  ingestLog(filter?: { planId?: string; period?: string }): IngestLogEntry[];
  /** The accepted submission stored with these exact bytes (SHA-256), if any: lets ingest skip re-reading duplicates. */
  findBySha?(planId: string, sha256: string): Submission | null;
  /**
   * Records the committee's grade for an organisation's year (a new row each time; the latest
   * counts). Optional, like findBySha, so that stand-in stores of tests need not implement it.
   */
  recordGradeDecision?(decision: NewGradeDecision): GradeDecision;
  /** Every decision recorded for a plan's year, oldest first (src/assess). */
  gradeDecisions?(planId: string, year: number): GradeDecision[];
  close(): void;
}
