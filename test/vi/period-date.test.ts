import { describe, expect, it } from 'vitest';
import { periodDeadline, periodName, quartersOf, parsePeriod, previousQuarter } from '../../src/vi/period.ts';
import { formatViDateLong, formatViDateShort, parseViDate } from '../../src/vi/date.ts';
import { compareVi, matchKey } from '../../src/vi/text.ts';

describe('periods', () => {
  it.each([
    ['2024-Q1', 'Quý I năm 2024'],
    ['2024-Q4', 'Quý IV năm 2024'],
    ['2024-H1', '6 tháng đầu năm 2024'],
    ['2024-9M', '9 tháng đầu năm 2024'],
    ['2024-Y', 'năm 2024'],
  ])('%s is called "%s"', (id, name) => expect(periodName(id)).toBe(name));

  it('2024-Q2 runs from 1 April to 30 June and is the second quarter', () => {
    expect(parsePeriod('2024-Q2')).toMatchObject({ start: '2024-04-01', end: '2024-06-30', quartersElapsed: 2 });
  });

  it('an id that is not a period → null', () => {
    expect(parsePeriod('2024-Q5')).toBeNull();
    expect(parsePeriod('Q1-2024')).toBeNull();
  });

  it('the half year is made of Q1 and Q2; Q3 follows Q2; Q1 has no previous quarter', () => {
    expect(quartersOf('2024-H1')).toEqual(['2024-Q1', '2024-Q2']);
    expect(previousQuarter('2024-Q3')).toBe('2024-Q2');
    expect(previousQuarter('2024-Q1')).toBeNull();
  });

  it('deadline 5 days after Q1 → 5 April; an override for Q4 applies to Q4 only', () => {
    const reporting = {
      body: 'Ban Dân vận Tỉnh ủy',
      periods: ['Q1', 'Q2', 'Q3', 'Q4'] as const,
      deadline: { daysAfterEnd: 5 },
      deadlineOverrides: { Q4: { daysAfterEnd: 0 } },
    };
    expect(periodDeadline({ ...reporting, periods: [...reporting.periods] }, '2024-Q1')).toBe('2024-04-05');
    expect(periodDeadline({ ...reporting, periods: [...reporting.periods] }, '2024-Q4')).toBe('2024-12-31');
  });
});

describe('official dates', () => {
  it.each([
    ['2024-04-05', 'ngày 05 tháng 4 năm 2024', '05/4/2024'],
    ['2023-12-27', 'ngày 27 tháng 12 năm 2023', '27/12/2023'],
    ['2024-01-15', 'ngày 15 tháng 01 năm 2024', '15/01/2024'],
    ['2024-02-09', 'ngày 09 tháng 02 năm 2024', '09/02/2024'],
    ['2024-03-01', 'ngày 01 tháng 3 năm 2024', '01/3/2024'],
    ['2024-10-31', 'ngày 31 tháng 10 năm 2024', '31/10/2024'],
  ])('%s → "%s" / "%s"', (iso, long, short) => {
    expect(formatViDateLong(iso)).toBe(long);
    expect(formatViDateShort(iso)).toBe(short);
  });

  it('d/m/yyyy is read day first; 31/2 is not a date', () => {
    expect(parseViDate('05/4/2024')).toBe('2024-04-05');
    expect(parseViDate('31/02/2024')).toBeNull();
  });
});

describe('text', () => {
  it('old and new tone placement give the same matching key', () => {
    expect(matchKey('Hoà  bình, Uỷ ban')).toBe(matchKey('hòa bình, ủy ban'));
  });

  it('NFD input gives the same key as NFC', () => {
    expect(matchKey('Hội Nông dân'.normalize('NFD'))).toBe(matchKey('Hội Nông dân'));
  });

  it('Vietnamese collation puts Đ after D and before E', () => {
    const sorted = ['E', 'Đ', 'D'].sort(compareVi);
    expect(sorted).toEqual(['D', 'Đ', 'E']);
  });
});
