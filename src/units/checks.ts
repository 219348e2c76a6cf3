import type { Finding, FindingLocation } from '../model/finding.ts';
import type { QuarterId, Unit } from '../model/units.ts';
import { makeFinding } from '../vi/messages/index.ts';
import { UNIT_CHECK_TEXT as T } from '../vi/units-text.ts';
import { compareQuarters, nextQuarter, UnitTreeAt } from './tree.ts';

export type Locate = (path: (string | number)[]) => FindingLocation;

/** Stands for "every quarter before the first one the file names". */
const BEFORE_ALL = '0000-Q1' as QuarterId;

/**
 * Checks a schema-valid list of units: duplicate codes, unknown parents, the order of each
 * unit's validity and changes, then — in every quarter where the tree can change — one root,
 * no cycles, and no unit under a parent that does not exist then. A problem that lasts over
 * several quarters is reported once, at the first.
 */
export function checkUnits(units: readonly Unit[], locate: Locate, planOrganizations?: readonly string[]): Finding[] {
  const findings: Finding[] = [];
  const firstIndex = new Map<string, number>();
  units.forEach((u, i) => {
    const first = firstIndex.get(u.code);
    if (first === undefined) firstIndex.set(u.code, i);
    else findings.push(makeFinding('units/duplicate-code', locate(['units', i, 'code']), { code: u.code, first: locate(['units', first, 'code']).line }));
  });
  const codes = new Set(units.map((u) => u.code));
  const orgFindings: Finding[] = [];
  units.forEach((u, i) => {
    if (u.parent !== undefined && !codes.has(u.parent)) findings.push(makeFinding('units/unknown-parent', locate(['units', i, 'parent']), { code: u.code, parent: u.parent }));
    (u.changes ?? []).forEach((c, j) => {
      if (c.parent && !codes.has(c.parent)) findings.push(makeFinding('units/unknown-parent', locate(['units', i, 'changes', j, 'parent']), { code: u.code, parent: c.parent }));
    });
    findings.push(...validityOrder(u, i, locate));
    if (planOrganizations) {
      const known = new Set(planOrganizations);
      (u.organizations ?? []).forEach((org, j) => {
        if (!known.has(org)) orgFindings.push(makeFinding('units/unknown-org', locate(['units', i, 'organizations', j]), { code: u.code, org }));
      });
    }
  });
  // The tree is walked only when every code and parent resolves and every unit's periods are in order.
  if (findings.length > 0) return [...findings, ...orgFindings];
  return [...checkQuarters(units, locate), ...orgFindings];
}

function validityOrder(u: Unit, i: number, locate: Locate): Finding[] {
  const out: Finding[] = [];
  const say = (path: (string | number)[], reason: string) => out.push(makeFinding('units/validity-order', locate(['units', i, ...path]), { code: u.code, reason }));
  if (u.validFrom && u.validTo && compareQuarters(u.validFrom, u.validTo) > 0) say(['validTo'], T.validityOrder(u.validFrom, u.validTo));
  let previous = u.validFrom;
  (u.changes ?? []).forEach((c, j) => {
    if (previous && compareQuarters(c.from, previous) <= 0) say(['changes', j, 'from'], T.changeNotAfter(c.from, previous));
    if (u.validTo && compareQuarters(c.from, u.validTo) > 0) say(['changes', j, 'from'], T.changeAfterEnd(c.from, u.validTo));
    previous = c.from;
  });
  return out;
}

/** Every quarter in which the tree may differ from the quarter before. */
function boundaries(units: readonly Unit[]): QuarterId[] {
  const set = new Set<QuarterId>([BEFORE_ALL]);
  for (const u of units) {
    if (u.validFrom) set.add(u.validFrom);
    if (u.validTo) set.add(nextQuarter(u.validTo));
    for (const c of u.changes ?? []) set.add(c.from);
  }
  return [...set].sort(compareQuarters);
}

function checkQuarters(units: readonly Unit[], locate: Locate): Finding[] {
  const findings: Finding[] = [];
  const seen = new Set<string>();
  const indexOf = new Map(units.map((u, i) => [u.code, i]));
  const quarters = boundaries(units);
  const label = (q: QuarterId) => (q === BEFORE_ALL ? (quarters[1] ? T.before(quarters[1]) : T.allPeriods) : q);
  const once = (key: string, make: () => Finding) => {
    if (seen.has(key)) return;
    seen.add(key);
    findings.push(make());
  };
  const where = (code: string, field: string) => locate(['units', indexOf.get(code) ?? 0, field]);
  for (const q of quarters) {
    const tree = new UnitTreeAt(units, q);
    if (tree.units.length === 0) continue;
    const roots = tree.roots();
    if (roots.length === 0) once(`no-root:${q}`, () => makeFinding('units/no-root', locate(['units']), { period: label(q) }));
    for (const extra of roots.slice(1)) once(`extra-root:${extra.code}`, () => makeFinding('units/extra-root', where(extra.code, 'code'), { code: extra.code, period: label(q), root: roots[0]?.code }));
    for (const u of tree.units) {
      if (u.parent === null) continue;
      if (!tree.get(u.parent)) {
        once(`parent:${u.code}:${u.parent}`, () => makeFinding('units/parent-not-valid', where(u.code, 'parent'), { code: u.code, parent: u.parent ?? '', period: label(q) }));
        continue;
      }
      const path = tree.pathToRoot(u.code);
      const top = path[path.length - 1];
      if (top && top.parent !== null && tree.get(top.parent)) {
        // The walk stopped on a unit already seen: a loop. Report it once, by its sorted members.
        const loop = loopFrom(tree, u.code);
        once(`cycle:${[...loop].sort().join(',')}`, () => makeFinding('units/cycle', where(u.code, 'parent'), { period: label(q), cycle: [...loop, loop[0]].join(' → ') }));
      }
    }
  }
  return findings;
}

function loopFrom(tree: UnitTreeAt, code: string): string[] {
  const order: string[] = [];
  let u = tree.get(code);
  while (u && !order.includes(u.code)) {
    order.push(u.code);
    u = u.parent === null ? undefined : tree.get(u.parent);
  }
  return u ? order.slice(order.indexOf(u.code)) : order;
}
