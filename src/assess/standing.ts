import type {
  AssessedTarget,
  AssessedTask,
  OrgQuarterView,
  QuarterView,
  TargetCounts,
  TaskCounts,
} from '../model/assessment.ts';
import type { PeriodId } from '../model/period.ts';
import type { Target, Task } from '../model/plan.ts';

const EPSILON = 1e-9;

/** A quarter's report counts when it was accepted (on time or late). */
export const reported = (v: OrgQuarterView | undefined): boolean => v?.completeness === 'on_time' || v?.completeness === 'late';

/** Index (0–3) of the quarter a task's deadline falls in; the year's end without one. */
function deadlineQuarter(task: Task, year: number): number {
  if (!task.deadline) return 3;
  const y = Number(task.deadline.slice(0, 4));
  if (y < year) return 0;
  if (y > year) return 3;
  return Math.floor((Number(task.deadline.slice(5, 7)) - 1) / 3);
}

/**
 * How each task stands at `asOf` (the organisation's last reported quarter):
 * - done: on time when first reported done in or before its deadline's quarter, late after;
 * - not done at the year's end (asOf = Q4): not_done;
 * - not done before the year's end: overdue when its deadline's quarter has passed, pending otherwise
 *   (an incomplete year: the missing quarters are never read as "nothing done");
 * - no progress given: no_data.
 */
export function taskStandings(tasks: readonly Task[], views: ReadonlyArray<OrgQuarterView | undefined>, asOf: number, year: number): AssessedTask[] {
  const last = views[asOf];
  return tasks.map((task) => {
    const progress = last?.tasks.get(task.id) ?? null;
    const due = deadlineQuarter(task, year);
    if (progress === null) return { taskId: task.id, standing: 'no_data', doneIn: null };
    if (progress === 'done') {
      const first = views.findIndex((v, k) => k <= asOf && reported(v) && v?.tasks.get(task.id) === 'done');
      const doneIn = first < 0 ? asOf : first;
      return { taskId: task.id, standing: doneIn <= due ? 'done_on_time' : 'done_late', doneIn: `${year}-Q${doneIn + 1}` as PeriodId };
    }
    if (asOf === 3) return { taskId: task.id, standing: 'not_done', doneIn: null };
    return { taskId: task.id, standing: asOf >= due ? 'overdue' : 'pending', doneIn: null };
  });
}

/** The planned value a result passes to count as exceeded: the value, or the top of a range; null when a target cannot be exceeded. */
function exceedReference(target: Target): number | null {
  if (target.comparator === 'gte' || target.comparator === 'gt') return target.value;
  if (target.comparator === 'between') return target.max ?? null;
  return null;
}

/**
 * How each target stands at the quarter the figures are taken from: achieved → exceeded when the
 * result passes the planned value (the top of a range), met otherwise; behind → missed (at the
 * year's end) or behind schedule (before it, still counted against the grade); on_track; no_data.
 */
export function targetStandings(targets: readonly Target[], view: OrgQuarterView | undefined): AssessedTarget[] {
  return targets.map((target) => {
    const seen = view?.targets.get(target.id);
    const value = seen?.value ?? null;
    const base = { targetId: target.id, taskId: target.task, key: target.key === true, value, exceededBy: null };
    if (!seen || seen.status === 'no_data' || value === null) return { ...base, standing: 'no_data' };
    if (seen.status === 'behind') return { ...base, standing: 'missed' };
    if (seen.status === 'on_track') return { ...base, standing: 'on_track' };
    const ref = exceedReference(target);
    if (ref !== null && value > ref + EPSILON * Math.max(1, Math.abs(ref))) {
      return { ...base, standing: 'exceeded', exceededBy: ref === 0 ? null : (value - ref) / ref };
    }
    return { ...base, standing: 'met' };
  });
}

export function countTasks(tasks: readonly AssessedTask[]): TaskCounts {
  const n = (s: AssessedTask['standing']) => tasks.filter((t) => t.standing === s).length;
  return {
    total: tasks.length,
    doneOnTime: n('done_on_time'),
    doneLate: n('done_late'),
    notDone: n('not_done'),
    overdue: n('overdue'),
    pending: n('pending'),
    noData: n('no_data'),
  };
}

export function countTargets(targets: readonly AssessedTarget[]): TargetCounts {
  const n = (s: AssessedTarget['standing']) => targets.filter((t) => t.standing === s).length;
  return { total: targets.length, exceeded: n('exceeded'), met: n('met'), onTrack: n('on_track'), missed: n('missed'), noData: n('no_data') };
}

/** The organisation's view of each quarter, Q1 first. */
export function orgViews(quarters: readonly QuarterView[], org: string): Array<OrgQuarterView | undefined> {
  return quarters.map((q) => q.orgs.get(org));
}
