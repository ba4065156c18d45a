import { sql } from 'kysely';
import type { Role } from '../../platform/auth/actor.js';
import type { Executor } from '../../platform/db/database.js';
import { escapeLike } from '../../platform/text.js';

export interface AccountRow {
  provinceCode: string;
  id: string;
  kind: 'staff' | 'citizen';
  username: string;
  fullName: string;
  nationalId: string | null;
  phone: string | null;
  email: string | null;
  passwordHash: string;
  status: 'active' | 'disabled';
  mustChangePassword: boolean;
  failedLogins: number;
  lockedUntil: Date | null;
  identityVerifiedAt: Date | null;
  passwordChangedAt: Date;
  createdAt: Date;
  updatedAt: Date;
}

export interface MembershipRow {
  accountId: string;
  agencyCode: string;
  role: Role;
}

export async function insertAccount(trx: Executor, row: AccountRow): Promise<void> {
  await trx.insertInto('accounts').values(row).execute();
}

export async function findAccountById(db: Executor, provinceCode: string, id: string): Promise<AccountRow | undefined> {
  return (await db.selectFrom('accounts').selectAll().where('provinceCode', '=', provinceCode).where('id', '=', id).executeTakeFirst()) as AccountRow | undefined;
}

export async function findAccountByUsername(db: Executor, provinceCode: string, username: string): Promise<AccountRow | undefined> {
  return (await db.selectFrom('accounts').selectAll().where('provinceCode', '=', provinceCode).where('username', '=', username).executeTakeFirst()) as
    | AccountRow
    | undefined;
}

/** Which of the unique contact fields another account already uses. */
export async function takenIdentifiers(
  db: Executor,
  provinceCode: string,
  values: { username?: string; nationalId?: string; phone?: string | null; email?: string | null },
  exceptId?: string,
): Promise<Array<'username' | 'nationalId' | 'phone' | 'email'>> {
  const rows = await db
    .selectFrom('accounts')
    .select(['id', 'kind', 'username', 'nationalId', 'phone', 'email'])
    .where('provinceCode', '=', provinceCode)
    .where((eb) =>
      eb.or([
        eb('username', '=', values.username ?? ''),
        eb('nationalId', '=', values.nationalId ?? ''),
        eb.and([eb('kind', '=', 'citizen'), eb('phone', '=', values.phone ?? '')]),
        eb.and([eb('kind', '=', 'citizen'), eb(sql`lower(email)`, '=', (values.email ?? '').toLowerCase())]),
      ]),
    )
    .execute();
  const taken = new Set<'username' | 'nationalId' | 'phone' | 'email'>();
  for (const row of rows.filter((r) => r.id !== exceptId)) {
    if (values.username && row.username === values.username) taken.add('username');
    if (values.nationalId && row.nationalId === values.nationalId) taken.add('nationalId');
    if (values.phone && row.kind === 'citizen' && row.phone === values.phone) taken.add('phone');
    if (values.email && row.kind === 'citizen' && row.email?.toLowerCase() === values.email.toLowerCase()) taken.add('email');
  }
  return [...taken];
}

export type AccountChanges = Partial<Pick<AccountRow, 'fullName' | 'email' | 'phone' | 'status' | 'passwordHash' | 'mustChangePassword' | 'passwordChangedAt' | 'failedLogins' | 'lockedUntil'>>;

export async function updateAccount(trx: Executor, provinceCode: string, id: string, changes: AccountChanges, now: Date): Promise<void> {
  await trx.updateTable('accounts').set({ ...changes, updatedAt: now }).where('provinceCode', '=', provinceCode).where('id', '=', id).execute();
}

/** Counts a failed login; returns the count after this one. */
export async function countFailedLogin(db: Executor, provinceCode: string, id: string): Promise<number> {
  const row = await db
    .updateTable('accounts')
    .set((eb) => ({ failedLogins: eb('failedLogins', '+', 1) }))
    .where('provinceCode', '=', provinceCode)
    .where('id', '=', id)
    .returning('failedLogins')
    .executeTakeFirstOrThrow();
  return row.failedLogins;
}

export async function membershipsOf(db: Executor, provinceCode: string, accountIds: string[]): Promise<MembershipRow[]> {
  if (accountIds.length === 0) return [];
  return (await db
    .selectFrom('memberships')
    .select(['accountId', 'agencyCode', 'role'])
    .where('provinceCode', '=', provinceCode)
    .where('accountId', 'in', accountIds)
    .orderBy('agencyCode')
    .orderBy('role')
    .execute()) as MembershipRow[];
}

export async function replaceMemberships(trx: Executor, provinceCode: string, accountId: string, memberships: Array<{ agencyCode: string; role: Role }>): Promise<void> {
  await trx.deleteFrom('memberships').where('provinceCode', '=', provinceCode).where('accountId', '=', accountId).execute();
  if (memberships.length === 0) return;
  await trx
    .insertInto('memberships')
    .values(memberships.map((m) => ({ provinceCode, accountId, agencyCode: m.agencyCode, role: m.role })))
    .execute();
}

export interface AccountListFilter {
  search?: string | undefined;
  kind?: 'staff' | 'citizen' | undefined;
  status?: 'active' | 'disabled' | undefined;
  /** Only accounts with a membership at one of these agencies (and, if given, this role). */
  agencyCodes?: string[] | undefined;
  role?: Role | undefined;
}

