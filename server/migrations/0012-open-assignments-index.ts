import { sql, type Kysely } from 'kysely';

/**
 * Assignment by workload counts each candidate's open dossiers inside the desk's counter
 * lock (docs/benchmarks.md, "The workload count grows with the table"): with no index of
 * its predicate that count was a scan of the province's dossiers, 37–66 ms at 50,000. This
 * index has the same predicate as `openAt` (status not final), so the count reads only the
 * candidate's own entries.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create index dossiers_open_assignee on dossiers (province_code, assignee_id)
      where status not in ('rejected', 'withdrawn', 'stopped', 'returned') and assignee_id is not null
  `.execute(db);
}
