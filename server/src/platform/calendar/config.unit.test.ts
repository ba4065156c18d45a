import { describe, expect, it } from 'vitest';
import { CalendarConfigError, loadCalendarConfig, parseCalendarConfig } from './config.js';

const year = (overrides: object = {}): object => ({ daysOff: [], workingDays: [], sources: [], verify: true, ...overrides });
const config = (years: object): unknown => ({ timezone: 'Asia/Ho_Chi_Minh', closingHour: 17, years });
const reason = { vi: 'lý do', en: 'reason' };

describe('working-calendar config', () => {
  it('loads the repository file', async () => {
    const loaded = await loadCalendarConfig();
    expect(loaded.closingHour).toBe(17);
    expect(Object.keys(loaded.years)).toEqual(expect.arrayContaining(['2025', '2026', '2027']));
  });

  it('accepts a minimal config', () => {
    expect(parseCalendarConfig(config({ '2030': year() })).years['2030']?.verify).toBe(true);
  });

  it.each([
    ['another time zone', { timezone: 'Asia/Bangkok', closingHour: 17, years: {} }],
    ['a closing hour of 24', { timezone: 'Asia/Ho_Chi_Minh', closingHour: 24, years: {} }],
    ['an unknown field', config({ '2026': year({ holidays: [] }) })],
    ['a date in another year', config({ '2026': year({ daysOff: [{ date: '2027-01-04', reason }] }) })],
    ['an impossible date', config({ '2026': year({ workingDays: [{ date: '2026-02-30', reason }] }) })],
    ['a day both off and working', config({ '2026': year({ daysOff: [{ date: '2026-03-02', reason }], workingDays: [{ date: '2026-03-02', reason }] }) })],
    ['an adjacent day that is not 1 or 3 September', config({ '2026': year({ nationalDayAdjacentDay: '2026-09-04' }) })],
    ['a year out of range', config({ '2200': year() })],
  ])('rejects %s', (_, value) => {
    expect(() => parseCalendarConfig(value)).toThrow(CalendarConfigError);
  });
});
