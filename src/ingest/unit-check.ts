import { basename } from 'node:path';
import type { Finding } from '../model/finding.ts';
import type { SubmissionData, UnitsTree } from '../model/ingest.ts';
import type { Plan } from '../model/plan.ts';
import { makeFinding } from '../vi/messages/index.ts';
import { parsePeriod, periodNameLower } from '../vi/period.ts';

/**
 * With a units file: a form for a unit that is not in the tree of its period (a commune merged
 * away, a typo'd code), or for an organisation the unit does not have, is an error naming the
 * file, the unit and the organisation. A form without a unit (the office's own) is not checked.
 */
export function unitFindings(plan: Plan, tree: UnitsTree, data: SubmissionData, file: string, trees = new Map<string, ReturnType<UnitsTree['at']>>()): Finding[] {
  const unit = data.unit;
  if (!unit || !parsePeriod(data.period)) return [];
  let at = trees.get(data.period);
  if (!at) trees.set(data.period, (at = tree.at(data.period)));
  const where = { file, org: data.org, unit, period: data.period };
  const found = at.get(unit);
  if (!found) {
    return [makeFinding('ingest/unit-not-in-tree', where, { fileName: basename(file), periodName: periodNameLower(data.period) })];
  }
  const reporting = plan.organizations.filter((o) => o.reporting !== false).map((o) => o.code);
  const orgs = at.organizationsOf(unit, reporting);
  if (orgs.includes(data.org)) return [];
  return [makeFinding('ingest/org-not-at-unit', where, { fileName: basename(file), unitName: found.name, orgs: orgs.join(', ') })];
}
