import { sql, type Kysely } from 'kysely';

/**
 * What the agency itself establishes and the result states (data/catalog/FORMAT.md,
 * "Findings"): the severity of a disability the council assessed, what the criminal-record
 * database holds. Entered by the specialist or the leader, checked against the procedure's
 * findings form before approval.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`alter table dossiers add column findings jsonb not null default '{}'::jsonb`.execute(db);
}
