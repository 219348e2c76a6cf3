import { describe, expect, it } from 'vitest';
import { evaluateTarget, expectedLevel, targetRatio, targetStatus } from '../../src/evaluate/index.ts';
import type { QuarterReport } from '../../src/evaluate/series.ts';
import type { Target } from '../../src/model/plan.ts';
import { makePlan } from './fixtures.ts';

const plan = makePlan([
  { id: 'hv', comparator: 'gte', value: 600, kind: 'count' },
  { id: 'qc', comparator: 'gt', value: 70, kind: 'percent' },
  { id: 'xn', comparator: 'between', value: 15, max: 20, kind: 'percent' },
  { id: 'quy', comparator: 'eq', value: 900000, kind: 'rate', unit: 'đồng', per: 'hội viên' },
  { id: 'cay', comparator: 'eq', value: 150000, kind: 'count' },
  { id: 'tien', comparator: 'gte', value: 2000000, kind: 'money', unit: 'đồng' },
  { id: 'vu', comparator: 'lte', value: 10, kind: 'count' },
  { id: 'vu-lt', comparator: 'lt', value: 10, kind: 'count' },
  { id: 'le', comparator: 'gte', value: 2, kind: 'count', pace: 'year_end' },
  { id: 'lvl', comparator: 'gte', value: 40, kind: 'count', cumulative: false },
  { id: 'ngay-hoi', comparator: 'gte', value: 100, kind: 'percent', pace: 'year_end' },
  { id: 'pct-pr', comparator: 'gte', value: 80, kind: 'percent', pace: 'pro_rata' },
  { id: 'cap-ye', comparator: 'lte', value: 10, kind: 'count', pace: 'year_end' },
  { id: 'mot', comparator: 'gte', value: 1, kind: 'count' },
  { id: 'nam', comparator: 'gte', value: 5, kind: 'count' },
]);
const T = (id: string) => plan.targets.find((t) => t.id === id) as Target;
const quarters = ['2024-Q1', '2024-Q2', '2024-Q3', '2024-Q4'];

/** Evaluates a target at quarter q from [inPeriod, cumulative] pairs per quarter (Q1 first). */
function at(id: string, q: number, rows: Array<[number | null, number | null] | null>) {
  const reports: QuarterReport[] = quarters.slice(0, q).map((quarter, k) => {
    const row = rows[k] ?? null;
    return { quarter, fileName: null, reported: row ? { targetId: id, inPeriod: row[0], cumulative: row[1] } : null };
  });
  return evaluateTarget({ target: T(id), org: 'HCCB', reports, inPeriodQuarters: [quarters[q - 1] as string], quartersElapsed: q });
}
const statusAt = (id: string, q: number, value: number | null) => at(id, q, Array(q).fill(null).map((_, k) => (k === q - 1 && value !== null ? [null, value] : null))).evaluation.status;

describe('expected level', () => {
  it('yearly count gte 600 → pro rata 150/300/450/600 at Q1..Q4', () => {
    expect([1, 2, 3, 4].map((q) => expectedLevel(T('hv'), q))).toEqual([150, 300, 450, 600]);
  });
  it('small yearly counts → pro rata rounded up to whole things: 1 case a year is 1 by mid-year, not 0,5', () => {
    expect([1, 2, 3, 4].map((q) => expectedLevel(T('mot'), q))).toEqual([1, 1, 1, 1]);
    expect([1, 2, 3, 4].map((q) => expectedLevel(T('nam'), q))).toEqual([2, 3, 4, 5]);
  });
  it('whole results → the same status as against the exact pro-rata level (2 of 5 at Q2 behind, 3 on track)', () => {
    expect(statusAt('nam', 2, 2)).toBe('behind');
    expect(statusAt('nam', 2, 3)).toBe('on_track');
    expect(statusAt('mot', 2, 0)).toBe('behind');
  });
  it('money gte → pro rata like counts', () => {
    expect(expectedLevel(T('tien'), 2)).toBe(1000000);
  });
  it('percent and rate targets → the value itself at every quarter', () => {
    expect([1, 2, 3, 4].map((q) => expectedLevel(T('qc'), q))).toEqual([70, 70, 70, 70]);
    expect(expectedLevel(T('quy'), 1)).toBe(900000);
  });
  it('range → lower bound; cap → the cap itself', () => {
    expect(expectedLevel(T('xn'), 2)).toBe(15);
    expect(expectedLevel(T('vu'), 1)).toBe(10);
  });
  it('pace year_end → 0 before Q4, the whole value at Q4', () => {
    expect([1, 2, 3, 4].map((q) => expectedLevel(T('le'), q))).toEqual([0, 0, 0, 2]);
  });
  it('percent with pace year_end → 0 before Q4 (0% at Q2 is on track), 100 at Q4', () => {
    expect([1, 2, 3, 4].map((q) => expectedLevel(T('ngay-hoi'), q))).toEqual([0, 0, 0, 100]);
    expect(statusAt('ngay-hoi', 2, 0)).toBe('on_track');
    expect(statusAt('ngay-hoi', 4, 95)).toBe('behind');
  });
  it('percent with pace pro_rata → value × q/4', () => {
    expect(expectedLevel(T('pct-pr'), 2)).toBe(40);
  });
  it('cap ignores pace → the cap itself', () => {
    expect(expectedLevel(T('cap-ye'), 1)).toBe(10);
  });
  it('count marked cumulative false → compared directly', () => {
    expect(expectedLevel(T('lvl'), 1)).toBe(40);
  });
});

