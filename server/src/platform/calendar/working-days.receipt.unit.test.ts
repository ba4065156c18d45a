import { describe, expect, it } from 'vitest';
import { loadCalendarConfig, parseCalendarConfig } from './config.js';
import { createWorkingCalendar } from './working-days.js';

const calendar = createWorkingCalendar(await loadCalendarConfig());
/** A local time in Vietnam, e.g. at('2026-02-13T09:00'). */
const at = (local: string): Date => new Date(`${local}+07:00`);

describe('isWorkingDay and holidaysOf', () => {
  it('applies weekends, holidays, compensatory days and the 2026 swaps', () => {
    expect(calendar.isWorkingDay('2026-02-13')).toBe(true); // Friday before Tết
    expect(calendar.isWorkingDay('2026-02-14')).toBe(false); // Saturday
    expect(calendar.isWorkingDay('2026-02-16')).toBe(false); // Tết
    expect(calendar.isWorkingDay('2026-02-23')).toBe(true);
    expect(calendar.isWorkingDay('2026-04-27')).toBe(false); // compensatory for Hùng Kings (Sunday)
    expect(calendar.isWorkingDay('2026-01-02')).toBe(false); // swapped …
    expect(calendar.isWorkingDay('2026-01-10')).toBe(true); // … with this Saturday
    expect(calendar.isWorkingDay('2026-08-31')).toBe(false);
    expect(calendar.isWorkingDay('2026-08-22')).toBe(true);
  });

  it('lists days off with their origin, and make-up days', () => {
    const holidays = calendar.holidaysOf(2026);
    expect(holidays.find((h) => h.date === '2026-08-31')).toMatchObject({ kind: 'day-off', origin: 'config', source: 'Thông báo 9441/TB-BNV' });
    expect(holidays.find((h) => h.date === '2026-04-27')).toMatchObject({ kind: 'compensatory', origin: 'law' });
    expect(calendar.makeUpWorkingDaysOf(2026).map((d) => d.date)).toEqual(['2026-01-10', '2026-08-22']);
  });

  it('lets a config working day cancel a default day off', () => {
    const custom = createWorkingCalendar(
      parseCalendarConfig({
        timezone: 'Asia/Ho_Chi_Minh',
        closingHour: 17,
        years: {
          '2027': {
            daysOff: [],
            workingDays: [{ date: '2027-02-11', reason: { vi: 'thử', en: 'test' } }],
            sources: [],
            verify: true,
          },
        },
      }),
    );
    expect(custom.isWorkingDay('2027-02-11')).toBe(true);
    expect(custom.holidaysOf(2027).map((h) => h.date)).not.toContain('2027-02-11');
  });
});

describe('effectiveReceiptDay', () => {
  it('is the same working day up to and including closing time', () => {
    expect(calendar.effectiveReceiptDay(at('2026-03-09T08:00'))).toBe('2026-03-09');
    expect(calendar.effectiveReceiptDay(at('2026-03-09T17:00'))).toBe('2026-03-09');
    expect(calendar.effectiveReceiptDay(at('2026-03-09T17:00:00.001'))).toBe('2026-03-10');
  });

  it('moves weekends, holidays and evenings to the next working day', () => {
    expect(calendar.effectiveReceiptDay(at('2026-03-06T20:00'))).toBe('2026-03-09'); // Friday evening
    expect(calendar.effectiveReceiptDay(at('2026-03-07T09:00'))).toBe('2026-03-09'); // Saturday
    expect(calendar.effectiveReceiptDay(at('2026-02-13T17:30'))).toBe('2026-02-23'); // eve of Tết break
    expect(calendar.effectiveReceiptDay(at('2026-01-10T09:00'))).toBe('2026-01-10'); // make-up Saturday
  });

  it('uses an agency closing hour when given', () => {
    const early = createWorkingCalendar({ timezone: 'Asia/Ho_Chi_Minh', closingHour: 17, years: {} }, { closingHour: 16.5 });
    expect(early.effectiveReceiptDay(at('2026-03-09T16:45'))).toBe('2026-03-10');
    expect(early.closingTimeOf('2026-03-09').toISOString()).toBe('2026-03-09T09:30:00.000Z');
  });
});
