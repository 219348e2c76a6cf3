import { basename } from 'node:path';
import type { Finding } from '../model/finding.ts';
import type { ReadResult, SubmissionData } from '../model/ingest.ts';
import type { Plan } from '../model/plan.ts';
import type { Store } from '../model/store.ts';
import type { ReportedTarget, ReportedTask, Submission } from '../model/submission.ts';
import type { VersionChange, VersionEntry, VersionHistory } from '../model/versions.ts';
import { loadColumns } from '../form/index.ts';
import { makeFinding } from '../vi/messages/index.ts';
import { formatViNumber } from '../vi/number.ts';
import { VERSIONS_TEXT } from '../vi/versions-text.ts';

const TARGET_FIELDS = ['inPeriod', 'cumulative'] as const;
const TASK_FIELDS = ['progress', 'result', 'difficulties', 'proposals'] as const;

type Values = Pick<Submission, 'targets' | 'tasks'>;

/** Values that differ between two versions of one organisation's form, in the newer one's order. */
export function diffVersions(older: Values, newer: Values): VersionChange[] {
  const changes: VersionChange[] = [];
  const oldTargets = new Map(older.targets.map((t) => [t.targetId, t]));
  const newTargets = new Map(newer.targets.map((t) => [t.targetId, t]));
  const targetIds = [...new Set([...newTargets.keys(), ...oldTargets.keys()])];
  for (const id of targetIds) {
    for (const field of TARGET_FIELDS) {
      const before = oldTargets.get(id)?.[field] ?? null;
      const after = newTargets.get(id)?.[field] ?? null;
      if (before !== after) changes.push({ kind: 'target', id, field, before, after });
    }
  }
  const oldTasks = new Map(older.tasks.map((t) => [t.taskId, t]));
  const newTasks = new Map(newer.tasks.map((t) => [t.taskId, t]));
  for (const id of [...new Set([...newTasks.keys(), ...oldTasks.keys()])]) {
    for (const field of TASK_FIELDS) {
      const before = taskValue(oldTasks.get(id), field);
      const after = taskValue(newTasks.get(id), field);
      if (before !== after) changes.push({ kind: 'task', id, field, before, after });
    }
  }
  return changes;
}

function taskValue(task: ReportedTask | undefined, field: (typeof TASK_FIELDS)[number]): string | null {
  const v = task?.[field] ?? null;
  return v === '' ? null : v;
}

/** What a new version would lose if it replaced the current one, and what to do about it. */
export interface ReplacementCheck {
  /** A figure-removed warning for each emptied cell (the title-changed warnings are the reader's). */
  findings: Finding[];
  /** Why the version should not silently replace the current one (Vietnamese), or null when nothing is lost. */
  reasons: string | null;
}

/**
 * A new version against the current one: the figures it leaves empty that the current version
 * has, and the locked title cells it changed. Nothing when there is no current version, or when
 * the new one was received before it (it goes into history without replacing anything).
 */
/** A figure column's header as the form prints it (templates/columns.yaml). */
function columnHeader(key: (typeof TARGET_FIELDS)[number]): string {
  return loadColumns().columns.find((c) => c.key === key)?.header ?? key;
}

export function checkReplacement(current: Submission | null, data: SubmissionData, read: ReadResult, file: string, receivedAt: string): ReplacementCheck {
  if (!current || Date.parse(receivedAt) < Date.parse(current.receivedAt)) return { findings: [], reasons: null };
  const findings: Finding[] = [];
  const newTargets = new Map<string, ReportedTarget>(data.targets.map((t) => [t.targetId, t]));
  for (const old of current.targets) {
    for (const field of TARGET_FIELDS) {
      const before = old[field];
      if (before === null || (newTargets.get(old.targetId)?.[field] ?? null) !== null) continue;
      const where = read.cells?.[`${old.targetId}/${field}`];
      findings.push(
        makeFinding('ingest/figure-removed', { file, org: data.org, period: data.period, ...where, targetId: old.targetId }, {
          previousFile: basename(current.fileName),
          previous: formatViNumber(before, 6),
          column: columnHeader(field),
        }),
      );
    }
  }
  const removed = findings.map((f) => f.cell ?? f.targetId ?? '').filter(Boolean);
  const locked = read.findings.filter((f) => f.code === 'ingest/title-changed').map((f) => f.cell ?? '');
  const reasons = removed.length + locked.length > 0 ? VERSIONS_TEXT.reasons(removed, locked) : null;
  return { findings, reasons };
}

/**
 * The versions of one organisation's report for one period: each stored version (current,
 * superseded, held) and each refused file, oldest received first, with what changed from the
 * version stored before it, and the confirmations and restores of the version log.
 */
export function versionHistory(store: Store, plan: Plan, org: string, period: string, unit = ''): VersionHistory {
  const versions = store.versionHistory(plan.id, org, period, unit);
  // The unit's files only ('' or absent in the log: the office's own; null: a file never read).
  const log = store.ingestLog({ planId: plan.id, period }).filter((e) => e.org === org && (e.unit ?? '') === unit);
  const outcomeOf = new Map(log.filter((e) => e.submissionId !== null && e.outcome !== 'duplicate').map((e) => [e.submissionId, e.outcome]));
  const byReceipt = [...versions].sort((a, b) => Date.parse(a.receivedAt) - Date.parse(b.receivedAt) || a.id - b.id);
  const entries: VersionEntry[] = byReceipt.map((s, i) => {
    const before = byReceipt[i - 1];
    // Cells as they were in this version's form (a form issued with last quarter's column has its figures one column further).
    const cells = before ? store.submissionCells(s.id) : null;
    const changes = before ? diffVersions(before, s).map((c) => withCell(c, cells)) : [];
    return {
      id: s.id,
      fileName: s.fileName,
      receivedAt: s.receivedAt,
      sha256: s.sha256,
      status: s.status ?? (s.supersededBy === null ? 'current' : 'superseded'),
      supersededBy: s.supersededBy,
      changes,
      comparedWith: before?.id ?? null,
      findings: s.findings,
      outcome: outcomeOf.get(s.id) ?? null,
    };
  });
  for (const e of log.filter((x) => x.outcome === 'rejected' || x.outcome === 'unreadable')) {
    entries.push({
      id: null,
      fileName: e.file,
      receivedAt: e.receivedAt,
      sha256: e.sha256,
      status: e.outcome === 'rejected' ? 'rejected' : 'unreadable',
      supersededBy: null,
      changes: [],
      comparedWith: null,
      findings: e.findings.filter((f) => f.severity === 'error'),
      outcome: e.outcome,
    });
  }
  entries.sort((a, b) => Date.parse(a.receivedAt) - Date.parse(b.receivedAt) || (a.id ?? Infinity) - (b.id ?? Infinity));
  return { planId: plan.id, org, period, versions: entries, events: store.versionLog(plan.id, org, period, unit) };
}

function withCell(c: VersionChange, cells: Record<string, string> | null): VersionChange {
  const cell = c.kind === 'target' ? cells?.[`${c.id}/${c.field}`] : undefined;
  return cell ? { ...c, cell } : c;
}