describe('status per comparator', () => {
  it('gte exactly on target → achieved at every quarter', () => {
    for (const q of [1, 2, 3, 4]) expect(statusAt('hv', q, 600)).toBe('achieved');
  });
  it('gte count at Q1..Q4 → on_track at the pro-rata level, behind just below it', () => {
    expect([statusAt('hv', 1, 150), statusAt('hv', 2, 300), statusAt('hv', 3, 450)]).toEqual(['on_track', 'on_track', 'on_track']);
    expect([statusAt('hv', 1, 149), statusAt('hv', 2, 299), statusAt('hv', 3, 449)]).toEqual(['behind', 'behind', 'behind']);
  });
  it('gte at Q4 below the value → behind (no on_track at year end)', () => {
    expect(statusAt('hv', 4, 599)).toBe('behind');
  });
  it('"trên 70%" (gt) at exactly 70 → not achieved: on_track before Q4, behind at Q4', () => {
    expect(statusAt('qc', 2, 70)).toBe('on_track');
    expect(statusAt('qc', 4, 70)).toBe('behind');
    expect(statusAt('qc', 2, 70.1)).toBe('achieved');
  });
  it('percent below the level → behind already at Q1 (not pro rata)', () => {
    expect(statusAt('qc', 1, 60)).toBe('behind');
  });
  it('range 15–20% at 14.9 / 15 / 20 / 20.1 → behind / achieved / achieved / achieved above range', () => {
    expect(statusAt('xn', 4, 14.9)).toBe('behind');
    expect(statusAt('xn', 4, 15)).toBe('achieved');
    expect(statusAt('xn', 4, 20)).toBe('achieved');
    const over = at('xn', 4, [null, null, null, [null, 20.1]]);
    expect(over.evaluation.status).toBe('achieved');
    expect(over.evaluation.aboveRange).toBe(true);
    expect(over.findings.map((f) => f.code)).toEqual(['evaluate/above-range']);
    expect(at('xn', 4, [null, null, null, [null, 20]]).evaluation.aboveRange).toBeUndefined();
  });
  it('range at Q2 with 14.9 → behind; with 15 → achieved', () => {
    expect(statusAt('xn', 2, 14.9)).toBe('behind');
    expect(statusAt('xn', 2, 15)).toBe('achieved');
  });
  it('eq is a level to reach: 150.000 → achieved, 160.000 → achieved (vượt), 149.999 at Q4 → behind', () => {
    expect(statusAt('cay', 4, 150000)).toBe('achieved');
    expect(statusAt('cay', 4, 160000)).toBe('achieved');
    expect(statusAt('cay', 4, 149999)).toBe('behind');
    expect(statusAt('cay', 2, 75000)).toBe('on_track');
  });
  it('rate 900.000 đồng/hội viên compared directly: 850.000 at Q1 → behind, 900.000 → achieved', () => {
    expect(statusAt('quy', 1, 850000)).toBe('behind');
    expect(statusAt('quy', 1, 900000)).toBe('achieved');
  });
  it('cap lte 10: 10 → achieved, 11 → behind at any quarter', () => {
    expect(statusAt('vu', 1, 10)).toBe('achieved');
    expect(statusAt('vu', 1, 11)).toBe('behind');
    expect(statusAt('vu', 4, 3)).toBe('achieved');
  });
  it('cap lt 10: exactly 10 → behind (strict), 9 → achieved', () => {
    expect(statusAt('vu-lt', 2, 10)).toBe('behind');
    expect(statusAt('vu-lt', 2, 9)).toBe('achieved');
  });
  it('pace year_end: 0 at Q2 → on_track, 1 at Q4 → behind, 2 at Q4 → achieved', () => {
    expect(statusAt('le', 2, 0)).toBe('on_track');
    expect(statusAt('le', 4, 1)).toBe('behind');
    expect(statusAt('le', 4, 2)).toBe('achieved');
  });
  it('nothing reported → no_data, ratio null, at every quarter and kind', () => {
    for (const id of ['hv', 'qc', 'xn', 'quy', 'vu']) {
      for (const q of [1, 2, 3, 4]) {
        const e = at(id, q, []).evaluation;
        expect([e.status, e.ratio, e.value, e.source]).toEqual(['no_data', null, null, 'none']);
      }
    }
  });
  it('zero reported → a value, not no_data', () => {
    expect(statusAt('hv', 1, 0)).toBe('behind');
  });
  it('sums of decimals equal to the target → achieved (tolerance)', () => {
    expect(targetStatus(T('qc'), 0.1 + 0.2 + 70, 70, 4)).toBe('achieved');
    expect(targetStatus(T('hv'), 0.1 + 0.2 + 599.7, 600, 4)).toBe('achieved');
  });
});

