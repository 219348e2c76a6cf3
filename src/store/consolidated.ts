import type Database from 'better-sqlite3';
import { z } from 'zod';
import { ConsolidatedIdentitySchema, type DataRow, MeasureSchema, type TextRow, TextFieldSchema } from '../model/consolidate.ts';
import type { ConsolidatedRecordResult, NewConsolidated, Overlap, StoredConsolidated } from '../model/upward.ts';
import { cachedStatement } from './statements.ts';

/*
 * Consolidated workbooks received from the units below (migration 8 says why they have their own
 * table). Versions per plan × sending unit × period follow the rules of forms: the same bytes are
 * a duplicate; the one received last is current; one received before the current goes straight
 * into history ("archived"). A workbook that would count a unit × organisation already counted
 * through a form or another unit's workbook of the same period is not stored ("overlap").
 */

const RowSchema = z.object({
  id: z.number().int(),
  plan_id: z.string(),
  plan_hash: z.string(),
  unit: z.string(),
  period: z.string(),
  file_name: z.string(),
  sha256: z.string(),
  data_sha256: z.string(),
  received_at: z.string(),
  status: z.enum(['current', 'superseded']),
  superseded_by: z.number().int().nullable(),
  identity_json: z.string(),
});

const DataRowSchema = z.object({ unit: z.string(), org: z.string(), targetId: z.string(), measure: MeasureSchema, value: z.number() });
const TextRowSchema = z.object({ unit: z.string(), org: z.string(), taskId: z.string(), field: TextFieldSchema, text: z.string() });

const COLUMNS = 'id, plan_id, plan_hash, unit, period, file_name, sha256, data_sha256, received_at, status, superseded_by, identity_json';

function fromRow(raw: unknown): StoredConsolidated {
  const r = RowSchema.parse(raw);
  return {
    id: r.id,
    planId: r.plan_id,
    planHash: r.plan_hash,
    unit: r.unit,
    period: r.period,
    fileName: r.file_name,
    sha256: r.sha256,
    dataSha256: r.data_sha256,
    receivedAt: r.received_at,
    status: r.status,
    supersededBy: r.superseded_by,
    identity: ConsolidatedIdentitySchema.parse(JSON.parse(r.identity_json)),
  };
}

function log(db: Database.Database, c: NewConsolidated, outcome: string): void {
  const logId = Number(
    db
      .prepare(
        `INSERT INTO ingest_log (file, sha256, received_at, outcome, plan_id, org, unit, period, submission_id)
         VALUES (?, ?, ?, ?, ?, NULL, ?, ?, NULL)`,
      )
      .run(c.fileName, c.sha256, c.receivedAt, outcome, c.planId, c.identity.unit.code, c.identity.period).lastInsertRowid,
  );
  const insert = db.prepare('INSERT INTO findings (log_id, submission_id, code, severity, json) VALUES (?, NULL, ?, ?, ?)');
  for (const f of c.findings) insert.run(logId, f.code, f.severity, JSON.stringify(f));
}

/** The reports (unit × organisation) a workbook brings: its identity's included list. */
const membersOf = (c: Pick<NewConsolidated, 'identity'>) => [...new Map(c.identity.included.map((i) => [`${i.unit}\u0000${i.org}`, { unit: i.unit, org: i.org }])).values()];

/** Reports of `members` already counted at this level for the period, by a form or by another unit's workbook. */
export function overlapsOf(db: Database.Database, planId: string, period: string, sendingUnit: string, members: ReadonlyArray<{ unit: string; org: string }>): Overlap[] {
  if (members.length === 0) return [];
  const keys = JSON.stringify(members.map((m) => [m.unit, m.org]));
  const forms = db
    .prepare(
      `SELECT s.unit, s.org, s.file_name FROM submissions s
       JOIN json_each(?) k ON s.unit = json_extract(k.value, '$[0]') AND s.org = json_extract(k.value, '$[1]')
       WHERE s.plan_id = ? AND s.period = ? AND s.status = 'current' AND s.unit <> ''
       ORDER BY s.unit, s.org`,
    )
    .all(keys, planId, period) as Array<{ unit: string; org: string; file_name: string }>;
  const workbooks = db
    .prepare(
      `SELECT m.unit, m.org, c.file_name, c.unit AS via FROM consolidated_members m
       JOIN consolidated c ON c.id = m.consolidated_id
       JOIN json_each(?) k ON m.unit = json_extract(k.value, '$[0]') AND m.org = json_extract(k.value, '$[1]')
       WHERE c.plan_id = ? AND c.period = ? AND c.status = 'current' AND c.unit <> ?
       ORDER BY m.unit, m.org`,
    )
    .all(keys, planId, period, sendingUnit) as Array<{ unit: string; org: string; file_name: string; via: string }>;
  return [
    ...forms.map((f) => ({ unit: f.unit, org: f.org, kind: 'form' as const, fileName: f.file_name })),
    ...workbooks.map((w) => ({ unit: w.unit, org: w.org, kind: 'consolidated' as const, fileName: w.file_name, via: w.via })),
  ];
}

