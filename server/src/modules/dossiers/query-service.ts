import { workingCalendar } from '../../platform/calendar/service.js';
import type { ServiceContext } from '../../platform/context.js';
import { notFound } from '../../platform/errors.js';
import { decodeCursor, toPage, type PageOf } from '../../platform/http/pagination.js';
import { text } from '../../platform/i18n.js';
import { foldText } from '../../platform/text.js';
import { findAgencies } from '../units/agency-service.js';
import { deadlineBounds } from './deadlines.js';
import { resolveLegacyCode } from './legacy-lookup.js';
import { canView, seatsOf, visibleAgencies } from './policy.js';
import type { Dossier, DossierSummary, InboxQuery, SearchDossiersQuery } from './schemas.js';
import { STATUSES } from './statuses.js';
import * as store from './store.js';
import { applicantName, eventName, toDossier, toSummary } from './views.js';
import { codeKey } from './code-key.js';

const dossierWord = text('hồ sơ', 'dossier');

/**
 * A dossier the actor may see, in full. One they may not see is "not found": nobody learns
 * that a dossier exists without the right to see it.
 */
export async function loadDossierView(ctx: ServiceContext, id: string): Promise<Dossier> {
  const row = await store.findDossier(ctx.db, ctx.provinceCode, id);
  if (!row || !canView(ctx.actor, row)) throw notFound(dossierWord, id);
  const [events, calendar] = await Promise.all([store.listEvents(ctx.db, ctx.provinceCode, id), workingCalendar(ctx)]);
  return toDossier(ctx, row, events, calendar, ctx.actor);
}

/** The work waiting at the actor's seats (agency × role), soonest due first. */
export async function inbox(ctx: ServiceContext, query: InboxQuery): Promise<PageOf<DossierSummary>> {
  const calendar = await workingCalendar(ctx);
  const now = ctx.now();
  const after = query.cursor ? (decodeCursor(query.cursor, ['string', 'string']) as [string, string]) : undefined;
  const filter = {
    seats: seatsOf(ctx.actor, query.agency),
    deadline: query.deadline,
    status: query.status,
    assigneeId: query.mine && ctx.actor.kind === 'staff' ? ctx.actor.accountId : undefined,
    search: query.q ? foldText(query.q) : undefined,
  };
  const rows = await store.listQueue(ctx.db, ctx.provinceCode, filter, deadlineBounds(calendar, now), query.limit + 1, after);
  const page = toPage(rows, query.limit, (r) => [r.dueAt ? r.dueAt.toISOString() : 'infinity', r.id]);
  return { items: page.items.map((r) => toSummary(r, calendar, now)), nextCursor: page.nextCursor };
}

/** Counts per seat by deadline colour, for the inbox tabs and badges. */
export async function inboxCounts(ctx: ServiceContext) {
  const calendar = await workingCalendar(ctx);
  const seats = seatsOf(ctx.actor);
  const counts = await store.countQueue(ctx.db, ctx.provinceCode, seats, deadlineBounds(calendar, ctx.now()));
  const agencies = await findAgencies(ctx, seats.map((s) => s.agencyCode));
  return seats.map((seat) => {
    const c = counts.find((x) => x.agencyCode === seat.agencyCode && x.role === seat.role);
    const agency = agencies.get(seat.agencyCode);
    return { agencyCode: seat.agencyCode, agencyName: agency?.name ?? seat.agencyCode, agencyNameEn: agency?.nameEn ?? seat.agencyCode, role: seat.role, total: c?.total ?? 0, onTime: c?.onTime ?? 0, dueSoon: c?.dueSoon ?? 0, overdue: c?.overdue ?? 0, paused: c?.paused ?? 0 };
  });
}

const startOfDay = (date: string): Date => new Date(`${date}T00:00:00+07:00`);
const nextDay = (date: string): Date => new Date(startOfDay(date).getTime() + 86_400_000);

/** Dossiers the actor may see (staff: their agencies'; citizens: their own), newest first. */
export async function searchDossiers(ctx: ServiceContext, query: SearchDossiersQuery): Promise<PageOf<DossierSummary>> {
  const calendar = await workingCalendar(ctx);
  const now = ctx.now();
  const after = query.cursor ? (decodeCursor(query.cursor, ['string', 'string']) as [string, string]) : undefined;
  const filter: store.SearchFilter = {
    agencyCodes: ctx.actor.kind === 'staff' ? visibleAgencies(ctx.actor) : undefined,
    applicant: ctx.actor.kind === 'citizen' ? { accountId: ctx.actor.accountId, nationalId: ctx.actor.nationalId } : undefined,
    search: query.q ? foldText(query.q) : undefined,
    code: query.code && codeKey(query.code),
    status: query.status,
    procedure: query.procedure,
    agency: query.agency,
    from: query.from ? startOfDay(query.from) : undefined,
    to: query.to ? nextDay(query.to) : undefined,
  };
  const rows = await store.searchDossiers(ctx.db, ctx.provinceCode, filter, query.limit + 1, after);
  const page = toPage(rows, query.limit, (r) => [r.submittedAt.toISOString(), r.id]);
  return { items: page.items.map((r) => toSummary(r, calendar, now)), nextCursor: page.nextCursor };
}

/**
 * The public lookup by dossier code: status and due date for anyone holding the code (it is
 * printed on the receipt); the history too when the applicant's ID number is given, or the
 * applicant is signed in.
 */
export async function lookup(ctx: ServiceContext, code: string, nationalId?: string) {
  let row = await store.findDossierByCode(ctx.db, ctx.provinceCode, code);
  if (!row) {
    // A code on an old receipt (a unit that ended on 30 June 2025) finds the dossier that took it over.
    const legacy = await resolveLegacyCode(ctx, code);
    if (legacy && 'pending' in legacy) return legacy.pending;
    row = legacy?.dossier;
  }
  if (!row) throw notFound(dossierWord, code);
  const receiving = (await findAgencies(ctx, [row.receivingAgencyCode])).get(row.receivingAgencyCode);
  const owner = (nationalId !== undefined && nationalId === row.applicantNationalId) || (ctx.actor.kind === 'citizen' && canView(ctx.actor, row));
  const events = owner ? await store.listEvents(ctx.db, ctx.provinceCode, row.id) : [];
  return {
    code: row.code,
    procedureName: row.procedureName,
    status: row.status,
    statusName: STATUSES[row.status].name,
    receivedAt: row.receivedAt?.toISOString() ?? null,
    dueAt: row.dueAt?.toISOString() ?? null,
    receivingAgencyName: receiving?.name ?? row.receivingAgencyCode,
    detail: owner
      ? {
          applicantName: applicantName(row),
          history: events.map((e) => ({ occurredAt: e.occurredAt.toISOString(), actionName: eventName(e.action), toStatus: e.toStatus, statusName: STATUSES[e.toStatus].name, comment: e.comment })),
          returnChannel: row.returnChannel,
          feeTotal: Number(row.feeTotal),
          paidAt: row.paidAt?.toISOString() ?? null,
        }
      : null,
  };
}

