import type { Plan } from '../model/plan.ts';
import type { PeriodId } from '../model/period.ts';
import { formatViDateLong, formatViDateShort } from '../vi/date.ts';
import { periodDeadline, periodName, previousQuarter } from '../vi/period.ts';
import { documentType } from '../vi/plan-text.ts';
import { fillPlaceholders, loadInstructions } from './config.ts';

interface PeriodVars {
  period: string;
  deadline: string;
  submitTo: string;
  source: string;
  previous: string;
}

/**
 * The placeholders that do not depend on the organisation, by the plan's reporting rules and
 * source (the objects themselves: a plan is never changed once loaded, and an ingest worker's
 * per-organisation plan shares them) and period. Ingest compares every form's title block with
 * them: worked out once per period, not once per file (bench/README.md).
 */
const periodCache = new WeakMap<Plan['reporting'], WeakMap<Plan['source'], Map<PeriodId, PeriodVars>>>();

function periodVars(plan: Plan, period: PeriodId): PeriodVars {
  let bySource = periodCache.get(plan.reporting);
  if (!bySource) periodCache.set(plan.reporting, (bySource = new WeakMap()));
  let byPeriod = bySource.get(plan.source);
  if (!byPeriod) bySource.set(plan.source, (byPeriod = new Map()));
  let vars = byPeriod.get(period);
  if (!vars) {
    const words = loadInstructions();
    const prev = previousQuarter(period);
    vars = {
      period: periodName(period),
      deadline: formatViDateLong(periodDeadline(plan.reporting, period)),
      submitTo: plan.reporting.submitTo ?? plan.reporting.body,
      source: fillPlaceholders(words.sourceRef, {
        type: documentType(plan.source),
        number: plan.source.number,
        date: formatViDateShort(plan.source.date),
        issuer: plan.source.issuer,
      }),
      previous: prev ? periodName(prev) : '',
    };
    byPeriod.set(period, vars);
  }
  return vars;
}

/**
 * The placeholders of templates/instructions.yaml for one organisation and period; for a form
 * made for a unit (a commune…), {org} names the unit too: "Phường Phước Hội — Mặt trận Tổ quốc" (the
 * caller gives the organisation's short name then: its full name is the province's).
 */
export function templateVars(plan: Plan, orgName: string, period: PeriodId, unitName?: string, submitTo?: string): Record<string, string> {
  const v = periodVars(plan, period);
  const org = unitName ? fillPlaceholders(loadInstructions().report.unitOrg ?? '{unit} — {org}', { unit: unitName, org: orgName }) : orgName;
  // A unit's form goes to the unit above it (its district's Ban Dân vận), not to the plan's office.
  return { period: v.period, org, deadline: v.deadline, submitTo: submitTo ?? v.submitTo, source: v.source, previous: v.previous };
}
