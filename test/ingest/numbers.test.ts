import { describe, expect, it } from 'vitest';
import type { CellRead } from '../../src/ingest/cells.ts';
import { readNumberCell } from '../../src/ingest/numbers.ts';
import { TargetSchema, type Target } from '../../src/model/index.ts';

const count: Target = TargetSchema.parse({ id: 't', task: 'k', text: 'ít nhất 600 hội viên', comparator: 'gte', value: 600, unit: 'hội viên', kind: 'count' });
const percent: Target = TargetSchema.parse({ id: 'p', task: 'k', text: 'trên 70%', comparator: 'gt', value: 70, unit: '%', kind: 'percent' });
const text = (t: string): CellRead => ({ kind: 'text', text: t });
const number = (value: number, numFmt = ''): CellRead => ({ kind: 'number', value, numFmt });
const read = (c: CellRead, target = count) => {
  const r = readNumberCell(c, { at: { sheet: 'Báo cáo', cell: 'F9' }, target, column: 'Lũy kế từ đầu năm' });
  return { value: r.value, codes: r.findings.map((f) => f.code) };
};

describe('number cells', () => {
  it.each([
    ['1.200', 1200],
    [' 12 ', 12],
    ['2.500 đoàn viên', 2500],
    ['1.344.522', 1344522],
    ['01', 1],
    ['0', 0],
    ['không phát sinh', 0],
    ['Không phát sinh', 0],
    ['-', 0],
  ])('text %j → %d, no finding', (t, v) => {
    expect(read(text(t))).toEqual({ value: v, codes: [] });
  });

  it('empty cell → null (missing), not zero', () => {
    expect(read({ kind: 'empty' })).toEqual({ value: null, codes: [] });
  });

  it('"1,5" in a percent target → 1.5, no finding', () => {
    expect(read(text('1,5'), percent)).toEqual({ value: 1.5, codes: [] });
  });

  it('"85%" typed as text → 85', () => {
    expect(read(text('85%'), percent)).toEqual({ value: 85, codes: [] });
  });

  it('0.7 with a percent format in a percent target → 70', () => {
    expect(read(number(0.7, '0%'), percent)).toEqual({ value: 70, codes: [] });
  });

  it('"1,500" → read the Vietnamese way (1,5) and flagged ambiguous', () => {
    expect(read(text('1,500'))).toEqual({ value: 1.5, codes: ['ingest/ambiguous-number'] });
  });

  it('"1.5" → 1.5 and flagged ambiguous (not also as a fraction)', () => {
    expect(read(text('1.5'))).toEqual({ value: 1.5, codes: ['ingest/ambiguous-number'] });
  });

  it('number 1.2 in a whole-number unit → kept, fraction warning with hint 1.200', () => {
    const r = readNumberCell(number(1.2), { at: {}, target: count, column: 'x' });
    expect(r.value).toBe(1.2);
    expect(r.findings.map((f) => [f.code, f.severity])).toEqual([['ingest/fraction-in-whole-unit', 'warning']]);
    expect(r.findings[0]?.hint).toContain('1.200');
  });

  it.each(['12a', 'Đạt', 'x', 'khoảng mười'])('text %j → not-a-number error', (t) => {
    expect(read(text(t))).toEqual({ value: null, codes: ['ingest/not-a-number'] });
  });

  it('error value #REF! → excel-error', () => {
    expect(read({ kind: 'error', error: '#REF!' })).toEqual({ value: null, codes: ['ingest/excel-error'] });
  });

  it('date in a number cell → not-a-number', () => {
    expect(read({ kind: 'date', iso: '2024-04-05' }).codes).toEqual(['ingest/not-a-number']);
  });

  it('negative number → negative error', () => {
    expect(read(number(-5)).codes).toEqual(['ingest/negative']);
  });

  it('percent 120 → percent-over-100 error', () => {
    expect(read(number(120), percent).codes).toEqual(['ingest/percent-over-100']);
  });
});
