import type { CompletenessCounts, SubtreeCompleteness, UnitCompleteness, UnitReport } from '../model/units.ts';
import type { UnitTreeAt } from '../units/index.ts';

const ZERO = { expected: 0, received: 0, onTime: 0, late: 0, rejected: 0, missing: 0 };

function withRate(c: Omit<CompletenessCounts, 'rate'>): CompletenessCounts {
  return { ...c, rate: c.expected === 0 ? null : c.received / c.expected };
}

function add(a: Omit<CompletenessCounts, 'rate'>, b: Omit<CompletenessCounts, 'rate'>): Omit<CompletenessCounts, 'rate'> {
  return {
    expected: a.expected + b.expected,
    received: a.received + b.received,
    onTime: a.onTime + b.onTime,
    late: a.late + b.late,
    rejected: a.rejected + b.rejected,
    missing: a.missing + b.missing,
  };
}

/**
 * Completeness of a unit and every unit below it, in one period's tree: per unit (its own
 * organisations, and its whole subtree), per level (every unit of a level name added up), and
 * in total. An organisation is expected at a unit when the unit lists it (or lists none, so every
 * organisation of the plan); a report for an organisation not expected there is ignored.
 * Received = on time + late; a rejected report is missing.
 */
export function subtreeCompleteness(tree: UnitTreeAt, unitCode: string, planOrganizations: readonly string[], reports: readonly UnitReport[]): SubtreeCompleteness {
  const byKey = new Map(reports.map((r) => [`${r.unit}\u0000${r.org}`, r.completeness]));
  const members = tree.subtreeOf(unitCode);
  const baseDepth = tree.depthOf(unitCode);
  const own = new Map<string, { counts: Omit<CompletenessCounts, 'rate'>; missingOrgs: string[] }>();
  for (const u of members) {
    const counts = { ...ZERO };
    const missingOrgs: string[] = [];
    for (const org of tree.organizationsOf(u.code, planOrganizations)) {
      const c = byKey.get(`${u.code}\u0000${org}`) ?? 'missing';
      counts.expected++;
      if (c === 'on_time') counts.onTime++;
      if (c === 'late') counts.late++;
      if (c === 'on_time' || c === 'late') counts.received++;
      else {
        counts.missing++;
        missingOrgs.push(org);
        if (c === 'rejected') counts.rejected++;
      }
    }
    own.set(u.code, { counts, missingOrgs });
  }
  const subtreeOf = (code: string) => tree.subtreeOf(code).reduce((acc, u) => add(acc, own.get(u.code)?.counts ?? ZERO), { ...ZERO });
  const units: UnitCompleteness[] = members.map((u) => {
    const o = own.get(u.code) ?? { counts: { ...ZERO }, missingOrgs: [] };
    return {
      code: u.code,
      name: u.name,
      level: u.level,
      parent: u.parent,
      depth: tree.depthOf(u.code) - baseDepth,
      ...withRate(o.counts),
      missingOrgs: o.missingOrgs,
      subtree: withRate(subtreeOf(u.code)),
    };
  });
  const levels = new Map<string, { depth: number; units: number; counts: Omit<CompletenessCounts, 'rate'> }>();
  for (const u of units) {
    const l = levels.get(u.level) ?? { depth: u.depth, units: 0, counts: { ...ZERO } };
    l.units++;
    l.counts = add(l.counts, own.get(u.code)?.counts ?? ZERO);
    levels.set(u.level, l);
  }
  return {
    unit: unitCode,
    units,
    levels: [...levels.entries()].map(([level, l]) => ({ level, depth: l.depth, units: l.units, ...withRate(l.counts) })).sort((a, b) => a.depth - b.depth),
    total: units[0]?.subtree ?? withRate({ ...ZERO }),
  };
}
