// THE SEAM: the subtree view of `upper` (src/consolidate/subtree.ts, which also counts the
// consolidated workbooks received from below) replaces this file at merge. Everything else in
// src/unit-report and `report --unit` / `status --unit` only calls `subtreeFigures` and reads
// its result, so the swap is one import. Until then it reads the store as it is on main:
// forms keyed by unit ('' = the office's own unit, the root of the units file).
import { consolidateTargets, longData } from '../consolidate/index.ts';
import { completenessOf, subtreeCompleteness } from '../evaluate/index.ts';
import type { ConsolidatedTarget, DataRow } from '../model/consolidate.ts';
import type { Finding } from '../model/finding.ts';
import type { PeriodId } from '../model/period.ts';
import type { Plan } from '../model/plan.ts';
import type { Store } from '../model/store.ts';
import type { IngestLogEntry, ReportedTarget, ReportedTask, Submission, TaskProgress } from '../model/submission.ts';
import type { SubtreeCompleteness, UnitReport } from '../model/units.ts';
import type { UnitTreeAt } from '../units/index.ts';
import { groupBy } from '../util/group-by.ts';
import { makeFinding } from '../vi/messages/index.ts';
import { periodDeadline, periodNameLower, quartersUpTo, reportingPeriodOf } from '../vi/period.ts';

export interface SubtreeFigures {
  /**
   * One submission per organisation and quarter (the quarters up to the period, and the
   * reporting period), each the subtree's figures added up as consolidateTargets does: what
   * evaluatePeriod takes in place of the store's forms. Ids are negative: not stored.
   */
  submissions: Submission[];
  /** Each target's figure over the subtree for the reporting period, with how it was made. */
  targets: ConsolidatedTarget[];
  /** Expected, received, on time, late, missing per unit, per level and in total. */
  completeness: SubtreeCompleteness;
  /** The organisations expected at some unit of the subtree, in the plan's order. */
  organizations: string[];
  /**
   * Forms of the reporting period counted nowhere: their unit is not in the period's tree, or
   * the tree does not expect their organisation at their unit (in the subtree). Said, not dropped silently.
   */
  outside: Finding[];
  /** The ingest log of the subtree's units (rejected files, replaced versions), for evaluatePeriod. */
  log: IngestLogEntry[];
}

/** The unit a stored form counts at: its own code, or the root for '' (the office's own unit). */
const unitOf = (unit: string | null | undefined, root: string) => (unit ? unit : root);

/**
 * A unit's subtree in one period: its organisations' figures (counts and money summed; a percent
 * or rate from Σ numerators / Σ denominators when every unit gave them, one unit's level as is,
 * never an average) and the completeness of every unit below it. Only the forms of organisations
 * expected at their unit count; the tree is the period's (the one at its end).
 */
export function subtreeFigures(input: { store: Store; plan: Plan; period: PeriodId; tree: UnitTreeAt; unit: string; now?: string }): SubtreeFigures {
  const { store, plan, period, tree, unit } = input;
  const root = tree.pathToRoot(unit).at(-1)?.code ?? unit;
  // A unit that holds tasks but sends no form ("reporting: false") is never expected.
  const orgs = plan.organizations.filter((o) => o.reporting !== false).map((o) => o.code);
  const expected = new Map(tree.subtreeOf(unit).map((u) => [u.code, new Set(tree.organizationsOf(u.code, orgs))]));
  const counts = (s: Submission) => s.planId === plan.id && s.supersededBy === null && Boolean(expected.get(unitOf(s.unit, root))?.has(s.org));
  const reportingPeriod = reportingPeriodOf(plan, period);
  const periods = [...new Set([...quartersUpTo(period), reportingPeriod])];
  const stored = new Map(periods.map((p) => [p, store.currentSubmissions(plan.id, p).filter((s) => s.planId === plan.id && s.supersededBy === null)]));
  const byPeriod = new Map([...stored].map(([p, forms]) => [p, forms.filter(counts)]));
  const outside: Finding[] = [];
  for (const s of stored.get(reportingPeriod) ?? []) {
    const at = unitOf(s.unit, root);
    const args = { fileName: s.fileName, unit: at, org: s.org, period: periodNameLower(reportingPeriod) };
    if (!tree.get(at)) outside.push(makeFinding('report/unit-form-outside', { file: s.fileName, org: s.org }, { ...args, reason: 'unknown-unit' }));
    else if (expected.has(at) && !counts(s)) outside.push(makeFinding('report/unit-form-outside', { file: s.fileName, org: s.org }, { ...args, reason: 'org-not-expected' }));
  }

  let nextId = 0;
  const submissions: Submission[] = [];
  let targets: ConsolidatedTarget[] = [];
  for (const p of periods) {
    const forms = byPeriod.get(p) ?? [];
    const consolidated = consolidateTargets(plan, rowsOf(forms, root));
    if (p === reportingPeriod) targets = consolidated;
    for (const [org, mine] of groupBy(forms, (s) => s.org)) {
      submissions.push(aggregateSubmission(plan, p, org, unit, mine, consolidated, tree, root, --nextId));
    }
  }

  const deadline = periodDeadline(plan.reporting, reportingPeriod);
  const subtreeLog = store.ingestLog({ planId: plan.id }).filter((e) => expected.has(unitOf(e.unit, root)));
  const log = subtreeLog.filter((e) => e.period === reportingPeriod);
  const current = groupBy(byPeriod.get(reportingPeriod) ?? [], (s) => `${unitOf(s.unit, root)}\u0000${s.org}`);
  const logOf = groupBy(log, (e) => `${unitOf(e.unit, root)}\u0000${e.org ?? ''}`);
  const reports: UnitReport[] = [];
  for (const [code, here] of expected) {
    for (const org of here) {
      const key = `${code}\u0000${org}`;
      const c = completenessOf({
        planId: plan.id,
        org,
        reportingPeriod,
        deadline,
        current: current.get(key)?.at(-1),
        log: logOf.get(key) ?? [],
        ...(input.now ? { now: input.now } : {}),
      });
      reports.push({ unit: code, org, completeness: c.completeness });
    }
  }
  return { submissions, targets, completeness: subtreeCompleteness(tree, unit, orgs, reports),
    organizations: orgs.filter((o) => [...expected.values()].some((here) => here.has(o))),
    outside,
    log: subtreeLog,
  };
}

