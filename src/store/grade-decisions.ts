import type Database from 'better-sqlite3';
import { z } from 'zod';
import type { GradeDecision, NewGradeDecision } from '../model/assessment.ts';

const DecisionRowSchema = z.object({
  id: z.number().int(),
  plan_id: z.string(),
  year: z.number().int(),
  org: z.string(),
  band: z.string(),
  reason: z.string(),
  proposed_band: z.string().nullable(),
  rules_id: z.string(),
  decided_at: z.string(),
});

function fromRow(raw: unknown): GradeDecision {
  const r = DecisionRowSchema.parse(raw);
  return {
    id: r.id,
    planId: r.plan_id,
    year: r.year,
    org: r.org,
    band: r.band,
    reason: r.reason,
    proposedBand: r.proposed_band,
    rulesId: r.rules_id,
    decidedAt: r.decided_at,
  };
}

/** Inserts a decision in its own transaction; earlier decisions stay as history. */
export function recordGradeDecision(db: Database.Database, d: NewGradeDecision): GradeDecision {
  return db.transaction(() => {
    const id = Number(
      db
        .prepare(
          `INSERT INTO grade_decisions (plan_id, year, org, band, reason, proposed_band, rules_id, decided_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(d.planId, d.year, d.org, d.band, d.reason, d.proposedBand, d.rulesId, d.decidedAt).lastInsertRowid,
    );
    return fromRow(db.prepare('SELECT * FROM grade_decisions WHERE id = ?').get(id));
  }).immediate();
}

export function gradeDecisions(db: Database.Database, planId: string, year: number): GradeDecision[] {
  return db.prepare('SELECT * FROM grade_decisions WHERE plan_id = ? AND year = ? ORDER BY id').all(planId, year).map(fromRow);
}
