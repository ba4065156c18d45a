import { sql, type SqlBool } from 'kysely';
import type { Role } from '../../platform/auth/actor.js';
import type { Executor } from '../../platform/db/database.js';
import { escapeLike } from '../../platform/text.js';
import { FINAL_STATUSES, PAUSED_STATUSES, type Channel, type DossierStatus, type ReturnChannel } from './statuses.js';
import type { ResolvedStep } from './workflow.js';

export interface FeeLine {
  name: { vi: string; en: string };
  amount: number;
  quantity: number;
  total: number;
}

/** The applicant's satisfaction rating after the result was returned. */
export interface Rating {
  level: 'not_satisfied' | 'satisfied' | 'very_satisfied';
  criteria: Record<string, number>;
  comment: string | null;
  at: string;
}

export interface ComponentState {
  key: string;
  name: { vi: string; en: string };
  required: boolean;
  paper: boolean;
  files: string[];
  fromRecord: string | null;
  /** Provided as the electronic form filled in with the dossier. */
  eform: boolean;
}

export interface DossierRow {
  provinceCode: string;
  id: string;
  code: string;
  procedureSlug: string;
  procedureVersion: number;
  procedureCode: string | null;
  procedureName: string;
  field: string;
  channel: Channel;
  status: DossierStatus;
  stepIndex: number;
  steps: ResolvedStep[];
  applicant: Record<string, unknown>;
  applicantNationalId: string | null;
  applicantAccountId: string | null;
  applicantSearch: string;
  formId: string | null;
  formData: Record<string, unknown>;
  /** What the agency established, by the procedure's findings form (empty when it has none). */
  findings: Record<string, unknown>;
  components: { items: ComponentState[]; submitter: Record<string, unknown> | null };
  receivingAgencyCode: string;
  competentAgencyCode: string;
  currentAgencyCode: string;
  currentStepRole: string;
  /** Agencies that received, decide or handled the dossier; their staff see it. */
  involvedAgencies: string[];
  assigneeId: string | null;
  placeUnitCode: string;
  returnChannel: ReturnChannel;
  postalAddress: string | null;
  fees: FeeLine[];
  feeTotal: number;
  paidAt: Date | null;
  submittedAt: Date;
  receivedAt: Date | null;
  dueAt: Date | null;
  originalDueAt: Date | null;
  pausedAt: Date | null;
  pausedFromStatus: DossierStatus | null;
  supplementCount: number;
  warnedAt: Date | null;
  overdueAt: Date | null;
  finishedAt: Date | null;
  returnedAt: Date | null;
  rating: Rating | null;
  rowVersion: number;
  createdAt: Date;
  updatedAt: Date;
}

const asJson = (row: Partial<DossierRow>) => ({
  ...row,
  ...(row.steps !== undefined ? { steps: JSON.stringify(row.steps) } : {}),
  ...(row.applicant !== undefined ? { applicant: JSON.stringify(row.applicant) } : {}),
  ...(row.formData !== undefined ? { formData: JSON.stringify(row.formData) } : {}),
  ...(row.findings !== undefined ? { findings: JSON.stringify(row.findings) } : {}),
  ...(row.components !== undefined ? { components: JSON.stringify(row.components) } : {}),
  ...(row.fees !== undefined ? { fees: JSON.stringify(row.fees) } : {}),
  ...(row.involvedAgencies !== undefined ? { involvedAgencies: JSON.stringify(row.involvedAgencies) } : {}),
  ...(row.rating !== undefined ? { rating: row.rating === null ? null : JSON.stringify(row.rating) } : {}),
});

/**
 * Takes the next number of the receiving agency's daily sequence. The counter row stays
 * locked until the caller's transaction ends, so numbers are handed out in order and a
 * rolled-back intake gives its number back: no gaps.
 */
