import { describe, expect, it } from 'vitest';
import { parsePlanText, planHash } from '../../src/plan/index.ts';

const GOOD = `
id: p1
title: Kế hoạch thử
year: 2024
source: { number: 1388-QĐ/TU, date: 2023-12-27, issuer: Ban Thường vụ Tỉnh ủy }
reporting: { body: Ban Dân vận Tỉnh ủy, deadline: { daysAfterEnd: 5 } }
organizations:
  - { code: HCCB, name: Hội Cựu chiến binh tỉnh, shortName: Hội CCB }
tasks:
  - { id: HCCB-6, org: HCCB, number: "6", text: Phát triển ít nhất 600 hội viên cựu chiến binh. }
targets:
  - { id: HCCB-6-t1, task: HCCB-6, text: Phát triển ít nhất 600 hội viên cựu chiến binh, comparator: gte, value: 600, unit: hội viên, kind: count }
`;

const project = (text: string) => {
  const r = parsePlanText(text, 'ke-hoach.yaml');
  return r.findings.map((f) => [f.code, f.line ?? null]);
};

describe('parsePlanText', () => {
  it('a valid plan → ok, defaults filled in, no error findings', () => {
    const r = parsePlanText(GOOD, 'ke-hoach.yaml');
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.plan.reporting.periods).toEqual(['Q1', 'Q2', 'Q3', 'Q4']);
      expect(r.hash).toMatch(/^[0-9a-f]{64}$/);
    }
  });

  it('schema errors and reference errors → all reported in one run, each with its line', () => {
    const bad = GOOD.replace('year: 2024', 'year: "2024"')
      .replace('org: HCCB, number', 'org: HND, number')
      .replace('task: HCCB-6,', 'task: HCCB-9,');
    expect(project(bad)).toEqual([
      ['plan/invalid-field', 4],
      ['plan/unknown-org', 10],
      ['plan/unknown-task', 12],
      ['plan/no-tasks', 8],
    ]);
  });

  it('a duplicated task id → plan/duplicate-id pointing at the second one', () => {
    const dup = GOOD.replace('targets:', '  - { id: HCCB-6, org: HCCB, number: "7", text: Trùng mã. }\ntargets:');
    expect(project(dup)).toEqual([['plan/duplicate-id', 11]]);
  });

  it('a YAML syntax error → plan/syntax with the line, no exception', () => {
    expect(project('id: p1\ntitle: [chưa đóng\nyear: 2024\n')[0]?.[0]).toBe('plan/syntax');
  });

  it('a YAML syntax error → what to fix in Vietnamese (not the parser\'s English), with line (as the finding location) and column', () => {
    const messages = (text: string) => parsePlanText(text, 'ke-hoach.yaml').findings.map((f) => [f.line, f.message]);
    expect(messages('id: p1\n\ttitle: Kế hoạch\n')).toEqual([
      [2, 'Tệp kế hoạch "ke-hoach.yaml" sai cú pháp YAML: thụt lề bằng phím Tab; chỉ được thụt lề bằng dấu cách (cột 1).'],
    ]);
    expect(messages('id: p1\nid: p2\n')).toEqual([[2, 'Tệp kế hoạch "ke-hoach.yaml" sai cú pháp YAML: một trường được khai báo hai lần trong cùng một mục (cột 1).']]);
  });

  it('an unknown field → plan/invalid-field naming the field', () => {
    const r = parsePlanText(GOOD.replace('year: 2024', 'year: 2024\ncolour: red'), 'x.yaml');
    expect(r.findings.map((f) => [f.code, f.path?.join('.')])).toEqual([['plan/invalid-field', 'colour']]);
  });

  it('the same plan with keys reordered → same hash; a changed value → another hash', () => {
    const a = parsePlanText(GOOD, 'a.yaml');
    const b = parsePlanText(GOOD.replace('title: Kế hoạch thử\nyear: 2024', 'year: 2024\ntitle: Kế hoạch thử'), 'b.yaml');
    const c = parsePlanText(GOOD.replace('value: 600', 'value: 700'), 'c.yaml');
    if (!a.ok || !b.ok || !c.ok) throw new Error('fixtures must be valid');
    expect(planHash(b.plan)).toBe(a.hash);
    expect(c.hash).not.toBe(a.hash);
  });

  it('a target whose value differs from its own phrase → plan/phrase-mismatch warning on the value, plan still ok', () => {
    const r = parsePlanText(GOOD.replace('value: 600', 'value: 6000'), 'x.yaml');
    expect(r.ok).toBe(true);
    expect(r.findings.map((f) => [f.code, f.severity, f.line])).toEqual([['plan/phrase-mismatch', 'warning', 12]]);
  });

  it('a target that agrees with its phrase → no phrase finding', () => {
    expect(parsePlanText(GOOD, 'x.yaml').findings).toEqual([]);
  });
});
