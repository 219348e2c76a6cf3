import type { AssessmentRules, GradeBand, GradeDecision } from '../model/assessment.ts';
import type { Finding } from '../model/finding.ts';
import type { Plan } from '../model/plan.ts';
import type { Store } from '../model/store.ts';
import { findOrg } from '../plan/index.ts';
import { makeFinding } from '../vi/messages/index.ts';
import { nfc } from '../vi/text.ts';
import { assessFromStore } from './assess-year.ts';

/** A band named by its id ("tot") or its name ("Hoàn thành tốt nhiệm vụ"), in any case. */
export function findBand(rules: AssessmentRules, typed: string): GradeBand | undefined {
  const key = nfc(typed.trim()).toLocaleLowerCase('vi');
  return rules.bands.find((b) => b.id.toLowerCase() === key || b.name.toLocaleLowerCase('vi') === key);
}

export interface DecideInput {
  org: string;
  /** Band id or name. */
  grade: string;
  reason: string;
  rules: AssessmentRules;
  /** ISO timestamp of the decision (default now). */
  decidedAt?: string;
}

/**
 * Records the committee's grade for one organisation's year, with the grade the tool proposes
 * today beside it (so a later reader sees that, and why, the two differ). Unknown organisation
 * or grade → findings, nothing recorded.
 */
export function decideGrade(plan: Plan, year: number, store: Store, input: DecideInput): { decision: GradeDecision | null; findings: Finding[] } {
  const org = findOrg(plan, input.org);
  if (!org) {
    const known = plan.organizations.map((o) => o.code).join(', ');
    return { decision: null, findings: [makeFinding('assess/unknown-org', { org: input.org }, { org: input.org, known })] };
  }
  const band = findBand(input.rules, input.grade);
  if (!band) {
    const known = input.rules.bands.map((b) => `${b.id} (${b.name})`).join(', ');
    return { decision: null, findings: [makeFinding('assess/unknown-grade', { org: org.code }, { grade: input.grade, rules: input.rules.id, known })] };
  }
  if (!store.recordGradeDecision) throw new Error('this store cannot record grade decisions');
  const { assessment } = assessFromStore(plan, year, store, input.rules);
  const proposed = assessment.organizations.find((o) => o.org === org.code)?.proposal.band ?? null;
  const decision = store.recordGradeDecision({
    planId: plan.id,
    year,
    org: org.code,
    band: band.id,
    reason: nfc(input.reason.trim()),
    proposedBand: proposed,
    rulesId: input.rules.id,
    decidedAt: input.decidedAt ?? new Date().toISOString(),
  });
  return { decision, findings: [] };
}
