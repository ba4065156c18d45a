import { sql, type Kysely } from 'kysely';

/**
 * Why a bank transfer waits in the desk's queue, and its refund (docs/payments.md): a
 * transfer may name a dossier that no longer owes anything (withdrawn, not accepted,
 * stopped, or already settled) — the money is then returned to the payer, not counted.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    -- reason: no_dossier (the content names none, or several), other_account (the named
    -- dossier's desk has another account, or none), dossier_closed (the named dossier ended
    -- without a result: withdrawn, not accepted, stopped), nothing_owed (already settled,
    -- or no fee). named_dossier_code: the dossier the content named, if one.
    alter table unmatched_payments
      add column reason text not null default 'no_dossier' check (reason in ('no_dossier', 'other_account', 'dossier_closed', 'nothing_owed')),
      add column named_dossier_code text,
      add column refunded_by text,
      add column refunded_at timestamptz,
      drop constraint unmatched_payments_state_check,
      add constraint unmatched_payments_state_check check (state in ('open', 'assigned', 'refunded')),
      drop constraint unmatched_payments_check,
      add constraint unmatched_payments_assigned_check check ((state = 'assigned') = (dossier_id is not null)),
      add constraint unmatched_payments_refunded_check check ((state = 'refunded') = (refunded_at is not null) and (state <> 'refunded' or note is not null));
  `.execute(db);
}
