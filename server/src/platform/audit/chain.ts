import { createHash } from 'node:crypto';
import stringify from 'safe-stable-stringify';

/** The `prev_hash` of the first entry of every province's chain. */
export const GENESIS_HASH = '0'.repeat(64);

/** The fields of an audit entry that its hash covers — all of them. */
export interface ChainedEntry {
  provinceCode: string;
  seq: number;
  occurredAt: Date;
  actorId: string | null;
  actorName: string;
  action: string;
  entityType: string;
  entityId: string;
  before: unknown;
  after: unknown;
  context: unknown;
  prevHash: string;
}

/**
 * SHA-256 over the canonical JSON (sorted keys) of the entry, including the previous
 * entry's hash: changing or removing any entry breaks every hash after it.
 */
export function entryHash(entry: ChainedEntry): string {
  const canonical = stringify({ ...entry, occurredAt: entry.occurredAt.toISOString() });
  return createHash('sha256').update(canonical ?? '').digest('hex');
}

/** A JSON value as the database will return it (Dates become strings, undefined drops). */
export function asStoredJson(value: unknown): unknown {
  return value === undefined ? null : JSON.parse(JSON.stringify(value));
}
