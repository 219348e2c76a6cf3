import { describe, expect, it } from 'vitest';
import { completenessOf, evaluatePeriod, isLate, reportingDay } from '../../src/evaluate/index.ts';
import { makeFinding } from '../../src/vi/messages/index.ts';
import { makeLogEntry, makePlan, makeSubmission } from './fixtures.ts';

const plan = makePlan([{ id: 'hv', comparator: 'gte', value: 600, kind: 'count' }]);
// Q1 2024 ends 31/3; deadline 10 days after → 2024-04-10 (inclusive).
const base = { planId: 'kh-2024', org: 'HCCB', reportingPeriod: '2024-Q1', deadline: '2024-04-10', log: [] };

describe('reporting day', () => {
  it('UTC timestamp late in the evening → next day in Vietnam (UTC+7)', () => {
    expect(reportingDay('2024-04-10T17:30:00Z')).toBe('2024-04-11');
    expect(reportingDay('2024-04-10T16:59:00Z')).toBe('2024-04-10');
  });
  it('timestamp without zone or a bare date → taken as local', () => {
    expect(reportingDay('2024-04-10T23:59:00')).toBe('2024-04-10');
    expect(reportingDay('2024-04-10')).toBe('2024-04-10');
  });
});

describe('completeness', () => {
  it('received on the deadline day at 23:59 → on_time', () => {
    const current = makeSubmission('HCCB', '2024-Q1', [], { receivedAt: '2024-04-10T23:59:00+07:00' });
    expect(completenessOf({ ...base, current }).completeness).toBe('on_time');
  });
  it('received one day after the deadline → late', () => {
    const current = makeSubmission('HCCB', '2024-Q1', [], { receivedAt: '2024-04-11T08:00:00+07:00' });
    const r = completenessOf({ ...base, current });
    expect([r.completeness, r.submissionId, r.fileName, r.daysLate]).toEqual(['late', current.id, 'HCCB-2024-Q1.xlsx', 1]);
    expect(isLate('2024-04-11T00:00:00+07:00', '2024-04-10')).toBe(true);
  });
  it('only a rejected file logged → rejected, with the error messages as reasons', () => {
    const error = makeFinding('evaluate/cumulative-mismatch', { org: 'HCCB' }, { quarter: 'Quý I năm 2024' });
    const entry = makeLogEntry({ outcome: 'rejected', file: 'hccb-q1.xlsx', findings: [{ ...error, severity: 'error', message: 'Ô F12 không phải là số' }] });
    const r = completenessOf({ ...base, current: undefined, log: [entry] });
    expect([r.completeness, r.rejectedFile, r.rejectedReasons]).toEqual(['rejected', 'hccb-q1.xlsx', ['Ô F12 không phải là số']]);
  });
  it('a rejected file then an accepted one → on_time (the accepted version counts)', () => {
    const current = makeSubmission('HCCB', '2024-Q1', []);
    const log = [makeLogEntry({ outcome: 'rejected' }), makeLogEntry({ outcome: 'accepted', submissionId: current.id })];
    expect(completenessOf({ ...base, current, log }).completeness).toBe('on_time');
  });
  it('rejected file of another organisation or period → missing', () => {
    const log = [makeLogEntry({ outcome: 'rejected', org: 'LDLD' }), makeLogEntry({ outcome: 'rejected', period: '2024-Q2' })];
    expect(completenessOf({ ...base, current: undefined, log }).completeness).toBe('missing');
  });
  it('nothing received → missing; overdue only once now is past the deadline day', () => {
    expect(completenessOf({ ...base, current: undefined }).overdue).toBe(true);
    expect(completenessOf({ ...base, current: undefined, now: '2024-04-10T20:00:00+07:00' }).overdue).toBe(false);
    expect(completenessOf({ ...base, current: undefined, now: '2024-04-11T07:00:00+07:00' }).overdue).toBe(true);
  });
  it('two superseded versions in the history → supersededVersions 2', () => {
    const current = makeSubmission('HCCB', '2024-Q1', []);
    const history = [makeSubmission('HCCB', '2024-Q1', [], { supersededBy: 2 }), makeSubmission('HCCB', '2024-Q1', [], { supersededBy: 3 }), current];
    expect(completenessOf({ ...base, current, history }).supersededVersions).toBe(2);
  });
  it('no history given → superseded count from the log\'s "superseded" entries', () => {
    const current = makeSubmission('HCCB', '2024-Q1', []);
    const log = [makeLogEntry({ outcome: 'accepted' }), makeLogEntry({ outcome: 'superseded' }), makeLogEntry({ outcome: 'duplicate' })];
    expect(completenessOf({ ...base, current, log }).supersededVersions).toBe(1);
  });
});

