import type { Plan } from './plan.ts';
import type { GradeDecision, NewGradeDecision } from './assessment.ts';
import type { ApprovalEvent, NewApprovalEvent } from './approval.ts';
import type { Finding } from './finding.ts';
import type { IngestLogEntry, IngestOutcome, ReportedTarget, ReportedTask, ReporterInfo, Submission, VersionEvent } from './submission.ts';
import type { ConsolidatedRecordResult, NewConsolidated, StoredConsolidated } from './upward.ts';
import type { DataRow, TextRow } from './consolidate.ts';

/** A workbook that passed validation, ready to be stored in one transaction. */
export interface NewSubmission {
  planId: string;
  planHash: string;
  org: string;
  /** The unit the form reports for (units.yaml code); absent or '' = the office's own unit. */
  unit?: string;
  period: string;
  fileName: string;
  sha256: string;
  receivedAt: string;
  targets: ReportedTarget[];
  tasks: ReportedTask[];
  info: ReporterInfo;
  findings: Finding[];
  /**
   * Store it held (not current) until a person confirms it: it would replace a version whose
   * figures it removes or whose locked cells it changes. Ignored when there is no current version.
   */
  hold?: boolean;
  /** Where each figure was read: "targetId/inPeriod" → A1 address on the report sheet (for the history). */
  cells?: Record<string, string>;
}

/** What became of one file, as recorded in the ingest log. */
export interface RecordResult {
  outcome: IngestOutcome;
  submissionId: number | null;
  /** The submission this one replaced, when outcome is "superseded". */
  supersededId: number | null;
  /** The version that stays current, when outcome is "held" or "archived". */
  currentId?: number | null;
}

/** What restoreVersion did. */
export interface RestoreResult {
  /** The version that is current now. */
  restored: Submission;
  /** The version it replaced (null when nothing was current, or when it already was current). */
  replacedId: number | null;
  /** False when the version was already current (nothing changed, nothing logged). */
  changed: boolean;
  event: VersionEvent | null;
}

/** The `code` of the error opening a store written by a newer baocao (its schema is past this program's). */
export const STORE_TOO_NEW = 'BAOCAO_STORE_TOO_NEW';

/**
 * The `code` of the error a nested `batch` throws when SQLite rolled back the whole enclosing
 * transaction (it does on a full disk, an I/O error): nothing of the batch was stored.
 */
export const STORE_BATCH_LOST = 'BAOCAO_STORE_BATCH_LOST';

/** The embedded store (src/store implements it with better-sqlite3). */
export interface Store {
  /**
   * Runs `fn` in one transaction: what it stores is committed together when it returns, or
   * rolled back when it throws. Nested in another batch it is a savepoint: its failure rolls back
   * only its own writes, and the enclosing batch goes on (a STORE_BATCH_LOST error when SQLite
   * rolled the whole transaction back). `fn` must be synchronous: a transaction is never held
   * open across an await (other users of the store, e.g. the web server, wait for it).
   */
  batch<T>(fn: () => T): T;
  /** Keeps the plan a batch was checked against (once per plan version). */
  savePlan(plan: Plan, planHash: string): void;
  /** The plan saved under that id and version, or null. */
  savedPlan(planId: string, planHash: string): Plan | null;
  /** The plan saved last (the one the last batch was checked against), or null for an empty store. */
  lastSavedPlan(): { plan: Plan; hash: string } | null;
  /**
   * Accepted workbook: dedupe by content hash, supersede the current version — unless this one
   * was received before it (stored into history: "archived") or is marked hold ("held") — and
   * log, all in one transaction.
   */
  recordAccepted(sub: NewSubmission): RecordResult;
  /** Rejected or unreadable file: log it with its findings. */
  recordFailure(entry: {
    file: string;
    sha256: string;
    receivedAt: string;
    outcome: 'rejected' | 'unreadable';
    planId: string | null;
    org: string | null;
    /** The unit the file said it reports for, when it was read. */
    unit?: string | null;
    period: string | null;
    findings: Finding[];
  }): void;
  /*
   * Versions are kept per plan × unit × organisation × period: the methods that take an
   * organisation take the unit last ('' or absent = the office's own unit).
   */
  /** Current (not superseded) accepted submissions of a plan for a period, every unit's. */
  currentSubmissions(planId: string, period: string): Submission[];
  /** Every organisation's replaced versions of a period (the current ones: currentSubmissions). */
  supersededSubmissions(planId: string, period: string): Submission[];
  /** The current and replaced versions for one organisation and period, oldest first (held ones: versionHistory). */
  submissionHistory(planId: string, org: string, period: string, unit?: string): Submission[];
  /** Every stored version for one organisation and period, held ones included, oldest first, each with its status. */
  versionHistory(planId: string, org: string, period: string, unit?: string): Submission[];
  /** The current version of one organisation and period, if any. */
  currentVersion(planId: string, org: string, period: string, unit?: string): Submission | null;
  /** One stored version by its id, if any. */
  submissionById(id: number): Submission | null;
  /**
   * Makes a stored version (superseded or held) the current one of its organisation and period;
   * the one current until then goes into history. Recorded in the version log (who, when, what).
   * Null when there is no version with that id.
   */
  restoreVersion(id: number, by: { actor: string; at: string }): RestoreResult | null;
  /** Where a stored version's figures were ("targetId/inPeriod" → A1 address), null when not recorded. */
  submissionCells(id: number): Record<string, string> | null;
  /** The version log of one organisation and period, oldest first. */
  versionLog(planId: string, org: string, period: string, unit?: string): VersionEvent[];
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
  /*
   * Approval level by level (src/approve). Optional, like recordGradeDecision: a store without
   * them has nothing approved and nothing locked.
   */
  /** Records approvals or returns, in one transaction (rows are never updated). */
  recordApprovals?(events: readonly NewApprovalEvent[]): ApprovalEvent[];
  /** Every approval and return of a plan's period, oldest first. */
  approvalLog?(planId: string, period: string): ApprovalEvent[];
  /** The latest approval or return of each unit of a plan's period: its state. */
  approvalStates?(planId: string, period: string): ApprovalEvent[];
  /** The approval in force that locks a unit's forms for the period ('' = forms without a unit), or null. */
  lockOf?(planId: string, period: string, unit: string): ApprovalEvent | null;

  /**
   * Consolidated workbooks from the units below (src/store/consolidated.ts). Optional, like
   * findBySha, so that stand-in stores of tests need not implement them.
   */
  /** Stores a checked workbook: accepted, superseded, archived, duplicate, or refused as an overlap (nothing written). */
  recordConsolidated?(c: NewConsolidated): ConsolidatedRecordResult;
  /** Current workbooks from below for a plan and period. */
  currentConsolidated?(planId: string, period: string): StoredConsolidated[];
  /** Every version of one sending unit's workbook for a period, oldest first. */
  consolidatedHistory?(planId: string, period: string, unit: string): StoredConsolidated[];
  consolidatedById?(id: number): StoredConsolidated | null;
  /** The long data a stored workbook brought. */
  consolidatedData?(id: number): { rows: DataRow[]; texts: TextRow[] };
  /** The current workbook that already brings this unit × organisation's report for the period, if any. */
  workbookCovering?(planId: string, period: string, unit: string, org: string): StoredConsolidated | null;
  close(): void;
}
