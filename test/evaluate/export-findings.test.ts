import { describe, expect, it } from 'vitest';
import { evaluatePeriod } from '../../src/evaluate/index.ts';
import { collectExportFindings } from '../../src/report/index.ts';
import { makeFinding } from '../../src/vi/messages/index.ts';
import { makeLogEntry, makePlan, makeSubmission } from './fixtures.ts';

const plan = makePlan([{ id: 'hv', comparator: 'gte', value: 600, kind: 'count' }]);
const error = makeFinding('ingest/not-a-number', { sheet: 'Báo cáo', cell: 'F12' }, { actual: '12a' });
const warning = makeFinding('ingest/missing-reporter', { sheet: 'Thông tin', cell: 'B4' });

describe('findings of the export', () => {
  const q1 = makeSubmission('HCCB', '2024-Q1', [['hv', 100, 120]], { findings: [warning] });
  const evaluation = evaluatePeriod(plan, '2024-Q1', { submissions: [q1], log: [] });
  const rejectedTwice = [
    makeLogEntry({ outcome: 'rejected', org: 'LDLD', file: 'ldld.xlsx', sha256: 'same', findings: [error] }),
    makeLogEntry({ outcome: 'rejected', org: 'LDLD', file: 'ldld.xlsx', sha256: 'same', findings: [error], receivedAt: '2024-04-06T09:00:00+07:00' }),
  ];
  const otherPeriod = makeLogEntry({ outcome: 'rejected', org: 'LDLD', period: '2024-Q2', findings: [error] });
  const refusedCorrection = makeLogEntry({ outcome: 'rejected', org: 'HCCB', file: 'hccb-sua.xlsx', findings: [error] });
  const found = collectExportFindings(evaluation, [q1], [...rejectedTwice, otherPeriod, refusedCorrection]);

  it('rejected files of the period once per content, a refused correction included, other periods left out', () => {
    expect(found.filter((f) => f.code === 'ingest/not-a-number').map((f) => [f.org, f.file])).toEqual([['LDLD', 'ldld.xlsx'], ['HCCB', 'hccb-sua.xlsx']]);
  });
  it('warnings kept with a submission → stamped with its org, period and file', () => {
    expect(found.filter((f) => f.code === 'ingest/missing-reporter').map((f) => [f.org, f.period, f.file])).toEqual([['HCCB', '2024-Q1', 'HCCB-2024-Q1.xlsx']]);
  });
  it('evaluation findings last', () => {
    expect(found.at(-1)?.code).toBe('evaluate/cumulative-mismatch');
  });
});
