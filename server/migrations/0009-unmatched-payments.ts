import { sql, type Kysely } from 'kysely';

/**
 * Bank transfers the platform could not match to a dossier (docs/payments.md): the desk
 * whose account received one sees it and assigns it to the right dossier, which settles
 * the dossier through the payment ledger. One row per bank transaction, so a retried
 * notification is stored once.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    -- agency_code: the agency whose account (payment_accounts) received the money, found by
    -- its number when the notification arrived; null when no agency (or several) has it.
    create table unmatched_payments (
      province_code text not null,
      transaction_id text not null,
      account_number text not null,
      amount bigint not null check (amount > 0),
      content text not null,
      paid_at timestamptz not null,
      received_at timestamptz not null,
      agency_code text,
      state text not null check (state in ('open', 'assigned')),
      dossier_id uuid,
      dossier_code text,
      assigned_by text,
      assigned_at timestamptz,
      note text,
      primary key (province_code, transaction_id),
      check ((state = 'open') = (dossier_id is null))
    );
    -- The desk's queue, newest first (the list's cursor order).
    create index unmatched_payments_queue on unmatched_payments (province_code, state, received_at desc, transaction_id desc);
  `.execute(db);
}
