import { Type } from '@sinclair/typebox';
import { publicAccess, staffWith } from '../auth/access.js';
import { invalidField } from '../errors.js';
import type { App } from '../http/fastify-types.js';
import { text } from '../i18n.js';
import { YearConfig } from './config.js';
import { manageCalendar } from './policy.js';
import { setYearDecisions, workingCalendar, yearDecisions } from './service.js';
import type { ServiceContext } from '../context.js';

const Named = Type.Object({ vi: Type.String(), en: Type.String() });
const YearView = Type.Object({
  year: Type.Integer(),
  origin: Type.Union([Type.Literal('province'), Type.Literal('shipped'), Type.Literal('law')], { description: 'province: recorded here; shipped: from the project data; law: Labour Code defaults only' }),
  holidays: Type.Array(Type.Object({ date: Type.String(), name: Named, kind: Type.String(), origin: Type.String() })),
  makeUpWorkingDays: Type.Array(Type.Object({ date: Type.String(), reason: Named })),
  decisions: Type.Union([YearConfig, Type.Null()]),
});
const YearParams = Type.Object({ year: Type.Integer({ minimum: 1900, maximum: 2199, title: 'Năm', 'x-title-en': 'Year' }) });
const DueQuery = Type.Object({
  receivedAt: Type.Optional(Type.String({ format: 'date-time', title: 'Thời điểm tiếp nhận', 'x-title-en': 'Received at', description: 'Now when omitted' })),
  days: Type.Optional(Type.Integer({ minimum: 0, maximum: 365, title: 'Số ngày làm việc', 'x-title-en': 'Working days' })),
  sameDayCutoff: Type.Optional(Type.Number({ exclusiveMinimum: 0, maximum: 17, title: 'Giờ chốt trong ngày', 'x-title-en': 'Same-day cut-off hour' })),
});
const DueView = Type.Object({ receivedAt: Type.String(), effectiveReceiptDay: Type.String(), due: Type.String(), workingDaysLeft: Type.Integer() });

async function yearView(ctx: ServiceContext, year: number) {
  const calendar = await workingCalendar(ctx);
  const decisions = await yearDecisions(ctx, year);
  return {
    year,
    origin: decisions.origin,
    holidays: calendar.holidaysOf(year).map((h) => ({ date: h.date, name: h.name, kind: h.kind, origin: h.origin })),
    makeUpWorkingDays: calendar.makeUpWorkingDaysOf(year).map((d) => ({ date: d.date, reason: d.reason })),
    decisions: decisions.config,
  };
}

/** The working calendar: days off of a year, the Government's decisions, and due dates. */
export async function calendarRoutes(app: App): Promise<void> {
  app.get('/calendar/years/:year', {
    schema: { tags: ['calendar'], summary: 'Days off and make-up working days of a year', params: YearParams, response: { 200: YearView } },
    config: { access: publicAccess },
    handler: (request) => yearView(request.ctx, request.params.year),
  });

  app.put('/calendar/years/:year', {
    schema: { tags: ['calendar'], summary: "Record the Government's decisions for a year", params: YearParams, body: YearConfig, response: { 200: YearView } },
    config: { access: staffWith(manageCalendar, { provinceWide: true }) },
    handler: async (request) => {
      await setYearDecisions(request.ctx, request.params.year, request.body);
      return yearView(request.ctx, request.params.year);
    },
  });

  app.get('/calendar/due-date', {
    schema: {
      tags: ['calendar'],
      summary: 'Due date of a dossier received at a time, in working days or under a same-day rule',
      querystring: DueQuery,
      response: { 200: DueView },
    },
    config: { access: publicAccess },
    handler: async (request) => {
      const { days, sameDayCutoff } = request.query;
      if ((days === undefined) === (sameDayCutoff === undefined)) {
        throw invalidField('days', text('Hãy cho biết đúng một trong hai: số ngày làm việc (days) hoặc giờ chốt trong ngày (sameDayCutoff).', 'Give exactly one of days or sameDayCutoff.'), 'query');
      }
      const calendar = await workingCalendar(request.ctx);
      const receivedAt = request.query.receivedAt ? new Date(request.query.receivedAt) : request.ctx.now();
      const due = days !== undefined ? calendar.addWorkingDays(receivedAt, days) : calendar.sameDayDue(receivedAt, sameDayCutoff!);
      return {
        receivedAt: receivedAt.toISOString(),
        effectiveReceiptDay: calendar.effectiveReceiptDay(receivedAt),
        due: due.toISOString(),
        workingDaysLeft: calendar.countWorkingDays(request.ctx.now(), due),
      };
    },
  });
}
