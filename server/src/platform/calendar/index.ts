/**
 * The working-day calendar of Vietnam's public bodies: lunar calendar, public holidays
 * (Labour Code 2019), the Government's yearly swaps, and deadline arithmetic in working
 * days. Pure functions, no database. See docs/calendar.md.
 */
export {
  CalendarConfig,
  CalendarConfigError,
  DatedEntry,
  DEFAULT_CONFIG_PATH,
  loadCalendarConfig,
  parseCalendarConfig,
  Reason,
  Source,
  YearConfig,
} from './config.js';
export {
  defaultNationalDayAdjacentDay,
  defaultTetDays,
  lawHolidaysOf,
  type Holiday,
  type HolidayKind,
  type HolidayName,
  type LawHolidayChoices,
} from './holidays.js';
export { localDateOf, TIMEZONE, VIETNAM_UTC_OFFSET_HOURS, type LocalDate } from './local-date.js';
export { LUNAR_RANGE, lunarMonthLength, lunarNewYear, lunarToSolar, solarToLunar, type LunarDate } from './lunar.js';
export type { MakeUpWorkingDay } from './year-schedule.js';
export { createWorkingCalendar, type WorkingCalendar, type WorkingCalendarOptions } from './working-days.js';
