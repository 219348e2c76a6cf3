import type { Finding } from './finding.ts';
import type { Plan } from './plan.ts';
import type { Store } from './store.ts';
import type { OnRemovedFigures } from './versions.ts';
import type { IngestOutcome, ReportedTarget, ReportedTask, ReporterInfo } from './submission.ts';
import type { UnitAt } from './units.ts';

/** What one workbook holds once read and normalised (before the store is consulted). */
export interface SubmissionData {
  planId: string;
  planHash: string;
  org: string;
  /** The unit the form reports for (units.yaml code); absent or '' = the office's own unit. */
  unit?: string;
  period: string;
  targets: ReportedTarget[];
  tasks: ReportedTask[];
  info: ReporterInfo;
}

/** Result of reading one workbook: data when it could be identified and read, and every finding. */
export interface ReadResult {
  data: SubmissionData | null;
  findings: Finding[];
  /** Where each value was read: "targetId/cumulative" → { sheet, cell }, for later checks against the store. */
  cells?: Record<string, { sheet: string; cell: string }>;
}

/** Result of the per-file work (pure, serialisable: can run in a worker thread). */
export interface PreparedFile {
  file: string;
  sha256: string;
  size: number;
  /** Bytes of the .xlsx actually read (after decryption/conversion), for feedback copies. */
  xlsx: Uint8Array | null;
  read: ReadResult;
}

/** What became of one file in a batch. */
export interface IngestFileResult {
  file: string;
  sha256: string;
  outcome: IngestOutcome;
  org: string | null;
  /** The unit the form is for, when it names one; for a consolidated workbook from below, the sending unit. */
  unit?: string;
  period: string | null;
  submissionId: number | null;
  findings: Finding[];
  /** A consolidated workbook from a unit below: its id in the store when stored. */
  consolidatedId?: number;
  /** Path of the annotated copy written for the office, when one was written. */
  feedbackFile?: string;
}

export interface IngestBatchResult {
  files: IngestFileResult[];
  /** held: stored, waiting for a person to confirm them; archived: received before the current version, stored into history. */
  summary: { accepted: number; superseded: number; held: number; archived: number; duplicate: number; rejected: number; unreadable: number };
  /** Files in the folders given that are not spreadsheets (not read: a PDF, a Word file, a picture). */
  skipped: string[];
}

export interface IngestProgress {
  done: number;
  total: number;
  file: string;
}

export interface IngestOptions {
  plan: Plan;
  planHash: string;
  store: Store;
  /** Password to open encrypted workbooks (Excel's default read-only password is always tried). */
  password?: string;
  /** When given, workbooks of any other period are reported as wrong-period. */
  period?: string;
  /** ISO timestamp recorded as the time of receipt (default: now). */
  receivedAt?: string;
  /** Folder for annotated copies of rejected or warned workbooks. */
  feedbackDir?: string;
  /**
   * A new version that leaves empty figures the current version has, or changes its locked title
   * cells: held for a person to confirm (default), accepted with warnings, or rejected.
   */
  onRemovedFigures?: OnRemovedFigures;
  onProgress?: (progress: IngestProgress) => void;
  /**
   * The tree of units (units.yaml): a form for a unit that is not in the tree of its period, or
   * for an organisation not expected at that unit, is rejected. Without it, a form's unit is taken as it is.
   */
  units?: UnitsTree;
  /** Called with each file's result as soon as it is stored (in batch order). */
  onFile?: (result: IngestFileResult) => void;
  /**
   * Whether the returned `files` lists every file's result (default true). A caller that takes
   * them through `onFile` passes false, so a batch of any size holds no per-file results.
   */
  keepFiles?: boolean;
  /**
   * The receiving office's tree of units and its own unit (default: the tree's root in the
   * workbook's period): a consolidated workbook must come from a unit of the tree below it.
   * Without a tree, a workbook from any unit is accepted with a warning.
   */
  receiving?: { tree: ReceivingTree; unit?: string; /** The units file, named in findings. */ unitsFile?: string };
}

/** What ingest needs of a tree of units to check a form's unit (src/units' UnitTree). */
export interface UnitsTree {
  at(period: string): { get(code: string): UnitAt | undefined; organizationsOf(code: string, planOrganizations: readonly string[]): string[] };
}

/** What ingest needs of a tree of units (src/units' UnitTree). */
export interface ReceivingTree {
  at(period: string): { get(code: string): UnitAt | undefined; subtreeOf(code: string): UnitAt[]; roots(): UnitAt[] };
}

/** A file's per-file work, done: its result, or why it failed. */
export type PrepareReady = { ok: true; value: PreparedFile } | { ok: false; error: unknown };

/** The per-file work ingest runs for each path (prepareFile, or a worker pool's). */
export type PrepareFn = ((path: string) => Promise<PreparedFile>) & {
  /**
   * The file's result when it is available now, without waiting (the parallel ingest's workers
   * read ahead), else undefined; taking it consumes it. Consecutive files that are ready are
   * stored in one transaction.
   */
  ready?: (path: string) => PrepareReady | undefined;
};
