import { describe, expect, it } from 'vitest';
import { fromDayNumber, instantAt, localDateOf, localDayOf, msIntoLocalDay, toDayNumber, weekdayOf } from './local-date.js';

describe('local dates', () => {
  it('round-trips YYYY-MM-DD through day numbers', () => {
    expect(toDayNumber('1970-01-01')).toBe(0);
    expect(fromDayNumber(toDayNumber('2026-02-17'))).toBe('2026-02-17');
    expect(fromDayNumber(toDayNumber('1900-03-01') - 1)).toBe('1900-02-28');
  });

  it('rejects malformed or impossible dates', () => {
    for (const bad of ['2026-2-17', '2026-02-30', '2025-02-29', '17/02/2026', '']) {
      expect(() => toDayNumber(bad)).toThrow(RangeError);
    }
  });

  it('knows the day of the week (0 = Sunday)', () => {
    expect(weekdayOf(toDayNumber('2026-02-13'))).toBe(5);
    expect(weekdayOf(toDayNumber('1969-12-31'))).toBe(3);
  });

  it('maps instants to the local day in UTC+7', () => {
    expect(localDateOf(new Date('2026-02-12T16:59:59.999Z'))).toBe('2026-02-12');
    expect(localDateOf(new Date('2026-02-12T17:00:00.000Z'))).toBe('2026-02-13');
    expect(msIntoLocalDay(new Date('2026-02-13T02:00:00Z'))).toBe(9 * 3_600_000);
    expect(instantAt(toDayNumber('2026-02-13'), 17).toISOString()).toBe('2026-02-13T10:00:00.000Z');
    expect(() => localDayOf(new Date('nope'))).toThrow(RangeError);
  });
});
