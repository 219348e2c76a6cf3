import type { ConsolidatedTarget, DataRow } from '../model/consolidate.ts';
import type { Plan } from '../model/plan.ts';
import type { ReportedTarget, ReportedTask, Submission, TaskProgress } from '../model/submission.ts';

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

/** The numbers of submissions as long data rows (a unit × organisation × target × measure each), parts included. */
function numberRows(subs: readonly Submission[]): DataRow[] {
  const rows: DataRow[] = [];
  for (const s of subs) {
    const unit = s.unit ?? '';
    for (const t of s.targets) {
      for (const measure of ['inPeriod', 'cumulative', 'numerator', 'denominator'] as const) {
        const value = t[measure];
        if (value !== null && value !== undefined) rows.push({ unit, org: s.org, targetId: t.targetId, measure, value });
      }
    }
  }
  return rows;
}

/** Several units' progress of one task: all alike → that; otherwise "in progress" (some done, some not). */
function mergedProgress(list: ReadonlyArray<TaskProgress | null>): TaskProgress | null {
  const given = list.filter((p): p is TaskProgress => p !== null);
  if (given.length === 0) return null;
  return given.every((p) => p === given[0]) ? (given[0] ?? null) : 'in_progress';
}

/**
 * One organisation's current submissions of one quarter at several units (communes, districts,
 * the office's own), as the one submission the organisation's evaluation reads: counts and money
 * summed, percents and rates recomputed from summed parts (consolidateTargets: never averaged),
 * each task's answers kept per unit ("LG-TANHAI: …"), the latest received standing for when
 * and which. A single submission is returned as it is.
 */
export function mergeUnitSubmissions(plan: Plan, subs: readonly Submission[]): Submission | undefined {
  if (subs.length <= 1) return subs[0];
  const sorted = [...subs].sort((a, b) => (a.unit ?? '').localeCompare(b.unit ?? '') || a.id - b.id);
  const latest = [...subs].sort((a, b) => a.receivedAt.localeCompare(b.receivedAt) || a.id - b.id).at(-1) as Submission;
  const ids = new Set(subs.flatMap((s) => s.targets.map((t) => t.targetId)));
  const figures = consolidateTargets(plan, numberRows(sorted)).filter((c) => ids.has(c.targetId));
  const targets: ReportedTarget[] = figures.map((c) => ({ targetId: c.targetId, inPeriod: c.inPeriod, cumulative: c.cumulative }));
  const taskIds = [...new Set(sorted.flatMap((s) => s.tasks.map((t) => t.taskId)))];
  const tasks: ReportedTask[] = taskIds.map((taskId) => {
    const per = sorted.flatMap((s) => {
      const t = s.tasks.find((x) => x.taskId === taskId);
      return t ? [{ unit: s.unit ?? '', t }] : [];
    });
    const text = (field: 'result' | 'difficulties' | 'proposals') =>
      per
        .filter((p) => p.t[field].trim() !== '')
        .map((p) => (p.unit ? `${p.unit}: ${p.t[field]}` : p.t[field]))
        .join('\n');
    return { taskId, progress: mergedProgress(per.map((p) => p.t.progress)), result: text('result'), difficulties: text('difficulties'), proposals: text('proposals') };
  });
  return { ...latest, targets, tasks, findings: sorted.flatMap((s) => s.findings) };
}
