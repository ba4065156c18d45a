import { sql, type Kysely } from 'kysely';

/**
 * Platform plumbing for the modules: the durable job queue (decisions/0004), the metadata
 * of the content-addressed file store, and the notifications (e-mail, SMS) sent by jobs.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create table jobs (
      province_code text not null,
      id bigint generated always as identity,
      kind text not null,
      payload jsonb not null,
      run_at timestamptz not null default now(),
      -- Counted when a job is claimed, not when it fails: a job that kills its process
      -- still uses up its attempts instead of being retried forever.
      attempts integer not null default 0,
      -- Null: the job definition's retry policy decides (the usual case).
      max_attempts integer check (max_attempts > 0),
      locked_until timestamptz,
      done_at timestamptz,
      failed_at timestamptz,
      last_error text,
      dedupe_key text,
      created_at timestamptz not null default now(),
      primary key (province_code, id)
    );
    -- A job with a key is enqueued once, even by several processes (scheduled slots).
    create unique index jobs_dedupe on jobs (province_code, kind, dedupe_key) where dedupe_key is not null;
    -- What the runner claims: only unfinished jobs, so the index stays small.
    create index jobs_due on jobs (run_at) where done_at is null and failed_at is null;

    -- One row per person who uploaded a given content: the bytes are stored once (by
    -- sha256), but who may reference them is decided per uploader.
    create table file_objects (
      province_code text not null,
      sha256 text not null check (sha256 ~ '^[0-9a-f]{64}$'),
      uploaded_by text not null,
      uploaded_by_id uuid,
      size bigint not null check (size >= 0),
      media_type text not null,
      original_name text not null,
      created_at timestamptz not null,
      primary key (province_code, sha256, uploaded_by),
      foreign key (province_code, uploaded_by_id) references accounts (province_code, id)
    );
    create index file_objects_uploader on file_objects (province_code, uploaded_by_id, created_at) where uploaded_by_id is not null;

    create table notifications (
      province_code text not null,
      id uuid not null,
      channel text not null check (channel in ('email', 'sms')),
      recipient text not null,
      subject text,
      body text not null,
      status text not null default 'pending' check (status in ('pending', 'sent', 'failed', 'skipped')),
      attempts integer not null default 0,
      sent_at timestamptz,
      error text,
      related_type text,
      related_id text,
      created_at timestamptz not null default now(),
      primary key (province_code, id)
    );
    create index notifications_related on notifications (province_code, related_type, related_id, created_at) where related_type is not null;
  `.execute(db);
}
