import { describe, expect, it } from 'vitest';
import { loadCalendarConfig } from './config.js';
import { createWorkingCalendar } from './working-days.js';

const calendar = createWorkingCalendar(await loadCalendarConfig());
const at = (local: string): Date => new Date(`${local}+07:00`);
const count = (from: string, to: string): number => calendar.countWorkingDays(at(from), at(to));

describe('countWorkingDays (working days d with day(from) < d ≤ day(to))', () => {
  it('ignores the time of day', () => {
    expect(count('2026-03-10T08:00', '2026-03-10T23:00')).toBe(0);
    expect(count('2026-03-10T23:00', '2026-03-11T00:30')).toBe(1);
  });

  it('skips weekends and the Tết break', () => {
    expect(count('2026-03-06T10:00', '2026-03-09T10:00')).toBe(1);
    expect(count('2026-02-13T10:00', '2026-02-27T10:00')).toBe(5);
  });

  it('is negative when `to` is earlier (overdue)', () => {
    expect(count('2026-02-27T10:00', '2026-02-13T10:00')).toBe(-5);
    expect(count('2026-03-10T10:00', '2026-03-09T10:00')).toBe(-1);
  });
});
