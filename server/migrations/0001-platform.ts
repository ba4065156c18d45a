import { sql, type Kysely } from 'kysely';

/** Shared plumbing: reference-data versions, idempotency keys and the hash-chained audit log. */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create table reference_data (
      name text primary key,
      checksum text not null,
      loaded_at timestamptz not null default now()
    );

    create table idempotency_keys (
      province_code text not null,
      actor text not null,
      key text not null,
      method text not null,
      route text not null,
      request_hash text not null,
      status_code integer not null,
      response jsonb not null,
      created_at timestamptz not null default now(),
      primary key (province_code, actor, key)
    );
    create index idempotency_keys_created_at on idempotency_keys (created_at);

    create table audit_log (
      province_code text not null,
      seq bigint not null,
      occurred_at timestamptz not null,
      actor_id uuid,
      actor_name text not null,
      action text not null,
      entity_type text not null,
      entity_id text not null,
      before jsonb,
      after jsonb,
      context jsonb not null,
      prev_hash text not null,
      hash text not null,
      primary key (province_code, seq)
    );
    create index audit_log_entity on audit_log (province_code, entity_type, entity_id, seq);
    create index audit_log_actor on audit_log (province_code, actor_id, seq);

    -- The newest entry of each province's chain. Appending locks this row, which keeps
    -- the chain linear when many transactions append at once.
    create table audit_heads (
      province_code text primary key,
      seq bigint not null,
      hash text not null
    );

    -- Append-only: the application never updates or deletes audit entries. Someone with
    -- direct database access can still drop this trigger; the hash chain catches that.
    create function audit_log_is_append_only() returns trigger language plpgsql as $$
    begin
      raise exception 'audit_log is append-only';
    end;
    $$;
    create trigger audit_log_append_only before update or delete on audit_log
      for each row execute function audit_log_is_append_only();
  `.execute(db);
}
