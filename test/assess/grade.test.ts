import { beforeAll, describe, expect, it } from 'vitest';
import { assessFromSource } from '../../src/assess/index.ts';
import type { AssessmentRules, OrgAssessment } from '../../src/model/assessment.ts';
import type { Plan } from '../../src/model/plan.ts';
import type { Submission } from '../../src/model/submission.ts';
import { ORG, type YearShape, quarterReport, rules2025, withMode, yearEnd, yearPlan } from './fixtures.ts';

let rules: AssessmentRules;
beforeAll(async () => {
  rules = await rules2025();
});

/** Assesses one organisation over the given quarters' reports. */
function assess(plan: Plan, submissions: Submission[], r: AssessmentRules = rules): OrgAssessment {
  const { assessment } = assessFromSource(plan, 2025, { submissions, log: [], now: '2026-03-01T00:00:00+07:00' }, { rules: r });
  return assessment.organizations.find((o) => o.org === ORG) as OrgAssessment;
}

/** Four quarters, all tasks done from Q1 unless `q4` says otherwise; targets on the pro-rata line, Q4 as given. */
function fullYear(shape: YearShape, q4: Parameters<typeof quarterReport>[2] = {}, earlier: Parameters<typeof quarterReport>[2] = {}) {
  const plan = yearPlan(shape);
  const subs = [1, 2, 3].map((q) => quarterReport(plan, q, earlier));
  subs.push(quarterReport(plan, 4, { cumulative: yearEnd({}, shape.targets), ...q4 }));
  return { plan, subs };
}

describe('proposed grade under Quy định 366-QĐ/TW (templates/assessment-2025.yaml)', () => {
  it('every task on time, exactly 30% of targets exceeded (3 of 10) → xuat-sac (30% is inclusive)', () => {
    const { plan, subs } = fullYear({ tasks: 4, targets: 10 }, { cumulative: yearEnd({ 0: 120, 1: 101, 2: 150 }, 10) });
    const o = assess(plan, subs);
    expect(o.metrics.targetsExceededShare).toBeCloseTo(0.3, 12);
    expect(o.targetCounts).toMatchObject({ exceeded: 3, met: 7, missed: 0 });
    expect(o.proposal).toMatchObject({ band: 'xuat-sac', provisional: false });
    expect(o.targets.find((t) => t.targetId === 'C1')?.exceededBy).toBeCloseTo(0.2, 12);
  });

  it('every task on time, 2 of 7 targets exceeded (28.6%) → tot, the failed condition named', () => {
    const { plan, subs } = fullYear({ tasks: 4, targets: 7 }, { cumulative: yearEnd({ 0: 120, 1: 130 }, 7) });
    const o = assess(plan, subs);
    expect(o.proposal.band).toBe('tot');
    expect(o.proposal.failed.map((c) => c.metric)).toEqual(['targetsExceededShare']);
  });

  it('a result exactly on the target value is met, not exceeded → tot', () => {
    const { plan, subs } = fullYear({ tasks: 2, targets: 1 });
    const o = assess(plan, subs);
    expect(o.targetCounts).toMatchObject({ met: 1, exceeded: 0 });
    expect(o.proposal.band).toBe('tot');
  });

  it('exactly 20% of tasks behind (1 of 5 done after its deadline), all done → hoan-thanh (20% is inclusive)', () => {
    // T1 due in Q1, first reported done in Q2.
    const plan = yearPlan({ tasks: 5, targets: 1, deadlines: { 0: '2025-03-31' } });
    const subs = [
      quarterReport(plan, 1, { progress: { 0: 'in_progress' } }),
      quarterReport(plan, 2),
      quarterReport(plan, 3),
      quarterReport(plan, 4, { cumulative: { 0: 100 } }),
    ];
    const o = assess(plan, subs);
    expect(o.taskCounts).toMatchObject({ doneOnTime: 4, doneLate: 1, notDone: 0 });
    expect(o.metrics.tasksBehindShare).toBeCloseTo(0.2, 12);
    expect(o.proposal.band).toBe('hoan-thanh');
  });

  it('2 of 9 tasks behind (22%) → khong-hoan-thanh', () => {
    const plan = yearPlan({ tasks: 9, targets: 1, deadlines: { 0: '2025-03-31', 1: '2025-06-30' } });
    const subs = [
      quarterReport(plan, 1, { progress: { 0: 'in_progress', 1: 'in_progress' } }),
      quarterReport(plan, 2, { progress: { 1: 'in_progress' } }),
      quarterReport(plan, 3),
      quarterReport(plan, 4, { cumulative: { 0: 100 } }),
    ];
    const o = assess(plan, subs);
    expect(o.taskCounts.doneLate).toBe(2);
    expect(o.proposal.band).toBe('khong-hoan-thanh');
  });

  it('a task done within its deadline quarter is on time', () => {
    const plan = yearPlan({ tasks: 1, targets: 0, deadlines: { 0: '2025-06-15' } });
    const subs = [quarterReport(plan, 1, { progress: { 0: 'in_progress' } }), ...[2, 3, 4].map((q) => quarterReport(plan, q))];
    expect(assess(plan, subs).tasks[0]).toMatchObject({ standing: 'done_on_time', doneIn: '2025-Q2' });
  });

  it('one task not done at the end of the year (all else excellent) → khong-hoan-thanh', () => {
    const { plan, subs } = fullYear({ tasks: 6, targets: 3 }, { cumulative: yearEnd({ 0: 200 }, 3), progress: { 5: 'in_progress' } });
    const o = assess(plan, subs);
    expect(o.taskCounts.notDone).toBe(1);
    expect(o.proposal.band).toBe('khong-hoan-thanh');
    expect(o.proposal.failed.map((c) => c.metric)).toContain('tasksNotDone');
  });

  it('every task on time but one target missed → hoan-thanh (tot needs no target missed)', () => {
    const { plan, subs } = fullYear({ tasks: 3, targets: 4 }, { cumulative: yearEnd({ 0: 200, 1: 60 }, 4) });
    const o = assess(plan, subs);
    expect(o.targetCounts).toMatchObject({ missed: 1, exceeded: 1 });
    expect(o.proposal.band).toBe('hoan-thanh');
  });

  it('a target without a figure at the end of the year is "no data", not zero: not missed', () => {
    const { plan, subs } = fullYear({ tasks: 2, targets: 2 }, { cumulative: yearEnd({}, 2) }, { cumulative: { 1: null } });
    subs[3] = quarterReport(plan, 4, { cumulative: { 0: 100, 1: null } });
    const o = assess(plan, subs);
    expect(o.targetCounts).toMatchObject({ noData: 1, missed: 0 });
  });

  it('key targets are counted apart', () => {
    const { plan, subs } = fullYear({ tasks: 2, targets: 3 }, { cumulative: yearEnd({ 0: 130 }, 3) });
    expect(assess(plan, subs).keyTargetCounts).toMatchObject({ total: 1, exceeded: 1 });
  });

  it('quarterly timeliness: a late Q2 report and a missing Q3 are told per quarter', () => {
    const plan = yearPlan({ tasks: 1, targets: 1 });
    const subs = [quarterReport(plan, 1), quarterReport(plan, 2, { receivedAt: '2025-07-20T09:00:00+07:00' }), quarterReport(plan, 4, { cumulative: { 0: 100 } })];
    const o = assess(plan, subs);
    expect(o.quarters.map((q) => q.completeness)).toEqual(['on_time', 'late', 'missing', 'on_time']);
    expect(o.quarters[1]?.daysLate).toBe(10);
    expect(o.missingQuarters).toEqual(['2025-Q3']);
    // Q4 reports the year's cumulative: figures are final, the grade is still marked provisional.
    expect(o.asOf).toBe('2025-Q4');
    expect(o.proposal.provisional).toBe(true);
  });
});

