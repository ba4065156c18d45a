import { dayNumberOf, fromDayNumber, toDayNumber, weekdayOf, type LocalDate } from './local-date.js';
import { lunarNewYear, lunarToSolar } from './lunar.js';

/**
 * Public holidays set by law, for any year, before the yearly config is applied.
 *
 * Bộ luật Lao động (Labour Code) 45/2019/QH14, Art. 112(1): paid public holidays are
 *  (a) Tết Dương lịch, 1 January; (b) Tết Âm lịch, 5 days; (c) Ngày Chiến thắng, 30 April;
 *  (d) Ngày Quốc tế lao động, 1 May; (đ) Quốc khánh, 2 September plus 1 day before or after;
 *  (e) Giỗ Tổ Hùng Vương, 10th day of the 3rd lunar month.
 * Art. 112(3): each year the Prime Minister fixes which days are the 5 Tết days and which
 * day goes with 2 September; until a year's decision is in the config we use the defaults
 * below. Art. 111(3): a holiday that falls on a weekly rest day gives a compensatory day
 * off on the next working day. Weekly rest days of public bodies are Saturday and Sunday
 * (Quyết định 188/1999/QĐ-TTg, the 40-hour working week).
 */

export interface HolidayName {
  vi: string;
  en: string;
}

export type HolidayKind = 'public-holiday' | 'compensatory' | 'day-off';

/** A day off other than an ordinary weekend. */
export interface Holiday {
  date: LocalDate;
  name: HolidayName;
  /** public-holiday: Art. 112; compensatory: Art. 111(3); day-off: a swap or extra day from the config. */
  kind: HolidayKind;
  /** 'law' if computed from the Labour Code, 'config' if it comes from the yearly config. */
  origin: 'law' | 'config';
  source?: string;
}

/** What the yearly decision may fix instead of the defaults (Art. 112(3)). */
export interface LawHolidayChoices {
  /** The 5 Tết days, when decided; default: the last day of the lunar year and days 1–4. */
  tetDays?: readonly LocalDate[];
  /** 1 or 3 September, when decided; default: see {@link defaultNationalDayAdjacentDay}. */
  nationalDayAdjacentDay?: LocalDate;
  source?: string;
}

/** Saturday and Sunday (Quyết định 188/1999/QĐ-TTg). */
export function isWeeklyRestDay(day: number): boolean {
  const weekday = weekdayOf(day);
  return weekday === 0 || weekday === 6;
}

const NAMES = {
  newYear: { vi: 'Tết Dương lịch', en: "New Year's Day" },
  tet: { vi: 'Tết Âm lịch (Tết Nguyên đán)', en: 'Lunar New Year (Tết)' },
  hungKings: { vi: 'Giỗ Tổ Hùng Vương (10/3 âm lịch)', en: "Hùng Kings' Commemoration Day (10th day of the 3rd lunar month)" },
  victory: { vi: 'Ngày Chiến thắng (30/4)', en: 'Reunification Day (30 April)' },
  labour: { vi: 'Ngày Quốc tế lao động (1/5)', en: 'International Labour Day (1 May)' },
  nationalDay: { vi: 'Quốc khánh (2/9)', en: 'National Day (2 September)' },
  nationalDayAdjacent: { vi: 'Quốc khánh (ngày liền kề)', en: 'National Day (adjacent day)' },
} satisfies Record<string, HolidayName>;

/**
 * Default day to join 2 September (Art. 112(1)(đ) leaves 1 or 3 September to the yearly
 * decision): 3 September when 2 September is a Monday or a Thursday, so that the break
 * joins the weekend; otherwise 1 September. This reproduces the decisions for 2021 (Thu →
 * 3/9), 2024 (Mon → 3/9), 2025 (Tue → 1/9) and 2026 (Wed → 1/9).
 */
export function defaultNationalDayAdjacentDay(year: number): LocalDate {
  const weekday = weekdayOf(dayNumberOf(year, 9, 2));
  return fromDayNumber(dayNumberOf(year, 9, weekday === 1 || weekday === 4 ? 3 : 1));
}

/** Default Tết days: the last day of the old lunar year and days 1–4 of the new one. */
export function defaultTetDays(year: number): LocalDate[] {
  const firstDay = toDayNumber(lunarNewYear(year));
  return [-1, 0, 1, 2, 3].map((offset) => fromDayNumber(firstDay + offset));
}

/**
 * The public holidays of Art. 112 in Gregorian `year` and their compensatory days, sorted
 * by date. The compensatory day of a holiday on a Saturday or Sunday is the first later day
 * that is neither a weekly rest day, a holiday, nor an earlier compensatory day.
 */
export function lawHolidaysOf(year: number, choices: LawHolidayChoices = {}): Holiday[] {
  const byDay = new Map<number, Holiday>();
  const add = (date: LocalDate, name: HolidayName, origin: Holiday['origin']): void => {
    const day = toDayNumber(date);
    const holiday: Holiday = { date, name, kind: 'public-holiday', origin };
    if (origin === 'config' && choices.source) holiday.source = choices.source;
    const existing = byDay.get(day); // two holidays on one date (rare) make one day off
    if (existing) holiday.name = { vi: `${existing.name.vi}; ${name.vi}`, en: `${existing.name.en}; ${name.en}` };
    byDay.set(day, holiday);
  };
  const fixed = (month: number, day: number): LocalDate => fromDayNumber(dayNumberOf(year, month, day));

  add(fixed(1, 1), NAMES.newYear, 'law');
  for (const date of choices.tetDays ?? defaultTetDays(year)) add(date, NAMES.tet, choices.tetDays ? 'config' : 'law');
  add(lunarToSolar({ year, month: 3, day: 10, leap: false }), NAMES.hungKings, 'law');
  add(fixed(4, 30), NAMES.victory, 'law');
  add(fixed(5, 1), NAMES.labour, 'law');
  add(fixed(9, 2), NAMES.nationalDay, 'law');
  const adjacent = choices.nationalDayAdjacentDay;
  add(adjacent ?? defaultNationalDayAdjacentDay(year), NAMES.nationalDayAdjacent, adjacent ? 'config' : 'law');

  return withCompensatoryDays(byDay);
}

function withCompensatoryDays(byDay: Map<number, Holiday>): Holiday[] {
  const holidays = [...byDay.entries()].sort(([a], [b]) => a - b);
  const taken = new Set(byDay.keys());
  const result: Holiday[] = [];
  for (const [day, holiday] of holidays) {
    result.push(holiday);
    if (!isWeeklyRestDay(day)) continue;
    let compensatory = day + 1;
    while (isWeeklyRestDay(compensatory) || taken.has(compensatory)) compensatory++;
    taken.add(compensatory);
    result.push({
      date: fromDayNumber(compensatory),
      name: { vi: `Nghỉ bù ${holiday.name.vi}`, en: `Compensatory day off for ${holiday.name.en}` },
      kind: 'compensatory',
      origin: 'law',
    });
  }
  return result.sort((a, b) => a.date.localeCompare(b.date));
}
