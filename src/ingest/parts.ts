import type { Finding, FindingLocation } from '../model/finding.ts';
import type { Plan, Target } from '../model/plan.ts';
import type { ReportedTarget } from '../model/submission.ts';
import type { PartKind, RowMapEntry } from '../model/workbook-meta.ts';
import { planIndex } from '../plan/index.ts';
import { makeFinding } from '../vi/messages/index.ts';
import { formatViNumber } from '../vi/number.ts';
import type { CellRead } from './cells.ts';
import { readNumberCell } from './numbers.ts';

type At = FindingLocation & { cell?: string };

/** Where a part's cell is read: its value, its location, and the target's own cumulative cell (for the level's findings). */
export interface PartCell {
  read: CellRead;
  where: At;
  cumulativeAt: At;
  inPeriodAt: At;
}

/**
 * A typed level may differ from numerator / denominator by its rounding: a percent typed to a
 * whole number is off by up to 0.5; a rate ("900.000 đồng/hội viên") by half a unit or 0.5 %.
 */
function tolerance(target: Target, computed: number): number {
  return target.kind === 'percent' ? 0.5 : Math.max(0.5, Math.abs(computed) * 0.005);
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/**
 * The numerator and denominator of each percent or rate target that declares `parts`, read from
 * the two rows under the target into ReportedTarget.numerator/denominator (null when blank), and
 * checked against the level in the target's own cell:
 * - a numerator above its denominator for a percent → error naming both cells;
 * - a level that differs from num/den (× 100) by more than rounding → warning;
 * - both parts given, level blank → the level is computed from them (info);
 * - one part blank while the other or the level is given → warning (the level above needs both).
 */
export function readParts(
  plan: Plan,
  expected: ReadonlyArray<{ id: string; kind: RowMapEntry['kind'] }>,
  targets: Map<string, ReportedTarget>,
  cellOf: (part: PartKind, targetId: string) => PartCell,
  /** Headers of the target's own number columns, as the form shows them. */
  columns: { cumulative: string; inPeriod: string },
): Finding[] {
  const findings: Finding[] = [];
  const { targetById } = planIndex(plan);
  for (const e of expected) {
    const target = e.kind === 'target' ? targetById.get(e.id) : undefined;
    const reported = targets.get(e.id);
    if (!target?.parts || !reported) continue;
    // A part is a count (percent) or an amount (rate): read as such, never checked against 0–100.
    const asPart: Target = { ...target, kind: target.kind === 'percent' ? 'count' : 'money', unit: '' };
    const cells = { numerator: cellOf('numerator', e.id), denominator: cellOf('denominator', e.id) };
    const value = (part: PartKind): number | null => {
      const r = readNumberCell(cells[part].read, { at: { ...cells[part].where, taskId: target.task }, target: asPart, column: target.parts?.[part] ?? columns.cumulative });
      findings.push(...r.findings);
      return r.value;
    };
    const numerator = value('numerator');
    const denominator = value('denominator');
    reported.numerator = numerator;
    reported.denominator = denominator;
    const names = { target: target.text };
    const where = (c: PartCell) => ({ ...c.where, taskId: target.task, targetId: target.id });

    if (numerator === null || denominator === null) {
      const missing = numerator === null ? 'numerator' : 'denominator';
      if (numerator !== null || denominator !== null || reported.cumulative !== null) {
        findings.push(makeFinding('ingest/part-missing', where(cells[missing]), { ...names, missing: target.parts[missing], part: missing }));
      }
      continue;
    }
    if (target.kind === 'percent' && numerator > denominator) {
      findings.push(
        makeFinding('ingest/numerator-over-denominator', where(cells.numerator), {
          ...names,
          numerator: formatViNumber(numerator, 6),
          denominator: formatViNumber(denominator, 6),
          numeratorCell: cells.numerator.where.cell ?? '?',
          denominatorCell: cells.denominator.where.cell ?? '?',
        }),
      );
      continue;
    }
    if (denominator === 0) continue;
    const computed = target.kind === 'percent' ? (numerator / denominator) * 100 : numerator / denominator;
    const pct = target.kind === 'percent' ? '%' : '';
    const args = { numerator: formatViNumber(numerator, 6), denominator: formatViNumber(denominator, 6), computed: `${formatViNumber(round2(computed), 2)}${pct}` };
    const ids = { taskId: target.task, targetId: target.id };
    // The level typed: in "Lũy kế từ đầu năm", or else in "Kết quả trong kỳ"; each checked where it is.
    const typed = reported.cumulative !== null
      ? { value: reported.cumulative, at: cells.numerator.cumulativeAt, column: columns.cumulative }
      : reported.inPeriod !== null
        ? { value: reported.inPeriod, at: cells.numerator.inPeriodAt, column: columns.inPeriod }
        : null;
    if (typed && Math.abs(typed.value - computed) > tolerance(target, computed)) {
      const actual = formatViNumber(typed.value, 6);
      findings.push(makeFinding('ingest/percent-differs-from-parts', { ...typed.at, ...ids, actual }, { ...args, column: typed.column, actual: `${actual}${pct}` }));
    }
    if (reported.cumulative === null) {
      reported.cumulative = round2(computed);
      findings.push(makeFinding('ingest/percent-from-parts', { ...cells.numerator.cumulativeAt, ...ids }, { ...args, column: columns.cumulative }));
    }
  }
  return findings;
}