/** The long data of the forms, with the parts of percents and rates (longData keeps results only). */
function rowsOf(forms: readonly Submission[], root: string): DataRow[] {
  const byUnit = groupBy(forms, (s) => unitOf(s.unit, root));
  const { rows } = longData([...byUnit].map(([unit, submissions]) => ({ unit, submissions })));
  for (const s of forms) {
    for (const t of s.targets) {
      if (t.numerator != null) rows.push({ unit: unitOf(s.unit, root), org: s.org, targetId: t.targetId, measure: 'numerator', value: t.numerator });
      if (t.denominator != null) rows.push({ unit: unitOf(s.unit, root), org: s.org, targetId: t.targetId, measure: 'denominator', value: t.denominator });
    }
  }
  return rows;
}

/** Task progress over units: done when every unit that answered says done; started when any did. */
function progressOf(answers: readonly TaskProgress[]): TaskProgress | null {
  if (answers.length === 0) return null;
  if (answers.every((a) => a === 'done')) return 'done';
  return answers.some((a) => a !== 'not_started') ? 'in_progress' : 'not_started';
}

/** One organisation's forms of the subtree for one period as one submission: figures consolidated, texts kept per unit. */
function aggregateSubmission(
  plan: Plan,
  period: PeriodId,
  org: string,
  unit: string,
  forms: readonly Submission[],
  consolidated: readonly ConsolidatedTarget[],
  tree: UnitTreeAt,
  root: string,
  id: number,
): Submission {
  const ownTargets = new Set(plan.targets.filter((t) => plan.tasks.find((k) => k.id === t.task)?.org === org).map((t) => t.id));
  const targets: ReportedTarget[] = consolidated
    .filter((c) => ownTargets.has(c.targetId) && c.method !== 'none')
    .map((c) => {
      const parts = c.method === 'ratio' ? sumParts(forms, c.targetId) : {};
      return { targetId: c.targetId, inPeriod: c.inPeriod, cumulative: c.cumulative, ...parts };
    });
  const taskIds = [...new Set(forms.flatMap((s) => s.tasks.map((t) => t.taskId)))];
  const name = (s: Submission) => tree.get(unitOf(s.unit, root))?.name ?? unitOf(s.unit, root);
  const joined = (taskId: string, field: 'result' | 'difficulties' | 'proposals') => {
    const said = forms.flatMap((s) => {
      const text = s.tasks.find((t) => t.taskId === taskId)?.[field].trim() ?? '';
      return text ? [{ who: name(s), text }] : [];
    });
    return said.length === 1 ? (said[0]?.text ?? '') : said.map((x) => `${x.who}: ${x.text}`).join('; ');
  };
  const tasks: ReportedTask[] = taskIds.map((taskId) => ({
    taskId,
    progress: progressOf(forms.flatMap((s) => s.tasks.find((t) => t.taskId === taskId)?.progress ?? [])),
    result: joined(taskId, 'result'),
    difficulties: joined(taskId, 'difficulties'),
    proposals: joined(taskId, 'proposals'),
  }));
  const latest = [...forms].sort((a, b) => a.receivedAt.localeCompare(b.receivedAt)).at(-1);
  return {
    id,
    planId: plan.id,
    planHash: forms[0]?.planHash ?? '',
    org,
    unit,
    period,
    fileName: '',
    sha256: '',
    receivedAt: latest?.receivedAt ?? '',
    supersededBy: null,
    status: 'current',
    targets,
    tasks,
    info: { reporterName: '', reporterPhone: '', reportDate: null, signerName: '', signerTitle: '', signerAuthority: '' },
    findings: forms.flatMap((s) => s.findings.map((f) => ({ ...f, org: f.org ?? s.org }))),
  };
}

function sumParts(forms: readonly Submission[], targetId: string): { numerator: number; denominator: number } {
  const parts = forms.flatMap((s) => s.targets.filter((t) => t.targetId === targetId));
  return { numerator: parts.reduce((n, t) => n + (t.numerator ?? 0), 0), denominator: parts.reduce((n, t) => n + (t.denominator ?? 0), 0) };
}
