import type { ExpressionBuilder } from 'kysely';
import type { DB } from '../db/schema.js';
import type { Executor } from '../db/database.js';

/** A job as the runner holds it after claiming it. */
export interface ClaimedJob {
  provinceCode: string;
  id: number;
  kind: string;
  payload: unknown;
  /** This attempt's number: counted when claimed, and the fencing token of the lease. */
  attempts: number;
  maxAttempts: number | null;
}

/** A job to insert (see `enqueue`). */
export interface NewJob {
  provinceCode: string;
  kind: string;
  payload: unknown;
  runAt?: Date | undefined;
  dedupeKey?: string | undefined;
  maxAttempts?: number | undefined;
}

/** Inserts a job; with a dedupe key that is already taken (by a job in any state) nothing happens. */
export async function insertJob(db: Executor, job: NewJob): Promise<void> {
  await db
    .insertInto('jobs')
    .values({
      provinceCode: job.provinceCode,
      kind: job.kind,
      payload: JSON.stringify(job.payload ?? null),
      ...(job.runAt ? { runAt: job.runAt } : {}),
      dedupeKey: job.dedupeKey ?? null,
      maxAttempts: job.maxAttempts ?? null,
    })
    // The conflict target names the partial unique index, so it repeats its predicate.
    .onConflict((oc) => oc.columns(['provinceCode', 'kind', 'dedupeKey']).where('dedupeKey', 'is not', null).doNothing())
    .execute();
}

/** What `claimNextJob` may claim, and until when. */
export interface ClaimOptions {
  now: Date;
  leaseUntil: Date;
  kinds: string[];
  provinceCode?: string | undefined;
}

/**
 * Claims the most overdue job this process knows how to run: due, not finished, and not
 * leased (or its lease expired because the process running it died). One statement, so
 * the claim commits at once. `SKIP LOCKED` lets concurrent runners pass over a row another
 * is claiming; PostgreSQL rechecks the conditions on the row it locks, so a job just
 * claimed by someone else (lease now in the future) is not claimed twice.
 */
export async function claimNextJob(db: Executor, options: ClaimOptions): Promise<ClaimedJob | undefined> {
  const { now, leaseUntil, kinds, provinceCode } = options;
  const next = db
    .selectFrom('jobs')
    .select(['provinceCode', 'id'])
    .where('doneAt', 'is', null)
    .where('failedAt', 'is', null)
    .where('runAt', '<=', now)
    .where((eb) => eb.or([eb('lockedUntil', 'is', null), eb('lockedUntil', '<=', now)]))
    .where('kind', 'in', kinds)
    .$if(provinceCode !== undefined, (q) => q.where('provinceCode', '=', provinceCode!))
    .orderBy('runAt')
    .orderBy('id')
    .limit(1)
    .forUpdate()
    .skipLocked()
    .$asTuple('provinceCode', 'id');
  const row = await db
    .updateTable('jobs')
    .set((eb) => ({ lockedUntil: leaseUntil, attempts: eb('attempts', '+', 1) }))
    .where((eb) => eb(eb.refTuple('provinceCode', 'id'), 'in', next))
    .returning(['provinceCode', 'id', 'kind', 'payload', 'attempts', 'maxAttempts'])
    .executeTakeFirst();
  return row;
}

/** Whose lease a write is made under: the claimed job and the attempt it was claimed for. */
export type JobLease = Pick<ClaimedJob, 'provinceCode' | 'id' | 'attempts'>;

/** The job is still the one this lease took: not claimed again, not finished. */
const leaseHeld =
  (lease: JobLease) =>
  (eb: ExpressionBuilder<DB, 'jobs'>) =>
    eb.and([eb('provinceCode', '=', lease.provinceCode), eb('id', '=', lease.id), eb('attempts', '=', lease.attempts), eb('doneAt', 'is', null), eb('failedAt', 'is', null)]);

/** Marks a job done; false when the lease was lost (the job was claimed again meanwhile). */
export async function markJobDone(db: Executor, lease: JobLease, now: Date): Promise<boolean> {
  const result = await db
    .updateTable('jobs')
    .set({ doneAt: now, lockedUntil: null })
    .where(leaseHeld(lease))
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** Records a failed attempt: the job runs again at `retryAt`, or is failed for good. */
export async function recordJobFailure(
  db: Executor,
  lease: JobLease,
  error: string,
  next: { retryAt: Date } | { failedAt: Date },
): Promise<boolean> {
  const result = await db
    .updateTable('jobs')
    .set({ lastError: error, lockedUntil: null, ...('retryAt' in next ? { runAt: next.retryAt } : { failedAt: next.failedAt }) })
    .where(leaseHeld(lease))
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/**
 * Deletes finished jobs: done ones before `doneBefore`, failed ones before `failedBefore`.
 * A dedupe key is free again once its job is deleted.
 */
export async function purgeFinishedJobs(db: Executor, doneBefore: Date, failedBefore: Date): Promise<number> {
  const result = await db
    .deleteFrom('jobs')
    .where((eb) => eb.or([eb('doneAt', '<', doneBefore), eb('failedAt', '<', failedBefore)]))
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

export interface FailedJobSummary {
  kind: string;
  count: number;
  lastError: string | null;
}

/** Failed jobs by kind, with one of their errors: what an operator looks at before retrying. */
export async function summariseFailedJobs(db: Executor): Promise<FailedJobSummary[]> {
  const rows = await db
    .selectFrom('jobs')
    .select((eb) => ['kind', eb.fn.countAll<string>().as('count'), eb.fn.max('lastError').as('lastError')])
    .where('failedAt', 'is not', null)
    .groupBy('kind')
    .orderBy('kind')
    .execute();
  return rows.map((r) => ({ kind: r.kind, count: Number(r.count), lastError: r.lastError }));
}

/** Gives failed jobs (of one kind, or all) a fresh set of attempts from `now`; returns how many. */
export async function retryFailedJobs(db: Executor, now: Date, kind?: string): Promise<number> {
  let query = db.updateTable('jobs').set({ failedAt: null, attempts: 0, runAt: now, lockedUntil: null }).where('failedAt', 'is not', null);
  if (kind) query = query.where('kind', '=', kind);
  return Number((await query.executeTakeFirst()).numUpdatedRows);
}
