import type { PeriodId } from '../model/period.ts';
import type { QuarterId, Unit, UnitAt } from '../model/units.ts';
import { quartersOf } from '../vi/period.ts';

/**
 * The quarter a period is looked up in: a quarter itself, or the last quarter of a half-year,
 * nine-month or year view (the tree that consolidates the period is the one at its end).
 */
export function quarterOfPeriod(period: PeriodId | QuarterId): QuarterId {
  const quarters = quartersOf(period as PeriodId);
  return quarters[quarters.length - 1] as QuarterId;
}

/** "2024-Q3" vs "2025-Q1": ids of the form yyyy-Qn sort as text. */
export const compareQuarters = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export function nextQuarter(q: QuarterId): QuarterId {
  const year = Number(q.slice(0, 4));
  const n = Number(q.slice(6));
  return (n === 4 ? `${year + 1}-Q1` : `${year}-Q${n + 1}`) as QuarterId;
}

/** Whether the unit exists in the quarter (validFrom and validTo inclusive). */
export function existsIn(unit: Unit, q: QuarterId): boolean {
  if (unit.validFrom && compareQuarters(q, unit.validFrom) < 0) return false;
  if (unit.validTo && compareQuarters(q, unit.validTo) > 0) return false;
  return true;
}

/** The unit as it stands in a quarter: its changes up to that quarter applied, in order. */
export function unitIn(unit: Unit, q: QuarterId): UnitAt {
  let at: UnitAt = { code: unit.code, name: unit.name, level: unit.level, parent: unit.parent ?? null, organizations: unit.organizations ?? null };
  for (const change of unit.changes ?? []) {
    if (compareQuarters(change.from, q) > 0) break;
    at = {
      ...at,
      ...(change.parent !== undefined ? { parent: change.parent } : {}),
      ...(change.name ? { name: change.name } : {}),
      ...(change.level ? { level: change.level } : {}),
    };
  }
  return at;
}

/**
 * The tree of units in one quarter: lookups by code, children, subtree, path to the root.
 * Built from checked units (loadUnits); a parent missing in the quarter makes the unit hang
 * loose (pathToRoot stops there), never throws.
 */
export class UnitTreeAt {
  readonly quarter: QuarterId;
  readonly units: UnitAt[];
  private readonly byCode = new Map<string, UnitAt>();
  private readonly children = new Map<string, UnitAt[]>();

  constructor(units: readonly Unit[], period: PeriodId | QuarterId) {
    this.quarter = quarterOfPeriod(period);
    this.units = units.filter((u) => existsIn(u, this.quarter)).map((u) => unitIn(u, this.quarter));
    for (const u of this.units) this.byCode.set(u.code, u);
    for (const u of this.units) {
      if (u.parent === null || !this.byCode.has(u.parent)) continue;
      const list = this.children.get(u.parent) ?? [];
      list.push(u);
      this.children.set(u.parent, list);
    }
  }

  get(code: string): UnitAt | undefined {
    return this.byCode.get(code);
  }

  /** Units without a parent, in file order (a checked file has exactly one). */
  roots(): UnitAt[] {
    return this.units.filter((u) => u.parent === null);
  }

  childrenOf(code: string): UnitAt[] {
    return this.children.get(code) ?? [];
  }

  /** The unit and every unit below it, depth first, in file order. */
  subtreeOf(code: string): UnitAt[] {
    const start = this.byCode.get(code);
    if (!start) return [];
    const out: UnitAt[] = [];
    const seen = new Set<string>();
    const visit = (u: UnitAt) => {
      if (seen.has(u.code)) return;
      seen.add(u.code);
      out.push(u);
      for (const c of this.childrenOf(u.code)) visit(c);
    };
    visit(start);
    return out;
  }

  /** From the unit up to the root: [unit, parent, …, root]. Stops on a loop or a missing parent. */
  pathToRoot(code: string): UnitAt[] {
    const out: UnitAt[] = [];
    const seen = new Set<string>();
    let u = this.byCode.get(code);
    while (u && !seen.has(u.code)) {
      seen.add(u.code);
      out.push(u);
      u = u.parent === null ? undefined : this.byCode.get(u.parent);
    }
    return out;
  }

  /** Depth below the root: 0 for the root, 1 for its children… */
  depthOf(code: string): number {
    return this.pathToRoot(code).length - 1;
  }

  /**
   * The unit a form reports for: its own, or for a form made without a unit ('') the office's
   * own — the root of the tree (a district office makes its own forms with --unit).
   */
  formUnit(unit: string | null | undefined): string {
    return unit || (this.roots()[0]?.code ?? '');
  }

  /** The organisations that report at the unit: its own list, or every organisation of the plan. */
  organizationsOf(code: string, planOrganizations: readonly string[]): string[] {
    const u = this.byCode.get(code);
    return u?.organizations ? [...u.organizations] : [...planOrganizations];
  }
}

/** A checked units file: the units in file order; `at(period)` gives the tree of a period. */
export class UnitTree {
  constructor(readonly units: readonly Unit[]) {}

  at(period: PeriodId | QuarterId): UnitTreeAt {
    return new UnitTreeAt(this.units, period);
  }

  /**
   * A one-level store (no units file): the one unit that holds the plan's organisations,
   * named after the reporting body ("Ban Dân vận Tỉnh ủy").
   */
  static single(code: string, name: string, level = 'đơn vị'): UnitTree {
    return new UnitTree([{ code, name, level }]);
  }
}

/** The periods over which the tree keeps one shape: from (null: since always) to (null: still). */
export interface TreeShape {
  from: QuarterId | null;
  to: QuarterId | null;
  tree: UnitTreeAt;
}

/** Every shape the tree takes, in time order: one per quarter where a unit starts, ends or moves. */
export function shapesOf(tree: UnitTree): TreeShape[] {
  const starts = new Set<QuarterId>();
  for (const u of tree.units) {
    if (u.validFrom) starts.add(u.validFrom);
    if (u.validTo) starts.add(nextQuarter(u.validTo));
    for (const c of u.changes ?? []) starts.add(c.from);
  }
  const sorted = [...starts].sort(compareQuarters);
  const firstFrom = sorted[0];
  // Before the first named quarter: the quarter before it shows that shape.
  const bounds: (QuarterId | null)[] = [null, ...sorted];
  return bounds.map((from, i) => {
    const next = bounds[i + 1];
    const probe = from ?? (firstFrom ? previousQuarter(firstFrom) : ('2000-Q1' as QuarterId));
    return { from, to: next ? previousQuarter(next) : null, tree: new UnitTreeAt(tree.units, probe) };
  }).filter((s) => s.tree.units.length > 0);
}

function previousQuarter(q: QuarterId): QuarterId {
  const year = Number(q.slice(0, 4));
  const n = Number(q.slice(6));
  return (n === 1 ? `${year - 1}-Q4` : `${year}-Q${n - 1}`) as QuarterId;
}

/** Code of the one unit of a one-level store (no units file): the office that consolidates. */
export const DEFAULT_UNIT_CODE = 'BDV';
