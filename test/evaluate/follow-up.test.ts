import { describe, expect, it } from 'vitest';
import { evaluatePeriod, laggingTermTargets, nonReportingUnits, overdueTasks } from '../../src/evaluate/index.ts';
import { PlanSchema } from '../../src/model/plan.ts';
import { cellValue, layoutRows } from '../../src/form/index.ts';

const base = {
  id: 'p', title: 'Kế hoạch thử', source: { number: '1-KH/TU', date: '2024-01-05', issuer: 'Thị ủy La Gi' },
  reporting: { body: 'Ban Dân vận Thị ủy', deadline: { daysAfterEnd: 5 } },
};
const plan = PlanSchema.parse({
  ...base, year: 2024,
  organizations: [
    { code: 'MTTQ', name: 'Ủy ban Mặt trận Tổ quốc Việt Nam thị xã', shortName: 'Mặt trận' },
    { code: 'BCSD-UBND', name: 'Ban cán sự đảng Ủy ban nhân dân thị xã', shortName: 'Ban cán sự đảng', reporting: false },
  ],
  tasks: [
    { id: 'MTTQ-1', org: 'MTTQ', number: '1', text: 'Tổ chức hội nghị.', responsible: 'Ban Thường trực', supporting: 'Các đoàn thể', timeline: 'Quý II/2024', deadline: '2024-06-30' },
    { id: 'MTTQ-2', org: 'MTTQ', number: '2', text: 'Sơ kết cuối năm.', deadline: '2024-12-15' },
    { id: 'BCSD-UBND-2', org: 'BCSD-UBND', number: '2', text: 'Bố trí kinh phí.', deadline: '2024-05-31' },
  ],
});

describe('follow-up: overdue tasks, non-reporting units (issue 18)', () => {
  const evaluation = evaluatePeriod(plan, '2024-Q2', { submissions: [], log: [] });

  it('a unit with "reporting: false" → not among the organisations evaluated (never "missing"), listed with its tasks', () => {
    expect(evaluation.organizations.map((o) => o.org)).toEqual(['MTTQ']);
    expect(nonReportingUnits(plan)).toEqual([{ org: 'BCSD-UBND', name: 'Ban cán sự đảng Ủy ban nhân dân thị xã', tasks: 1 }]);
  });

  it('Q2: tasks due by 30/6 and not reported done → overdue, earliest first; a task due in December → not yet', () => {
    expect(overdueTasks(plan, '2024-Q2', evaluation).map((t) => [t.taskId, t.deadline, t.progress])).toEqual([
      ['BCSD-UBND-2', '2024-05-31', null], ['MTTQ-1', '2024-06-30', null],
    ]);
    expect(overdueTasks(plan, '2024-Q1', evaluatePeriod(plan, '2024-Q1', { submissions: [], log: [] }))).toEqual([]);
  });

  it('template task row → the task text and, under it, the responsible unit, supporting units and timeline', () => {
    const row = layoutRows(plan, 'MTTQ').find((r) => r.kind === 'task' && r.task.id === 'MTTQ-1');
    expect(row).toBeDefined();
    expect(cellValue('task', row!, undefined)).toBe('Tổ chức hội nghị.\n(Chủ trì: Ban Thường trực; phối hợp: Các đoàn thể; thời gian: Quý II/2024)');
    const plain = layoutRows(plan, 'MTTQ').find((r) => r.kind === 'task' && r.task.id === 'MTTQ-2');
    expect(cellValue('task', plain!, undefined)).toBe('Sơ kết cuối năm.\n(hạn hoàn thành: 15/12/2024)');
  });
});

describe('follow-up: term targets behind their yearly milestone', () => {
  const term = PlanSchema.parse({
    ...base, term: { from: 2022, to: 2027 },
    organizations: [{ code: 'HCCB', name: 'Hội Cựu chiến binh tỉnh', shortName: 'Hội CCB' }],
    tasks: [{ id: 'HCCB-1', org: 'HCCB', number: '1', text: 'Phát triển ít nhất 3.000 hội viên.' }],
    targets: [{
      id: 'HCCB-1-t1', task: 'HCCB-1', text: 'ít nhất 3.000 hội viên', comparator: 'gte', value: 3000, unit: 'hội viên', kind: 'count',
      lead: 'đồng chí Nguyễn Văn Hòa', milestones: [{ year: 2023, value: 600 }, { year: 2024, value: 1200 }],
    }],
  });
  it('no result for 2024 → lagging against the 2024 milestone, with its lead', () => {
    const evaluation = evaluatePeriod(term, '2024-Q4', { submissions: [], log: [] });
    expect(laggingTermTargets(term, '2024-Q4', evaluation)).toEqual([
      { targetId: 'HCCB-1-t1', org: 'HCCB', milestone: { year: 2024, value: 1200 }, value: null, lead: 'đồng chí Nguyễn Văn Hòa' },
    ]);
  });
  it('Q2 2024 (year not over) → judged against the 2023 milestone', () => {
    const evaluation = evaluatePeriod(term, '2024-Q2', { submissions: [], log: [] });
    expect(laggingTermTargets(term, '2024-Q2', evaluation).map((l) => l.milestone)).toEqual([{ year: 2023, value: 600 }]);
  });
  it('a year plan → no term judgement', () => {
    expect(laggingTermTargets(plan, '2024-Q2', evaluatePeriod(plan, '2024-Q2', { submissions: [], log: [] }))).toEqual([]);
  });
});

describe('report: what is behind names the overdue tasks; a non-reporting unit is not "missing"', () => {
  it('Q2 with tasks due by 30/6 not done → dash items naming them and their due dates; BCSD-UBND not among the organisations', async () => {
    const { indexReport } = await import('../../src/report/content/lookup.ts');
    const { assessmentSection } = await import('../../src/report/content/sections.ts');
    const { loadReportWording } = await import('../../src/report/content/settings.ts');
    const evaluation = evaluatePeriod(plan, '2024-Q2', { submissions: [], log: [] });
    const ix = indexReport(plan, evaluation, []);
    expect(ix.orgs.map((o) => o.code)).toEqual(['MTTQ']);
    const wording = await loadReportWording();
    const texts = assessmentSection(ix, wording).map((b) => ('text' in b ? b.text : '')).join('\n');
    expect(texts).toContain('Ủy ban Mặt trận Tổ quốc Việt Nam thị xã: nhiệm vụ “Tổ chức hội nghị” đã quá hạn (30/6/2024) nhưng chưa hoàn thành');
    // Its overdue task is still named; the unit is never in the list of those that did not report.
    expect(texts).toContain('Ban cán sự đảng Ủy ban nhân dân thị xã: nhiệm vụ “Bố trí kinh phí” đã quá hạn (31/5/2024)');
    expect(texts).toMatch(/Đơn vị chưa gửi báo cáo: Ủy ban Mặt trận Tổ quốc Việt Nam thị xã\.$/mu);
  });
});
