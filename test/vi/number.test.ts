import { describe, expect, it } from 'vitest';
import { formatViNumber, formatViPercent, formatViRatio, parseViNumber } from '../../src/vi/number.ts';

describe('parseViNumber', () => {
  it.each([
    ['2.500', 2500, undefined],
    ['150.000', 150000, undefined],
    ['1.344.522', 1344522, undefined],
    ['1,5', 1.5, undefined],
    ['01', 1, undefined],
    [' 12 ', 12, undefined],
    ['6716', 6716, undefined],
    ['53,4', 53.4, undefined],
    ['2.58', 2.58, 'dot-decimal'],
    ['1,200', 1.2, 'comma-three-digits'],
    ['1.200', 1200, undefined],
    ['1\u00A0200', 1200, undefined],
    ['6,21 triệu', 6_210_000, undefined],
    ['210 ngàn', 210_000, undefined],
  ])('text %j → %d (ambiguity %s)', (text, value, ambiguity) => {
    const parsed = parseViNumber(text);
    expect(parsed?.value).toBeCloseTo(value, 6);
    expect(parsed?.ambiguity).toBe(ambiguity);
  });

  it('text "85%" → 85 with the percent flag', () => {
    expect(parseViNumber('85%')).toMatchObject({ value: 85, percent: true, rest: '' });
  });

  it('text "2.500 đoàn viên" → 2500 and the unit as rest', () => {
    expect(parseViNumber('2.500 đoàn viên')).toMatchObject({ value: 2500, rest: 'đoàn viên' });
  });

  it('text "900.000 đồng" → 900000 with "đồng" left over', () => {
    expect(parseViNumber('900.000 đồng')).toMatchObject({ value: 900000, rest: 'đồng' });
  });

  it.each(['', 'không phát sinh', 'x', '-', 'Đạt'])('text %j → null', (text) => {
    expect(parseViNumber(text)).toBeNull();
  });
});

describe('formatViNumber', () => {
  it.each([
    [150000, '150.000'],
    [1.5, '1,5'],
    [2500, '2.500'],
    [0, '0'],
  ])('%d → %s', (value, text) => expect(formatViNumber(value)).toBe(text));

  it('ratio 0.523 → "52,3%"', () => expect(formatViPercent(0.523)).toBe('52,3%'));
});

describe('formatViRatio', () => {
  it.each([
    [0.5647, '56%'],
    [0.559, '56%'],
    [0.996, '99,6%'],
    [0.9999, '99,9%'],
    [1, '100%'],
    [1.5, '150%'],
    [0, '0%'],
  ])('%d → %s', (ratio, text) => {
    expect(formatViRatio(ratio)).toBe(text);
  });
});
