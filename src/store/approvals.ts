import type Database from 'better-sqlite3';
import { z } from 'zod';
import { ApprovalActionSchema, type ApprovalEvent, type NewApprovalEvent } from '../model/approval.ts';
import { cachedStatement } from './statements.ts';

// The approvals log (migration 8): every approval and return is a row, never updated; the
// latest row per plan × period × unit decides the unit's state.

const ApprovalRowSchema = z.object({
  id: z.number().int(),
  plan_id: z.string(),
  period: z.string(),
  unit: z.string(),
  unit_name: z.string(),
  action: ApprovalActionSchema,
  actor: z.string(),
  at: z.string(),
  reason: z.string().nullable(),
  covers_json: z.string(),
  via: z.string().nullable(),
});

function fromRow(raw: unknown): ApprovalEvent {
  const r = ApprovalRowSchema.parse(raw);
  return {
    id: r.id,
    planId: r.plan_id,
    period: r.period,
    unit: r.unit,
    unitName: r.unit_name,
    action: r.action,
    actor: r.actor,
    at: r.at,
    reason: r.reason,
    covers: z.array(z.string()).parse(JSON.parse(r.covers_json)),
    via: r.via,
  };
}

/** Inserts the events (an approval, or a return and the returns it causes above) in one transaction. */
export function recordApprovals(db: Database.Database, events: readonly NewApprovalEvent[]): ApprovalEvent[] {
  return db.transaction(() => {
    const insert = db.prepare(
      `INSERT INTO approvals (plan_id, period, unit, unit_name, action, actor, at, reason, covers_json, via)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const select = db.prepare('SELECT * FROM approvals WHERE id = ?');
    return events.map((e) => {
      const id = Number(insert.run(e.planId, e.period, e.unit, e.unitName, e.action, e.actor, e.at, e.reason, JSON.stringify(e.covers), e.via).lastInsertRowid);
      return fromRow(select.get(id));
    });
  }).immediate();
}

/** Every approval and return of a plan's period, oldest first. */
export function approvalLog(db: Database.Database, planId: string, period: string): ApprovalEvent[] {
  return db.prepare('SELECT * FROM approvals WHERE plan_id = ? AND period = ? ORDER BY id').all(planId, period).map(fromRow);
}

/** The latest row of each unit of a plan's period: its state. */
export function approvalStates(db: Database.Database, planId: string, period: string): ApprovalEvent[] {
  return db
    .prepare(
      `SELECT a.* FROM approvals a
       WHERE a.plan_id = ? AND a.period = ?
         AND a.id = (SELECT MAX(b.id) FROM approvals b WHERE b.plan_id = a.plan_id AND b.period = a.period AND b.unit = a.unit)
       ORDER BY a.id`,
    )
    .all(planId, period)
    .map(fromRow);
}

/**
 * The approval in force that locks a unit's forms for the period (the unit's own, or a unit's
 * above it: the one covering the fewest units, i.e. the nearest), or null when none does.
 * `unit` '' is a form made without a unit (the office's own unit).
 */
export function lockOf(db: Database.Database, planId: string, period: string, unit: string): ApprovalEvent | null {
  // Asked for every file ingest stores: compiled once.
  const row = cachedStatement(
    db,
    `SELECT a.* FROM approvals a
       WHERE a.plan_id = ? AND a.period = ? AND a.action = 'approved'
         AND a.id = (SELECT MAX(b.id) FROM approvals b WHERE b.plan_id = a.plan_id AND b.period = a.period AND b.unit = a.unit)
         AND EXISTS (SELECT 1 FROM json_each(a.covers_json) WHERE value = ?)
       ORDER BY json_array_length(a.covers_json), a.id DESC LIMIT 1`,
  ).get(planId, period, unit);
  return row ? fromRow(row) : null;
}
