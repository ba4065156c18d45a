import { describe, expect, it } from 'vitest';
import { loadCalendarConfig } from './config.js';
import { createWorkingCalendar } from './working-days.js';

const calendar = createWorkingCalendar(await loadCalendarConfig());
const at = (local: string): Date => new Date(`${local}+07:00`);
const due = (local: string): string => calendar.sameDayDue(at(local), 15).toISOString();
const closing = (date: string): string => at(`${date}T17:00`).toISOString();

describe('sameDayDue (same day; after 15:00 → next working day)', () => {
  it('is the same day at 14:59 and at 15:00 exactly, the next working day at 15:01', () => {
    expect(due('2026-03-10T14:59')).toBe(closing('2026-03-10'));
    expect(due('2026-03-10T15:00')).toBe(closing('2026-03-10'));
    expect(due('2026-03-10T15:01')).toBe(closing('2026-03-11'));
  });

  it('moves Friday afternoon to Monday, and the eve of Tết past the break', () => {
    expect(due('2026-03-06T15:01')).toBe(closing('2026-03-09'));
    expect(due('2026-02-13T15:30')).toBe(closing('2026-02-23'));
  });

  it('gives a dossier received on a Saturday or a holiday the next working day', () => {
    expect(due('2026-03-07T09:00')).toBe(closing('2026-03-09'));
    expect(due('2026-09-02T09:00')).toBe(closing('2026-09-03'));
  });

  it('refuses a cut-off after closing time', () => {
    expect(() => calendar.sameDayDue(at('2026-03-10T09:00'), 18)).toThrow(RangeError);
  });
});
