import type { Allotment } from '../model/allot.ts';
import type { Finding } from '../model/finding.ts';
import type { Plan, Target } from '../model/plan.ts';
import type { QuarterId, UnitAt } from '../model/units.ts';
import type { UnitTree, UnitTreeAt } from '../units/index.ts';
import { makeFinding } from '../vi/messages/index.ts';
import { planYears } from '../vi/period.ts';
import { sharesFor } from './shares.ts';

/**
 * Whether a target can be split among units: counts and money add up, so a whole can be
 * divided into parts. Percents and rates are levels every unit aims for (never split), and a
 * range ("từ 15 đến 20") has no single whole to divide.
 */
export function isApportionable(target: Target): boolean {
  return (target.kind === 'count' || target.kind === 'money') && target.comparator !== 'between';
}

/** One target of the table: its organisation, its whole, and which children have that organisation. */
export interface TableRow {
  target: Target;
  org: string;
  total: number;
  /** Child codes that may get a part (they have the organisation). */
  open: string[];
}

export interface AllotmentTable {
  plan: Plan;
  planHash: string;
  year: number;
  tree: UnitTreeAt;
  unit: UnitAt;
  children: UnitAt[];
  rows: TableRow[];
  /** Percent, rate and range targets: listed under the table as "không phân bổ". */
  levels: Target[];
  /** Apportionable targets the level above gave the unit no share of (with `upper` only). */
  notGiven: Target[];
  findings: Finding[];
}

export interface AllotmentTableInput {
  plan: Plan;
  planHash: string;
  units: UnitTree;
  /** The unit that allots (the parent). */
  unit: string;
  year: number;
  /** The level above's allotment: the unit's own shares become the totals to split. */
  upper?: Allotment;
}

/** The tree a year's allotment follows: the tree of its last quarter, as consolidation does. */
export function treeOfYear(units: UnitTree, year: number): UnitTreeAt {
  return units.at(`${year}-Q4` as QuarterId);
}

/**
 * What the allotment table of a unit holds for a year: one row per apportionable target of the
 * plan (in the plan's organisation order), one column per child unit of that year's tree.
 * Returns null when the unit is not in the year's tree.
 */
export function allotmentTable(input: AllotmentTableInput): AllotmentTable | null {
  const { plan, year } = input;
  const tree = treeOfYear(input.units, year);
  const unit = tree.get(input.unit);
  if (!unit) return null;
  const children = tree.childrenOf(unit.code);
  const findings: Finding[] = [];
  const years = planYears(plan);
  if (!years.includes(year)) findings.push(makeFinding('allot/year-outside-plan', {}, { year, planYears: years.join(', ') }));
  const isRoot = unit.parent === null;
  if (!isRoot && !input.upper) findings.push(makeFinding('allot/total-from-plan', {}, { unit: `${unit.code} (${unit.name})` }));
  const given = input.upper ? sharesFor(input.upper, unit.code) : null;

  const orgCodes = plan.organizations.map((o) => o.code);
  const orgOf = new Map(plan.tasks.map((t) => [t.id, t.org]));
  const orgRank = (t: Target) => orgCodes.indexOf(orgOf.get(t.task) ?? '');
  const targets = [...plan.targets].map((t, i) => ({ t, i })).sort((a, b) => orgRank(a.t) - orgRank(b.t) || a.i - b.i).map((x) => x.t);
  const childOrgs = new Map(children.map((c) => [c.code, new Set(tree.organizationsOf(c.code, orgCodes))]));

  const rows: TableRow[] = [];
  const levels: Target[] = [];
  const notGiven: Target[] = [];
  for (const target of targets) {
    const org = orgOf.get(target.task) ?? '';
    // An organisation the unit itself does not have is nobody's to split here.
    if (!tree.organizationsOf(unit.code, orgCodes).includes(org)) continue;
    if (!isApportionable(target)) {
      levels.push(target);
      continue;
    }
    const total = given ? given.get(target.id) : target.value;
    if (total === undefined) {
      notGiven.push(target);
      continue;
    }
    rows.push({ target, org, total, open: children.filter((c) => childOrgs.get(c.code)?.has(org)).map((c) => c.code) });
  }
  if (rows.length === 0) findings.push(makeFinding('allot/no-targets', {}, { unit: `${unit.code} (${unit.name})` }));
  return { plan, planHash: input.planHash, year, tree, unit, children, rows, levels, notGiven, findings };
}