describe('evaluatePeriod', () => {
  const q1 = makeSubmission('HCCB', '2024-Q1', [['hv', 100, 100]], {
    tasks: [
      { taskId: 'HCCB-1', progress: 'in_progress', result: 'Đã kết nạp 100 hội viên', difficulties: '', proposals: '' },
      { taskId: 'HCCB-2', progress: 'done', result: '', difficulties: '', proposals: '' },
    ],
  });
  const q2 = makeSubmission('HCCB', '2024-Q2', [['hv', 250, 350]], {
    receivedAt: '2024-07-12T08:00:00+07:00',
    tasks: [{ taskId: 'HCCB-1', progress: 'done', result: '', difficulties: '', proposals: '' }],
  });
  const eval2 = evaluatePeriod(plan, '2024-Q2', { submissions: [q1, q2], log: [] });
  const hccb = eval2.organizations.find((o) => o.org === 'HCCB');
  const ldld = eval2.organizations.find((o) => o.org === 'LDLD');

  it('organisations in plan order, each with its own targets and tasks', () => {
    expect(eval2.organizations.map((o) => [o.org, o.targets.length, o.tasks.length])).toEqual([['HCCB', 1, 2], ['LDLD', 0, 1]]);
  });
  it('Q2 received 12/7 with deadline 10/7 → late; target 350 ≥ 300 expected → on_track, ratio 350/600', () => {
    expect([hccb?.completeness, hccb?.deadline]).toEqual(['late', '2024-07-10']);
    expect(hccb?.targets[0]).toMatchObject({ value: 350, inPeriod: 250, expected: 300, status: 'on_track' });
    expect(hccb?.targets[0]?.ratio).toBeCloseTo(350 / 600);
  });
  it('task progress taken from the period\'s own report; unreported task → null', () => {
    expect(hccb?.tasks.map((t) => [t.taskId, t.progress])).toEqual([['HCCB-1', 'done'], ['HCCB-2', null]]);
    expect(hccb?.tasksDoneShare).toBe(0.5);
    expect(hccb?.targetsOkShare).toBe(1);
  });
  it('evaluation of consistent data → no findings (ingest already warns about "done" below target)', () => {
    expect(eval2.findings).toEqual([]);
  });
  it('org without a report → missing, shares null', () => {
    expect([ldld?.completeness, ldld?.tasksDoneShare, ldld?.targetsOkShare, ldld?.submissionId]).toEqual(['missing', null, null, null]);
  });
  it('H1 derived from Q1+Q2: in-period 100+250, cumulative of Q2, completeness of Q2', () => {
    const h1 = evaluatePeriod(plan, '2024-H1', { submissions: [q1, q2], log: [] }).organizations[0];
    expect(h1?.reportingPeriod).toBe('2024-Q2');
    expect(h1?.completeness).toBe('late');
    expect(h1?.targets[0]).toMatchObject({ value: 350, inPeriod: 350, expected: 300, status: 'on_track' });
  });
  it('Y derived from the quarters without Q3, Q4 → the Q2 cumulative carried, not judged against the year', () => {
    const y = evaluatePeriod(plan, '2024-Y', { submissions: [q1, q2], log: [] }).organizations[0];
    expect(y?.reportingPeriod).toBe('2024-Q4');
    expect(y?.completeness).toBe('missing');
    expect(y?.dataPeriod).toBe('2024-Q2');
    expect(y?.targets[0]).toMatchObject({ value: 350, expected: 600, status: 'carried', fromQuarter: '2024-Q2', carriedStatus: 'on_track' });
  });
  it('superseded submissions and other plans are ignored', () => {
    const old = makeSubmission('HCCB', '2024-Q1', [['hv', 999, 999]], { supersededBy: q1.id });
    const other = makeSubmission('HCCB', '2024-Q1', [['hv', 5, 5]], { planId: 'khac' });
    const r = evaluatePeriod(plan, '2024-Q1', { submissions: [old, q1, other], log: [] });
    expect(r.organizations[0]?.targets[0]?.value).toBe(100);
  });
});

describe('a quarter an organisation has not reported', () => {
  const q1 = makeSubmission('HCCB', '2024-Q1', [['hv', 200, 200], ['tl', null, 72]]);
  const q2 = makeSubmission('HCCB', '2024-Q2', [['hv', 150, 350], ['tl', null, 75]]);
  const carriedPlan = makePlan([
    { id: 'hv', comparator: 'gte', value: 600, kind: 'count' },
    { id: 'tl', comparator: 'gt', value: 70, kind: 'percent' },
  ]);
  const q3 = evaluatePeriod(carriedPlan, '2024-Q3', { submissions: [q1, q2], log: [] });
  const hccb = q3.organizations.find((o) => o.org === 'HCCB');
  it('Q3 with only Q1, Q2 submissions → missing, data period Q2, no target achieved or on track for Q3', () => {
    expect([hccb?.completeness, hccb?.dataPeriod]).toEqual(['missing', '2024-Q2']);
    expect(hccb?.targets.map((t) => [t.targetId, t.value, t.status, t.fromQuarter, t.carriedStatus])).toEqual([
      ['hv', 350, 'carried', '2024-Q2', 'on_track'],
      ['tl', 75, 'carried', '2024-Q2', 'achieved'],
    ]);
    expect(hccb?.targetsOkShare).toBeNull();
  });
  it('carried figures → one info finding each naming the quarter they come from', () => {
    const found = (q3.findings ?? []).filter((f) => f.org === 'HCCB').map((f) => [f.code, f.severity, f.targetId]);
    expect(found).toEqual([
      ['evaluate/cumulative-from-earlier-quarter', 'info', 'hv'],
      ['evaluate/level-from-earlier-quarter', 'info', 'tl'],
    ]);
  });
});