/** Accounts by username, keyset-paginated. */
export async function listAccounts(db: Executor, provinceCode: string, filter: AccountListFilter, limit: number, afterUsername?: string): Promise<AccountRow[]> {
  let query = db.selectFrom('accounts').selectAll().where('provinceCode', '=', provinceCode);
  if (filter.search) {
    const like = `%${escapeLike(filter.search)}%`;
    query = query.where((eb) => eb.or([eb('username', 'ilike', like), eb('fullName', 'ilike', like), eb('nationalId', 'like', like)]));
  }
  if (filter.kind) query = query.where('kind', '=', filter.kind);
  if (filter.status) query = query.where('status', '=', filter.status);
  if (filter.agencyCodes || filter.role) {
    query = query.where(({ exists, selectFrom }) =>
      exists(
        selectFrom('memberships as m')
          .select('m.accountId')
          .whereRef('m.provinceCode', '=', 'accounts.provinceCode')
          .whereRef('m.accountId', '=', 'accounts.id')
          .$if(filter.agencyCodes !== undefined, (q) => q.where('m.agencyCode', 'in', filter.agencyCodes!.length ? filter.agencyCodes! : ['']))
          .$if(filter.role !== undefined, (q) => q.where('m.role', '=', filter.role!)),
      ),
    );
  }
  if (afterUsername) query = query.where('username', '>', afterUsername);
  return (await query.orderBy('username').limit(limit).execute()) as AccountRow[];
}

export interface SessionRow {
  provinceCode: string;
  tokenHash: string;
  accountId: string;
  csrfToken: string;
  createdAt: Date;
  lastSeenAt: Date;
  expiresAt: Date;
  ip: string | null;
  userAgent: string | null;
}

export async function insertSession(db: Executor, row: SessionRow): Promise<void> {
  await db.insertInto('sessions').values(row).execute();
}

/** A live session (not expired, not idle too long) of an active account. */
export async function findLiveSession(db: Executor, provinceCode: string, tokenHash: string, now: Date, idleSince: Date): Promise<{ session: SessionRow; account: AccountRow } | undefined> {
  const session = (await db
    .selectFrom('sessions')
    .selectAll()
    .where('provinceCode', '=', provinceCode)
    .where('tokenHash', '=', tokenHash)
    .where('expiresAt', '>', now)
    .where('lastSeenAt', '>', idleSince)
    .executeTakeFirst()) as SessionRow | undefined;
  if (!session) return undefined;
  const account = await findAccountById(db, provinceCode, session.accountId);
  if (!account || account.status !== 'active') return undefined;
  return { session, account };
}

export async function touchSession(db: Executor, provinceCode: string, tokenHash: string, now: Date): Promise<void> {
  await db.updateTable('sessions').set({ lastSeenAt: now }).where('provinceCode', '=', provinceCode).where('tokenHash', '=', tokenHash).execute();
}

export async function deleteSession(db: Executor, provinceCode: string, tokenHash: string): Promise<void> {
  await db.deleteFrom('sessions').where('provinceCode', '=', provinceCode).where('tokenHash', '=', tokenHash).execute();
}

/** Ends every session of an account, except `keepTokenHash` if given. */
export async function deleteSessionsOf(db: Executor, provinceCode: string, accountId: string, keepTokenHash?: string): Promise<void> {
  let query = db.deleteFrom('sessions').where('provinceCode', '=', provinceCode).where('accountId', '=', accountId);
  if (keepTokenHash) query = query.where('tokenHash', '!=', keepTokenHash);
  await query.execute();
}

export async function deleteExpiredSessions(db: Executor, now: Date): Promise<number> {
  const result = await db.deleteFrom('sessions').where('expiresAt', '<', now).executeTakeFirst();
  return Number(result.numDeletedRows);
}

export async function countAccounts(db: Executor, provinceCode: string): Promise<number> {
  const row = await db.selectFrom('accounts').select((eb) => eb.fn.countAll<number>().as('n')).where('provinceCode', '=', provinceCode).executeTakeFirstOrThrow();
  return Number(row.n);
}

export interface PersonalRecordRow {
  type: string;
  data: Record<string, unknown>;
  source: string;
  recordedAt: Date;
}

export async function personalRecords(db: Executor, provinceCode: string, nationalId: string): Promise<PersonalRecordRow[]> {
  const rows = await db
    .selectFrom('personalRecords')
    .select(['type', 'data', 'source', 'recordedAt'])
    .where('provinceCode', '=', provinceCode)
    .where('nationalId', '=', nationalId)
    .orderBy('type')
    .execute();
  return rows as PersonalRecordRow[];
}

export async function putPersonalRecord(trx: Executor, provinceCode: string, nationalId: string, record: PersonalRecordRow): Promise<void> {
  const values = { ...record, data: JSON.stringify(record.data) };
  await trx
    .insertInto('personalRecords')
    .values({ provinceCode, nationalId, ...values })
    .onConflict((oc) => oc.columns(['provinceCode', 'nationalId', 'type']).doUpdateSet({ data: values.data, source: values.source, recordedAt: values.recordedAt }))
    .execute();
}

/** Active accounts holding `role` at `agencyCode`. */
export async function holdersOf(db: Executor, provinceCode: string, agencyCode: string, role: Role): Promise<Array<{ id: string; fullName: string; username: string; email: string | null }>> {
  return db
    .selectFrom('memberships as m')
    .innerJoin('accounts as a', (join) => join.onRef('a.provinceCode', '=', 'm.provinceCode').onRef('a.id', '=', 'm.accountId'))
    .select(['a.id', 'a.fullName', 'a.username', 'a.email'])
    .where('m.provinceCode', '=', provinceCode)
    .where('m.agencyCode', '=', agencyCode)
    .where('m.role', '=', role)
    .where('a.status', '=', 'active')
    .orderBy('a.username')
    .execute();
}