describe('a year with missing quarters', () => {
  /** Q1 and Q2 only: tasks still in progress, targets on the pro-rata line at mid-year. */
  function halfYear(shape: YearShape) {
    const plan = yearPlan(shape);
    return { plan, subs: [1, 2].map((q) => quarterReport(plan, q, { progress: { 0: 'in_progress', 1: 'in_progress' } })) };
  }

  it('Q3 and Q4 missing → assessed at Q2, missing quarters named, open tasks pending (not "not done"), targets on track (not missed), grade provisional', () => {
    const { plan, subs } = halfYear({ tasks: 3, targets: 2 });
    const o = assess(plan, subs);
    expect(o.asOf).toBe('2025-Q2');
    expect(o.missingQuarters).toEqual(['2025-Q3', '2025-Q4']);
    expect(o.taskCounts).toMatchObject({ pending: 2, notDone: 0, doneOnTime: 1 });
    expect(o.targetCounts).toMatchObject({ onTrack: 2, missed: 0 });
    expect(o.proposal.provisional).toBe(true);
    expect(o.proposal.band).not.toBe('khong-hoan-thanh');
    expect(o.proposal.reason).toContain('quý III, quý IV');
  });

  it('the same tasks still open in a Q4 report → not done (the contrast: only a real Q4 says so)', () => {
    const plan = yearPlan({ tasks: 3, targets: 2 });
    const subs = [1, 2, 3, 4].map((q) => quarterReport(plan, q, { progress: { 0: 'in_progress', 1: 'in_progress' }, ...(q === 4 ? { cumulative: { 0: 100, 1: 100 } } : {}) }));
    const o = assess(plan, subs);
    expect(o.taskCounts.notDone).toBe(2);
    expect(o.proposal).toMatchObject({ band: 'khong-hoan-thanh', provisional: false });
  });

  it('an open task past its deadline in an incomplete year is behind (overdue), not pending', () => {
    const plan = yearPlan({ tasks: 2, targets: 0, deadlines: { 0: '2025-03-31' } });
    const subs = [1, 2].map((q) => quarterReport(plan, q, { progress: { 0: 'in_progress' } }));
    expect(assess(plan, subs).tasks[0]?.standing).toBe('overdue');
  });

  it('rules saying "withhold" → no grade for an incomplete year, the reason says data is short', () => {
    const { plan, subs } = halfYear({ tasks: 3, targets: 2 });
    const o = assess(plan, subs, withMode(rules, 'withhold'));
    expect(o.proposal).toMatchObject({ band: null, provisional: true });
  });

  it('no report all year → no grade and an assess/no-report finding, every task "no data"', () => {
    const plan = yearPlan({ tasks: 2, targets: 1 });
    const { assessment, findings } = assessFromSource(plan, 2025, { submissions: [], log: [] }, { rules });
    const o = assessment.organizations[0] as OrgAssessment;
    expect(o.proposal.band).toBeNull();
    expect(o.taskCounts.noData).toBe(2);
    expect(findings.map((f) => f.code)).toEqual(['assess/no-report']);
  });
});
