/**
 * How the catalog and the calendar show dates, times and money: dd/MM/yyyy HH:mm in
 * Asia/Ho_Chi_Minh whatever the device's time zone, and amounts as "8.000 đồng".
 */
const VIETNAM = 'Asia/Ho_Chi_Minh';

const dateTimeParts = new Intl.DateTimeFormat('en-GB', {
  timeZone: VIETNAM,
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** An instant as dd/MM/yyyy HH:mm in Vietnam. */
export function formatVnDateTime(iso: string): string {
  const parts = Object.fromEntries(dateTimeParts.formatToParts(new Date(iso)).map((p) => [p.type, p.value]));
  return `${parts.day}/${parts.month}/${parts.year} ${parts.hour}:${parts.minute}`;
}

/** A local date (YYYY-MM-DD) as dd/MM/yyyy; no time zone involved. */
export function formatLocalDate(date: string): string {
  const [year, month, day] = date.slice(0, 10).split('-');
  return `${day}/${month}/${year}`;
}

/** The weekday of a local date (YYYY-MM-DD): "Thứ Hai", "Monday". */
export function weekdayOf(date: string, language: string): string {
  const [year = 1970, month = 1, day = 1] = date.slice(0, 10).split('-').map(Number);
  const name = new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'vi-VN', { weekday: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(year, month - 1, day)));
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/** Today's local date (YYYY-MM-DD) in Vietnam. */
export function vnToday(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: VIETNAM, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
}

/** "8.000 đồng" in Vietnamese, "VND 8,000" in English. */
export function formatMoney(amount: number, language: string): string {
  return language === 'en' ? `VND ${new Intl.NumberFormat('en-GB').format(amount)}` : `${new Intl.NumberFormat('vi-VN').format(amount)} đồng`;
}

/** A number of hours as people write it: 0,5 in Vietnamese, 0.5 in English. */
export function formatNumber(value: number, language: string): string {
  return new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'vi-VN', { maximumFractionDigits: 2 }).format(value);
}

export { localized } from '../../lib/format';
