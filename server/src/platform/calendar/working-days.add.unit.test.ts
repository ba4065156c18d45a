import { describe, expect, it } from 'vitest';
import { loadCalendarConfig } from './config.js';
import { createWorkingCalendar } from './working-days.js';

const calendar = createWorkingCalendar(await loadCalendarConfig());
const at = (local: string): Date => new Date(`${local}+07:00`);
const due = (local: string, n: number): string => calendar.addWorkingDays(at(local), n).toISOString();
/** Closing time (17:00 local) of a date, as an ISO instant. */
const closing = (date: string): string => at(`${date}T17:00`).toISOString();

describe('addWorkingDays', () => {
  it('counts from the day after receipt and falls due at closing time', () => {
    expect(due('2026-03-09T09:00', 0)).toBe(closing('2026-03-09'));
    expect(due('2026-03-09T09:00', 1)).toBe(closing('2026-03-10'));
    expect(due('2026-03-09T17:30', 0)).toBe(closing('2026-03-10')); // after closing
  });

  it('puts a 5-day dossier received on Friday 13 Feb 2026 after the Tết break', () => {
    // Tết 2026: 14–22 Feb off; working days 23, 24, 25, 26, 27 Feb.
    expect(due('2026-02-13T09:00', 5)).toBe(closing('2026-02-27'));
  });

  it('starts a dossier received on Saturday from Monday', () => {
    expect(due('2026-03-07T10:00', 1)).toBe(closing('2026-03-10'));
  });

  it('skips 30/4–1/5 in 2026 and 2027 (1 May 2027 is a Saturday: Monday 3 May off)', () => {
    expect(due('2026-04-29T10:00', 3)).toBe(closing('2026-05-06'));
    expect(due('2027-04-29T10:00', 2)).toBe(closing('2027-05-05'));
  });

  it('skips the National Day break in 2026 (with swap) and 2027', () => {
    expect(due('2026-08-28T10:00', 2)).toBe(closing('2026-09-04')); // 29/8–2/9 off
    expect(due('2026-08-21T10:00', 1)).toBe(closing('2026-08-22')); // make-up Saturday counts
    expect(due('2027-09-01T10:00', 1)).toBe(closing('2027-09-06')); // 2 and 3 Sep 2027 off
  });

  it('skips Tết 2027 and its compensatory days (5–11 Feb)', () => {
    expect(due('2027-02-04T10:00', 3)).toBe(closing('2027-02-16'));
  });

  it('refuses negative or fractional counts', () => {
    expect(() => calendar.addWorkingDays(at('2026-03-09T09:00'), -1)).toThrow(RangeError);
    expect(() => calendar.addWorkingDays(at('2026-03-09T09:00'), 1.5)).toThrow(RangeError);
  });
});

describe('addWorkingDaysToDate', () => {
  it('moves by working days both ways', () => {
    expect(calendar.addWorkingDaysToDate('2026-02-13', 1)).toBe('2026-02-23');
    expect(calendar.addWorkingDaysToDate('2026-02-23', -1)).toBe('2026-02-13');
    expect(calendar.addWorkingDaysToDate('2026-02-14', 0)).toBe('2026-02-23');
    expect(calendar.addWorkingDaysToDate('2026-03-09', 0)).toBe('2026-03-09');
    expect(calendar.nextWorkingDay('2026-03-09')).toBe('2026-03-10');
  });
});
