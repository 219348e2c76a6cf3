import { constants, gunzipSync, gzipSync } from 'node:zlib';
import Database from 'better-sqlite3';
import type { z } from 'zod';
import type { Finding } from '../model/finding.ts';
import { type Plan, PlanSchema } from '../model/plan.ts';
import { type NewSubmission, type RecordResult, type RestoreResult, STORE_BATCH_LOST, type Store } from '../model/store.ts';
import type { IngestLogEntry, Submission, VersionEvent } from '../model/submission.ts';
import { groupBy } from '../util/group-by.ts';
import { migrate } from './schema.ts';
import { cachedStatement } from './statements.ts';
import { gradeDecisions, recordGradeDecision } from './grade-decisions.ts';
import { approvalLog, approvalStates, lockOf, recordApprovals } from './approvals.ts';
import type { ApprovalEvent, NewApprovalEvent } from '../model/approval.ts';
import { consolidatedById, consolidatedData, consolidatedHistory, currentConsolidated, recordConsolidated, workbookCovering } from './consolidated.ts';
import type { ConsolidatedRecordResult, NewConsolidated, StoredConsolidated } from '../model/upward.ts';
import type { DataRow, TextRow } from '../model/consolidate.ts';
import type { GradeDecision, NewGradeDecision } from '../model/assessment.ts';
import {
  LogFindingRowSchema,
  LogRowSchema,
  SubmissionFindingRowSchema,
  SubmissionRowSchema,
  TargetRowSchema,
  TaskRowSchema,
  VersionLogRowSchema,
  CellsSchema,
  parseFinding,
  parseInfo,
} from './rows.ts';

type FailureEntry = Parameters<Store['recordFailure']>[0];

/**
 * A plan's JSON — the very text JSON.stringify(plan) makes — written in pieces: the plan's own
 * fields one by one, its arrays (tasks, targets, …) element by element, so that a province-size
 * plan never becomes one 90 MB string. Each piece is JSON.stringify's own (native) work: this
 * replaced the canonical writer of the plan's hash (src/plan/hash.ts, keys sorted in JavaScript),
 * which took a 1,000-organisation plan ≈ 210 ms against ≈ 70 ms, on the main thread, as the
 * ingest workers start (the stored text need not be canonical: it is only parsed back).
 */
function writePlanJson(plan: Plan, emit: (chunk: string) => void): void {
  emit('{');
  let first = true;
  for (const [key, value] of Object.entries(plan)) {
    const name = `${first ? '' : ','}${JSON.stringify(key)}:`;
    if (Array.isArray(value)) {
      emit(`${name}[`);
      // As JSON.stringify: undefined (or a function) in an array is null.
      value.forEach((item, i) => emit(`${i > 0 ? ',' : ''}${(JSON.stringify(item) as string | undefined) ?? 'null'}`));
      emit(']');
    } else {
      const text = JSON.stringify(value) as string | undefined;
      if (text === undefined) continue; // as JSON.stringify: an undefined member is left out
      emit(`${name}${text}`);
    }
    first = false;
  }
  emit('}');
}

/**
 * A plan's JSON (writePlanJson), gzip-compressed one ~1 MB piece at a time: concatenated gzip
 * members, which gunzip reads back as one text.
 */
function gzipPlanJson(plan: Plan): Buffer {
  const members: Buffer[] = [];
  let pending: string[] = [];
  let size = 0;
  const flush = (): void => {
    if (size === 0) return;
    // Fastest level: a province's plan is written once per version while the ingest workers are
    // starting, and level 1 takes a quarter of the default's time for a few more bytes.
    members.push(gzipSync(pending.join(''), { level: constants.Z_BEST_SPEED }));
    pending = [];
    size = 0;
  };
  writePlanJson(plan, (chunk) => {
    pending.push(chunk);
    size += chunk.length;
    if (size >= 1024 * 1024) flush();
  });
  flush();
  return Buffer.concat(members);
}

/** Opens (creating and migrating when needed) the SQLite store; ':memory:' for tests. */
export function openStore(file: string): Store {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  migrate(db);
  return new SqliteStore(db);
}

class SqliteStore implements Store {
  readonly #db: Database.Database;
  readonly #insertLog: Database.Statement;
  readonly #insertFinding: Database.Statement;

