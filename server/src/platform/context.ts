import type { Actor } from './auth/actor.js';
import { inTransaction, type Executor } from './db/database.js';

/**
 * What every service function receives: where to read and write, for which province, on
 * whose behalf, and the time. Services never look at HTTP.
 */
export interface ServiceContext {
  db: Executor;
  provinceCode: string;
  actor: Actor;
  /** Request id (or job id), carried into the audit log. */
  requestId: string;
  ip?: string | undefined;
  /** The current time; tests may fix it. */
  now: () => Date;
  /** Public base address of the platform, for links in notifications and QR codes. */
  publicUrl?: string;
}

/** Runs `work` in one transaction (reusing the caller's), with a context bound to it. */
export function withTransaction<T>(ctx: ServiceContext, work: (ctx: ServiceContext) => Promise<T>): Promise<T> {
  return inTransaction(ctx.db, (trx) => work({ ...ctx, db: trx }));
}
