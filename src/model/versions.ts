import { z } from 'zod';
import type { Finding } from './finding.ts';
import type { IngestOutcome, SubmissionStatus, VersionEvent } from './submission.ts';

/**
 * What ingest does with a new version that would replace the current one while removing figures
 * it has, or with changed locked cells (title, period, organisation): hold it for a person to
 * confirm (default), accept it with warnings, or reject it.
 */
export const OnRemovedFiguresSchema = z.enum(['hold', 'accept', 'reject']);
export type OnRemovedFigures = z.infer<typeof OnRemovedFiguresSchema>;

/** templates/ingest.yaml: settings of `baocao ingest`. */
export const IngestSettingsSchema = z
  .object({
    onRemovedFigures: OnRemovedFiguresSchema.default('hold'),
  })
  .strict();
export type IngestSettings = z.infer<typeof IngestSettingsSchema>;

/** One value that differs between two versions of one organisation's form. */
export interface VersionChange {
  kind: 'target' | 'task';
  /** Target or task id. */
  id: string;
  field: 'inPeriod' | 'cumulative' | 'progress' | 'result' | 'difficulties' | 'proposals';
  /** null: the cell was empty (or the row absent). */
  before: number | string | null;
  after: number | string | null;
  /** A1 address of the cell on the report sheet as issued, when known. */
  cell?: string;
}

/** One row of `baocao history`: a stored version, or a file that was refused. */
export interface VersionEntry {
  /** The stored version's id (what `baocao restore` takes); null for a refused file. */
  id: number | null;
  fileName: string;
  receivedAt: string;
  sha256: string;
  status: SubmissionStatus | 'rejected' | 'unreadable';
  /** The version that replaced this one. */
  supersededBy: number | null;
  /** Values that differ from the previous stored version (by receipt), none for the first or a refused file. */
  changes: VersionChange[];
  /** The version changes are counted from. */
  comparedWith: number | null;
  /** Warnings kept with the version, or the errors of a refused file. */
  findings: Finding[];
  /** The ingest log's outcome for this file. */
  outcome: IngestOutcome | null;
}

export interface VersionHistory {
  planId: string;
  org: string;
  period: string;
  /** Oldest received first. */
  versions: VersionEntry[];
  /** Confirmations and restores, oldest first. */
  events: VersionEvent[];
}
