import { sql, type Kysely } from 'kysely';

/**
 * The procedure catalog (fields, procedures and their immutable versions), the yearly
 * working-calendar decisions, and the personal data store that forms prefill from.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create table procedure_fields (
      slug text primary key,
      name text not null,
      name_en text not null,
      position integer not null
    );

    create table procedures (
      province_code text not null,
      slug text not null,
      created_at timestamptz not null,
      primary key (province_code, slug)
    );

    -- A version is never changed: a change is a new version with a later effective date,
    -- and a dossier keeps the version it was filed under.
    create table procedure_versions (
      province_code text not null,
      slug text not null,
      version integer not null check (version > 0),
      effective_from date not null,
      code text,
      name text not null,
      name_en text not null,
      field text not null references procedure_fields (slug),
      level text not null check (level in ('province', 'commune')),
      competent_agency_kind text not null,
      online_level text not null check (online_level in ('full', 'partial')),
      definition jsonb not null,
      search_text text not null,
      created_at timestamptz not null,
      created_by text not null,
      primary key (province_code, slug, version),
      foreign key (province_code, slug) references procedures (province_code, slug)
    );
    create index procedure_versions_search on procedure_versions using gin (search_text gin_trgm_ops);
    create index procedure_versions_field on procedure_versions (province_code, field);

    create table calendar_years (
      province_code text not null,
      year integer not null check (year between 1900 and 2199),
      config jsonb not null,
      updated_at timestamptz not null,
      updated_by text not null,
      primary key (province_code, year)
    );

    -- Data the state already holds about a person (kho dữ liệu điện tử, Decree 45/2020 Art. 16):
    -- results issued here and records synced from national databases, reused to prefill forms.
    create table personal_records (
      province_code text not null,
      national_id text not null,
      type text not null,
      data jsonb not null,
      source text not null,
      recorded_at timestamptz not null,
      primary key (province_code, national_id, type)
    );
  `.execute(db);
}