export async function nextDailyNumber(trx: Executor, provinceCode: string, agencyCode: string, day: string): Promise<number> {
  const row = await trx
    .insertInto('dossierCodeCounters')
    .values({ provinceCode, agencyCode, day, lastValue: 1 })
    .onConflict((oc) => oc.columns(['provinceCode', 'agencyCode', 'day']).doUpdateSet((eb) => ({ lastValue: eb('dossierCodeCounters.lastValue', '+', 1) })))
    .returning('lastValue')
    .executeTakeFirstOrThrow();
  return row.lastValue;
}

export async function insertDossier(trx: Executor, row: DossierRow): Promise<void> {
  await trx.insertInto('dossiers').values(asJson(row) as never).execute();
}

export async function findDossier(db: Executor, provinceCode: string, id: string): Promise<DossierRow | undefined> {
  return (await db.selectFrom('dossiers').selectAll().where('provinceCode', '=', provinceCode).where('id', '=', id).executeTakeFirst()) as unknown as DossierRow | undefined;
}

/** The dossier, locked until the transaction ends: actions on one dossier run one at a time. */
export async function lockDossier(trx: Executor, provinceCode: string, id: string): Promise<DossierRow | undefined> {
  return (await trx.selectFrom('dossiers').selectAll().where('provinceCode', '=', provinceCode).where('id', '=', id).forUpdate().executeTakeFirst()) as unknown as DossierRow | undefined;
}

export async function findDossierByCode(db: Executor, provinceCode: string, code: string): Promise<DossierRow | undefined> {
  return (await db.selectFrom('dossiers').selectAll().where('provinceCode', '=', provinceCode).where('code', '=', code).executeTakeFirst()) as unknown as DossierRow | undefined;
}

/** Dossiers whose code, stripped to letters and digits, is one of `references`. */
export async function findDossiersByPaymentReference(db: Executor, provinceCode: string, references: string[]): Promise<DossierRow[]> {
  if (!references.length) return [];
  return (await db
    .selectFrom('dossiers')
    .selectAll()
    .where('provinceCode', '=', provinceCode)
    .where(sql<string>`upper(regexp_replace(code, '[^0-9A-Za-z]', '', 'g'))`, 'in', references)
    .execute()) as unknown as DossierRow[];
}

export async function updateDossier(trx: Executor, provinceCode: string, id: string, changes: Partial<DossierRow>, now: Date): Promise<void> {
  await trx
    .updateTable('dossiers')
    .set({ ...(asJson(changes) as object), updatedAt: now, rowVersion: sql`row_version + 1` } as never)
    .where('provinceCode', '=', provinceCode)
    .where('id', '=', id)
    .execute();
}

export interface EventRow {
  provinceCode: string;
  dossierId: string;
  occurredAt: Date;
  actorId: string | null;
  actorName: string;
  action: string;
  fromStatus: DossierStatus | null;
  toStatus: DossierStatus;
  stepKey: string | null;
  agencyCode: string | null;
  comment: string | null;
  data: Record<string, unknown>;
}

export async function insertEvent(trx: Executor, event: EventRow): Promise<number> {
  const row = await trx
    .insertInto('dossierEvents')
    .values((eb) => ({
      ...event,
      data: JSON.stringify(event.data),
      seq: eb
        .selectFrom('dossierEvents')
        .select(sql<number>`coalesce(max(seq), 0) + 1`.as('next'))
        .where('provinceCode', '=', event.provinceCode)
        .where('dossierId', '=', event.dossierId),
    }))
    .returning('seq')
    .executeTakeFirstOrThrow();
  return row.seq;
}

export async function listEvents(db: Executor, provinceCode: string, dossierId: string): Promise<Array<EventRow & { seq: number }>> {
  return (await db.selectFrom('dossierEvents').selectAll().where('provinceCode', '=', provinceCode).where('dossierId', '=', dossierId).orderBy('seq').execute()) as Array<EventRow & { seq: number }>;
}

/** Boundaries of the deadline colours at the time of the query. */
export interface DeadlineBounds {
  now: Date;
  /** Due at or before this instant (and not yet past) means "due within one working day". */
  dueSoonUntil: Date;
}

