/**
 * Local dates and times in Vietnam (Asia/Ho_Chi_Minh).
 *
 * Vietnam keeps UTC+07:00 all year: it has observed no daylight saving time since the
 * whole country moved to UTC+7 on 13 June 1975 (the South had used UTC+8 before). So
 * every instant from then on maps to local time by adding a fixed 7 hours, and we do not
 * need a time-zone database. Instants before mid-1975 are out of scope for deadlines.
 *
 * Inside this folder a local date is handled as a "day number": whole days since
 * 1970-01-01 (the local calendar day, not UTC), which makes day arithmetic plain integer
 * arithmetic. Outside it is a `YYYY-MM-DD` string.
 */

/** A local calendar date written `YYYY-MM-DD` (proleptic Gregorian). */
export type LocalDate = string;

export const TIMEZONE = 'Asia/Ho_Chi_Minh';
export const VIETNAM_UTC_OFFSET_HOURS = 7;

export const HOUR_MS = 3_600_000;
export const DAY_MS = 24 * HOUR_MS;
const OFFSET_MS = VIETNAM_UTC_OFFSET_HOURS * HOUR_MS;

const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Parses `YYYY-MM-DD` into a day number; throws a RangeError on anything else. */
export function toDayNumber(date: LocalDate): number {
  const match = LOCAL_DATE.exec(date);
  if (!match) throw new RangeError(`Not a YYYY-MM-DD date: ${JSON.stringify(date)}`);
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const ms = Date.UTC(y, m - 1, d);
  const day = ms / DAY_MS;
  if (fromDayNumber(day) !== date) throw new RangeError(`No such date: ${date}`);
  return day;
}

/** Formats a day number as `YYYY-MM-DD`. */
export function fromDayNumber(day: number): LocalDate {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** Day of the week of a day number: 0 = Sunday … 6 = Saturday (like `Date#getDay`). */
export function weekdayOf(day: number): number {
  return (((day + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday
}

/** Gregorian year of a day number. */
export function yearOfDay(day: number): number {
  return new Date(day * DAY_MS).getUTCFullYear();
}

/** Day number of a Gregorian date given as numbers (month 1–12). */
export function dayNumberOf(year: number, month: number, day: number): number {
  return Date.UTC(year, month - 1, day) / DAY_MS;
}

/** The local day (day number) on which `instant` falls in Vietnam. */
export function localDayOf(instant: Date): number {
  return Math.floor((assertValid(instant).getTime() + OFFSET_MS) / DAY_MS);
}

/** Milliseconds elapsed since local midnight at `instant`. */
export function msIntoLocalDay(instant: Date): number {
  const ms = assertValid(instant).getTime() + OFFSET_MS;
  return ms - Math.floor(ms / DAY_MS) * DAY_MS;
}

/** The instant at `hours` (may be fractional) after local midnight of `day`. */
export function instantAt(day: number, hours: number): Date {
  return new Date(day * DAY_MS + hours * HOUR_MS - OFFSET_MS);
}

/** The local date (`YYYY-MM-DD`) of an instant. */
export function localDateOf(instant: Date): LocalDate {
  return fromDayNumber(localDayOf(instant));
}

function assertValid(instant: Date): Date {
  if (Number.isNaN(instant.getTime())) throw new RangeError('Invalid Date');
  return instant;
}
