import { describe, expect, it } from 'vitest';
import { evaluatePeriod } from '../../src/evaluate/index.ts';
import type { ReportInput, Submission } from '../../src/model/index.ts';
import { buildOrgSummary, buildReport, composeReport } from '../../src/report/index.ts';
import { paragraphs, unzipText } from './docx-xml.ts';
import { fullInput } from './fixture.ts';

/*
 * Quarter III of 2024 when the offices sent Q1 and Q2 but (all but one) not Q3: the Q1 figures
 * of the fixture, sent again as Q2 (every result doubled); only HLHPN sends Q3.
 */
const base = await fullInput();
const q1 = base.submissions;
const q2: Submission[] = q1.map((s, i) => ({
  ...s,
  id: 100 + i,
  period: '2024-Q2',
  sha256: `${s.sha256}-q2`,
  receivedAt: '2024-07-03T09:00:00+07:00',
  targets: s.targets.map((t) => ({ ...t, cumulative: t.cumulative === null ? null : t.cumulative * 2 })),
}));
const hlhpnQ3: Submission = { ...q2.find((s) => s.org === 'HLHPN')!, id: 200, period: '2024-Q3', sha256: 'q3', receivedAt: '2024-10-03T09:00:00+07:00' };

function q3Input(q3: Submission[]): ReportInput {
  const evaluation = evaluatePeriod(base.plan, '2024-Q3', { submissions: [...q1, ...q2, ...q3], log: [] });
  return { ...base, period: '2024-Q3', evaluation, submissions: q3 };
}

/** The text between two headings of the body (the first starting with `from`, then `to`). */
function part(texts: string[], from: string, to: string): string[] {
  const start = texts.findIndex((t) => t.startsWith(from));
  const end = texts.findIndex((t, i) => i > start && t.startsWith(to));
  return texts.slice(start, end);
}

describe('Q3 report when the organisations sent only Q1 and Q2', () => {
  it('nobody sent Q3 → "Ưu điểm" credits no organisation with a result; no praise of a carried figure', () => {
    const { content } = composeReport(q3Input([]));
    const strengths = part(content.body.map((b) => b.text), '1. Ưu điểm', '2. Hạn chế');
    const names = base.plan.organizations.map((o) => o.name);
    expect(strengths.filter((t) => names.some((n) => t.includes(n)))).toEqual([]);
    expect(strengths).toContain(base.wording.assessment.noReports);
  });
  it('only HLHPN sent Q3 → every organisation cited under "Ưu điểm" is HLHPN', () => {
    const { content } = composeReport(q3Input([hlhpnQ3]));
    const strengths = part(content.body.map((b) => b.text), '1. Ưu điểm', '2. Hạn chế');
    const cited = base.plan.organizations.filter((o) => strengths.some((t) => t.startsWith(`${o.name}:`))).map((o) => o.code);
    expect(cited).toEqual(['HLHPN']);
  });
  it('appendix → carried figures marked with their quarter and the carried status, never "Đạt/Vượt" for the period', () => {
    const { content } = composeReport(q3Input([]));
    const rows = content.appendix?.targets ?? [];
    const withValue = rows.filter((r) => r.value !== '');
    expect(withValue.length).toBeGreaterThan(10);
    expect(withValue.every((r) => r.value.endsWith('(đến hết quý II)'))).toBe(true);
    expect(new Set(withValue.map((r) => r.status))).toEqual(new Set(['Chưa có số liệu kỳ này']));
  });
  it('Word report text → no organisation praised, the appendix shows "đến hết quý II"', async () => {
    const files = await unzipText(await buildReport(q3Input([])));
    const texts = paragraphs(files.get('word/document.xml') ?? '').map((p) => p.text);
    const strengths = part(texts, '1. Ưu điểm', '2. Hạn chế');
    expect(strengths.some((t) => /đạt \d/.test(t))).toBe(false);
    expect(texts.filter((t) => t.includes('(đến hết quý II)')).length).toBeGreaterThan(10);
  });
  it('organisation summary of a unit without Q3 → each of its figures says it is from quarter II', async () => {
    const files = await unzipText(await buildOrgSummary({ ...q3Input([]), org: 'MTTQ' }));
    const texts = paragraphs(files.get('word/document.xml') ?? '').map((p) => p.text);
    const figures = texts.filter((t) => t.startsWith('- ') && /\d/.test(t) && !t.includes('chưa báo cáo số liệu chỉ tiêu'));
    expect(figures.length).toBeGreaterThan(0);
    expect(figures.every((t) => t.includes('số liệu đến hết quý II năm 2024'))).toBe(true);
  });
});