export interface QueueFilter {
  /** (agency, role) pairs whose work this is. */
  seats: Array<{ agencyCode: string; role: Role }>;
  deadline?: 'on_time' | 'due_soon' | 'overdue' | undefined;
  status?: DossierStatus | undefined;
  assigneeId?: string | undefined;
  search?: string | undefined;
}

function openAt(db: Executor, provinceCode: string) {
  return db.selectFrom('dossiers').where('provinceCode', '=', provinceCode).where('status', 'not in', [...FINAL_STATUSES]);
}

/** Dossiers waiting at the given seats, soonest due first; keyset-paginated on (due, id). */
export async function listQueue(db: Executor, provinceCode: string, filter: QueueFilter, bounds: DeadlineBounds, limit: number, after?: [string, string]): Promise<DossierRow[]> {
  if (filter.seats.length === 0) return [];
  let query = openAt(db, provinceCode)
    .selectAll()
    .where((eb) => eb.or(filter.seats.map((s) => eb.and([eb('currentAgencyCode', '=', s.agencyCode), eb('currentStepRole', '=', s.role)]))));
  if (filter.status) query = query.where('status', '=', filter.status);
  else query = query.where('status', 'not in', [...PAUSED_STATUSES]);
  if (filter.assigneeId) query = query.where('assigneeId', '=', filter.assigneeId);
  if (filter.deadline === 'overdue') query = query.where('dueAt', '<', bounds.now);
  if (filter.deadline === 'due_soon') query = query.where('dueAt', '>=', bounds.now).where('dueAt', '<=', bounds.dueSoonUntil);
  if (filter.deadline === 'on_time') query = query.where((eb) => eb.or([eb('dueAt', '>', bounds.dueSoonUntil), eb('dueAt', 'is', null)]));
  if (filter.search) query = query.where(searchClause(filter.search));
  const due = sql<string>`coalesce(due_at, 'infinity'::timestamptz)`;
  if (after) query = query.where(sql<SqlBool>`(${due}, id) > (${after[0]}::timestamptz, ${after[1]}::uuid)`);
  return (await query.orderBy(due).orderBy('id').limit(limit).execute()) as unknown as DossierRow[];
}

function searchClause(search: string) {
  const like = `%${escapeLike(search)}%`;
  return sql<SqlBool>`(code ilike ${like} or applicant_search like ${like} or applicant_national_id = ${search})`;
}

export interface SeatCount {
  agencyCode: string;
  role: string;
  total: number;
  onTime: number;
  dueSoon: number;
  overdue: number;
  paused: number;
}

/** How many dossiers wait at each seat, by deadline colour. */
export async function countQueue(db: Executor, provinceCode: string, seats: QueueFilter['seats'], bounds: DeadlineBounds): Promise<SeatCount[]> {
  if (seats.length === 0) return [];
  const paused = sql`status in (${sql.join([...PAUSED_STATUSES])})`;
  const rows = await openAt(db, provinceCode)
    .where((eb) => eb.or(seats.map((s) => eb.and([eb('currentAgencyCode', '=', s.agencyCode), eb('currentStepRole', '=', s.role)]))))
    .select([
      'currentAgencyCode as agencyCode',
      'currentStepRole as role',
      sql<number>`count(*) filter (where not ${paused})`.as('total'),
      sql<number>`count(*) filter (where not ${paused} and (due_at is null or due_at > ${bounds.dueSoonUntil}))`.as('onTime'),
      sql<number>`count(*) filter (where not ${paused} and due_at >= ${bounds.now} and due_at <= ${bounds.dueSoonUntil})`.as('dueSoon'),
      sql<number>`count(*) filter (where not ${paused} and due_at < ${bounds.now})`.as('overdue'),
      sql<number>`count(*) filter (where ${paused})`.as('paused'),
    ])
    .groupBy(['currentAgencyCode', 'currentStepRole'])
    .execute();
  return rows.map((r) => ({ ...r, total: Number(r.total), onTime: Number(r.onTime), dueSoon: Number(r.dueSoon), overdue: Number(r.overdue), paused: Number(r.paused) }));
}

