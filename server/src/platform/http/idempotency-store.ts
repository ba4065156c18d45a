import type { Executor } from '../db/database.js';

export interface IdempotencyRecord {
  requestHash: string;
  statusCode: number;
  response: unknown;
}

export interface IdempotencyKeyRef {
  provinceCode: string;
  actor: string;
  key: string;
}

/**
 * Claims a key. If another transaction holds the same key uncommitted, PostgreSQL makes
 * this insert wait for it; afterwards the claim fails and the stored answer is replayed.
 */
export async function claimKey(trx: Executor, ref: IdempotencyKeyRef, method: string, route: string, requestHash: string): Promise<boolean> {
  const claimed = await trx
    .insertInto('idempotencyKeys')
    .values({ ...ref, method, route, requestHash, statusCode: 0, response: JSON.stringify(null) })
    .onConflict((oc) => oc.columns(['provinceCode', 'actor', 'key']).doNothing())
    .returning('key')
    .executeTakeFirst();
  return claimed !== undefined;
}

export async function findKey(db: Executor, ref: IdempotencyKeyRef): Promise<IdempotencyRecord | undefined> {
  return db
    .selectFrom('idempotencyKeys')
    .select(['requestHash', 'statusCode', 'response'])
    .where('provinceCode', '=', ref.provinceCode)
    .where('actor', '=', ref.actor)
    .where('key', '=', ref.key)
    .executeTakeFirst();
}

export async function completeKey(trx: Executor, ref: IdempotencyKeyRef, statusCode: number, response: unknown): Promise<void> {
  await trx
    .updateTable('idempotencyKeys')
    .set({ statusCode, response: JSON.stringify(response ?? null) })
    .where('provinceCode', '=', ref.provinceCode)
    .where('actor', '=', ref.actor)
    .where('key', '=', ref.key)
    .execute();
}

/** Forgets keys older than `before`; clients retry within minutes, not days. */
export async function purgeKeys(db: Executor, before: Date): Promise<number> {
  const result = await db.deleteFrom('idempotencyKeys').where('createdAt', '<', before).executeTakeFirst();
  return Number(result.numDeletedRows);
}
