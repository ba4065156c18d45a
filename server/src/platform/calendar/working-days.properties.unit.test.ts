import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadCalendarConfig } from './config.js';
import { fromDayNumber, HOUR_MS, instantAt, localDateOf, msIntoLocalDay, toDayNumber } from './local-date.js';
import { createWorkingCalendar } from './working-days.js';

const calendar = createWorkingCalendar(await loadCalendarConfig());
const FIRST = toDayNumber('2024-01-01');
const LAST = toDayNumber('2030-12-31');

const instant = fc.integer({ min: instantAt(FIRST, 0).getTime(), max: instantAt(LAST, 24).getTime() - 1 }).map((ms) => new Date(ms));
const count = fc.integer({ min: 0, max: 80 });
const workingDay = fc
  .integer({ min: FIRST, max: LAST })
  .map((day) => calendar.addWorkingDaysToDate(fromDayNumber(day), 0));
/** An instant on a working day at or before closing time. */
const workingInstant = fc
  .tuple(workingDay, fc.integer({ min: 0, max: calendar.closingHour * HOUR_MS }))
  .map(([date, ms]) => new Date(instantAt(toDayNumber(date), 0).getTime() + ms));
const atClosing = workingDay.map((date) => calendar.closingTimeOf(date));

describe('working-day arithmetic (properties)', () => {
  it('always falls due at closing time of a working day', () => {
    fc.assert(
      fc.property(instant, count, (t, n) => {
        const due = calendar.addWorkingDays(t, n);
        expect(calendar.isWorkingDay(localDateOf(due))).toBe(true);
        expect(msIntoLocalDay(due)).toBe(calendar.closingHour * HOUR_MS);
        expect(due.getTime()).toBeGreaterThanOrEqual(t.getTime());
      }),
    );
  });

  it('composes: addWorkingDays(addWorkingDays(t, a), b) = addWorkingDays(t, a + b) for t at closing time', () => {
    fc.assert(
      fc.property(atClosing, count, count, (t, a, b) => {
        expect(calendar.addWorkingDays(calendar.addWorkingDays(t, a), b)).toEqual(calendar.addWorkingDays(t, a + b));
      }),
    );
  });

  it('counts back what it added for a working instant before closing', () => {
    fc.assert(
      fc.property(workingInstant, count, (t, n) => {
        expect(calendar.countWorkingDays(t, calendar.addWorkingDays(t, n))).toBe(n);
      }),
    );
  });

  it('is strictly increasing in n', () => {
    fc.assert(
      fc.property(instant, count, (t, n) => {
        expect(calendar.addWorkingDays(t, n + 1).getTime()).toBeGreaterThan(calendar.addWorkingDays(t, n).getTime());
      }),
    );
  });

  it('never counts a day off: each day in the interval is a working day or skipped', () => {
    fc.assert(
      fc.property(instant, count, (t, n) => {
        const start = toDayNumber(calendar.effectiveReceiptDay(t));
        const end = toDayNumber(localDateOf(calendar.addWorkingDays(t, n)));
        const holidays = new Set(
          [start, end].flatMap((day) => calendar.holidaysOf(Number(fromDayNumber(day).slice(0, 4)))).map((h) => h.date),
        );
        let working = 0;
        for (let day = start + 1; day <= end; day++) {
          const date = fromDayNumber(day);
          if (calendar.isWorkingDay(date)) {
            working++;
            expect(holidays.has(date)).toBe(false);
          }
        }
        expect(working).toBe(n);
      }),
    );
  });

  it('counts antisymmetrically', () => {
    fc.assert(
      fc.property(instant, instant, (a, b) => {
        expect(calendar.countWorkingDays(a, b)).toBe(0 - calendar.countWorkingDays(b, a));
      }),
    );
  });

  it('gives sameDayDue the closing time of the receipt day or of the working day after it', () => {
    fc.assert(
      fc.property(instant, fc.integer({ min: 8, max: 17 }), (t, cutoff) => {
        const due = calendar.sameDayDue(t, cutoff).getTime();
        const options = [calendar.addWorkingDays(t, 0).getTime(), calendar.addWorkingDays(t, 1).getTime()];
        expect(options).toContain(due);
        expect(calendar.sameDayDue(t, calendar.closingHour)).toEqual(calendar.addWorkingDays(t, 0));
      }),
    );
  });
});
