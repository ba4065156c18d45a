import { sql, type Kysely } from 'kysely';

/**
 * Dossiers (hồ sơ), their event history, the daily code counters, per-agency workflow
 * settings, and the outbox of messages for the National Public Service Portal.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create table dossiers (
      province_code text not null,
      id uuid not null,
      code text not null,
      procedure_slug text not null,
      procedure_version integer not null,
      procedure_code text,
      procedure_name text not null,
      field text not null,
      channel text not null check (channel in ('in_person', 'online', 'post')),
      status text not null check (status in ('submitted', 'received', 'rejected', 'processing', 'supplement_requested',
        'awaiting_payment', 'withdrawn', 'stopped', 'processed', 'returned')),
      step_index integer not null,
      steps jsonb not null,
      applicant jsonb not null,
      applicant_national_id text,
      applicant_account_id uuid,
      applicant_search text not null,
      form_id text,
      form_data jsonb not null,
      components jsonb not null,
      receiving_agency_code text not null,
      competent_agency_code text not null,
      current_agency_code text not null,
      current_step_role text not null,
      involved_agencies jsonb not null,
      assignee_id uuid,
      place_unit_code text not null,
      return_channel text not null check (return_channel in ('receiving_desk', 'competent_desk', 'post', 'online')),
      postal_address text,
      fees jsonb not null,
      fee_total bigint not null,
      paid_at timestamptz,
      submitted_at timestamptz not null,
      received_at timestamptz,
      due_at timestamptz,
      original_due_at timestamptz,
      paused_at timestamptz,
      paused_from_status text,
      supplement_count integer not null default 0,
      warned_at timestamptz,
      overdue_at timestamptz,
      finished_at timestamptz,
      returned_at timestamptz,
      rating jsonb,
      row_version integer not null default 1,
      created_at timestamptz not null,
      updated_at timestamptz not null,
      primary key (province_code, id),
      constraint dossiers_code unique (province_code, code)
    );
    create index dossiers_queue on dossiers (province_code, current_agency_code, current_step_role, due_at) where status not in ('rejected', 'withdrawn', 'stopped', 'returned');
    create index dossiers_applicant_id on dossiers (province_code, applicant_national_id);
    create index dossiers_applicant_account on dossiers (province_code, applicant_account_id);
    create index dossiers_assignee on dossiers (province_code, assignee_id) where finished_at is null;
    -- Every agency the dossier was received at, decided by or passed through: they see it.
    create index dossiers_involved on dossiers using gin (involved_agencies);
    create index dossiers_submitted on dossiers (province_code, submitted_at);
    create index dossiers_due on dossiers (province_code, due_at) where finished_at is null;

    -- Dossier codes run 0001, 0002… per receiving agency and day without gaps: the counter is
    -- taken in the transaction that creates the dossier, so a rollback gives the number back.
    create table dossier_code_counters (
      province_code text not null,
      agency_code text not null,
      day date not null,
      last_value integer not null,
      primary key (province_code, agency_code, day)
    );

    create table dossier_events (
      province_code text not null,
      dossier_id uuid not null,
      seq integer not null,
      occurred_at timestamptz not null,
      actor_id uuid,
      actor_name text not null,
      action text not null,
      from_status text,
      to_status text not null,
      step_key text,
      agency_code text,
      comment text,
      data jsonb not null,
      primary key (province_code, dossier_id, seq),
      foreign key (province_code, dossier_id) references dossiers (province_code, id)
    );

    create table agency_workflow_settings (
      province_code text not null,
      agency_code text not null,
      auto_assign boolean not null,
      updated_at timestamptz not null,
      primary key (province_code, agency_code)
    );

    -- Outbox toward the National Public Service Portal (DongBoHoSoMC / CapNhatTienDoHoSoMC),
    -- written with every status change; the data-sharing module sends them in order.
    create table portal_sync_messages (
      province_code text not null,
      id bigint generated always as identity,
      dossier_id uuid not null,
      message_type text not null,
      payload jsonb not null,
      created_at timestamptz not null,
      sent_at timestamptz,
      primary key (province_code, id)
    );
    create index portal_sync_pending on portal_sync_messages (province_code, id) where sent_at is null;
  `.execute(db);
}
