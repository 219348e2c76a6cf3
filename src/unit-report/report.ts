import { evaluatePeriod } from '../evaluate/index.ts';
import type { ConsolidatedTarget } from '../model/consolidate.ts';
import type { PeriodEvaluation } from '../model/evaluation.ts';
import type { Finding } from '../model/finding.ts';
import type { PeriodId } from '../model/period.ts';
import type { Plan } from '../model/plan.ts';
import type { ReportSettings, ReportWording } from '../model/report.ts';
import type { Store } from '../model/store.ts';
import type { SubtreeCompleteness } from '../model/units.ts';
import { planForUnit } from '../allot/index.ts';
import { writeReport } from '../report/index.ts';
import type { UnitTreeAt } from '../units/index.ts';
import { periodNameLower, reportingPeriodOf } from '../vi/period.ts';
import { orgNameAtLevel } from '../vi/labels.ts';
import { noPartsFindings, unitContent } from './compose.ts';
import { unitSettings } from './settings.ts';
import { unitFigures } from './subtree-figures.ts';
import type { SubtreeFigures } from '../model/upward.ts';

export interface UnitReportInput {
  store: Store;
  plan: Plan;
  period: PeriodId;
  /** The tree of the period (UnitTree.at(period)) and the unit reported on. */
  tree: UnitTreeAt;
  unit: string;
  /** The settings file as loaded; its `units.<code>` entry is applied here. */
  settings: ReportSettings;
  wording: ReportWording;
  /**
   * The unit's shares of allotted targets (src/allot sharesFor): judged against its share. A count
   * or money target without a share, at a unit below the root, is reported but not judged.
   */
  shares?: ReadonlyMap<string, number>;
  /** --signer: wins over the unit's entry. */
  signerName?: string;
  now?: string;
}

export interface UnitReportResult {
  buffer: Buffer;
  findings: Finding[];
  /** The subtree's evaluation the report was worded from (its organisations' figures added up). */
  evaluation: PeriodEvaluation;
  targets: ConsolidatedTarget[];
  completeness: SubtreeCompleteness;
  /** The settings the report was written with (the unit's entry applied): what `--sign` signs as. */
  settings: ReportSettings;
}

/**
 * The evaluation of a unit's subtree: its organisations' added-up figures evaluated as the
 * province's forms are (the same statuses, carried figures, completeness per organisation).
 */
export function subtreeEvaluation(plan: Plan, period: PeriodId, figures: SubtreeFigures, now?: string): PeriodEvaluation {
  return evaluatePeriod(subtreePlan(plan, figures), period, { submissions: figures.submissions, log: figures.log, ...(now ? { now } : {}) });
}

/**
 * The plan as a unit's subtree sees it: only the organisations expected at one of its units
 * (communes have no Liên đoàn Lao động), with their tasks and targets.
 */
export function subtreePlan(plan: Plan, figures: Pick<SubtreeFigures, 'organizations'>): Plan {
  const orgs = new Set(figures.organizations);
  if (plan.organizations.every((o) => orgs.has(o.code) || o.reporting === false)) return plan;
  const tasks = plan.tasks.filter((t) => orgs.has(t.org));
  const taskIds = new Set(tasks.map((t) => t.id));
  return {
    ...plan,
    organizations: plan.organizations.filter((o) => orgs.has(o.code)),
    tasks,
    targets: plan.targets.filter((t) => taskIds.has(t.task)),
    ...(plan.focus ? { focus: plan.focus.filter((f) => !f.org || orgs.has(f.org)) } : {}),
  };
}

/** Below the root, the organisations as the unit calls them (its settings' orgNames, or the plan's name at its level). */
function localNames(plan: Plan, tree: UnitTreeAt, unit: string, names: Readonly<Record<string, string>> = {}): Plan {
  const at = tree.get(unit);
  if (!at || tree.pathToRoot(unit).length <= 1) return plan;
  return { ...plan, organizations: plan.organizations.map((o) => ({ ...o, name: names[o.code] ?? orgNameAtLevel(o.name, at.level) })) };
}

/**
 * Below the root, a count or money target the unit was not allotted is the whole plan's (the
 * province's "2.500 đoàn viên"): the unit's figure is reported, never judged against it — no
 * ratio, neither achieved nor behind. Levels (percents, rates) apply to every unit as they are.
 */
function notAllotted(plan: Plan, evaluation: PeriodEvaluation, tree: UnitTreeAt, unit: string, shares?: ReadonlyMap<string, number>): PeriodEvaluation {
  if (tree.pathToRoot(unit).length <= 1) return evaluation;
  const whole = new Set(plan.targets.filter((t) => (t.kind === 'count' || t.kind === 'money') && !shares?.has(t.id)).map((t) => t.id));
  return {
    ...evaluation,
    organizations: evaluation.organizations.map((o) => ({
      ...o,
      targets: o.targets.map((t) => (whole.has(t.targetId) && t.value !== null ? { ...t, ratio: null, expected: null, status: 'no_data' as const, notAllotted: true } : t)),
    })),
  };
}

/**
 * A unit's report in the official format: its own header, number and signer (settings
 * `units.<code>`), the totals over its subtree worded by the same path as the province's report
 * (evaluatePeriod → composeReport), the reporting rate and the units not yet heard from in
 * section I, and the units below with their rates in the appendix.
 */
export async function writeUnitReport(input: UnitReportInput): Promise<UnitReportResult> {
  const { period, tree, unit } = input;
  const figures = unitFigures({ store: input.store, plan: input.plan, period, tree, unit, ...(input.now ? { now: input.now } : {}) });
  const plan = localNames(subtreePlan(input.shares ? planForUnit(input.plan, input.shares) : input.plan, figures), tree, unit, input.settings.units[unit]?.orgNames);
  const evaluation = notAllotted(plan, subtreeEvaluation(plan, period, figures, input.now), tree, unit, input.shares);
  const reportingPeriod = reportingPeriodOf(plan, period);
  const { settings, findings: settingFindings } = unitSettings(input.settings, tree, unit, input.signerName);
  const u = tree.get(unit);
  const parent = u?.parent ? tree.get(u.parent) : undefined;
  const closing = { period: periodNameLower(period), issuerName: settings.issuerName, reportTo: parent?.name ?? plan.source.issuer };
  const written = await writeReport(
    { plan, period, evaluation, submissions: figures.submissions.filter((s) => s.period === reportingPeriod), settings, wording: input.wording },
    (content) => unitContent(content, plan, figures.completeness, closing),
  );
  return {
    buffer: written.buffer,
    findings: [...settingFindings, ...figures.outside, ...noPartsFindings(plan, figures.targets), ...written.findings],
    evaluation,
    targets: figures.targets,
    completeness: figures.completeness,
    settings,
  };
}
