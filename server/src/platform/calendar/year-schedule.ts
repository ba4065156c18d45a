import type { DatedEntry, Reason, YearConfig } from './config.js';
import { lawHolidaysOf, type Holiday } from './holidays.js';
import { toDayNumber, type LocalDate } from './local-date.js';

/**
 * One Gregorian year's days off and make-up working days: the Labour Code defaults
 * (holidays.ts) with the year's config applied. Precedence, strongest first:
 *  1. `workingDays` of the config — always working days (make-up Saturdays, or a default
 *     day off the Government did not keep);
 *  2. `daysOff` of the config, and the law's holidays with their compensatory days;
 *  3. Saturday and Sunday off; every other day is a working day.
 */

/** A day the config makes a working day although the rules would make it a day off. */
export interface MakeUpWorkingDay {
  date: LocalDate;
  reason: Reason;
  source?: string;
}

export interface YearSchedule {
  /** Days off other than ordinary weekends, sorted by date. */
  holidays: Holiday[];
  makeUpWorkingDays: MakeUpWorkingDay[];
  /** Day numbers of `holidays`. */
  dayOff: ReadonlySet<number>;
  /** Day numbers of `makeUpWorkingDays`. */
  working: ReadonlySet<number>;
}

/** Builds the schedule of `year`; `config` is that year's entry in the config, if any. */
export function buildYearSchedule(year: number, config: YearConfig | undefined): YearSchedule {
  const sourceOf = (entry: { source?: string }): string | undefined => entry.source ?? config?.sources[0]?.document;
  const law = lawHolidaysOf(year, {
    ...(config?.tetDays ? { tetDays: config.tetDays } : {}),
    ...(config?.nationalDayAdjacentDay ? { nationalDayAdjacentDay: config.nationalDayAdjacentDay } : {}),
    ...(config?.sources[0] ? { source: config.sources[0].document } : {}),
  });
  const extra: Holiday[] = (config?.daysOff ?? []).map((entry: DatedEntry) => ({
    date: entry.date,
    name: entry.reason,
    kind: 'day-off',
    origin: 'config',
    ...withSource(sourceOf(entry)),
  }));
  const makeUpWorkingDays = (config?.workingDays ?? []).map((entry) => ({
    date: entry.date,
    reason: entry.reason,
    ...withSource(sourceOf(entry)),
  }));
  const working = new Set(makeUpWorkingDays.map((d) => toDayNumber(d.date)));
  const extraDates = new Set(extra.map((h) => h.date));
  const holidays = [...law.filter((h) => !extraDates.has(h.date)), ...extra]
    .filter((h) => !working.has(toDayNumber(h.date)))
    .sort((a, b) => a.date.localeCompare(b.date));
  return {
    holidays,
    makeUpWorkingDays: makeUpWorkingDays.sort((a, b) => a.date.localeCompare(b.date)),
    dayOff: new Set(holidays.map((h) => toDayNumber(h.date))),
    working,
  };
}

function withSource(source: string | undefined): { source?: string } {
  return source ? { source } : {};
}
