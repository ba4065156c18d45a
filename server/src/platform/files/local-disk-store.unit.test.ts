import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { text } from 'node:stream/consumers';
import { afterEach, describe, expect, it } from 'vitest';
import { LocalDiskFileStore } from './local-disk-store.js';

const roots: string[] = [];
function newStore(): LocalDiskFileStore {
  const root = mkdtempSync(join(tmpdir(), 'motcua-files-'));
  roots.push(root);
  return new LocalDiskFileStore(root);
}
afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

describe('the local disk file store', () => {
  it('names content by its SHA-256 under two levels of folders, and reads it back', async () => {
    const store = newStore();
    const content = Buffer.from('Quyết định số 01/QĐ-UBND');
    const sha256 = createHash('sha256').update(content).digest('hex');
    expect(await store.put(content)).toEqual({ sha256, size: content.length });
    expect(store.pathOf(sha256)).toBe(join(store.root, sha256.slice(0, 2), sha256.slice(2, 4), sha256));
    expect(readFileSync(store.pathOf(sha256)).equals(content)).toBe(true);
    expect(await store.has(sha256)).toBe(true);
    expect(await text(await store.open(sha256))).toBe('Quyết định số 01/QĐ-UBND');
    expect(await store.put(Readable.from([content]))).toEqual({ sha256, size: content.length });
    expect(readdirSync(join(store.root, 'tmp'))).toEqual([]);
  });

  it('keeps nothing of a source that fails halfway', async () => {
    const store = newStore();
    const failing = new Readable({
      read() {
        this.push(Buffer.alloc(64 * 1024, 1));
        this.destroy(new Error('client went away'));
      },
    });
    await expect(store.put(failing)).rejects.toThrow('client went away');
    expect(readdirSync(store.root)).toEqual(['tmp']);
    expect(readdirSync(join(store.root, 'tmp'))).toEqual([]);
  });

  it('answers not-found for content it does not hold', async () => {
    const store = newStore();
    expect(await store.has('0'.repeat(64))).toBe(false);
    expect(await store.has('../../etc/passwd')).toBe(false);
    await expect(store.open('0'.repeat(64))).rejects.toMatchObject({ slug: 'not-found' });
  });
});
