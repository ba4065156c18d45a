import { describe, expect, it } from 'vitest';
import { lunarMonthLength, lunarNewYear, lunarToSolar, solarToLunar } from './lunar.js';

describe('Vietnamese lunar calendar', () => {
  it.each([
    [2024, '2024-02-10'],
    [2025, '2025-01-29'],
    [2026, '2026-02-17'],
    [2027, '2027-02-06'],
    [2028, '2028-01-26'],
  ])('Tết %i is %s', (year, date) => {
    expect(lunarNewYear(year)).toBe(date);
  });

  // The calendar is reckoned at UTC+7: a new moon between 23:00 and 24:00 UTC+7 starts the
  // month a day earlier than in the Chinese (UTC+8) calendar. Published differences:
  it.each([
    [1968, '1968-01-29', '1968-01-30'],
    [1985, '1985-01-21', '1985-02-20'], // a whole month: the 11th month differs
    [2007, '2007-02-17', '2007-02-18'],
    [2030, '2030-02-02', '2030-02-03'],
    [2053, '2053-02-18', '2053-02-19'],
  ])('Tết %i is %s in Vietnam but %s at UTC+8', (year, vietnam, china) => {
    expect(lunarNewYear(year)).toBe(vietnam);
    expect(lunarNewYear(year, 8)).toBe(china);
  });

  it("gives Hùng Kings' day (10/3 lunar)", () => {
    expect(lunarToSolar({ year: 2025, month: 3, day: 10, leap: false })).toBe('2025-04-07');
    expect(lunarToSolar({ year: 2026, month: 3, day: 10, leap: false })).toBe('2026-04-26');
    expect(lunarToSolar({ year: 2024, month: 3, day: 10, leap: false })).toBe('2024-04-18');
  });

  it('places leap months', () => {
    expect(solarToLunar('2023-03-22')).toEqual({ year: 2023, month: 2, day: 1, leap: true });
    expect(solarToLunar('2025-07-25')).toEqual({ year: 2025, month: 6, day: 1, leap: true });
    expect(solarToLunar('2033-12-22')).toEqual({ year: 2033, month: 11, day: 1, leap: true });
    expect(lunarToSolar({ year: 2033, month: 11, day: 1, leap: false })).toBe('2033-11-22');
  });

  it('converts an ordinary day both ways', () => {
    expect(solarToLunar('2026-11-24')).toEqual({ year: 2026, month: 10, day: 16, leap: false });
    expect(solarToLunar('2026-02-16')).toEqual({ year: 2025, month: 12, day: 29, leap: false });
    expect(lunarMonthLength(2025, 12)).toBe(29);
  });

  it('refuses lunar dates that do not exist and years out of range', () => {
    expect(() => lunarToSolar({ year: 2026, month: 5, day: 1, leap: true })).toThrow(RangeError);
    expect(() => lunarToSolar({ year: 2025, month: 12, day: 30, leap: false })).toThrow(RangeError);
    expect(() => lunarToSolar({ year: 2026, month: 13, day: 1, leap: false })).toThrow(RangeError);
    expect(() => solarToLunar('1899-12-31')).toThrow(RangeError);
    expect(() => solarToLunar('2200-01-01')).toThrow(RangeError);
    expect(() => lunarToSolar({ year: 2199, month: 12, day: 1, leap: false })).toThrow(RangeError);
  });
});
