import { api, unwrap } from './client';
import type { paths } from './schema.gen';

type Json<R> = R extends { 200: { content: { 'application/json': infer B } } } ? B : never;

export type CalendarYear = Json<paths['/api/v1/calendar/years/{year}']['get']['responses']>;
export type CalendarHoliday = CalendarYear['holidays'][number];
export type MakeUpWorkingDay = CalendarYear['makeUpWorkingDays'][number];
export type CalendarSource = NonNullable<CalendarYear['decisions']>['sources'][number];
export type DueDateQuery = NonNullable<paths['/api/v1/calendar/due-date']['get']['parameters']['query']>;
export type DueDate = Json<paths['/api/v1/calendar/due-date']['get']['responses']>;

/** The years the server's calendar covers. */
export const FIRST_YEAR = 1900;
export const LAST_YEAR = 2199;

export function getCalendarYear(year: number): Promise<CalendarYear> {
  return unwrap(api.GET('/api/v1/calendar/years/{year}', { params: { path: { year } } }));
}

/** The due date of a dossier received at `receivedAt`: `days` working days, or same day with a cut-off hour. */
export function computeDueDate(query: DueDateQuery): Promise<DueDate> {
  return unwrap(api.GET('/api/v1/calendar/due-date', { params: { query } }));
}
