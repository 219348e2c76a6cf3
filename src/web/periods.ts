import type { PeriodId, PeriodKind } from '../model/period.ts';
import type { Plan } from '../model/plan.ts';
import type { Store } from '../model/store.ts';
import { periodOf, planYears } from '../vi/period.ts';

/** Views in the order of the year: each quarter, and the half-year, nine months and year after theirs. */
const ORDER: PeriodKind[] = ['Q1', 'Q2', 'H1', 'Q3', '9M', 'Q4', 'Y'];
const DERIVED: PeriodKind[] = ['H1', '9M', 'Y'];

/** Every period the picker offers: the plan's reporting periods and the views derived from quarters. */
export function planPeriods(plan: Plan): PeriodId[] {
  const kinds = new Set<PeriodKind>([...plan.reporting.periods, ...(plan.reporting.periods.some((k) => k.startsWith('Q')) ? DERIVED : [])]);
  return planYears(plan).flatMap((year) => ORDER.filter((k) => kinds.has(k)).map((k) => `${year}-${k}`));
}

/** The period a page opens on: the latest reported period with an accepted workbook, else the first. */
export function defaultPeriod(plan: Plan, store: Store): PeriodId {
  const periods = planPeriods(plan);
  const reported = periods.filter((p) => plan.reporting.periods.includes(periodOf(p).kind));
  const latest = [...reported].reverse().find((p) => store.currentSubmissions(plan.id, p).length > 0);
  return latest ?? reported[0] ?? periods[0] ?? `${new Date().getFullYear()}-Q1`;
}