export interface SearchFilter {
  /** Agencies whose dossiers the searcher sees (received, decided or held there); undefined: the whole province. */
  agencyCodes?: string[] | undefined;
  applicant?: { accountId: string; nationalId: string } | undefined;
  search?: string | undefined;
  /** Exactly this code. */
  code?: string | undefined;
  status?: DossierStatus | undefined;
  procedure?: string | undefined;
  agency?: string | undefined;
  from?: Date | undefined;
  to?: Date | undefined;
}

/** Dossiers visible to the searcher, newest first; keyset-paginated on (submitted, id). */
export async function searchDossiers(db: Executor, provinceCode: string, filter: SearchFilter, limit: number, after?: [string, string]): Promise<DossierRow[]> {
  let query = db.selectFrom('dossiers').selectAll().where('provinceCode', '=', provinceCode);
  if (filter.agencyCodes) {
    const codes = filter.agencyCodes.length > 0 ? filter.agencyCodes : [''];
    query = query.where(sql<SqlBool>`involved_agencies ?| array[${sql.join(codes)}]::text[]`);
  }
  if (filter.applicant) {
    const { accountId, nationalId } = filter.applicant;
    query = query.where((eb) => eb.or([eb('applicantAccountId', '=', accountId), eb('applicantNationalId', '=', nationalId)]));
  }
  if (filter.search) query = query.where(searchClause(filter.search));
  if (filter.code) query = query.where('code', '=', filter.code);
  if (filter.status) query = query.where('status', '=', filter.status);
  if (filter.procedure) query = query.where('procedureSlug', '=', filter.procedure);
  if (filter.agency) query = query.where((eb) => eb.or([eb('receivingAgencyCode', '=', filter.agency!), eb('competentAgencyCode', '=', filter.agency!)]));
  if (filter.from) query = query.where('submittedAt', '>=', filter.from);
  if (filter.to) query = query.where('submittedAt', '<', filter.to);
  if (after) query = query.where(sql<SqlBool>`(submitted_at, id) < (${after[0]}::timestamptz, ${after[1]}::uuid)`);
  return (await query.orderBy('submittedAt', 'desc').orderBy('id', 'desc').limit(limit).execute()) as unknown as DossierRow[];
}

/** Open dossiers assigned to each of these people (for assignment by workload). */
export async function openAssignments(db: Executor, provinceCode: string, accountIds: string[]): Promise<Map<string, number>> {
  if (accountIds.length === 0) return new Map();
  const rows = await openAt(db, provinceCode)
    .select(['assigneeId', (eb) => eb.fn.countAll<number>().as('n')])
    .where('assigneeId', 'in', accountIds)
    .groupBy('assigneeId')
    .execute();
  return new Map(rows.map((r) => [r.assigneeId!, Number(r.n)]));
}

/** Open dossiers due before `before` that were not warned / not marked overdue yet (the deadline job). */
export async function dueForWarning(db: Executor, provinceCode: string, before: Date, limit: number): Promise<DossierRow[]> {
  return (await openAt(db, provinceCode)
    .selectAll()
    .where('status', 'not in', [...PAUSED_STATUSES, 'processed', 'submitted'])
    .where('dueAt', '<=', before)
    .where('warnedAt', 'is', null)
    .limit(limit)
    .execute()) as unknown as DossierRow[];
}

export async function dueForOverdue(db: Executor, provinceCode: string, now: Date, limit: number): Promise<DossierRow[]> {
  return (await openAt(db, provinceCode)
    .selectAll()
    .where('status', 'not in', [...PAUSED_STATUSES, 'processed', 'submitted'])
    .where('dueAt', '<', now)
    .where('overdueAt', 'is', null)
    .limit(limit)
    .execute()) as unknown as DossierRow[];
}

export async function autoAssignSetting(db: Executor, provinceCode: string, agencyCode: string): Promise<boolean> {
  const row = await db.selectFrom('agencyWorkflowSettings').select('autoAssign').where('provinceCode', '=', provinceCode).where('agencyCode', '=', agencyCode).executeTakeFirst();
  return row?.autoAssign ?? true;
}

