// A unit's figures over its subtree, for `report --unit` and `status --unit`: the subtree view of
// src/consolidate/subtree.ts (forms of the units below and the workbooks received from below)
// for the reporting period and each quarter before it, shaped for evaluatePeriod.
import { reportingOrganizations, subtreeSubmissions, subtreeView } from '../consolidate/index.ts';
import type { Finding } from '../model/finding.ts';
import type { PeriodId } from '../model/period.ts';
import type { Plan } from '../model/plan.ts';
import type { Store } from '../model/store.ts';
import type { Submission } from '../model/submission.ts';
import type { SubtreeFigures } from '../model/upward.ts';
import type { UnitTreeAt } from '../units/index.ts';
import { makeFinding } from '../vi/messages/index.ts';
import { periodNameLower, quartersUpTo, reportingPeriodOf } from '../vi/period.ts';

/**
 * A unit's subtree in one period: its organisations' figures (counts and money summed; a percent
 * or rate from Σ numerators / Σ denominators, never an average) for the reporting period and each
 * quarter before it, and the completeness of every unit below it. A form without a unit is the
 * unit's own (unless the store holds that unit's own workbook: then the office is above it).
 */
export function unitFigures(input: { store: Store; plan: Plan; period: PeriodId; tree: UnitTreeAt; unit: string; now?: string }): SubtreeFigures {
  const { store, plan, period, tree, unit } = input;
  const reportingPeriod = reportingPeriodOf(plan, period);
  const periods = [...new Set([...quartersUpTo(period), reportingPeriod])];
  let nextId = 0;
  const submissions: Submission[] = [];
  const views = periods.map((p) => {
    const view = subtreeView({ store, plan, period: p as PeriodId, tree, unit });
    // Computed, not stored: negative ids, one per organisation and quarter.
    for (const s of subtreeSubmissions(plan, view, tree)) submissions.push({ ...s, id: --nextId });
    return { period: p, view };
  });
  const current = views.find((v) => v.period === reportingPeriod)?.view ?? subtreeView({ store, plan, period: reportingPeriod, tree, unit });
  const inSubtree = new Set(tree.subtreeOf(unit).map((u) => u.code));
  const outside: Finding[] = [];
  for (const o of current.outside) {
    if (!o.org) continue;
    const args = { fileName: o.fileName, unit: o.unit, org: o.org, period: periodNameLower(reportingPeriod) };
    if (!tree.get(o.unit)) outside.push(makeFinding('report/unit-form-outside', { file: o.fileName, org: o.org }, { ...args, reason: 'unknown-unit' }));
    else if (inSubtree.has(o.unit)) outside.push(makeFinding('report/unit-form-outside', { file: o.fileName, org: o.org }, { ...args, reason: 'org-not-expected' }));
  }
  const counted = new Set(current.completeness.units.map((u) => u.code));
  const log = store.ingestLog({ planId: plan.id }).filter((e) => counted.has(tree.formUnit(e.unit)));
  const orgs = reportingOrganizations(plan);
  const organizations = orgs.filter((o) => current.completeness.units.some((u) => tree.organizationsOf(u.code, orgs).includes(o)));
  return { submissions, targets: current.targets, completeness: current.completeness, organizations, outside, log };
}
