import type { ConsolidatedIdentity, ConsolidatedTarget, DataRow, TextRow } from './consolidate.ts';
import type { Finding } from './finding.ts';
import type { IngestLogEntry, Submission } from './submission.ts';
import type { CompletenessCounts, SubtreeCompleteness } from './units.ts';

/**
 * A unit's consolidated workbook received from below (`baocao ingest up.xlsx`), as the store
 * keeps it: one version per plan × sending unit × period, like a form per unit × organisation.
 */
export interface StoredConsolidated {
  id: number;
  planId: string;
  planHash: string;
  /** The sending unit (identity.unit.code). */
  unit: string;
  period: string;
  fileName: string;
  /** SHA-256 of the file's bytes. */
  sha256: string;
  /** The identity's hash of the data (two files with the same data hash hold the same figures). */
  dataSha256: string;
  receivedAt: string;
  status: 'current' | 'superseded';
  supersededBy: number | null;
  identity: ConsolidatedIdentity;
}

/** A checked consolidated workbook, ready to be stored in one transaction. */
export interface NewConsolidated {
  planId: string;
  planHash: string;
  fileName: string;
  sha256: string;
  receivedAt: string;
  identity: ConsolidatedIdentity;
  rows: readonly DataRow[];
  texts: readonly TextRow[];
  /** Findings logged with it (warnings, the superseded note…). */
  findings: Finding[];
}

/** A report (unit × organisation) that would be counted twice: already counted through another file. */
export interface Overlap {
  unit: string;
  org: string;
  /** The file it is already counted through: a form, or another unit's consolidated workbook. */
  kind: 'form' | 'consolidated';
  fileName: string;
  /** For a consolidated workbook: the unit that sent it. */
  via?: string;
}

/** What became of a consolidated workbook in the store. */
export type ConsolidatedRecordResult =
  | { outcome: 'accepted' | 'superseded' | 'archived' | 'duplicate'; id: number; supersededId: number | null; currentId?: number | null }
  | { outcome: 'overlap'; overlaps: Overlap[] };

/** One submission counted in a unit's subtree: a form of this level, or one carried in a workbook from below. */
export interface IncludedReport {
  unit: string;
  org: string;
  submissionId: number;
  sha256: string;
  fileName: string;
}

/** A workbook from below that a subtree view used. */
export interface SubtreeWorkbook {
  id: number;
  unit: string;
  fileName: string;
  sha256: string;
  receivedAt: string;
}

/**
 * The data of a unit's subtree for a period (src/consolidate/subtree.ts): every form of the
 * units below (and the unit's own) and the long data of every current workbook from below.
 */
export interface SubtreeView {
  unit: string;
  period: string;
  rows: DataRow[];
  texts: TextRow[];
  included: IncludedReport[];
  /** Expected reports (unit × organisation) of the subtree that nothing brought. */
  missing: Array<{ unit: string; org: string }>;
  completeness: SubtreeCompleteness;
  /** Per target: summed, or recomputed from Σ numerators / Σ denominators. */
  targets: ConsolidatedTarget[];
  workbooks: SubtreeWorkbook[];
  /** Each report counted, with when it arrived here: a form's receipt, or its workbook's. */
  received: Array<{ unit: string; org: string; receivedAt: string; fileName: string; via: 'form' | 'consolidated' }>;
  /** Forms or rows for units outside the subtree in the period's tree: not counted. */
  outside: Array<{ unit: string; org: string; fileName: string }>;
  /** The subtree's completeness in total (the same as completeness.total). */
  total: CompletenessCounts;
}

/** A unit's figures over its subtree for `report --unit` and `status --unit` (src/unit-report), shaped for evaluatePeriod. */
export interface SubtreeFigures {
  /**
   * One submission per organisation and quarter (the quarters up to the period, and the
   * reporting period), each the subtree's figures added up as consolidateTargets does: what
   * evaluatePeriod takes in place of the store's forms. Ids are negative: not stored.
   */
  submissions: Submission[];
  /** Each target's figure over the subtree for the reporting period, with how it was made. */
  targets: ConsolidatedTarget[];
  /** Expected, received, on time, late, missing per unit, per level and in total. */
  completeness: SubtreeCompleteness;
  /** The organisations expected at some unit of the subtree, in the plan's order. */
  organizations: string[];
  /**
   * Forms of the reporting period counted nowhere: their unit is not in the period's tree, or
   * the tree does not expect their organisation at their unit (in the subtree). Said, not dropped silently.
   */
  outside: Finding[];
  /** The ingest log of the subtree's units (rejected files, replaced versions), for evaluatePeriod. */
  log: IngestLogEntry[];
}
