import { SearchMoonPhase, SearchSunLongitude, SunPosition, type AstroTime } from 'astronomy-engine';
import { DAY_MS, HOUR_MS } from './local-date.js';

/**
 * The astronomical skeleton of the Vietnamese lunisolar calendar (âm lịch).
 *
 * The rules are those of the traditional Chinese calendar, reckoned for the meridian of
 * Vietnam's legal time, UTC+7, as the Vietnamese calendar has been since 1968 (until 1967
 * North Vietnam used the UTC+8 calendar): that is why Tết sometimes differs from Chinese
 * New Year (e.g. 1985, 2007). The rules:
 *  1. a month begins on the local day that contains a new moon (conjunction);
 *  2. the 11th month is the month that contains the winter solstice (Sun at 270°);
 *  3. if 13 months begin between two consecutive 11th months, the first of them (after the
 *     11th) that contains no principal solar term (trung khí: Sun at a multiple of 30°) is
 *     the leap month and repeats the number of the month before it.
 *
 * New moons and solar longitudes come from `astronomy-engine` (apparent geocentric
 * longitudes of date, ΔT included). Checked against the tables of Hồ Ngọc Đức's amlich
 * calendar for every day of 1968–2199: they differ only in four months (2054, 2077, 2085,
 * 2175) whose new moon falls less than 70 s after local midnight, within ΔT's uncertainty.
 */

/** One lunar month: its number (1–12), whether leap, first local day and length. */
export interface LunarMonth {
  /** Lunar year the month belongs to (the Gregorian year in which its month 1 starts). */
  lunarYear: number;
  number: number;
  leap: boolean;
  /** Local day number (see local-date.ts) of day 1 of the month. */
  start: number;
  /** 29 or 30. */
  length: number;
}

const segments = new Map<string, LunarMonth[]>();

/**
 * The months from the 11th month that contains the winter solstice of `year - 1` up to,
 * not including, the 11th month that contains the winter solstice of `year`: so lunar
 * months 11 and 12 of lunar year `year - 1` and months 1–10 of lunar year `year`, with any
 * leap month among them. Memoised per (year, offset).
 */
export function monthsOfSegment(year: number, offsetHours: number): readonly LunarMonth[] {
  const key = `${offsetHours}:${year}`;
  let months = segments.get(key);
  if (!months) {
    months = computeSegment(year, offsetHours);
    segments.set(key, months);
  }
  return months;
}

function computeSegment(year: number, offsetHours: number): LunarMonth[] {
  const dayOf = (t: AstroTime): number => Math.floor((t.date.getTime() + offsetHours * HOUR_MS) / DAY_MS);
  const end = month11Start(year, offsetHours, dayOf);
  const starts: number[] = [];
  let moon = month11NewMoon(year - 1, offsetHours, dayOf);
  while (dayOf(moon) < end) {
    starts.push(dayOf(moon));
    moon = found(SearchMoonPhase(0, moon.AddDays(20), 15), 'new moon');
  }
  starts.push(end);

  const monthCount = starts.length - 1;
  let leapIndex = -1;
  if (monthCount === 13) {
    const sector = (day: number): number =>
      Math.floor(SunPosition(new Date(day * DAY_MS - offsetHours * HOUR_MS)).elon / 30);
    for (let i = 1; i < monthCount; i++) {
      if (sector(starts[i] as number) === sector(starts[i + 1] as number)) {
        leapIndex = i;
        break;
      }
    }
  } else if (monthCount !== 12) {
    throw new Error(`Lunar year ${year}: found ${monthCount} months between two 11th months`);
  }
  return numberMonths(year, starts, leapIndex);
}

function numberMonths(year: number, starts: number[], leapIndex: number): LunarMonth[] {
  const months: LunarMonth[] = [];
  let number = 11;
  let lunarYear = year - 1;
  for (let i = 0; i < starts.length - 1; i++) {
    const leap = i === leapIndex;
    if (i > 0 && !leap) number = (number % 12) + 1;
    if (number === 1 && !leap) lunarYear = year;
    const start = starts[i] as number;
    months.push({ lunarYear, number, leap, start, length: (starts[i + 1] as number) - start });
  }
  return months;
}

type DayOf = (t: AstroTime) => number;

/** The new moon that starts the 11th month: the last one on or before the solstice's local day. */
function month11NewMoon(year: number, offsetHours: number, dayOf: DayOf): AstroTime {
  const solstice = found(SearchSunLongitude(270, new Date(Date.UTC(year, 11, 10)), 20), 'winter solstice');
  const endOfSolsticeDay = new Date((dayOf(solstice) + 1) * DAY_MS - offsetHours * HOUR_MS);
  return found(SearchMoonPhase(0, endOfSolsticeDay, -35), 'new moon');
}

function month11Start(year: number, offsetHours: number, dayOf: DayOf): number {
  return dayOf(month11NewMoon(year, offsetHours, dayOf));
}

function found<T>(value: T | null, what: string): T {
  if (value === null) throw new Error(`astronomy-engine found no ${what} in the search window`);
  return value;
}
