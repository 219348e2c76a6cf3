// templateVars: the placeholders that do not depend on the organisation are worked out once per
// plan's reporting rules, source and period — and never served to a plan with other rules.
import { describe, expect, it } from 'vitest';
import { templateVars } from '../../src/form/index.ts';
import { samplePlanSync } from '../helpers/sample-plan.ts';

describe('templateVars', () => {
  it('a plan whose deadline rule or submit-to differ, same period → its own deadline and submit-to, not the first plan\'s', () => {
    const plan = samplePlanSync();
    const first = templateVars(plan, 'Hội Cựu chiến binh tỉnh', '2024-Q2');
    const other = structuredClone(plan);
    other.reporting.deadlineOverrides = { Q2: { daysAfterEnd: 20 } };
    other.reporting.submitTo = 'Ban Dân vận Huyện ủy';
    const second = templateVars(other, 'Hội Cựu chiến binh tỉnh', '2024-Q2');
    expect(second.deadline).not.toBe(first.deadline);
    expect(second.submitTo).toBe('Ban Dân vận Huyện ủy');
    expect(templateVars(plan, 'Hội Cựu chiến binh tỉnh', '2024-Q2')).toEqual(first);
  });

  it('two organisations of one plan and period → the same period texts, each its own organisation', () => {
    const plan = samplePlanSync();
    const a = templateVars(plan, 'Hội Nông dân tỉnh', '2024-Q3');
    const b = templateVars(plan, 'Tỉnh đoàn', '2024-Q3');
    expect(a.org).toBe('Hội Nông dân tỉnh');
    expect(b.org).toBe('Tỉnh đoàn');
    expect({ ...a, org: '' }).toEqual({ ...b, org: '' });
    expect(a.period).not.toBe(templateVars(plan, 'Hội Nông dân tỉnh', '2024-Q2').period);
  });
});