  constructor(db: Database.Database) {
    this.#db = db;
    this.#insertLog = db.prepare(
      `INSERT INTO ingest_log (file, sha256, received_at, outcome, plan_id, org, unit, period, submission_id)
       VALUES (@file, @sha256, @receivedAt, @outcome, @planId, @org, @unit, @period, @submissionId)`,
    );
    this.#insertFinding = db.prepare(
      'INSERT INTO findings (log_id, submission_id, code, severity, json) VALUES (?, ?, ?, ?, ?)',
    );
  }

  batch<T>(fn: () => T): T {
    const db = this.#db;
    const nested = db.inTransaction;
    try {
      // better-sqlite3 makes a nested transaction a savepoint.
      return db.transaction(fn).immediate();
    } catch (error) {
      if (nested && !db.inTransaction) throw Object.assign(new Error('the enclosing transaction was rolled back', { cause: error }), { code: STORE_BATCH_LOST });
      throw error;
    }
  }

  savePlan(plan: Plan, planHash: string): void {
    const db = this.#db;
    if (db.prepare('SELECT 1 FROM plans WHERE id = ? AND hash = ?').get(plan.id, planHash)) return;
    db.prepare("INSERT OR IGNORE INTO plans (id, hash, json, json_gz, saved_at) VALUES (?, ?, '', ?, ?)").run(
      plan.id,
      planHash,
      gzipPlanJson(plan),
      new Date().toISOString(),
    );
  }

  savedPlan(planId: string, planHash: string): Plan | null {
    const row = this.#stmt('SELECT json, json_gz FROM plans WHERE id = ? AND hash = ?').get(planId, planHash) as
      | { json: string; json_gz: Buffer | null }
      | undefined;
    if (!row) return null;
    const json = row.json_gz ? gunzipSync(row.json_gz).toString('utf8') : row.json;
    return PlanSchema.parse(JSON.parse(json));
  }

  lastSavedPlan(): { plan: Plan; hash: string } | null {
    const row = this.#stmt('SELECT id, hash FROM plans ORDER BY saved_at DESC, rowid DESC LIMIT 1').get() as { id: string; hash: string } | undefined;
    const plan = row ? this.savedPlan(row.id, row.hash) : null;
    return row && plan ? { plan, hash: row.hash } : null;
  }

  recordAccepted(sub: NewSubmission): RecordResult {
    const db = this.#db;
    const unit = sub.unit ?? '';
    return db.transaction((): RecordResult => {
      const same = this
        .#stmt('SELECT id FROM submissions WHERE plan_id = ? AND sha256 = ? ORDER BY id LIMIT 1')
        .get(sub.planId, sub.sha256) as { id: number } | undefined;
      if (same) {
        this.#log({ ...sub, unit, file: sub.fileName, outcome: 'duplicate', submissionId: same.id }, sub.findings, null);
        return { outcome: 'duplicate', submissionId: same.id, supersededId: null };
      }
      // The current version; a version received before it goes straight into history (the
      // current version is the one received last), and one marked hold waits for a person.
      const previous = this
        .#stmt(
          "SELECT id, received_at FROM submissions WHERE plan_id = ? AND unit = ? AND org = ? AND period = ? AND status = 'current' ORDER BY id DESC LIMIT 1",
        )
        .get(sub.planId, unit, sub.org, sub.period) as { id: number; received_at: string } | undefined;
      const older = previous !== undefined && Date.parse(sub.receivedAt) < Date.parse(previous.received_at);
      const held = previous !== undefined && !older && sub.hold === true;
      const status = older ? 'superseded' : held ? 'held' : 'current';
      const id = Number(
        this
          .#stmt(
            `INSERT INTO submissions (plan_id, plan_hash, org, unit, period, file_name, sha256, received_at, superseded_by, status, info_json, target_count, task_count, cells_json)
             VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
          )
          .run(sub.planId, sub.planHash, sub.org, unit, sub.period, sub.fileName, sub.sha256, sub.receivedAt, older ? previous.id : null, status,
            JSON.stringify(sub.info), sub.targets.length, sub.tasks.length, sub.cells ? JSON.stringify(sub.cells) : null).lastInsertRowid,
      );
      const insertTarget = this.#stmt(
        'INSERT INTO reported_targets (submission_id, target_id, in_period, cumulative, remark, numerator, denominator) VALUES (?, ?, ?, ?, ?, ?, ?)',
      );
      for (const t of sub.targets) insertTarget.run(id, t.targetId, t.inPeriod, t.cumulative, t.remark ?? null, t.numerator ?? null, t.denominator ?? null);
      const insertTask = this.#stmt(
        'INSERT INTO reported_tasks (submission_id, task_id, progress, result, difficulties, proposals) VALUES (?, ?, ?, ?, ?, ?)',
      );
      for (const t of sub.tasks) insertTask.run(id, t.taskId, t.progress, t.result, t.difficulties, t.proposals);
      const replaces = previous !== undefined && status === 'current';
      if (replaces) {
        this.#stmt("UPDATE submissions SET superseded_by = ?, status = 'superseded' WHERE id = ?").run(id, previous.id);
        // Versions still waiting for confirmation that were received before this one: moot now.
        this
          .#stmt("UPDATE submissions SET superseded_by = ?, status = 'superseded' WHERE plan_id = ? AND unit = ? AND org = ? AND period = ? AND status = 'held' AND received_at <= ?")
          .run(id, sub.planId, unit, sub.org, sub.period, sub.receivedAt);
      }
      const outcome = older ? 'archived' : held ? 'held' : previous ? 'superseded' : 'accepted';
      this.#log({ ...sub, unit, file: sub.fileName, outcome, submissionId: id }, sub.findings, id);
      return replaces || !previous
        ? { outcome, submissionId: id, supersededId: previous?.id ?? null }
        : { outcome, submissionId: id, supersededId: null, currentId: previous.id };
    }).immediate();
  }

  recordFailure(entry: FailureEntry): void {
    this.#db.transaction(() => this.#log({ ...entry, unit: entry.unit ?? null, submissionId: null }, entry.findings, null)).immediate();
  }

  /** The accepted submission this content hash was stored as, if any (for duplicate messages). */
  findBySha(planId: string, sha256: string): Submission | null {
    const row = this.#stmt('SELECT * FROM submissions WHERE plan_id = ? AND sha256 = ? ORDER BY id LIMIT 1').get(planId, sha256);
    return row ? (this.#hydrate([row])[0] ?? null) : null;
  }

  currentSubmissions(planId: string, period: string): Submission[] {
    // superseded_by IS NULL as well: the partial index submissions_current serves the query.
    return this.#hydrate(
      this.#stmt("SELECT * FROM submissions WHERE plan_id = ? AND period = ? AND superseded_by IS NULL AND status = 'current' ORDER BY unit, org, id").all(planId, period),
    );
  }

  supersededSubmissions(planId: string, period: string): Submission[] {
    return this.#hydrate(this.#stmt("SELECT * FROM submissions WHERE plan_id = ? AND period = ? AND status = 'superseded' ORDER BY unit, org, id").all(planId, period));
  }

  submissionHistory(planId: string, org: string, period: string, unit = ''): Submission[] {
    return this.#hydrate(
      this.#stmt("SELECT * FROM submissions WHERE plan_id = ? AND unit = ? AND org = ? AND period = ? AND status <> 'held' ORDER BY id").all(planId, unit, org, period),
    );
  }

  versionHistory(planId: string, org: string, period: string, unit = ''): Submission[] {
    return this.#hydrate(this.#stmt('SELECT * FROM submissions WHERE plan_id = ? AND unit = ? AND org = ? AND period = ? ORDER BY id').all(planId, unit, org, period));
  }

  currentVersion(planId: string, org: string, period: string, unit = ''): Submission | null {
    const row = this
      .#stmt("SELECT * FROM submissions WHERE plan_id = ? AND unit = ? AND org = ? AND period = ? AND status = 'current' ORDER BY id DESC LIMIT 1")
      .get(planId, unit, org, period);
    return row ? (this.#hydrate([row])[0] ?? null) : null;
  }

  submissionById(id: number): Submission | null {
    const row = this.#stmt('SELECT * FROM submissions WHERE id = ?').get(id);
    return row ? (this.#hydrate([row])[0] ?? null) : null;
  }

  restoreVersion(id: number, by: { actor: string; at: string }): RestoreResult | null {
    return this.#db.transaction((): RestoreResult | null => {
      const wanted = this.submissionById(id);
      if (!wanted) return null;
      if (wanted.status === 'current') return { restored: wanted, replacedId: null, changed: false, event: null };
      const current = this
        .#stmt("SELECT id FROM submissions WHERE plan_id = ? AND unit = ? AND org = ? AND period = ? AND status = 'current' AND id <> ? ORDER BY id DESC LIMIT 1")
        .get(wanted.planId, wanted.unit ?? '', wanted.org, wanted.period, id) as { id: number } | undefined;
      if (current) this.#stmt("UPDATE submissions SET status = 'superseded', superseded_by = ? WHERE id = ?").run(id, current.id);
      this.#stmt("UPDATE submissions SET status = 'current', superseded_by = NULL WHERE id = ?").run(id);
      const action = wanted.status === 'held' ? 'confirmed' : 'restored';
      const eventId = Number(
        this
          .#stmt('INSERT INTO version_log (at, actor, action, plan_id, org, unit, period, submission_id, replaced_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)')
          .run(by.at, by.actor, action, wanted.planId, wanted.org, wanted.unit ?? '', wanted.period, id, current?.id ?? null).lastInsertRowid,
      );
      const restored = this.submissionById(id) ?? wanted;
      const event = { id: eventId, at: by.at, actor: by.actor, action, planId: wanted.planId, org: wanted.org, unit: wanted.unit ?? '', period: wanted.period, submissionId: id, replacedId: current?.id ?? null } as const;
      return { restored, replacedId: current?.id ?? null, changed: true, event };
    }).immediate();
  }

  submissionCells(id: number): Record<string, string> | null {
    const row = this.#stmt('SELECT cells_json FROM submissions WHERE id = ?').get(id) as { cells_json: string | null } | undefined;
    return row?.cells_json ? CellsSchema.parse(JSON.parse(row.cells_json)) : null;
  }

  versionLog(planId: string, org: string, period: string, unit = ''): VersionEvent[] {
    return this.#stmt('SELECT * FROM version_log WHERE plan_id = ? AND unit = ? AND org = ? AND period = ? ORDER BY id').all(planId, unit, org, period).map((r) => {
      const row = VersionLogRowSchema.parse(r);
      return {
        id: row.id, at: row.at, actor: row.actor, action: row.action, planId: row.plan_id, org: row.org, unit: row.unit, period: row.period,
        submissionId: row.submission_id, replacedId: row.replaced_id,
      };
    });
  }

  ingestLog(filter: { planId?: string; period?: string } = {}): IngestLogEntry[] {
    const params = { planId: filter.planId ?? null, period: filter.period ?? null };
    const scope = 'FROM ingest_log WHERE (@planId IS NULL OR plan_id = @planId) AND (@period IS NULL OR period = @period)';
    const rows = this.#stmt(`SELECT * ${scope} ORDER BY id`).all(params);
    // The findings of every entry in one query (a province's batch is a thousand entries).
    const findings = groupBy(
      this.#stmt(`SELECT log_id, json FROM findings WHERE log_id IN (SELECT id ${scope}) ORDER BY log_id, id`).all(params).map((r) => LogFindingRowSchema.parse(r)),
      (f) => f.log_id,
    );
    return rows.map((r) => {
      const row = LogRowSchema.parse(r);
      return {
        id: row.id,
        file: row.file,
        sha256: row.sha256,
        receivedAt: row.received_at,
        outcome: row.outcome,
        planId: row.plan_id,
        org: row.org,
        unit: row.unit,
        period: row.period,
        submissionId: row.submission_id,
        findings: (findings.get(row.id) ?? []).map((f) => parseFinding(f.json)),
      };
    });
  }

  recordGradeDecision(decision: NewGradeDecision): GradeDecision {
    return recordGradeDecision(this.#db, decision);
  }

  gradeDecisions(planId: string, year: number): GradeDecision[] {
    return gradeDecisions(this.#db, planId, year);
  }

  recordApprovals(events: readonly NewApprovalEvent[]): ApprovalEvent[] {
    return recordApprovals(this.#db, events);
  }

  approvalLog(planId: string, period: string): ApprovalEvent[] {
    return approvalLog(this.#db, planId, period);
  }

  approvalStates(planId: string, period: string): ApprovalEvent[] {
    return approvalStates(this.#db, planId, period);
  }

  lockOf(planId: string, period: string, unit: string): ApprovalEvent | null {
    return lockOf(this.#db, planId, period, unit);
  }

  recordConsolidated(c: NewConsolidated): ConsolidatedRecordResult {
    return recordConsolidated(this.#db, c);
  }

  currentConsolidated(planId: string, period: string): StoredConsolidated[] {
    return currentConsolidated(this.#db, planId, period);
  }

  consolidatedHistory(planId: string, period: string, unit: string): StoredConsolidated[] {
    return consolidatedHistory(this.#db, planId, period, unit);
  }

  consolidatedById(id: number): StoredConsolidated | null {
    return consolidatedById(this.#db, id);
  }

  consolidatedData(id: number): { rows: DataRow[]; texts: TextRow[] } {
    return consolidatedData(this.#db, id);
  }

  workbookCovering(planId: string, period: string, unit: string, org: string): StoredConsolidated | null {
    return workbookCovering(this.#db, planId, period, unit, org);
  }

  close(): void {
    this.#db.close();
  }

  /** A prepared statement, compiled once per store (ingest runs the same few for every file). */
  #stmt(sql: string): Database.Statement {
    return cachedStatement(this.#db, sql);
  }

  #log(
    e: {
      file: string;
      sha256: string;
      receivedAt: string;
      outcome: string;
      planId: string | null;
      org: string | null;
      unit: string | null;
      period: string | null;
      submissionId: number | null;
    },
    findings: readonly Finding[],
    submissionId: number | null,
  ): void {
    const { file, sha256, receivedAt, outcome, planId, org, unit, period, submissionId: sid } = e;
    const logId = Number(this.#insertLog.run({ file, sha256, receivedAt, outcome, planId, org, unit, period, submissionId: sid }).lastInsertRowid);
    for (const f of findings) this.#insertFinding.run(logId, submissionId, f.code, f.severity, JSON.stringify(f));
  }

  /**
   * Submissions with their reported targets, tasks and findings: one query per table for the
   * whole list (a province's quarter is a thousand submissions; a query each would be 3,000).
   */
  #hydrate(rawRows: readonly unknown[]): Submission[] {
    const rows = rawRows.map((r) => SubmissionRowSchema.parse(r));
    if (rows.length === 0) return [];
    const ids = JSON.stringify(rows.map((r) => r.id));
    const childrenOf = <T extends { submission_id: number }>(sql: string, schema: z.ZodType<T>) =>
      groupBy(this.#stmt(sql).all(ids).map((r) => schema.parse(r)), (r) => r.submission_id);
    const inIds = 'submission_id IN (SELECT value FROM json_each(?))';
    const targets = childrenOf(`SELECT submission_id, target_id, in_period, cumulative, remark, numerator, denominator FROM reported_targets WHERE ${inIds} ORDER BY submission_id, rowid`, TargetRowSchema);
    const tasks = childrenOf(`SELECT submission_id, task_id, progress, result, difficulties, proposals FROM reported_tasks WHERE ${inIds} ORDER BY submission_id, rowid`, TaskRowSchema);
    const findings = childrenOf(`SELECT submission_id, json FROM findings WHERE ${inIds} ORDER BY submission_id, id`, SubmissionFindingRowSchema);
    return rows.map((row) => ({
      id: row.id,
      planId: row.plan_id,
      planHash: row.plan_hash,
      org: row.org,
      unit: row.unit,
      period: row.period,
      fileName: row.file_name,
      sha256: row.sha256,
      receivedAt: row.received_at,
      supersededBy: row.superseded_by,
      status: row.status,
      targets: (targets.get(row.id) ?? []).map((t) => ({
        targetId: t.target_id,
        inPeriod: t.in_period,
        cumulative: t.cumulative,
        ...(t.remark !== null ? { remark: t.remark } : {}),
        ...(t.numerator !== null ? { numerator: t.numerator } : {}),
        ...(t.denominator !== null ? { denominator: t.denominator } : {}),
      })),
      tasks: (tasks.get(row.id) ?? []).map((t) => ({ taskId: t.task_id, progress: t.progress, result: t.result, difficulties: t.difficulties, proposals: t.proposals })),
      info: parseInfo(row.info_json),
      findings: (findings.get(row.id) ?? []).map((f) => parseFinding(f.json)),
    }));
  }

}
