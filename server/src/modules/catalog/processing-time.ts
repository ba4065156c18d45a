import type { WorkingCalendar } from '../../platform/calendar/working-days.js';
import { text, type LocalizedText } from '../../platform/i18n.js';
import type { Fee, ProcessingTime } from './schemas.js';

/** Working hours in a working day, for step times of a flow. */
export const HOURS_PER_DAY = 8;

/** The statutory time as working hours: a same-day procedure has one working day. */
export function statutoryHours(time: ProcessingTime): number {
  return time.kind === 'same_day' ? HOURS_PER_DAY : time.days * HOURS_PER_DAY;
}

/** "Trong ngày (nhận sau 15 giờ thì trả ngày làm việc tiếp theo)" / "3 ngày làm việc". */
export function processingTimeText(time: ProcessingTime): LocalizedText {
  if (time.kind === 'working_days') return text(`${time.days} ngày làm việc`, `${time.days} working day${time.days === 1 ? '' : 's'}`);
  const hour = formatHour(time.cutoffHour);
  return text(`Trong ngày (nhận sau ${hour.vi} thì trả trong ngày làm việc tiếp theo)`, `Same day (received after ${hour.en}: the next working day)`);
}

function formatHour(hour: number): LocalizedText {
  const h = Math.floor(hour);
  const m = Math.round((hour - h) * 60);
  return text(m ? `${h} giờ ${m} phút` : `${h} giờ`, `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);
}

const vnd = (amount: number): string => `${amount.toLocaleString('vi-VN')} đồng`;

/** A one-line fee summary for lists: free, one amount, a range, or "free or …" when some cases cost nothing. */
export function feeText(fees: Fee[]): LocalizedText {
  const amounts = fees.map((f) => f.amount);
  const max = Math.max(0, ...amounts);
  if (max === 0) return text('Không mất phí', 'Free');
  const paid = amounts.filter((a) => a > 0);
  const min = Math.min(...paid);
  const vi = min === max ? vnd(max) : `${vnd(min)} – ${vnd(max)}`;
  const en = min === max ? `VND ${max.toLocaleString('en-US')}` : `VND ${min.toLocaleString('en-US')} – ${max.toLocaleString('en-US')}`;
  const someFree = amounts.length > paid.length;
  const indicative = fees.some((f) => f.verify);
  return text(
    `${someFree ? 'Miễn phí hoặc ' : ''}${vi}${indicative ? ' (mức tham khảo, theo quy định của tỉnh)' : ''}`,
    `${someFree ? 'Free or ' : ''}${en}${indicative ? ' (indicative; set by the province)' : ''}`,
  );
}

/** When a complete dossier received at `receivedAt` is due under the procedure's statutory time. */
export function dueDateFor(calendar: WorkingCalendar, receivedAt: Date, time: ProcessingTime): Date {
  return time.kind === 'same_day' ? calendar.sameDayDue(receivedAt, time.cutoffHour) : calendar.addWorkingDays(receivedAt, time.days);
}
