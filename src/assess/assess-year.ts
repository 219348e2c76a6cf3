import type { AssessmentRules, GradeDecision, OrgAssessment, QuarterView, YearAssessment } from '../model/assessment.ts';
import type { Finding } from '../model/finding.ts';
import type { PeriodId } from '../model/period.ts';
import type { Plan } from '../model/plan.ts';
import type { Store } from '../model/store.ts';
import { planIndex } from '../plan/index.ts';
import { makeFinding } from '../vi/messages/index.ts';
import { periodNameLower } from '../vi/period.ts';
import { type YearSource, yearFromEvaluate } from './from-evaluate.ts';
import { metricsOf, proposeGrade } from './grade.ts';
import { countTargets, countTasks, orgViews, reported, targetStandings, taskStandings } from './standing.ts';

export interface AssessInput {
  rules: AssessmentRules;
  /** The committee's decisions recorded so far (the latest per organisation is kept beside the proposal). */
  decisions?: readonly GradeDecision[];
}

/** "quý III" from "2024-Q3". */
const quarterWord = (q: PeriodId) => periodNameLower(q).replace(/ năm \d+$/, '');

/**
 * The year-end assessment of every organisation of the plan, from its four quarters: tasks done
 * on time, late, not done; targets met, exceeded (by how much), missed, without data; key targets
 * apart; each quarter's report on time, late or missing; the grade the rules propose, with its
 * reason; the committee's decision beside it. Pure over the quarters' views.
 */
export function assessYear(plan: Plan, year: number, quarters: readonly QuarterView[], input: AssessInput): { assessment: YearAssessment; findings: Finding[] } {
  const { rules } = input;
  const index = planIndex(plan);
  const latest = new Map<string, GradeDecision>();
  for (const d of [...(input.decisions ?? [])].sort((a, b) => a.id - b.id)) {
    if (d.planId === plan.id && d.year === year) latest.set(d.org, d);
  }
  const findings: Finding[] = [];
  const organizations = plan.organizations.map((o): OrgAssessment => {
    const views = orgViews(quarters, o.code);
    const asOfIndex = views.reduce((last, v, k) => (reported(v) ? k : last), -1);
    const asOf = asOfIndex < 0 ? null : quarters[asOfIndex]?.quarter ?? null;
    const missingQuarters = quarters.filter((_, k) => !reported(views[k])).map((q) => q.quarter);
    const tasks = asOfIndex < 0
      ? (index.tasksByOrg.get(o.code) ?? []).map((t) => ({ taskId: t.id, standing: 'no_data' as const, doneIn: null }))
      : taskStandings(index.tasksByOrg.get(o.code) ?? [], views, asOfIndex, year);
    const targets = targetStandings(index.targetsByOrg.get(o.code) ?? [], asOfIndex < 0 ? undefined : views[asOfIndex]);
    const taskCounts = countTasks(tasks);
    const targetCounts = countTargets(targets);
    const proposal = proposeGrade({
      rules,
      tasks: taskCounts,
      targets: targetCounts,
      missing: missingQuarters.map(quarterWord),
      asOf: asOf ? periodNameLower(asOf) : null,
      final: asOfIndex === 3,
    });
    if (asOf === null) findings.push(makeFinding('assess/no-report', { org: o.code }, { orgName: o.name }));
    else if (missingQuarters.length > 0) {
      findings.push(makeFinding('assess/quarters-missing', { org: o.code }, { orgName: o.name, quarters: missingQuarters.map(quarterWord).join(', ') }));
    }
    return {
      org: o.code,
      name: o.name,
      asOf,
      missingQuarters,
      quarters: quarters.map((q, k) => {
        const v = views[k];
        return { quarter: q.quarter, completeness: v?.completeness ?? 'missing', overdue: v?.overdue ?? true, daysLate: v?.daysLate ?? null };
      }),
      tasks,
      taskCounts,
      targets,
      targetCounts,
      keyTargetCounts: countTargets(targets.filter((t) => t.key)),
      metrics: metricsOf(taskCounts, targetCounts),
      proposal,
      decision: latest.get(o.code) ?? null,
    };
  });
  return {
    assessment: {
      planId: plan.id,
      year,
      rules: { id: rules.id, title: rules.title, version: rules.version, ...(rules.note ? { note: rules.note } : {}) },
      organizations,
    },
    findings,
  };
}

/** The assessment from quarters evaluated over `source` (the store, or submissions in memory). */
export function assessFromSource(plan: Plan, year: number, source: YearSource, input: AssessInput): { assessment: YearAssessment; findings: Finding[] } {
  return assessYear(plan, year, yearFromEvaluate(plan, year, source), input);
}

/** The assessment from the store, with the committee's decisions recorded there. */
export function assessFromStore(plan: Plan, year: number, store: Store, rules: AssessmentRules, options: { now?: string } = {}) {
  const decisions = store.gradeDecisions?.(plan.id, year) ?? [];
  return assessFromSource(plan, year, { store, ...options }, { rules, decisions });
}
