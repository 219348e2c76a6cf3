import type { DataRow, TextRow } from '../model/consolidate.ts';
import type { Submission } from '../model/submission.ts';

/** A unit's own submissions (one per organisation) for the period. */
export interface UnitSubmissions {
  unit: string;
  submissions: readonly Submission[];
}

/** The long data of a set of units' submissions: one row per reported number, one per text answer. */
export function longData(contributions: readonly UnitSubmissions[]): { rows: DataRow[]; texts: TextRow[] } {
  const rows: DataRow[] = [];
  const texts: TextRow[] = [];
  for (const { unit, submissions } of contributions) {
    for (const s of submissions) {
      for (const t of s.targets) {
        if (t.inPeriod !== null) rows.push({ unit, org: s.org, targetId: t.targetId, measure: 'inPeriod', value: t.inPeriod });
        if (t.cumulative !== null) rows.push({ unit, org: s.org, targetId: t.targetId, measure: 'cumulative', value: t.cumulative });
        // The parts of a percent or rate, when the form gave them: the level above recomputes from them.
        if (typeof t.numerator === 'number') rows.push({ unit, org: s.org, targetId: t.targetId, measure: 'numerator', value: t.numerator });
        if (typeof t.denominator === 'number') rows.push({ unit, org: s.org, targetId: t.targetId, measure: 'denominator', value: t.denominator });
      }
      for (const task of s.tasks) {
        if (task.progress) texts.push({ unit, org: s.org, taskId: task.taskId, field: 'progress', text: task.progress });
        for (const field of ['result', 'difficulties', 'proposals'] as const) {
          if (task[field].trim() !== '') texts.push({ unit, org: s.org, taskId: task.taskId, field, text: task[field] });
        }
      }
    }
  }
  return { rows, texts };
}

// The pure aggregation lives in src/evaluate (status aggregates an organisation's units with it,
// and consolidate imports evaluate, never the reverse); re-exported here for callers of consolidate.
export { consolidateTargets } from '../evaluate/aggregate-units.ts';
