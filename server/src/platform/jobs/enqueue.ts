import type { Executor } from '../db/database.js';
import { checkJob } from './define.js';
import { insertJob } from './store.js';

export interface Enqueue {
  provinceCode: string;
  kind: string;
  /** Plain JSON: what the handler receives. Keep it small (ids, not records). */
  payload: unknown;
  /** Not before this time; now (the transaction's time) unless said. */
  runAt?: Date;
  /** At most one job per (province, kind, key): enqueueing again is a no-op while it is kept. */
  dedupeKey?: string;
  /** Overrides the definition's retry policy for this one job. */
  maxAttempts?: number;
}

/**
 * Adds a job, in the caller's transaction: the job exists exactly when the change that
 * caused it commits (transactional outbox), and a rolled-back change leaves no job.
 */
export async function enqueue(db: Executor, job: Enqueue): Promise<void> {
  checkJob(job.kind, job.maxAttempts);
  await insertJob(db, job);
}
