import { sql, type Kysely } from 'kysely';

/**
 * Reorganisation continuity (docs/handover.md, decisions/0005): the old codes of dossiers
 * taken over from the systems of the units that ended on 30 June 2025 (owned by the
 * dossiers module), and the handover module's staging of legacy exports, its import
 * checkpoints, rejected rows and transfer runs.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    -- Dossiers module. An old receipt's code finds the dossier: matched on code_key (upper
    -- case, no blanks). dossier_id is null while the hand-over waits for a province decision
    -- (review queue): the lookup then answers from summary.
    create table dossier_legacy_codes (
      province_code text not null,
      code_key text not null,
      legacy_code text not null,
      dossier_id uuid,
      old_unit_code text not null,
      old_agency_code text,
      old_agency_name text not null,
      summary jsonb not null,
      created_at timestamptz not null,
      handed_over_at timestamptz,
      primary key (province_code, code_key),
      foreign key (province_code, dossier_id) references dossiers (province_code, id)
    );
    create unique index dossier_legacy_codes_dossier on dossier_legacy_codes (province_code, dossier_id) where dossier_id is not null;
    create index dossier_legacy_codes_old_unit on dossier_legacy_codes (province_code, old_unit_code);

    -- Handover module: one row per export file (by checksum). byte_offset/line_number are the
    -- checkpoint, committed with each batch of rows: a crashed import resumes right there.
    create table legacy_imports (
      province_code text not null,
      id uuid not null,
      file_name text not null,
      file_sha256 text not null check (file_sha256 ~ '^[0-9a-f]{64}$'),
      file_size bigint not null,
      format text not null check (format in ('jsonl', 'csv')),
      header jsonb,
      state text not null check (state in ('running', 'completed')),
      byte_offset bigint not null default 0,
      line_number bigint not null default 0,
      accepted integer not null default 0,
      unchanged integer not null default 0,
      rejected integer not null default 0,
      started_by text not null,
      started_at timestamptz not null,
      updated_at timestamptz not null,
      finished_at timestamptz,
      primary key (province_code, id),
      constraint legacy_imports_file unique (province_code, file_sha256)
    );

    -- Every accepted row of an export, unique on its old code (the import is idempotent), and
    -- where it stands: staged (to hand over), archived (finished in the old system),
    -- in_review (a province administrator decides), handed_over (a dossier now).
    create table legacy_dossiers (
      province_code text not null,
      code_key text not null,
      legacy_code text not null,
      import_id uuid not null,
      line_number bigint not null,
      row_sha256 text not null,
      record jsonb not null,
      validation jsonb not null,
      old_unit_code text not null,
      old_unit_level text not null check (old_unit_level in ('province', 'district', 'commune')),
      procedure_slug text not null,
      legacy_status text not null,
      received_at timestamptz,
      due_at timestamptz,
      state text not null check (state in ('staged', 'archived', 'in_review', 'handed_over')),
      decision jsonb,
      target_agency_code text,
      review_agency_code text,
      review_due_at timestamptz,
      dossier_id uuid,
      transfer_id uuid,
      imported_at timestamptz not null,
      decided_at timestamptz,
      primary key (province_code, code_key),
      foreign key (province_code, import_id) references legacy_imports (province_code, id)
    );
    -- What a transfer claims: only rows still to hand over, so the index stays small.
    create index legacy_dossiers_staged on legacy_dossiers (province_code, code_key) where state = 'staged';
    create index legacy_dossiers_review on legacy_dossiers (province_code, review_agency_code, code_key) where state = 'in_review';
    create index legacy_dossiers_old_unit on legacy_dossiers (province_code, old_unit_code);
    create index legacy_dossiers_target on legacy_dossiers (province_code, target_agency_code) where target_agency_code is not null;

    -- Rows refused at import, with every reason: the report of an import.
    create table legacy_import_rejects (
      province_code text not null,
      import_id uuid not null,
      line_number bigint not null,
      byte_offset bigint not null,
      legacy_code text,
      reasons jsonb not null,
      raw text not null,
      primary key (province_code, import_id, line_number),
      foreign key (province_code, import_id) references legacy_imports (province_code, id)
    );

    -- Runs of the hand-over, with their progress (the admin API and the CLI show it).
    create table legacy_transfers (
      province_code text not null,
      id uuid not null,
      state text not null check (state in ('running', 'completed', 'failed')),
      options jsonb not null,
      total integer not null,
      processed integer not null default 0,
      handed_over integer not null default 0,
      in_review integer not null default 0,
      started_by text not null,
      started_at timestamptz not null,
      updated_at timestamptz not null,
      finished_at timestamptz,
      last_error text,
      primary key (province_code, id)
    );
  `.execute(db);
}
