import type { Finding, FindingLocation } from '../model/finding.ts';
import type { Plan, Target } from '../model/plan.ts';
import type { ReportedTarget, ReportedTask, ReporterInfo } from '../model/submission.ts';
import { makeFinding } from '../vi/messages/index.ts';
import { formatViNumber } from '../vi/number.ts';
import { planIndex } from '../plan/index.ts';

/**
 * Consistency rules over one workbook's normalised values. Each rule is a small function
 * yielding findings; `where` gives the location of a target's or task's cells.
 */
export interface RuleInput {
  plan: Plan;
  org: string;
  targets: ReadonlyMap<string, ReportedTarget>;
  tasks: ReadonlyMap<string, ReportedTask>;
  info: ReporterInfo;
  /** Label of a "Thông tin" field as the template shows it. */
  infoLabel: (key: keyof ReporterInfo) => string;
  where: (id: string, key: 'inPeriod' | 'cumulative' | 'progress' | 'info', infoKey?: string) => FindingLocation;
}

export type Rule = (input: RuleInput) => Iterable<Finding>;

/** Results from "far beyond" on: this many times the target. */
export const FAR_BEYOND_FACTOR = 10;

const num = (v: number) => formatViNumber(v, 6);
const adds = (t: Target) => t.cumulative ?? (t.kind === 'count' || t.kind === 'money');

/** Whether a result meets the full target (the lower bound of a range). */
export function meetsTarget(t: Target, value: number): boolean {
  switch (t.comparator) {
    case 'gte':
    case 'between':
      return value >= t.value;
    case 'gt':
      return value > t.value;
    case 'eq':
      return value >= t.value;
    case 'lte':
      return value <= t.value;
    case 'lt':
      return value < t.value;
  }
}

const targetsOfTask = (plan: Plan, taskId: string) => planIndex(plan).targetsByTask.get(taskId) ?? [];
/** How a message names a task: its item number, or the start of its text for "- " sub-items. */
export function taskLabelArgs(plan: Plan, taskId: string): { taskId: string; taskNumber?: string; taskText?: string } {
  const task = planIndex(plan).taskById.get(taskId);
  if (!task) return { taskId };
  if (/\d/.test(task.number)) return { taskId, taskNumber: task.number };
  const words = task.text.split(/\s+/);
  return { taskId, taskText: words.length > 12 ? `${words.slice(0, 12).join(' ')}…` : task.text };
}

export const cumulativeBelowPeriod: Rule = function* ({ plan, org, targets, where }) {
  for (const t of planIndex(plan).targetsByOrg.get(org) ?? []) {
    const r = targets.get(t.id);
    if (!r || r.inPeriod === null || r.cumulative === null || !adds(t)) continue;
    if (r.cumulative < r.inPeriod) {
      yield makeFinding('ingest/cumulative-below-period', { ...where(t.id, 'cumulative'), targetId: t.id, taskId: t.task }, {
        cumulative: num(r.cumulative),
        inPeriod: num(r.inPeriod),
      });
    }
  }
};

export const doneBelowTarget: Rule = function* ({ plan, targets, tasks, where }) {
  for (const task of tasks.values()) {
    if (task.progress !== 'done') continue;
    for (const t of targetsOfTask(plan, task.taskId)) {
      const value = targets.get(t.id)?.cumulative ?? null;
      if (value === null || meetsTarget(t, value)) continue;
      yield makeFinding('ingest/done-below-target', { ...where(task.taskId, 'progress'), taskId: task.taskId, targetId: t.id }, {
        ...taskLabelArgs(plan, task.taskId),
        value: num(value),
        target: t.comparator === 'between' ? `${num(t.value)} - ${num(t.max ?? t.value)}` : num(t.value),
      });
    }
  }
};

export const notStartedWithResult: Rule = function* ({ plan, targets, tasks, where }) {
  for (const task of tasks.values()) {
    if (task.progress !== 'not_started') continue;
    const reported = targetsOfTask(plan, task.taskId)
      .map((t) => targets.get(t.id))
      .find((r) => (r?.inPeriod ?? 0) > 0 || (r?.cumulative ?? 0) > 0);
    // Only numbers count as a result: offices often explain in words why a task has not started.
    if (!reported) continue;
    const value = num(reported.cumulative ?? reported.inPeriod ?? 0);
    yield makeFinding('ingest/not-started-with-result', { ...where(task.taskId, 'progress'), taskId: task.taskId }, {
      ...taskLabelArgs(plan, task.taskId),
      value,
    });
  }
};

export const farBeyondTarget: Rule = function* ({ plan, org, targets, where }) {
  for (const t of planIndex(plan).targetsByOrg.get(org) ?? []) {
    const value = targets.get(t.id)?.cumulative ?? null;
    if (value === null || t.kind === 'percent' || t.value <= 0) continue;
    if (t.comparator === 'lte' || t.comparator === 'lt') continue;
    if (value > t.value * FAR_BEYOND_FACTOR) {
      yield makeFinding('ingest/far-beyond-target', { ...where(t.id, 'cumulative'), targetId: t.id, taskId: t.task }, {
        value: num(value),
        target: num(t.value),
        factor: FAR_BEYOND_FACTOR,
      });
    }
  }
};

export const missingReporter: Rule = function* ({ info, where, infoLabel }) {
  const missing = (['reporterName', 'signerName', 'signerTitle'] as const).filter((k) => info[k].trim() === '');
  if (missing.length === 0) return;
  yield makeFinding('ingest/missing-reporter', where(missing[0] as string, 'info', missing[0]), {
    fields: missing.map((k) => `"${infoLabel(k)}"`).join(', '),
  });
};

/** "Kết quả trong kỳ" left blank beside a filled "Lũy kế": the period's own result is missing (a count or money only). */
export const periodBlankCumulativeFilled: Rule = function* ({ plan, org, targets, where }) {
  for (const t of planIndex(plan).targetsByOrg.get(org) ?? []) {
    const r = targets.get(t.id);
    if (!r || r.inPeriod !== null || r.cumulative === null || !adds(t)) continue;
    yield makeFinding('ingest/period-blank-cumulative-filled', { ...where(t.id, 'inPeriod'), targetId: t.id, taskId: t.task }, { cumulative: num(r.cumulative) });
  }
};

export const RULES: readonly Rule[] = [cumulativeBelowPeriod, doneBelowTarget, notStartedWithResult, farBeyondTarget, missingReporter, periodBlankCumulativeFilled];

export function runRules(input: RuleInput): Finding[] {
  return RULES.flatMap((rule) => [...rule(input)]);
}
