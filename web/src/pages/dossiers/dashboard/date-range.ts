import { vnToday } from '../../catalog/format';

/** A local date (YYYY-MM-DD) moved by whole days, without time zones. */
export function addDays(date: string, days: number): string {
  const [y = 1970, m = 1, d = 1] = date.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

export type Preset = 'month' | 'last7' | 'last30' | 'year';

/** The dates of a preset, ending today in Vietnam. */
export function presetRange(preset: Preset): { from: string; to: string } {
  const today = vnToday();
  switch (preset) {
    case 'month':
      return { from: `${today.slice(0, 7)}-01`, to: today };
    case 'year':
      return { from: `${today.slice(0, 4)}-01-01`, to: today };
    case 'last7':
      return { from: addDays(today, -6), to: today };
    default:
      return { from: addDays(today, -29), to: today };
  }
}
