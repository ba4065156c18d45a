import { sql, type Expression, type ExpressionBuilder, type SqlBool } from 'kysely';
import type { Executor } from '../../platform/db/database.js';
import type { DB } from '../../platform/db/schema.js';
import { escapeLike } from '../../platform/text.js';
import type { SuccessionKind, Unit, UnitLevel } from './schemas.js';

const unitColumns = ['code', 'level', 'name', 'type', 'provinceCode', 'parentCode', 'validFrom', 'validTo'] as const;

type UnitRow = Omit<Unit, 'level'> & { level: string };
const toUnit = (row: UnitRow): Unit => ({ ...row, level: row.level as UnitLevel });

/** Units in force on `date` (a unit with no start date has been in force since before records). */
function validOn(date: string) {
  return (eb: ExpressionBuilder<DB, 'units'>): Expression<SqlBool> =>
    eb.and([
      eb.or([eb('validFrom', 'is', null), eb('validFrom', '<=', date)]),
      eb.or([eb('validTo', 'is', null), eb('validTo', '>=', date)]),
    ]);
}

export interface UnitFilter {
  /** Folded search text (see platform/text.ts). */
  search?: string | undefined;
  level?: UnitLevel | undefined;
  provinceCode?: string | undefined;
  at: string;
}

/**
 * Units matching the filter, best matches first: the name itself (0), a name starting at a
 * word of the search (1), containing it (2); then by code. Keyset-paginated on (rank, code).
 */
export async function listUnits(db: Executor, filter: UnitFilter, limit: number, after?: [number, string]): Promise<Array<Unit & { rank: number }>> {
  const search = filter.search ?? '';
  const like = escapeLike(search);
  const rank = search
    ? sql<number>`case when search_name = ${search} or search_name like ${`% ${like}`} then 0
                       when search_name like ${`${like}%`} or search_name like ${`% ${like}%`} then 1 else 2 end`
    : sql<number>`0::int`;
  let query = db.selectFrom('units').select([...unitColumns, rank.as('rank')]).where(validOn(filter.at));
  if (search) query = query.where('searchName', 'like', `%${like}%`);
  if (filter.level) query = query.where('level', '=', filter.level);
  if (filter.provinceCode) query = query.where('provinceCode', '=', filter.provinceCode);
  if (after) query = query.where(sql<SqlBool>`(${rank}, code) > (${after[0]}, ${after[1]})`);
  if (search) query = query.orderBy(rank);
  const rows = await query.orderBy('code').limit(limit).execute();
  return rows.map((row) => ({ ...toUnit(row), rank: Number(row.rank) }));
}

export async function findUnit(db: Executor, level: UnitLevel, code: string, at: string): Promise<Unit | undefined> {
  const row = await db.selectFrom('units').select(unitColumns).where('level', '=', level).where('code', '=', code).where(validOn(at)).executeTakeFirst();
  return row && toUnit(row);
}

/** Units of `level` with one of `codes`, in force on `at`. */
export async function findUnits(db: Executor, level: UnitLevel, codes: string[], at: string): Promise<Unit[]> {
  if (codes.length === 0) return [];
  const rows = await db.selectFrom('units').select(unitColumns).where('level', '=', level).where('code', 'in', codes).where(validOn(at)).orderBy('code').execute();
  return rows.map(toUnit);
}

/** Every unit ever recorded with this level and code, newest period first. */
export async function findUnitPeriods(db: Executor, level: UnitLevel, code: string): Promise<Unit[]> {
  const rows = await db.selectFrom('units').select(unitColumns).where('level', '=', level).where('code', '=', code).orderBy('validFrom', (ob) => ob.desc().nullsLast()).execute();
  return rows.map(toUnit);
}

export interface SuccessionRow {
  effectiveDate: string;
  oldLevel: UnitLevel;
  oldCode: string;
  newCode: string;
  kind: SuccessionKind;
}

export async function successionsFrom(db: Executor, oldLevel: UnitLevel, oldCodes: string[]): Promise<SuccessionRow[]> {
  if (oldCodes.length === 0) return [];
  const rows = await db.selectFrom('unitSuccessions').selectAll().where('oldLevel', '=', oldLevel).where('oldCode', 'in', oldCodes).orderBy('newCode').execute();
  return rows as SuccessionRow[];
}

/** Successions into a new unit of a given level (province successions have old level 'province'). */
export async function successionsInto(db: Executor, newLevel: UnitLevel, newCode: string): Promise<SuccessionRow[]> {
  const oldLevels: UnitLevel[] = newLevel === 'province' ? ['province'] : ['commune', 'district'];
  const rows = await db.selectFrom('unitSuccessions').selectAll().where('newCode', '=', newCode).where('oldLevel', 'in', oldLevels).orderBy('oldCode').execute();
  return rows as SuccessionRow[];
}

/** Units of `level` that ended before `before` whose folded full name is one of `foldedNames`. */
export async function findFormerUnitsByName(db: Executor, level: UnitLevel, foldedNames: string[], before: string): Promise<Unit[]> {
  if (foldedNames.length === 0) return [];
  const rows = await db
    .selectFrom('units')
    .select(unitColumns)
    .where('level', '=', level)
    .where('validTo', '<', before)
    .where('searchName', 'in', foldedNames)
    .orderBy('code')
    .limit(200)
    .execute();
  return rows.map(toUnit);
}

/** Old communes of old districts (to derive what took over a district). */
export async function communesOfDistricts(db: Executor, districtCodes: string[], at: string): Promise<Unit[]> {
  if (districtCodes.length === 0) return [];
  const rows = await db.selectFrom('units').select(unitColumns).where('level', '=', 'commune').where('parentCode', 'in', districtCodes).where(validOn(at)).execute();
  return rows.map(toUnit);
}
