import { actorId, actorLabel } from '../auth/actor.js';
import { withTransaction, type ServiceContext } from '../context.js';
import type { Executor } from '../db/database.js';
import { asStoredJson, entryHash, GENESIS_HASH } from './chain.js';
import { entriesAfter, findHead, insertEntry, lockHead } from './store.js';

/** One change to record: what happened to which entity, and its state before and after. */
export interface Change {
  action: string;
  entityType: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
  /** Anything else worth keeping with the entry (a comment, a reason). */
  details?: Record<string, unknown>;
}

/**
 * Appends a change to the province's hash-chained audit log, in the caller's transaction:
 * the entry exists exactly when the change does.
 */
export async function recordAudit(ctx: ServiceContext, change: Change): Promise<void> {
  await withTransaction(ctx, async ({ db }) => {
    const head = await lockHead(db, ctx.provinceCode);
    const entry = {
      provinceCode: ctx.provinceCode,
      seq: head.seq + 1,
      occurredAt: ctx.now(),
      actorId: actorId(ctx.actor),
      actorName: actorLabel(ctx.actor),
      action: change.action,
      entityType: change.entityType,
      entityId: change.entityId,
      before: asStoredJson(change.before),
      after: asStoredJson(change.after),
      context: asStoredJson({ requestId: ctx.requestId, ip: ctx.ip ?? null, ...change.details }),
      prevHash: head.hash,
    };
    await insertEntry(db, { ...entry, hash: entryHash(entry) });
  });
}

export interface ChainReport {
  provinceCode: string;
  ok: boolean;
  /** Entries checked. */
  checked: number;
  head: { seq: number; hash: string } | null;
  /** The first entry found broken, and why. */
  brokenAt?: number;
  reason?: string;
}

/**
 * Walks the province's chain from the start: every seq present in order, every entry's
 * hash recomputed, each linked to the one before, and the last one equal to the head. An
 * edited entry, a removed one (even the newest) or a reordered one is reported.
 */
export async function verifyAuditChain(db: Executor, provinceCode: string, batch = 1000): Promise<ChainReport> {
  const head = (await findHead(db, provinceCode)) ?? null;
  let expectedSeq = 1;
  let prevHash = GENESIS_HASH;
  const fail = (seq: number, reason: string): ChainReport => ({ provinceCode, ok: false, checked: seq - 1, head, brokenAt: seq, reason });
  for (;;) {
    const rows = await entriesAfter(db, provinceCode, expectedSeq - 1, batch);
    for (const row of rows) {
      if (row.seq !== expectedSeq) return fail(expectedSeq, `entry ${expectedSeq} is missing`);
      if (row.prevHash !== prevHash) return fail(row.seq, `entry ${row.seq} does not link to entry ${row.seq - 1}`);
      const { hash, ...fields } = row;
      if (entryHash(fields) !== hash) return fail(row.seq, `entry ${row.seq} was changed after it was written`);
      prevHash = hash;
      expectedSeq += 1;
    }
    if (rows.length < batch) break;
  }
  const last = expectedSeq - 1;
  if ((head?.seq ?? 0) !== last || (head?.hash ?? GENESIS_HASH) !== prevHash) {
    return fail(last + 1, `the chain ends at entry ${last} but its head says ${head?.seq ?? 0}: entries were removed`);
  }
  return { provinceCode, ok: true, checked: last, head };
}
