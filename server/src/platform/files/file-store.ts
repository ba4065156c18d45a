import type { Readable } from 'node:stream';

/** What a store answers for stored content: its SHA-256 (lowercase hex) and size in bytes. */
export interface StoredFile {
  sha256: string;
  size: number;
}

/**
 * Content-addressed storage of file bytes: content is named by its SHA-256, so identical
 * content is stored once and a name always means the same bytes. Metadata (who uploaded
 * what, under which name) lives in the database. The local-disk store is the default;
 * an S3-compatible one can implement the same interface.
 */
export interface FileStore {
  /**
   * Stores content, streaming it (constant memory). Nothing is kept under the content's
   * name unless all of it was received: if the source fails, the write is abandoned and
   * the error rethrown.
   */
  put(content: Readable | Buffer): Promise<StoredFile>;
  /** Reads stored content; rejects with a not-found problem when there is none. */
  open(sha256: string): Promise<Readable>;
  has(sha256: string): Promise<boolean>;
}

/** A SHA-256 as stored and accepted: 64 lowercase hex digits. */
export const SHA256_PATTERN = /^[0-9a-f]{64}$/;
