import type { Executor } from '../../platform/db/database.js';
import type { ProcedureDefinition } from './schemas.js';
import type { FieldRow } from './starter-catalog.js';

export interface VersionRow {
  provinceCode: string;
  slug: string;
  version: number;
  effectiveFrom: string;
  code: string | null;
  name: string;
  nameEn: string;
  field: string;
  level: 'province' | 'commune';
  competentAgencyKind: string;
  onlineLevel: 'full' | 'partial';
  definition: ProcedureDefinition;
  searchText: string;
  createdAt: Date;
  createdBy: string;
}

export async function upsertFields(trx: Executor, fields: FieldRow[]): Promise<void> {
  if (fields.length === 0) return;
  await trx
    .insertInto('procedureFields')
    .values(fields.map((f, position) => ({ slug: f.slug, name: f.name.vi, nameEn: f.name.en, position })))
    .onConflict((oc) => oc.column('slug').doUpdateSet((eb) => ({ name: eb.ref('excluded.name'), nameEn: eb.ref('excluded.nameEn'), position: eb.ref('excluded.position') })))
    .execute();
}

export async function listFields(db: Executor): Promise<FieldRow[]> {
  const rows = await db.selectFrom('procedureFields').select(['slug', 'name', 'nameEn']).orderBy('position').execute();
  return rows.map((r) => ({ slug: r.slug, name: { vi: r.name, en: r.nameEn } }));
}

export async function insertVersion(trx: Executor, row: VersionRow): Promise<void> {
  await trx
    .insertInto('procedures')
    .values({ provinceCode: row.provinceCode, slug: row.slug, createdAt: row.createdAt })
    .onConflict((oc) => oc.columns(['provinceCode', 'slug']).doNothing())
    .execute();
  await trx
    .insertInto('procedureVersions')
    .values({ ...row, definition: JSON.stringify(row.definition) })
    .execute();
}

/** The version of each procedure in force on `date`: the highest version effective by then. */
function inForce(db: Executor, provinceCode: string, date: string) {
  return db
    .selectFrom('procedureVersions')
    .distinctOn('slug')
    .selectAll()
    .where('provinceCode', '=', provinceCode)
    .where('effectiveFrom', '<=', date)
    .orderBy('slug')
    .orderBy('version', 'desc');
}

export interface ProcedureFilter {
  field?: string | undefined;
  level?: 'province' | 'commune' | undefined;
  agencyKind?: string | undefined;
  onlineLevel?: 'full' | 'partial' | undefined;
}

/** Procedures in force on `date`, filtered, by slug; keyset-paginated on the slug. */
export async function listInForce(db: Executor, provinceCode: string, date: string, filter: ProcedureFilter, limit: number, afterSlug?: string): Promise<VersionRow[]> {
  let query = filtered(db, provinceCode, date, filter).selectAll();
  if (afterSlug) query = query.where('slug', '>', afterSlug);
  return (await query.orderBy('slug').limit(limit).execute()) as VersionRow[];
}

/** What a search needs of every procedure in force that passes the filters: the texts to match. */
export async function searchCandidates(db: Executor, provinceCode: string, date: string, filter: ProcedureFilter): Promise<Array<{ slug: string; name: string; searchText: string }>> {
  return filtered(db, provinceCode, date, filter).select(['slug', 'name', 'searchText']).execute();
}

function filtered(db: Executor, provinceCode: string, date: string, filter: ProcedureFilter) {
  let query = db.with('current', () => inForce(db, provinceCode, date)).selectFrom('current');
  if (filter.field) query = query.where('field', '=', filter.field);
  if (filter.level) query = query.where('level', '=', filter.level);
  if (filter.agencyKind) query = query.where('competentAgencyKind', '=', filter.agencyKind);
  if (filter.onlineLevel) query = query.where('onlineLevel', '=', filter.onlineLevel);
  return query;
}

/** The versions in force of these procedures. */
export async function findInForceBySlugs(db: Executor, provinceCode: string, date: string, slugs: string[]): Promise<VersionRow[]> {
  if (slugs.length === 0) return [];
  return (await inForce(db, provinceCode, date).where('slug', 'in', slugs).execute()) as VersionRow[];
}

export async function findInForce(db: Executor, provinceCode: string, slug: string, date: string): Promise<VersionRow | undefined> {
  const row = await db
    .selectFrom('procedureVersions')
    .selectAll()
    .where('provinceCode', '=', provinceCode)
    .where('slug', '=', slug)
    .where('effectiveFrom', '<=', date)
    .orderBy('version', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row as VersionRow | undefined;
}

export async function findVersion(db: Executor, provinceCode: string, slug: string, version: number): Promise<VersionRow | undefined> {
  const row = await db.selectFrom('procedureVersions').selectAll().where('provinceCode', '=', provinceCode).where('slug', '=', slug).where('version', '=', version).executeTakeFirst();
  return row as VersionRow | undefined;
}

/** Every version of every procedure (or of one), oldest first. */
export async function allVersions(db: Executor, provinceCode: string, slug?: string): Promise<VersionRow[]> {
  let query = db.selectFrom('procedureVersions').selectAll().where('provinceCode', '=', provinceCode);
  if (slug) query = query.where('slug', '=', slug);
  return (await query.orderBy('slug').orderBy('version').execute()) as VersionRow[];
}

/** The newest version of each procedure, whatever its date: the catalog as it will be. */
export async function latestVersions(db: Executor, provinceCode: string): Promise<VersionRow[]> {
  const rows = await db.selectFrom('procedureVersions').distinctOn('slug').selectAll().where('provinceCode', '=', provinceCode).orderBy('slug').orderBy('version', 'desc').execute();
  return rows as VersionRow[];
}

/** Serialises writers of one procedure's versions (the next version number is read, then written). */
export async function lockProcedure(trx: Executor, provinceCode: string, slug: string): Promise<void> {
  await trx.selectFrom('procedures').select('slug').where('provinceCode', '=', provinceCode).where('slug', '=', slug).forUpdate().execute();
}