export async function saveAutoAssign(db: Executor, provinceCode: string, agencyCode: string, autoAssign: boolean, now: Date): Promise<void> {
  await db
    .insertInto('agencyWorkflowSettings')
    .values({ provinceCode, agencyCode, autoAssign, updatedAt: now })
    .onConflict((oc) => oc.columns(['provinceCode', 'agencyCode']).doUpdateSet({ autoAssign, updatedAt: now }))
    .execute();
}

export async function insertPortalMessage(trx: Executor, provinceCode: string, dossierId: string, messageType: string, payload: Record<string, unknown>, now: Date): Promise<void> {
  await trx.insertInto('portalSyncMessages').values({ provinceCode, dossierId, messageType, payload: JSON.stringify(payload), createdAt: now }).execute();
}

export async function portalMessages(db: Executor, provinceCode: string, dossierId: string): Promise<Array<{ messageType: string; payload: unknown }>> {
  return db.selectFrom('portalSyncMessages').select(['messageType', 'payload']).where('provinceCode', '=', provinceCode).where('dossierId', '=', dossierId).orderBy('id').execute();
}

export interface AgencyStats {
  received: number;
  finished: number;
  onTime: number;
  late: number;
  inProgress: number;
  overdueNow: number;
  byField: Array<{ field: string; received: number; onTime: number; late: number }>;
  byDay: Array<{ day: string; received: number }>;
}

/**
 * Figures for an agency's dashboard over dossiers it received or decides, submitted in
 * [from, to): on time means processing ended (processed, refused, withdrawn…) by the due
 * date, which already excludes time waiting for the applicant (Decision 766/QĐ-TTg, 2.1).
 */
export async function agencyStats(db: Executor, provinceCode: string, agencyCode: string, from: Date, to: Date, now: Date): Promise<AgencyStats> {
  const base = db
    .selectFrom('dossiers')
    .where('provinceCode', '=', provinceCode)
    .where((eb) => eb.or([eb('receivingAgencyCode', '=', agencyCode), eb('competentAgencyCode', '=', agencyCode)]))
    .where('submittedAt', '>=', from)
    .where('submittedAt', '<', to);
  const onTime = sql<number>`count(*) filter (where finished_at is not null and due_at is not null and finished_at <= due_at)`;
  const late = sql<number>`count(*) filter (where finished_at is not null and due_at is not null and finished_at > due_at)`;
  const totals = await base
    .select([
      sql<number>`count(*) filter (where status <> 'submitted')`.as('received'),
      sql<number>`count(*) filter (where finished_at is not null)`.as('finished'),
      onTime.as('onTime'),
      late.as('late'),
      sql<number>`count(*) filter (where finished_at is null and status not in ('submitted'))`.as('inProgress'),
      sql<number>`count(*) filter (where finished_at is null and status not in ('submitted', 'supplement_requested', 'awaiting_payment') and due_at < ${now})`.as('overdueNow'),
    ])
    .executeTakeFirstOrThrow();
  const byField = await base
    .select(['field', sql<number>`count(*) filter (where status <> 'submitted')`.as('received'), onTime.as('onTime'), late.as('late')])
    .groupBy('field')
    .orderBy('field')
    .execute();
  const day = sql<string>`to_char(submitted_at at time zone 'Asia/Ho_Chi_Minh', 'YYYY-MM-DD')`;
  const byDay = await base.select([day.as('day'), sql<number>`count(*)`.as('received')]).groupBy(day).orderBy(day).execute();
  const n = (v: unknown): number => Number(v);
  return {
    received: n(totals.received),
    finished: n(totals.finished),
    onTime: n(totals.onTime),
    late: n(totals.late),
    inProgress: n(totals.inProgress),
    overdueNow: n(totals.overdueNow),
    byField: byField.map((r) => ({ field: r.field, received: n(r.received), onTime: n(r.onTime), late: n(r.late) })),
    byDay: byDay.map((r) => ({ day: r.day, received: n(r.received) })),
  };
}
