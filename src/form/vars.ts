import type { Plan } from '../model/plan.ts';
import type { PeriodId } from '../model/period.ts';
import { formatViDateLong, formatViDateShort } from '../vi/date.ts';
import { periodDeadline, periodName, previousQuarter } from '../vi/period.ts';
import { documentType } from '../vi/plan-text.ts';
import { fillPlaceholders, loadInstructions } from './config.ts';

/**
 * The placeholders of templates/instructions.yaml for one organisation and period; for a form
 * made for a unit (a commune…), {org} names the unit too: "Phường Phước Hội — Mặt trận Tổ quốc" (the
 * caller gives the organisation's short name then: its full name is the province's).
 */
export function templateVars(plan: Plan, orgName: string, period: PeriodId, unitName?: string, submitTo?: string): Record<string, string> {
  const words = loadInstructions();
  const prev = previousQuarter(period);
  return {
    period: periodName(period),
    org: unitName ? fillPlaceholders(words.report.unitOrg ?? '{unit} — {org}', { unit: unitName, org: orgName }) : orgName,
    deadline: formatViDateLong(periodDeadline(plan.reporting, period)),
    // A unit's form goes to the unit above it (its district's Ban Dân vận), not to the plan's office.
    submitTo: submitTo ?? plan.reporting.submitTo ?? plan.reporting.body,
    source: fillPlaceholders(words.sourceRef, {
      type: documentType(plan.source),
      number: plan.source.number,
      date: formatViDateShort(plan.source.date),
      issuer: plan.source.issuer,
    }),
    previous: prev ? periodName(prev) : '',
  };
}
