import { sql, type Kysely } from 'kysely';

/**
 * Administrative units of every era (reference data shared by all provinces), the
 * successions between eras, and the agencies that act in each province.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create extension if not exists pg_trgm;

    create table units (
      id bigint generated always as identity primary key,
      code text not null,
      level text not null check (level in ('province', 'district', 'commune')),
      name text not null,
      type text not null,
      parent_code text,
      province_code text not null,
      valid_from date,
      valid_to date,
      search_name text not null,
      constraint units_code_period unique nulls not distinct (level, code, valid_from),
      constraint units_valid_period check (valid_to is null or valid_from is null or valid_from <= valid_to)
    );
    create index units_province_level on units (province_code, level);
    create index units_search_name on units using gin (search_name gin_trgm_ops);

    create table unit_successions (
      effective_date date not null,
      old_level text not null check (old_level in ('province', 'district', 'commune')),
      old_code text not null,
      new_code text not null,
      kind text not null check (kind in ('full', 'partial')),
      primary key (effective_date, old_level, old_code, new_code)
    );
    create index unit_successions_new on unit_successions (new_code, effective_date);

    create table agencies (
      province_code text not null,
      code text not null,
      kind text not null,
      level text not null check (level in ('province', 'commune')),
      unit_code text not null,
      name text not null,
      name_en text not null,
      electronic_id text,
      receives_dossiers boolean not null default false,
      search_name text not null,
      created_at timestamptz not null default now(),
      primary key (province_code, code)
    );
    create index agencies_unit on agencies (province_code, unit_code);
    create index agencies_kind on agencies (province_code, kind);
  `.execute(db);
}
