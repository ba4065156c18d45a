import { sql, type Kysely } from 'kysely';

/** Staff and citizen accounts, role × agency memberships, and login sessions. */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create table accounts (
      province_code text not null,
      id uuid not null,
      kind text not null check (kind in ('staff', 'citizen')),
      username text not null,
      full_name text not null,
      national_id text,
      phone text,
      email text,
      password_hash text not null,
      status text not null default 'active' check (status in ('active', 'disabled')),
      must_change_password boolean not null default false,
      failed_logins integer not null default 0,
      locked_until timestamptz,
      identity_verified_at timestamptz,
      password_changed_at timestamptz not null,
      created_at timestamptz not null,
      updated_at timestamptz not null,
      primary key (province_code, id),
      constraint accounts_username unique (province_code, username)
    );
    create unique index accounts_national_id on accounts (province_code, national_id) where national_id is not null;
    create unique index accounts_citizen_phone on accounts (province_code, phone) where kind = 'citizen' and phone is not null;
    create unique index accounts_citizen_email on accounts (province_code, lower(email)) where kind = 'citizen' and email is not null;
    create index accounts_full_name on accounts using gin (full_name gin_trgm_ops);

    create table memberships (
      province_code text not null,
      account_id uuid not null,
      agency_code text not null,
      role text not null check (role in ('admin', 'officer', 'specialist', 'leader', 'clerk', 'supervisor')),
      created_at timestamptz not null default now(),
      primary key (province_code, account_id, agency_code, role),
      foreign key (province_code, account_id) references accounts (province_code, id) on delete cascade,
      foreign key (province_code, agency_code) references agencies (province_code, code)
    );
    create index memberships_agency on memberships (province_code, agency_code, role);

    create table sessions (
      province_code text not null,
      token_hash text not null,
      account_id uuid not null,
      csrf_token text not null,
      created_at timestamptz not null,
      last_seen_at timestamptz not null,
      expires_at timestamptz not null,
      ip text,
      user_agent text,
      primary key (province_code, token_hash),
      foreign key (province_code, account_id) references accounts (province_code, id) on delete cascade
    );
    create index sessions_account on sessions (province_code, account_id);
  `.execute(db);
}
