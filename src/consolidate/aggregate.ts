import type { ConsolidatedTarget, DataRow, TextRow } from '../model/consolidate.ts';
import type { Plan } from '../model/plan.ts';
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

/**
 * Each target's figure over every unit in the data. Counts and money are summed. A percent or
 * rate is recomputed from its parts (Σ numerators / Σ denominators, × 100 for a percent) when
 * every unit gave them; one unit's level is taken as is; several units' levels without their
 * parts are left empty (method "no-parts") — never averaged.
 */
export function consolidateTargets(plan: Plan, rows: readonly DataRow[]): ConsolidatedTarget[] {
  const orgOfTask = new Map(plan.tasks.map((t) => [t.id, t.org]));
  const byTarget = new Map<string, Map<string, Partial<Record<DataRow['measure'], number>>>>();
  for (const r of rows) {
    const units = byTarget.get(r.targetId) ?? new Map<string, Partial<Record<DataRow['measure'], number>>>();
    const key = `${r.unit}\u0000${r.org}`;
    units.set(key, { ...units.get(key), [r.measure]: r.value });
    byTarget.set(r.targetId, units);
  }
  return plan.targets.map((target) => {
    const org = orgOfTask.get(target.task) ?? '';
    const parts = [...(byTarget.get(target.id)?.values() ?? [])];
    const reported = parts.filter((p) => p.inPeriod !== undefined || p.cumulative !== undefined || p.numerator !== undefined);
    const base = { targetId: target.id, org, units: reported.length };
    if (reported.length === 0) return { ...base, inPeriod: null, cumulative: null, method: 'none' as const };
    if (target.kind === 'count' || target.kind === 'money') {
      const sum = (m: 'inPeriod' | 'cumulative') => (reported.some((p) => p[m] !== undefined) ? reported.reduce((n, p) => n + (p[m] ?? 0), 0) : null);
      return { ...base, inPeriod: sum('inPeriod'), cumulative: sum('cumulative'), method: 'sum' as const };
    }
    if (reported.every((p) => p.numerator !== undefined && p.denominator !== undefined)) {
      const num = reported.reduce((n, p) => n + (p.numerator ?? 0), 0);
      const den = reported.reduce((n, p) => n + (p.denominator ?? 0), 0);
      const level = den === 0 ? null : target.kind === 'percent' ? (num / den) * 100 : num / den;
      return { ...base, inPeriod: level, cumulative: level, method: 'ratio' as const };
    }
    const only = reported[0];
    if (reported.length === 1 && only) return { ...base, inPeriod: only.inPeriod ?? null, cumulative: only.cumulative ?? only.inPeriod ?? null, method: 'single' as const };
    return { ...base, inPeriod: null, cumulative: null, method: 'no-parts' as const };
  });
}
