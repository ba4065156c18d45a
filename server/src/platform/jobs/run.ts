import type { Database, Executor } from '../db/database.js';
import { silentLogger, type JobContext, type JobDefinition, type JobLogger, type JobRegistry } from './define.js';
import { claimNextJob, markJobDone, recordJobFailure, type ClaimedJob } from './store.js';

export interface RunOptions {
  /** The clock; tests fix it. */
  now?: () => Date;
  /** Jobs to run at most in this call. */
  limit?: number;
  /**
   * How long a claimed job is held (seconds). A process that dies mid-job leaves the job
   * leased; once the lease expires another runner claims it again. Handlers must finish
   * well within it, or the job may run twice.
   */
  leaseSeconds?: number;
  /** Run only this province's jobs (a deployment serves one province; they may share a database). */
  provinceCode?: string;
  log?: JobLogger;
}

/** Five minutes: far longer than any handler should take, short enough to recover soon after a crash. */
export const DEFAULT_LEASE_SECONDS = 300;
const MAX_ERROR_LENGTH = 2000;

/** Thrown inside a job's transaction when its lease was lost, to roll its work back. */
class LeaseLost extends Error {}

/**
 * Claims and runs due jobs one at a time (so each lease starts when its job starts), up
 * to `limit`; returns how many were run, whatever their outcome. A failed handler never
 * loses its job: the error is recorded and the job retried after its backoff, or marked
 * failed after its last attempt.
 */
export async function runDueJobs(db: Database, registry: JobRegistry, options: RunOptions = {}): Promise<number> {
  const now = options.now ?? (() => new Date());
  const kinds = Object.keys(registry);
  const limit = options.limit ?? 20;
  const leaseMs = (options.leaseSeconds ?? DEFAULT_LEASE_SECONDS) * 1000;
  const log = options.log ?? silentLogger;
  let ran = 0;
  while (kinds.length > 0 && ran < limit) {
    const at = now();
    const job = await claimNextJob(db, { now: at, leaseUntil: new Date(at.getTime() + leaseMs), kinds, provinceCode: options.provinceCode });
    if (!job) break;
    await runJob(db, registry[job.kind]!, job, now, log);
    ran += 1;
  }
  return ran;
}

async function runJob(db: Database, definition: JobDefinition, job: ClaimedJob, now: () => Date, log: JobLogger): Promise<void> {
  const maxAttempts = job.maxAttempts ?? definition.maxAttempts;
  const meta = { jobId: job.id, kind: job.kind, provinceCode: job.provinceCode, attempt: job.attempts };
  if (job.attempts > maxAttempts) {
    // Its last attempt was claimed but never finished: the process stopped mid-job.
    await recordJobFailure(db, job, 'the last attempt did not finish (its lease expired)', { failedAt: now() });
    log.error(meta, 'job failed: its last attempt did not finish');
    return;
  }
  try {
    if (definition.transactional) {
      await db.transaction().execute(async (trx) => {
        await definition.handler(jobContext(trx, job, maxAttempts, now, log), job.payload);
        if (!(await markJobDone(trx, job, now()))) throw new LeaseLost();
      });
    } else {
      await definition.handler(jobContext(db, job, maxAttempts, now, log), job.payload);
      if (!(await markJobDone(db, job, now()))) log.warn(meta, 'job finished after its lease expired; it may have run twice');
    }
  } catch (error) {
    if (error instanceof LeaseLost) {
      log.warn(meta, 'job lost its lease before finishing; its work was rolled back');
      return;
    }
    const message = describeError(error);
    const final = job.attempts >= maxAttempts;
    const at = now();
    const next = final ? { failedAt: at } : { retryAt: new Date(at.getTime() + definition.backoffSeconds(job.attempts) * 1000) };
    await recordJobFailure(db, job, message, next);
    if (final) log.error({ ...meta, err: message }, 'job failed after its last attempt');
    else log.warn({ ...meta, err: message, ...next }, 'job attempt failed; it will be retried');
  }
}

function jobContext(db: Executor, job: ClaimedJob, maxAttempts: number, now: () => Date, log: JobLogger): JobContext {
  return {
    db,
    provinceCode: job.provinceCode,
    now,
    log,
    service: { db, provinceCode: job.provinceCode, actor: { kind: 'system', name: `job:${job.kind}` }, requestId: `job:${job.id}`, now },
    job: { id: job.id, kind: job.kind, attempt: job.attempts, maxAttempts },
  };
}

function describeError(error: unknown): string {
  const message = error instanceof Error ? `${error.name === 'Error' ? '' : `${error.name}: `}${error.message}` : String(error);
  return message.length > MAX_ERROR_LENGTH ? `${message.slice(0, MAX_ERROR_LENGTH - 1)}…` : message;
}
