import { localDateOf } from '../../platform/calendar/local-date.js';
import type { WorkingCalendar } from '../../platform/calendar/working-days.js';
import { FINAL_STATUSES, PAUSED_STATUSES, type DossierStatus } from './statuses.js';
import type { DeadlineBounds, DossierRow } from './store.js';

export type DeadlineColour = 'on_time' | 'due_soon' | 'overdue' | 'paused' | 'finished' | 'not_started';

/**
 * The colour of a dossier's deadline: overdue once past due, due soon within one working
 * day (today or the next working day), on time otherwise; paused while the clock waits for
 * the applicant.
 */
export function deadlineOf(d: { status: DossierStatus; dueAt: Date | null }, calendar: WorkingCalendar, now: Date): { colour: DeadlineColour; workingDaysLeft: number | null } {
  if (FINAL_STATUSES.includes(d.status) || d.status === 'processed') return { colour: 'finished', workingDaysLeft: null };
  if (PAUSED_STATUSES.includes(d.status)) return { colour: 'paused', workingDaysLeft: null };
  if (!d.dueAt) return { colour: 'not_started', workingDaysLeft: null };
  const left = calendar.countWorkingDays(now, d.dueAt);
  if (now > d.dueAt) return { colour: 'overdue', workingDaysLeft: left };
  return { colour: left <= 1 ? 'due_soon' : 'on_time', workingDaysLeft: left };
}

/** The same boundaries as instants, for queries. */
export function deadlineBounds(calendar: WorkingCalendar, now: Date): DeadlineBounds {
  return { now, dueSoonUntil: calendar.closingTimeOf(calendar.addWorkingDaysToDate(localDateOf(now), 1)) };
}

/**
 * A due date moved on by the working days the clock stood still (waiting for a supplement
 * or a payment): the time waiting for the applicant does not count (DOMAIN.md "Deadlines").
 */
export function extendByPause(calendar: WorkingCalendar, dueAt: Date, pausedAt: Date, resumedAt: Date): Date {
  const paused = Math.max(0, calendar.countWorkingDays(pausedAt, resumedAt));
  if (paused === 0) return dueAt;
  return calendar.closingTimeOf(calendar.addWorkingDaysToDate(localDateOf(dueAt), paused));
}

/**
 * The clock starts again after a pause (supplement, payment): the dossier returns to the
 * status it was paused from and its due date moves on by the working time it waited.
 */
export function resumeFromPause(d: DossierRow, now: Date, calendar: WorkingCalendar): Partial<DossierRow> {
  return {
    status: d.pausedFromStatus ?? 'processing',
    pausedAt: null,
    pausedFromStatus: null,
    ...(d.dueAt && d.pausedAt ? { dueAt: extendByPause(calendar, d.dueAt, d.pausedAt, now) } : {}),
  };
}
