import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromDayNumber, toDayNumber } from './local-date.js';
import { lunarToSolar, solarToLunar, type LunarDate } from './lunar.js';

const FIRST = toDayNumber('1900-01-01');
const LAST = toDayNumber('2199-12-31');

/** True if `next` is the lunar day right after `previous`. */
function follows(previous: LunarDate, next: LunarDate): boolean {
  if (next.day === previous.day + 1) return next.month === previous.month && next.leap === previous.leap && next.year === previous.year;
  if (next.day !== 1 || previous.day < 29) return false;
  if (next.leap) return next.month === previous.month && !previous.leap;
  return next.month === (previous.month % 12) + 1 && next.year === previous.year + (next.month === 1 ? 1 : 0);
}

describe('lunar conversion over 1900–2199', () => {
  it('round-trips every day and advances one lunar day per solar day', { timeout: 120_000 }, () => {
    let previous = solarToLunar(fromDayNumber(FIRST));
    let months = 0;
    for (let day = FIRST; day <= LAST; day++) {
      const date = fromDayNumber(day);
      const lunar = solarToLunar(date);
      if (lunarToSolar(lunar) !== date) throw new Error(`${date} → ${JSON.stringify(lunar)} does not round-trip`);
      if (day > FIRST && !follows(previous, lunar)) {
        throw new Error(`${date}: ${JSON.stringify(previous)} → ${JSON.stringify(lunar)}`);
      }
      if (lunar.day === 1) months++;
      previous = lunar;
    }
    // 300 years hold 300 × 365.2425 / 29.530589 ≈ 3710 lunations.
    expect(months).toBeGreaterThan(3705);
    expect(months).toBeLessThan(3715);
  });

  it('round-trips random days (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: FIRST, max: LAST }), (day) => {
        const date = fromDayNumber(day);
        expect(lunarToSolar(solarToLunar(date))).toBe(date);
      }),
    );
  });
});