/** Stores a checked workbook (see the top of this file), logging it, in one transaction. */
export function recordConsolidated(db: Database.Database, c: NewConsolidated): ConsolidatedRecordResult {
  const unit = c.identity.unit.code;
  const period = c.identity.period;
  return db.transaction((): ConsolidatedRecordResult => {
    const current = db
      .prepare(`SELECT ${COLUMNS} FROM consolidated WHERE plan_id = ? AND unit = ? AND period = ? AND status = 'current' ORDER BY id DESC LIMIT 1`)
      .get(c.planId, unit, period);
    const previous = current ? fromRow(current) : null;
    // The same bytes, or the same data as a version of this unit (re-saved, re-sent): nothing new.
    const same = (db.prepare('SELECT id FROM consolidated WHERE plan_id = ? AND sha256 = ? ORDER BY id LIMIT 1').get(c.planId, c.sha256) as { id: number } | undefined)?.id
      ?? (db.prepare('SELECT id FROM consolidated WHERE plan_id = ? AND unit = ? AND period = ? AND data_sha256 = ? ORDER BY id DESC LIMIT 1').get(c.planId, unit, period, c.identity.dataSha256) as { id: number } | undefined)?.id;
    if (same !== undefined) {
      log(db, c, 'duplicate');
      return { outcome: 'duplicate', id: same, supersededId: null };
    }
    const older = previous !== null && Date.parse(c.receivedAt) < Date.parse(previous.receivedAt);
    const members = membersOf(c);
    if (!older) {
      const overlaps = overlapsOf(db, c.planId, period, unit, members);
      if (overlaps.length > 0) return { outcome: 'overlap', overlaps };
    }
    const id = Number(
      db
        .prepare(
          `INSERT INTO consolidated (plan_id, plan_hash, unit, period, file_name, sha256, data_sha256, received_at, status, superseded_by, identity_json, rows_json, texts_json)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(c.planId, c.planHash, unit, period, c.fileName, c.sha256, c.identity.dataSha256, c.receivedAt, older ? 'superseded' : 'current', older ? previous.id : null,
          JSON.stringify(c.identity), JSON.stringify(c.rows), JSON.stringify(c.texts)).lastInsertRowid,
    );
    const insertMember = db.prepare('INSERT INTO consolidated_members (consolidated_id, unit, org) VALUES (?, ?, ?)');
    for (const m of members) insertMember.run(id, m.unit, m.org);
    if (previous && !older) db.prepare("UPDATE consolidated SET status = 'superseded', superseded_by = ? WHERE id = ?").run(id, previous.id);
    const outcome = older ? 'archived' : previous ? 'superseded' : 'accepted';
    log(db, c, outcome);
    return older ? { outcome, id, supersededId: null, currentId: previous.id } : { outcome, id, supersededId: previous?.id ?? null };
  }).immediate();
}

/** Current workbooks from below for a plan and period, by sending unit. */
export function currentConsolidated(db: Database.Database, planId: string, period: string): StoredConsolidated[] {
  return db.prepare(`SELECT ${COLUMNS} FROM consolidated WHERE plan_id = ? AND period = ? AND status = 'current' ORDER BY unit, id`).all(planId, period).map(fromRow);
}

/** Every version of one unit's workbook for a period, oldest first. */
export function consolidatedHistory(db: Database.Database, planId: string, period: string, unit: string): StoredConsolidated[] {
  return db.prepare(`SELECT ${COLUMNS} FROM consolidated WHERE plan_id = ? AND period = ? AND unit = ? ORDER BY id`).all(planId, period, unit).map(fromRow);
}

export function consolidatedById(db: Database.Database, id: number): StoredConsolidated | null {
  const row = db.prepare(`SELECT ${COLUMNS} FROM consolidated WHERE id = ?`).get(id);
  return row ? fromRow(row) : null;
}

/** The long data a stored workbook brought. */
export function consolidatedData(db: Database.Database, id: number): { rows: DataRow[]; texts: TextRow[] } {
  const row = db.prepare('SELECT rows_json, texts_json FROM consolidated WHERE id = ?').get(id) as { rows_json: string; texts_json: string } | undefined;
  if (!row) return { rows: [], texts: [] };
  return { rows: z.array(DataRowSchema).parse(JSON.parse(row.rows_json)), texts: z.array(TextRowSchema).parse(JSON.parse(row.texts_json)) };
}

/** The current workbook from below that already brings this unit × organisation's report for the period, if any. */
export function workbookCovering(db: Database.Database, planId: string, period: string, unit: string, org: string): StoredConsolidated | null {
  // Asked for every form of a unit ingest stores: compiled once.
  const row = cachedStatement(
    db,
    `SELECT ${COLUMNS.split(', ').map((c) => `c.${c}`).join(', ')} FROM consolidated c JOIN consolidated_members m ON m.consolidated_id = c.id
       WHERE m.unit = ? AND m.org = ? AND c.plan_id = ? AND c.period = ? AND c.status = 'current' ORDER BY c.id DESC LIMIT 1`,
  ).get(unit, org, planId, period);
  return row ? fromRow(row) : null;
}