describe('ratio', () => {
  it('value / target value; lower bound for ranges; null without data', () => {
    expect(targetRatio(T('hv'), 300)).toBe(0.5);
    expect(targetRatio(T('xn'), 18)).toBeCloseTo(1.2);
    expect(targetRatio(T('hv'), null)).toBeNull();
  });
});

describe('cumulative result', () => {
  it('reported cumulative of the period quarter → the value, source reported', () => {
    const r = at('hv', 2, [[100, 100], [150, 250]]);
    expect([r.evaluation.value, r.evaluation.inPeriod, r.evaluation.source]).toEqual([250, 150, 'reported']);
    expect(r.findings).toEqual([]);
  });
  it('cumulative absent → sum of in-period values so far, flagged summed with an info finding', () => {
    const r = at('hv', 3, [[100, 100], [150, null], [50, null]]);
    expect([r.evaluation.value, r.evaluation.source]).toEqual([300, 'summed']);
    expect(r.findings.map((f) => [f.code, f.period])).toEqual([['evaluate/cumulative-summed', '2024-Q3']]);
  });
  it('cumulative ≠ sum of in-period values → cumulative-mismatch warning on that quarter', () => {
    const r = at('hv', 2, [[100, 100], [150, 260]]);
    expect(r.evaluation.value).toBe(260);
    expect(r.findings.map((f) => [f.code, f.period, f.actual, f.expected])).toEqual([['evaluate/cumulative-mismatch', '2024-Q2', '260', '250']]);
  });
  it('cumulative going down → cumulative-decreased warning', () => {
    const r = at('hv', 2, [[null, 300], [null, 250]]);
    expect(r.findings.map((f) => f.code)).toEqual(['evaluate/cumulative-decreased']);
  });
  it('a missing quarter in the middle → no mismatch check, the sum uses what exists', () => {
    const r = at('hv', 3, [[100, 100], null, [50, null]]);
    expect([r.evaluation.value, r.evaluation.source]).toEqual([150, 'summed']);
    expect(r.findings.map((f) => f.code)).toEqual(['evaluate/cumulative-summed']);
  });
  it('level target without a value for the period → latest earlier level, carried (not judged for the period), flagged', () => {
    const r = at('qc', 3, [[null, 65], [null, 68], null]);
    expect([r.evaluation.value, r.evaluation.fromQuarter, r.evaluation.status, r.evaluation.carriedStatus]).toEqual([68, '2024-Q2', 'carried', 'behind']);
    expect(r.findings.map((f) => f.code)).toEqual(['evaluate/level-from-earlier-quarter']);
  });
  it('level target with only "in period" filled → that level', () => {
    expect(at('qc', 1, [[72, null]]).evaluation.value).toBe(72);
  });
});

describe('figures carried from an earlier quarter', () => {
  it('Q3 with only Q1, Q2 reports, cumulative met by Q2 → the Q2 cumulative, "carried" (not achieved), achieved by Q2 kept aside', () => {
    const r = at('mot', 3, [[1, 1], [0, 1], null]).evaluation;
    expect([r.value, r.inPeriod, r.status, r.fromQuarter, r.carriedStatus]).toEqual([1, null, 'carried', '2024-Q2', 'achieved']);
  });
  it('Q3 with only Q1, Q2 reports, count on track at Q2 → "carried", never on_track for Q3', () => {
    const r = at('hv', 3, [[150, 150], [170, 320], null]).evaluation;
    expect([r.value, r.status, r.fromQuarter, r.carriedStatus]).toEqual([320, 'carried', '2024-Q2', 'on_track']);
  });
  it('Q3 row left blank while Q1, Q2 gave only in-period values → their sum, carried from Q2', () => {
    const r = at('hv', 3, [[100, null], [150, null], [null, null]]);
    expect([r.evaluation.value, r.evaluation.source, r.evaluation.status, r.evaluation.fromQuarter]).toEqual([250, 'summed', 'carried', '2024-Q2']);
  });
  it('Q3 reported → its own figures, no fromQuarter, judged for Q3', () => {
    const r = at('hv', 3, [[150, 150], [170, 320], [130, 450]]).evaluation;
    expect([r.status, r.fromQuarter, r.carriedStatus]).toEqual(['on_track', undefined, undefined]);
  });
});
