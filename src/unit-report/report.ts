import { evaluatePeriod } from '../evaluate/index.ts';
import type { ConsolidatedTarget } from '../model/consolidate.ts';
import type { PeriodEvaluation } from '../model/evaluation.ts';
import type { Finding } from '../model/finding.ts';
import type { PeriodId } from '../model/period.ts';
import type { Plan } from '../model/plan.ts';
import type { ReportSettings, ReportWording } from '../model/report.ts';
import type { Store } from '../model/store.ts';
import type { SubtreeCompleteness } from '../model/units.ts';
import { writeReport } from '../report/index.ts';
import type { UnitTreeAt } from '../units/index.ts';
import { periodNameLower, reportingPeriodOf } from '../vi/period.ts';
import { noPartsFindings, unitContent } from './compose.ts';
import { unitSettings } from './settings.ts';
import { subtreeFigures } from './subtree-figures.ts';

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
}

/**
 * A unit's report in the official format: its own header, number and signer (settings
 * `units.<code>`), the totals over its subtree worded by the same path as the province's report
 * (evaluatePeriod → composeReport), the reporting rate and the units not yet heard from in
 * section I, and the units below with their rates in the appendix.
 */
export async function writeUnitReport(input: UnitReportInput): Promise<UnitReportResult> {
  const { plan, period, tree, unit } = input;
  const figures = subtreeFigures({ store: input.store, plan, period, tree, unit, ...(input.now ? { now: input.now } : {}) });
  const evaluation = evaluatePeriod(plan, period, { submissions: figures.submissions, log: [], ...(input.now ? { now: input.now } : {}) });
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
    findings: [...settingFindings, ...noPartsFindings(plan, figures.targets), ...written.findings],
    evaluation,
    targets: figures.targets,
    completeness: figures.completeness,
  };
}
