import type { CalendarConfig } from './config.js';
import { isWeeklyRestDay, type Holiday } from './holidays.js';
import {
  fromDayNumber,
  HOUR_MS,
  instantAt,
  localDayOf,
  msIntoLocalDay,
  toDayNumber,
  yearOfDay,
  type LocalDate,
} from './local-date.js';
import { buildYearSchedule, type MakeUpWorkingDay, type YearSchedule } from './year-schedule.js';

/**
 * Working-day arithmetic for deadlines of administrative procedures (Decree 118/2025/NĐ-CP
 * on the one-stop mechanism sets that time limits run in working days).
 *
 * Counting follows the Civil Code 2015 (91/2015/QH13): Art. 147(2)-(3), the day of the
 * event (receipt of a complete dossier) is not counted, counting starts the next day;
 * Art. 148(5), a time limit whose last day is a day off ends on the next working day.
 * Art. 148(6) ends the last day at 24:00; we end it at the desk's closing hour instead,
 * since results are returned at the desk during office hours (set `closingHour` to move it).
 * The exact rules are written on each method below and in docs/calendar.md.
 */
export interface WorkingCalendar {
  /** Local hour at which the desk closes and at which deadlines fall due (e.g. 17). */
  readonly closingHour: number;
  /** True if `date` is a working day: not a weekend, holiday, compensatory or extra day off, unless the config made it a working day. */
  isWorkingDay(date: LocalDate): boolean;
  /** Days off of `year` other than ordinary weekends (law holidays even when on a weekend), sorted. */
  holidaysOf(year: number): Holiday[];
  /** Make-up working days (làm bù) of `year` from the config, sorted. */
  makeUpWorkingDaysOf(year: number): MakeUpWorkingDay[];
  /** The first working day strictly after `date`. */
  nextWorkingDay(date: LocalDate): LocalDate;
  /** The closing instant (closingHour local time) of `date`. */
  closingTimeOf(date: LocalDate): Date;
  /**
   * The working day on which a dossier received at `instant` counts as received: its own
   * local day if that is a working day and the local time is at or before closing time
   * (receipt at exactly 17:00:00.000 counts that day), otherwise the next working day.
   */
  effectiveReceiptDay(instant: Date): LocalDate;
  /**
   * Due instant for a time limit of `n` working days (integer ≥ 0): the closing time of
   * the n-th working day after the effective receipt day, which itself is not counted.
   * n = 0 gives the closing time of the effective receipt day.
   */
  addWorkingDays(instant: Date, n: number): Date;
  /**
   * Due instant under a "same day; received after `cutoffHour` → next working day" rule
   * (e.g. birth or marriage registration: same day, after 15:00 the next working day):
   * if the local day of `instant` is a working day and the local time is at or before the
   * cut-off, the closing time of that day; otherwise (after the cut-off, or received on a
   * weekend or day off) the closing time of the first working day after that local day.
   */
  sameDayDue(instant: Date, cutoffHour: number): Date;
  /**
   * Working days d with localDay(from) < d ≤ localDay(to); minus the working days d with
   * localDay(to) < d ≤ localDay(from) when `to` is earlier. Times of day are ignored.
   * countWorkingDays(now, due) is the number of working days left (0 on the due day,
   * negative once overdue); countWorkingDays(receivedAt, now) the number elapsed.
   */
  countWorkingDays(from: Date, to: Date): number;
  /**
   * The |n|-th working day after `date` (n > 0) or before it (n < 0); for n = 0, `date`
   * itself if it is a working day, else the next working day.
   */
  addWorkingDaysToDate(date: LocalDate, n: number): LocalDate;
}

/** Options that a particular agency may set differently from the shared config. */
export interface WorkingCalendarOptions {
  closingHour?: number;
}

/**
 * Builds a working calendar from a validated config (see `loadCalendarConfig`). Years
 * without a config entry use the Labour Code defaults. Supported years: 1900–2199.
 */
export function createWorkingCalendar(config: CalendarConfig, options: WorkingCalendarOptions = {}): WorkingCalendar {
  const closingHour = options.closingHour ?? config.closingHour;
  if (!(closingHour > 0 && closingHour < 24)) throw new RangeError(`closingHour must be in (0, 24), got ${closingHour}`);
  const schedules = new Map<number, YearSchedule>();
  const scheduleOf = (year: number): YearSchedule => {
    let schedule = schedules.get(year);
    if (!schedule) {
      schedule = buildYearSchedule(year, config.years[String(year)]);
      schedules.set(year, schedule);
    }
    return schedule;
  };
  const isWorking = (day: number): boolean => {
    const schedule = scheduleOf(yearOfDay(day));
    if (schedule.working.has(day)) return true;
    return !isWeeklyRestDay(day) && !schedule.dayOff.has(day);
  };
  const nextWorking = (day: number): number => {
    let next = day + 1;
    while (!isWorking(next)) next++;
    return next;
  };
  const nthWorkingAfter = (day: number, n: number): number => {
    let result = day;
    for (let i = 0; i < n; i++) result = nextWorking(result);
    return result;
  };
  const closingMs = closingHour * HOUR_MS;
  const receiptDay = (instant: Date): number => {
    const day = localDayOf(instant);
    return isWorking(day) && msIntoLocalDay(instant) <= closingMs ? day : nextWorking(day);
  };
  const closingOf = (day: number): Date => instantAt(day, closingHour);

  return {
    closingHour,
    isWorkingDay: (date) => isWorking(toDayNumber(date)),
    holidaysOf: (year) => scheduleOf(year).holidays.map((h) => ({ ...h })),
    makeUpWorkingDaysOf: (year) => scheduleOf(year).makeUpWorkingDays.map((d) => ({ ...d })),
    nextWorkingDay: (date) => fromDayNumber(nextWorking(toDayNumber(date))),
    closingTimeOf: (date) => closingOf(toDayNumber(date)),
    effectiveReceiptDay: (instant) => fromDayNumber(receiptDay(instant)),
    addWorkingDays(instant, n) {
      assertCount(n, 0);
      return closingOf(nthWorkingAfter(receiptDay(instant), n));
    },
    sameDayDue(instant, cutoffHour) {
      if (!(cutoffHour >= 0 && cutoffHour <= closingHour)) {
        throw new RangeError(`cutoffHour must be in [0, ${closingHour}], got ${cutoffHour}`);
      }
      const day = localDayOf(instant);
      const sameDay = isWorking(day) && msIntoLocalDay(instant) <= cutoffHour * HOUR_MS;
      return closingOf(sameDay ? day : nextWorking(day));
    },
    countWorkingDays(from, to) {
      const [a, b] = [localDayOf(from), localDayOf(to)];
      const [low, high, sign] = a <= b ? [a, b, 1] : [b, a, -1];
      let count = 0;
      for (let day = low + 1; day <= high; day++) if (isWorking(day)) count++;
      return count === 0 ? 0 : sign * count;
    },
    addWorkingDaysToDate(date, n) {
      assertCount(n, -Infinity);
      let day = toDayNumber(date);
      if (n === 0) return fromDayNumber(isWorking(day) ? day : nextWorking(day));
      const step = Math.sign(n);
      for (let left = Math.abs(n); left > 0; ) {
        day += step;
        if (isWorking(day)) left--;
      }
      return fromDayNumber(day);
    },
  };
}

function assertCount(n: number, min: number): void {
  if (!Number.isSafeInteger(n) || n < min) throw new RangeError(`Expected an integer${min === 0 ? ' ≥ 0' : ''}, got ${n}`);
}
