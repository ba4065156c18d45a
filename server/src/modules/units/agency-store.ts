import { sql } from 'kysely';
import type { Executor } from '../../platform/db/database.js';
import { escapeLike } from '../../platform/text.js';
import type { Agency } from './schemas.js';

export interface NewAgency {
  provinceCode: string;
  code: string;
  kind: string;
  level: 'province' | 'commune';
  unitCode: string;
  name: string;
  nameEn: string;
  electronicId: string | null;
  receivesDossiers: boolean;
  searchName: string;
}

/** Inserts agencies that do not exist yet; returns how many were new. */
export async function insertAgencies(trx: Executor, agencies: NewAgency[]): Promise<number> {
  let inserted = 0;
  for (let i = 0; i < agencies.length; i += 500) {
    const result = await trx
      .insertInto('agencies')
      .values(agencies.slice(i, i + 500))
      .onConflict((oc) => oc.columns(['provinceCode', 'code']).doNothing())
      .executeTakeFirst();
    inserted += Number(result.numInsertedOrUpdatedRows ?? 0);
  }
  return inserted;
}

function selectAgencies(db: Executor, provinceCode: string) {
  return db
    .selectFrom('agencies as a')
    .leftJoin('units as u', (join) =>
      join.onRef('u.code', '=', 'a.unitCode').onRef('u.level', '=', 'a.level').on('u.validTo', 'is', null),
    )
    .select([
      'a.code',
      'a.kind',
      'a.level',
      'a.unitCode',
      sql<string>`coalesce(u.name, a.unit_code)`.as('unitName'),
      'a.name',
      'a.nameEn',
      'a.electronicId',
      'a.receivesDossiers',
    ])
    .where('a.provinceCode', '=', provinceCode);
}

const toAgency = (row: Omit<Agency, 'level'> & { level: string }): Agency => ({ ...row, level: row.level as Agency['level'] });

export interface AgencyFilter {
  search?: string | undefined;
  unitCode?: string | undefined;
  kind?: string | undefined;
  level?: 'province' | 'commune' | undefined;
  receivesDossiers?: boolean | undefined;
}

/** Agencies by code, keyset-paginated on the code. */
export async function listAgencies(db: Executor, provinceCode: string, filter: AgencyFilter, limit: number, afterCode?: string): Promise<Agency[]> {
  let query = selectAgencies(db, provinceCode);
  if (filter.search) query = query.where('a.searchName', 'like', `%${escapeLike(filter.search)}%`);
  if (filter.unitCode) query = query.where('a.unitCode', '=', filter.unitCode);
  if (filter.kind) query = query.where('a.kind', '=', filter.kind);
  if (filter.level) query = query.where('a.level', '=', filter.level);
  if (filter.receivesDossiers !== undefined) query = query.where('a.receivesDossiers', '=', filter.receivesDossiers);
  if (afterCode) query = query.where('a.code', '>', afterCode);
  return (await query.orderBy('a.code').limit(limit).execute()).map(toAgency);
}

export async function findAgencies(db: Executor, provinceCode: string, codes: string[]): Promise<Agency[]> {
  if (codes.length === 0) return [];
  return (await selectAgencies(db, provinceCode).where('a.code', 'in', codes).execute()).map(toAgency);
}

export async function countAgencies(db: Executor, provinceCode: string): Promise<number> {
  const row = await db.selectFrom('agencies').select((eb) => eb.fn.countAll<number>().as('n')).where('provinceCode', '=', provinceCode).executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function agencyCodesOfUnits(db: Executor, provinceCode: string, unitCodes: string[]): Promise<string[]> {
  if (unitCodes.length === 0) return [];
  const rows = await db.selectFrom('agencies').select('code').where('provinceCode', '=', provinceCode).where('unitCode', 'in', unitCodes).execute();
  return rows.map((r) => r.code);
}
