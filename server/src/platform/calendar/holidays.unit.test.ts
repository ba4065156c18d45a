import { describe, expect, it } from 'vitest';
import { defaultNationalDayAdjacentDay, defaultTetDays, lawHolidaysOf } from './holidays.js';

const dates = (year: number, kind?: string): string[] =>
  lawHolidaysOf(year)
    .filter((h) => kind === undefined || h.kind === kind)
    .map((h) => h.date);

describe('Labour Code holidays (defaults)', () => {
  it('takes the last day of the lunar year and days 1–4 as Tết', () => {
    expect(defaultTetDays(2026)).toEqual(['2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20']);
    expect(defaultTetDays(2025)[0]).toBe('2025-01-28');
  });

  it('joins 3 September to a Monday or Thursday 2 September, else 1 September', () => {
    expect(defaultNationalDayAdjacentDay(2024)).toBe('2024-09-03'); // Monday
    expect(defaultNationalDayAdjacentDay(2025)).toBe('2025-09-01'); // Tuesday
    expect(defaultNationalDayAdjacentDay(2026)).toBe('2026-09-01'); // Wednesday
    expect(defaultNationalDayAdjacentDay(2027)).toBe('2027-09-03'); // Thursday
    expect(defaultNationalDayAdjacentDay(2023)).toBe('2023-09-01'); // Saturday
  });

  it('lists the 11 public holidays of 2026 and the compensatory day for Hùng Kings on a Sunday', () => {
    expect(dates(2026, 'public-holiday')).toEqual([
      '2026-01-01',
      '2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20',
      '2026-04-26', '2026-04-30', '2026-05-01', '2026-09-01', '2026-09-02',
    ]);
    expect(dates(2026, 'compensatory')).toEqual(['2026-04-27']);
  });

  it('gives Tết 2027 two compensatory days for its Saturday and Sunday', () => {
    expect(dates(2027, 'public-holiday').slice(1, 6)).toEqual(['2027-02-05', '2027-02-06', '2027-02-07', '2027-02-08', '2027-02-09']);
    expect(dates(2027, 'compensatory')).toEqual(['2027-02-10', '2027-02-11', '2027-05-03']);
  });

  it('skips holidays when placing a compensatory day (30 April 2028 is a Sunday, 1 May a holiday)', () => {
    expect(dates(2028, 'compensatory')).toContain('2028-05-02');
  });

  it('uses the decided Tết days and adjacent day when given, marked as config', () => {
    const holidays = lawHolidaysOf(2025, {
      tetDays: ['2025-01-27', '2025-01-28', '2025-01-29', '2025-01-30', '2025-01-31'],
      nationalDayAdjacentDay: '2025-09-01',
      source: 'Văn bản 8726/VPCP-KGVX',
    });
    const tet = holidays.filter((h) => h.name.en.startsWith('Lunar'));
    expect(tet.map((h) => h.date)[0]).toBe('2025-01-27');
    expect(tet.every((h) => h.origin === 'config' && h.source === 'Văn bản 8726/VPCP-KGVX')).toBe(true);
    expect(holidays.some((h) => h.kind === 'compensatory')).toBe(false);
  });
});
