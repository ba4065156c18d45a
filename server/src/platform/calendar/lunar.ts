import { fromDayNumber, toDayNumber, VIETNAM_UTC_OFFSET_HOURS, yearOfDay, type LocalDate } from './local-date.js';
import { monthsOfSegment, type LunarMonth } from './lunar-months.js';

/**
 * Conversion between Gregorian dates and the Vietnamese lunar calendar (âm lịch), used for
 * the lunar public holidays of the Labour Code 2019 (Art. 112(1)(b) Tết, (c) Hùng Kings).
 * The astronomy lives in lunar-months.ts; this file only looks dates up.
 */

/** A date of the lunar calendar. `year` is the Gregorian year in which its Tết falls. */
export interface LunarDate {
  year: number;
  /** 1–12 */
  month: number;
  /** 1–30 */
  day: number;
  /** True for the intercalary (nhuận) month that repeats `month`. */
  leap: boolean;
}

/** Gregorian years the conversion is tested for and allowed on. */
export const LUNAR_RANGE = { firstYear: 1900, lastYear: 2199 } as const;

/**
 * The lunar date of a Gregorian local date.
 * @param offsetHours meridian of the calendar: 7 (Vietnam, default) or 8 (China), for comparison.
 * @throws RangeError outside {@link LUNAR_RANGE} or on a malformed date.
 */
export function solarToLunar(date: LocalDate, offsetHours: number = VIETNAM_UTC_OFFSET_HOURS): LunarDate {
  const day = toDayNumber(date);
  const year = checkYear(yearOfDay(day), date);
  const month =
    findMonthContaining(monthsOfSegment(year, offsetHours), day) ??
    findMonthContaining(monthsOfSegment(year + 1, offsetHours), day);
  if (!month) throw new Error(`No lunar month contains ${date}`);
  return { year: month.lunarYear, month: month.number, day: day - month.start + 1, leap: month.leap };
}

/**
 * The Gregorian local date of a lunar date.
 * @throws RangeError if that lunar date does not exist (no such leap month, or day 30 of a
 * 29-day month) or is outside {@link LUNAR_RANGE}.
 */
export function lunarToSolar(lunar: LunarDate, offsetHours: number = VIETNAM_UTC_OFFSET_HOURS): LocalDate {
  const { year, month, day, leap } = lunar;
  const found = findMonth(year, month, leap, offsetHours);
  if (!found || !Number.isInteger(day) || day < 1 || day > found.length) {
    throw new RangeError(`No such lunar date: ${JSON.stringify(lunar)}`);
  }
  const result = found.start + day - 1;
  checkYear(yearOfDay(result), JSON.stringify(lunar));
  return fromDayNumber(result);
}

/** Tết: day 1 of month 1 of the lunar year that starts in Gregorian `year`. */
export function lunarNewYear(year: number, offsetHours: number = VIETNAM_UTC_OFFSET_HOURS): LocalDate {
  return lunarToSolar({ year, month: 1, day: 1, leap: false }, offsetHours);
}

/** Number of days (29 or 30) of a lunar month. */
export function lunarMonthLength(year: number, month: number, leap = false): number {
  const found = findMonth(year, month, leap, VIETNAM_UTC_OFFSET_HOURS);
  if (!found) throw new RangeError(`No such lunar month: ${year}/${month}${leap ? ' (leap)' : ''}`);
  return found.length;
}

function findMonthContaining(months: readonly LunarMonth[], day: number): LunarMonth | undefined {
  return months.find((m) => m.start <= day && day < m.start + m.length);
}

/** The month `month` (leap or not) of lunar year `year`, if the calendar has it. */
function findMonth(year: number, month: number, leap: boolean, offsetHours: number): LunarMonth | undefined {
  // Months 11 and 12 of lunar year Y sit in the segment computed for Gregorian year Y + 1.
  const segmentYear = month >= 11 ? year + 1 : year;
  if (!Number.isInteger(segmentYear) || segmentYear < LUNAR_RANGE.firstYear || segmentYear > LUNAR_RANGE.lastYear + 1) {
    return undefined;
  }
  return monthsOfSegment(segmentYear, offsetHours).find(
    (m) => m.lunarYear === year && m.number === month && m.leap === leap,
  );
}

function checkYear(year: number, what: string): number {
  if (year < LUNAR_RANGE.firstYear || year > LUNAR_RANGE.lastYear) {
    throw new RangeError(`${what} is outside the years ${LUNAR_RANGE.firstYear}–${LUNAR_RANGE.lastYear}`);
  }
  return year;
}
