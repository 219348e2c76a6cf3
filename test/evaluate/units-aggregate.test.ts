// status on a store with several units of the same organisation (issue 16): one row per
// organisation, counts summed over its units, percents recomputed from summed parts.
import { describe, expect, it } from 'vitest';
import { evaluatePeriod, mergeUnitSubmissions } from '../../src/evaluate/index.ts';
import { makePlan, makeSubmission } from './fixtures.ts';

const plan = makePlan([
  { id: 'T-count', comparator: 'gte', value: 100, kind: 'count', cumulative: true },
  { id: 'T-pct', comparator: 'gte', value: 80, kind: 'percent', cumulative: false },
]);

const withParts = (sub: ReturnType<typeof makeSubmission>, num: number, den: number) => ({
  ...sub,
  targets: sub.targets.map((t) => (t.targetId === 'T-pct' ? { ...t, numerator: num, denominator: den } : t)),
});

describe('evaluatePeriod over units', () => {
  it('two communes of HCCB → one HCCB row, count summed (30 + 45), percent from Σnum/Σden (not the average)', () => {
    // 9/10 = 90 %, 10/40 = 25 %: average 57,5 %, from parts 19/50 = 38 %.
    const a = withParts(makeSubmission('HCCB', '2024-Q1', [['T-count', 30, 30], ['T-pct', null, 90]], { unit: 'X-A' }), 9, 10);
    const b = withParts(makeSubmission('HCCB', '2024-Q1', [['T-count', 45, 45], ['T-pct', null, 25]], { unit: 'X-B' }), 10, 40);
    const e = evaluatePeriod(plan, '2024-Q1', { submissions: [a, b], log: [] });
    expect(e.organizations.filter((o) => o.org === 'HCCB')).toHaveLength(1);
    const hccb = e.organizations.find((o) => o.org === 'HCCB');
    const value = (id: string) => hccb?.targets.find((t) => t.targetId === id)?.value;
    expect(value('T-count')).toBe(75);
    expect(value('T-pct')).toBeCloseTo(38, 6);
  });

  it('one unit only → its figures as they are (the office without units keeps today\'s result)', () => {
    const own = makeSubmission('HCCB', '2024-Q1', [['T-count', 30, 30], ['T-pct', null, 90]]);
    const e = evaluatePeriod(plan, '2024-Q1', { submissions: [own], log: [] });
    expect(e.organizations.find((o) => o.org === 'HCCB')?.targets.find((t) => t.targetId === 'T-pct')?.value).toBe(90);
    expect(mergeUnitSubmissions(plan, [own])).toBe(own);
  });

  it('percents of several units without parts → no figure (never averaged)', () => {
    const a = makeSubmission('HCCB', '2024-Q1', [['T-pct', null, 90]], { unit: 'X-A' });
    const b = makeSubmission('HCCB', '2024-Q1', [['T-pct', null, 25]], { unit: 'X-B' });
    const merged = mergeUnitSubmissions(plan, [a, b]);
    expect(merged?.targets.find((t) => t.targetId === 'T-pct')?.cumulative).toBeNull();
  });

  it("task answers kept per unit, progress 'in_progress' when units differ", () => {
    const task = (progress: 'done' | 'not_started', result: string) => [{ taskId: 'HCCB-1', progress, result, difficulties: '', proposals: '' }];
    const a = makeSubmission('HCCB', '2024-Q1', [], { unit: 'X-A', tasks: task('done', 'Kết nạp 30 hội viên.') });
    const b = makeSubmission('HCCB', '2024-Q1', [], { unit: 'X-B', tasks: task('not_started', '') });
    const merged = mergeUnitSubmissions(plan, [a, b]);
    expect(merged?.tasks).toEqual([{ taskId: 'HCCB-1', progress: 'in_progress', result: 'X-A: Kết nạp 30 hội viên.', difficulties: '', proposals: '' }]);
  });
});
