import { addDays } from 'date-fns/addDays';
import { formatISO } from 'date-fns/formatISO';
import { lastDayOfMonth } from 'date-fns/lastDayOfMonth';
import { parseISO } from 'date-fns/parseISO';
import { PERIOD_ID_PATTERN, type Period, type PeriodId, type PeriodKind } from '../model/period.ts';
import type { Plan, Reporting } from '../model/plan.ts';

const ROMAN = ['I', 'II', 'III', 'IV'] as const;
const END_MONTH: Record<PeriodKind, number> = { Q1: 3, Q2: 6, Q3: 9, Q4: 12, H1: 6, '9M': 9, Y: 12 };
const START_MONTH: Record<PeriodKind, number> = { Q1: 1, Q2: 4, Q3: 7, Q4: 10, H1: 1, '9M': 1, Y: 1 };

const isoDay = (d: Date) => formatISO(d, { representation: 'date' });

/** "2024-Q2" → the period with its dates; null when the id is not a period id. */
export function parsePeriod(id: string): Period | null {
  const m = PERIOD_ID_PATTERN.exec(id);
  if (!m) return null;
  const year = Number(m[1]);
  const kind = m[2] as PeriodKind;
  const endMonth = END_MONTH[kind];
  const end = lastDayOfMonth(new Date(year, endMonth - 1, 1));
  return {
    id,
    year,
    kind,
    start: isoDay(new Date(year, START_MONTH[kind] - 1, 1)),
    end: isoDay(end),
    quartersElapsed: endMonth / 3,
  };
}

/** Like parsePeriod, but for ids already validated by a schema. */
export function periodOf(id: PeriodId): Period {
  const p = parsePeriod(id);
  if (!p) throw new Error(`not a period id: ${id}`);
  return p;
}

/** "2024-Q1" → "Quý I năm 2024"; "2024-H1" → "6 tháng đầu năm 2024"; "2024-Y" → "năm 2024". */
export function periodName(id: PeriodId): string {
  const { year, kind } = periodOf(id);
  switch (kind) {
    case 'H1':
      return `6 tháng đầu năm ${year}`;
    case '9M':
      return `9 tháng đầu năm ${year}`;
    case 'Y':
      return `năm ${year}`;
    default:
      return `Quý ${ROMAN[Number(kind[1]) - 1]} năm ${year}`;
  }
}

/** Lower-case form for running text and summary lines: "quý I năm 2024". */
export function periodNameLower(id: PeriodId): string {
  const name = periodName(id);
  return name.charAt(0).toLocaleLowerCase('vi') + name.slice(1);
}

/** The quarters a period is made of ("2024-H1" → 2024-Q1, 2024-Q2). */
export function quartersOf(id: PeriodId): PeriodId[] {
  const { year, kind } = periodOf(id);
  const last = kind.startsWith('Q') ? Number(kind[1]) : END_MONTH[kind] / 3;
  const first = kind.startsWith('Q') ? last : 1;
  const out: PeriodId[] = [];
  for (let q = first; q <= last; q++) out.push(`${year}-Q${q}`);
  return out;
}

/** The quarter before a quarter within the same year, or null for Q1 and non-quarters. */
export function previousQuarter(id: PeriodId): PeriodId | null {
  const { year, kind } = periodOf(id);
  if (!kind.startsWith('Q') || kind === 'Q1') return null;
  return `${year}-Q${Number(kind[1]) - 1}`;
}

/** Quarter periods of a year that end on or before the end of `id` (for cumulative checks). */
export function quartersUpTo(id: PeriodId): PeriodId[] {
  const { year, quartersElapsed } = periodOf(id);
  return Array.from({ length: quartersElapsed }, (_, i) => `${year}-Q${i + 1}`);
}

/** Deadline of a period from the plan's rule: ISO date, inclusive. */
export function periodDeadline(reporting: Reporting, id: PeriodId): string {
  const period = periodOf(id);
  const rule = reporting.deadlineOverrides?.[period.kind] ?? reporting.deadline;
  return isoDay(addDays(parseISO(period.end), rule.daysAfterEnd));
}

/** The years a plan covers. */
export function planYears(plan: Pick<Plan, 'year' | 'term'>): number[] {
  const from = plan.year ?? plan.term?.from;
  const to = plan.year ?? plan.term?.to ?? from;
  if (from === undefined || to === undefined) return [];
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

/** Whether a period lies within the plan's years. */
export function inPlan(plan: Pick<Plan, 'year' | 'term'>, period: PeriodId): boolean {
  return planYears(plan).includes(periodOf(period).year);
}

/** The period after `period` within the reporting cycle (Q1 → Q2, Q4 → next year's Q1, H1 → Q3). */
export function nextPeriod(period: PeriodId): PeriodId {
  const [yearText, kind] = period.split('-') as [string, string];
  const year = Number(yearText);
  const next: Record<string, string> = { Q1: 'Q2', Q2: 'Q3', Q3: 'Q4', H1: 'Q3', '9M': 'Q4' };
  if (kind === 'Q4') return `${year + 1}-Q1`;
  if (kind === 'Y') return `${year + 1}-Y`;
  return `${year}-${next[kind] ?? 'Q1'}`;
}

/**
 * The period whose report decides completeness and task progress: the period itself when the
 * plan has offices report it; otherwise (H1/9M/Y derived from quarters) its last quarter.
 */
export function reportingPeriodOf(plan: Plan, period: PeriodId): PeriodId {
  const { kind } = periodOf(period);
  if (plan.reporting.periods.includes(kind)) return period;
  return quartersOf(period).at(-1) as PeriodId;
}
