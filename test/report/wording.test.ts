import { describe, expect, it } from 'vitest';
import { PlanSchema } from '../../src/model/plan.ts';
import { evaluatePeriod } from '../../src/evaluate/index.ts';
import { composeReport, loadReportSettings, loadReportWording } from '../../src/report/index.ts';
import { makePlan, makeSubmission } from '../evaluate/fixtures.ts';

const wording = await loadReportWording();
const settings = await loadReportSettings(undefined, { number: 3, date: '2024-07-10', signerName: 'Lê Văn Minh' });

/*
 * HCCB, Q2 2024: "trên 40% huyện" reported 60 (a percent the office entered), "ít nhất 01 vụ việc"
 * reported 0 (nothing done yet), "tối đa 10 vụ" reported 0 (a cap: 0 is the best result),
 * "ít nhất 600 hội viên" reported 250 (behind the 300 expected by Q2).
 */
const plan = makePlan([
  { id: 'nr', comparator: 'gt', value: 40, kind: 'percent', text: 'được nhân rộng trên 40% huyện, thị xã, thành phố' },
  { id: 'vv', comparator: 'gte', value: 1, kind: 'count', unit: 'vụ việc', text: 'Đề xuất Thường trực Tỉnh ủy chỉ đạo giải quyết ít nhất 01 vụ việc phát sinh mới' },
  { id: 'kn', comparator: 'lte', value: 10, kind: 'count', unit: 'vụ', text: 'để xảy ra khiếu kiện đông người tối đa 10 vụ' },
  { id: 'hv', comparator: 'gte', value: 600, kind: 'count', unit: 'hội viên', text: 'Phát triển ít nhất 600 hội viên' },
]);
const sub = makeSubmission('HCCB', '2024-Q2', [['nr', null, 60], ['vv', 0, 0], ['kn', 0, 0], ['hv', 250, 250]], { receivedAt: '2024-07-03T09:00:00+07:00' });
const evaluation = evaluatePeriod(plan, '2024-Q2', { submissions: [sub], log: [] });
const { content } = composeReport({ plan, period: '2024-Q2', evaluation, submissions: [sub], settings, wording });
const texts = content.body.map((b) => b.text);
const between = (from: string, to: string) => texts.slice(texts.findIndex((t) => t.startsWith(from)), texts.findIndex((t) => t.startsWith(to)));

describe('report wording of results', () => {
  it('0 on a target to reach → "chưa thực hiện", never "0 vụ việc" or "đạt 0%"', () => {
    const line = texts.find((t) => t.includes('vụ việc phát sinh mới'));
    expect(line).toContain('chưa thực hiện');
    expect(texts.filter((t) => /\b0 vụ việc|đạt 0%/.test(t))).toEqual([]);
  });
  it('0 on a cap ("tối đa 10 vụ") → reported as the figure, not as not done', () => {
    const line = texts.find((t) => t.includes('khiếu kiện'));
    expect(line).not.toContain('chưa thực hiện');
    expect(line).toContain('khiếu kiện đông người 0 vụ (chỉ tiêu: tối đa 10 vụ)');
  });
  it('"Ưu điểm" → the results: the percent the office entered (60%), not a ratio (150%) nor the target\'s wording', () => {
    const strengths = between('1. Ưu điểm', '2. Hạn chế').filter((t) => t.startsWith('Hội Cựu chiến binh tỉnh:'));
    expect(strengths.some((t) => t.includes('60% huyện'))).toBe(true);
    expect(strengths.filter((t) => t.includes('150%') || t.includes('trên 40% huyện'))).toEqual([]);
  });
  it('"Hạn chế" → the figure reached ("250 hội viên"), not the target\'s own wording ("ít nhất 600")', () => {
    const behind = between('2. Hạn chế', 'III.').filter((t) => t.includes('hội viên'));
    expect(behind).toHaveLength(1);
    expect(behind[0]).toContain('250 hội viên');
    expect(behind[0]).not.toContain('ít nhất 600');
  });
});

describe('report wording of ratios', () => {
  // TĐTN, Q2 2024: 84.700 trees of 150.000 (the office wrote "đạt 56%"), and 2.988 of 3.000 (short by 12).
  const trees = makePlan([
    { id: 'cx', comparator: 'gte', value: 150000, kind: 'count', unit: 'cây xanh', text: 'Trồng mới 150.000 cây xanh' },
    { id: 'dv', comparator: 'gte', value: 3000, kind: 'count', unit: 'đoàn viên', text: 'Kết nạp 3.000 đoàn viên' },
  ]);
  const s = makeSubmission('HCCB', '2024-Q4', [['cx', 20000, 84700], ['dv', 500, 2988]], { receivedAt: '2025-01-03T09:00:00+07:00' });
  const ev = evaluatePeriod(trees, '2024-Q4', { submissions: [s], log: [] });
  const all = composeReport({ plan: trees, period: '2024-Q4', evaluation: ev, submissions: [s], settings, wording }).content.body.map((b) => b.text).join('\n');
  it('84.700 of 150.000 → "56%" as the office wrote it, never "56,5%"', () => {
    expect(all).toContain('56%');
    expect(all).not.toContain('56,5%');
  });
  it('2.988 of 3.000 (not reached) → "99,6%", never rounded up to "100%"', () => {
    expect(all).toContain('99,6%');
    expect(all).not.toMatch(/2\.988[^\n]*\b100%/);
  });
});

describe('report on a term plan', () => {
  // HCCB's congress resolution 2022 – 2027: 95% of members classed good by 2024, the lead named; 2024-Q4 reported 90%.
  const base = makePlan([{ id: 'xl', comparator: 'gte', value: 95, kind: 'percent', text: 'Hằng năm có 95% hội viên đạt danh hiệu hội viên tốt' }]);
  const { year: _year, ...rest } = base;
  const term = PlanSchema.parse({
    ...rest,
    term: { from: 2022, to: 2027 },
    targets: base.targets.map((t) => ({ ...t, lead: 'Phó Chủ tịch Nguyễn Văn Bình', milestones: [{ year: 2024, value: 95 }] })),
  });
  const s = makeSubmission('HCCB', '2024-Q4', [['xl', null, 90]], { receivedAt: '2025-01-03T09:00:00+07:00' });
  const ev = evaluatePeriod(term, '2024-Q4', { submissions: [s], log: [] });
  const body = composeReport({ plan: term, period: '2024-Q4', evaluation: ev, submissions: [s], settings, wording }).content.body.map((b) => b.text);
  it('a target below the year\'s milestone → named under "Hạn chế" with its figure, the milestone and the leader in charge', () => {
    const line = body.find((t) => t.includes('danh hiệu hội viên tốt') && t.includes('mốc năm 2024'));
    expect(line).toBeDefined();
    expect(line).toContain('90%');
    expect(line).toContain('95%');
    expect(line).toContain('Nguyễn Văn Bình');
  });
});
