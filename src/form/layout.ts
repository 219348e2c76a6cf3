import type { Comparator, Plan, Target, Task } from '../model/plan.ts';
import type { ColumnSpec, RowKind } from '../model/template.ts';
import { type ColumnKey, PART_KINDS, type PartKind, partRowId } from '../model/workbook-meta.ts';
import { formatViNumber } from '../vi/number.ts';
import { columnLetter } from '../xlsx/columns.ts';
import { loadColumns } from './config.ts';
import { planIndex } from '../plan/plan-index.ts';

/**
 * One row of the report table: a task, one quantitative target under its task, or one of the
 * two parts (numerator, denominator) right under a percent or rate target that declares them.
 */
export interface LayoutRow {
  kind: RowKind | PartKind;
  id: string;
  task: Task;
  target?: Target;
  /**
   * The unit's own part of the target (phân bổ chỉ tiêu, src/allot): `target.value` is then the
   * share, and the target's text says so. Absent on forms without an allotment.
   */
  share?: number;
}

/** Columns a part row has: its label, its one input (the figure to date, beside the target's), the ID. */
const PART_COLUMNS: ReadonlySet<ColumnKey> = new Set(['task', 'cumulative', 'id']);

/** Whether a column has a cell in a row (an input cell for input kinds): columns.yaml's `rows`, or the part rows' fixed set. */
export function columnApplies(column: Pick<ColumnSpec, 'key' | 'rows'>, kind: LayoutRow['kind']): boolean {
  return kind === 'task' || kind === 'target' ? column.rows.includes(kind) : PART_COLUMNS.has(column.key);
}

/** A column placed on the sheet: its spec and its letter. */
export interface PlacedColumn extends ColumnSpec {
  index: number;
  letter: string;
}

/** Rows of the title block, the header and the first data row (1-based). */
export const SHEET_ROWS = { title: 1, period: 2, org: 3, source: 4, legend: 5, header: 6, numbering: 7, firstData: 8 } as const;

/** placeColumns per columns configuration (loaded once): ingest places them for every workbook. */
const placed = new WeakMap<object, Map<boolean, readonly PlacedColumn[]>>();

/** The configured columns in order; "previous" only when previous results are given. */
export function placeColumns(withPrevious: boolean): readonly PlacedColumn[] {
  const config = loadColumns();
  let byMode = placed.get(config);
  if (!byMode) placed.set(config, (byMode = new Map()));
  let columns = byMode.get(withPrevious);
  if (!columns) {
    columns = config.columns.filter((c) => c.key !== 'previous' || withPrevious).map((c, i) => ({ ...c, index: i + 1, letter: columnLetter(i + 1) }));
    byMode.set(withPrevious, columns);
  }
  return columns;
}

export function columnByKey(columns: readonly PlacedColumn[]): Partial<Record<ColumnKey, PlacedColumn>> {
  return Object.fromEntries(columns.map((c) => [c.key, c]));
}

/** Tasks of an organisation in plan order, each followed by its targets. */
export function layoutRows(plan: Plan, org: string): LayoutRow[] {
  const rows: LayoutRow[] = [];
  const { tasksByOrg, targetsByTask } = planIndex(plan);
  for (const task of tasksByOrg.get(org) ?? []) {
    rows.push({ kind: 'task', id: task.id, task });
    for (const target of targetsByTask.get(task.id) ?? []) {
      rows.push({ kind: 'target', id: target.id, task, target });
      if (target.parts) for (const part of PART_KINDS) rows.push({ kind: part, id: partRowId(target.id, part), task, target });
    }
  }
  return rows;
}

/**
 * A unit's form: each target row the unit was given a share of measures against the share
 * (its value becomes the share; the text still quotes the plan's whole). Rows without a share
 * are unchanged; no shares, the same rows.
 */
export function applyShares(rows: LayoutRow[], shares: ReadonlyMap<string, number> | undefined): LayoutRow[] {
  if (!shares || shares.size === 0) return rows;
  return rows.map((lr) => {
    const share = lr.target ? shares.get(lr.target.id) : undefined;
    return lr.target && share !== undefined ? { ...lr, target: { ...lr.target, value: share }, share } : lr;
  });
}

/**
 * The plan as a unit's form measures it: each target the unit was given a share of has the share
 * as its value (text, comparator, kind unchanged). The caller keeps the original plan's hash.
 */
export function planWithShares(plan: Plan, shares: ReadonlyMap<string, number>): Plan {
  if (shares.size === 0) return plan;
  return { ...plan, targets: plan.targets.map((t) => (shares.has(t.id) ? { ...t, value: shares.get(t.id) as number } : t)) };
}

const SYMBOL: Record<Exclude<Comparator, 'between' | 'eq'>, string> = { gte: '≥', gt: '>', lte: '≤', lt: '<' };

/** The target as a short phrase: "≥ 600", "15 – 20%", "> 70%", "900.000". */
export function targetPhrase(target: Target): string {
  const pct = target.kind === 'percent' ? '%' : '';
  const v = `${formatViNumber(target.value)}${pct}`;
  switch (target.comparator) {
    case 'between':
      return `${formatViNumber(target.value)} – ${formatViNumber(target.max ?? target.value)}${pct}`;
    case 'eq':
      return v;
    default:
      return `${SYMBOL[target.comparator]} ${v}`;
  }
}

/** The unit as the offices count it: "hội viên", "%", "đồng/hội viên". */
export function targetUnit(target: Target): string {
  return target.per ? `${target.unit}/${target.per}` : target.unit;
}
