import { sql, type Kysely } from 'kysely';

/**
 * Signing keys of agencies, the documents the platform issues (slips, results, receipts —
 * signed PDFs in the file store), their yearly number series, and fee payments.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create table signing_keys (
      province_code text not null,
      agency_code text not null,
      serial text not null,
      subject text not null,
      certificate text not null,
      not_before timestamptz not null,
      not_after timestamptz not null,
      key_ref text not null,
      active boolean not null default true,
      created_at timestamptz not null,
      primary key (province_code, agency_code, serial)
    );

    create table documents (
      province_code text not null,
      id uuid not null,
      owner_type text not null,
      owner_id text not null,
      source_key text not null,
      kind text not null,
      title text not null,
      number text,
      issuer_agency_code text not null,
      status text not null check (status in ('pending', 'issued')),
      sha256 text,
      size integer,
      signer_serial text,
      signed_at timestamptz,
      created_at timestamptz not null,
      created_by text not null,
      primary key (province_code, id),
      constraint documents_source unique (province_code, owner_type, owner_id, source_key)
    );
    create index documents_owner on documents (province_code, owner_type, owner_id);
    create index documents_sha256 on documents (sha256);

    -- Numbers of documents run from 1 each year per agency and series (Decree 30/2020 Art. 15).
    create table document_number_counters (
      province_code text not null,
      agency_code text not null,
      year integer not null,
      series text not null,
      last_value integer not null,
      primary key (province_code, agency_code, year, series)
    );

    create table payment_accounts (
      province_code text not null,
      agency_code text not null,
      bank_bin text not null,
      account_number text not null,
      account_name text not null,
      updated_at timestamptz not null,
      primary key (province_code, agency_code)
    );

    create table payments (
      province_code text not null,
      id uuid not null,
      dossier_id uuid not null,
      amount bigint not null check (amount > 0),
      method text not null check (method in ('counter', 'bank_transfer')),
      bank_transaction_id text,
      paid_at timestamptz not null,
      recorded_by text not null,
      created_at timestamptz not null,
      primary key (province_code, id)
    );
    create unique index payments_bank_transaction on payments (province_code, bank_transaction_id) where bank_transaction_id is not null;
    create index payments_dossier on payments (province_code, dossier_id);

    -- Banks strip punctuation from transfer contents: a dossier is found by its code's letters and digits.
    create index dossiers_payment_reference on dossiers (province_code, (upper(regexp_replace(code, '[^0-9A-Za-z]', '', 'g'))));
  `.execute(db);
}
