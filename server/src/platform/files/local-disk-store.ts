import { randomUUID } from 'node:crypto';
import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { access, mkdir, open, rename, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { notFound } from '../errors.js';
import { text } from '../i18n.js';
import { SHA256_PATTERN, type FileStore, type StoredFile } from './file-store.js';

/**
 * Files on local disk under `<root>/<aa>/<bb>/<sha256>` (two levels of 256 folders keep
 * directories small). Content is written to `<root>/tmp/` first, flushed to disk, and only
 * then renamed to its final name — a rename within one file system is atomic, so a crash
 * never leaves a partial file under a content name. Leftovers in `tmp/` after a crash are
 * safe to delete.
 */
export class LocalDiskFileStore implements FileStore {
  constructor(readonly root: string) {}

  /** Where content with this SHA-256 is (or would be) stored. */
  pathOf(sha256: string): string {
    if (!SHA256_PATTERN.test(sha256)) throw new Error(`not a SHA-256: ${sha256}`);
    return join(this.root, sha256.slice(0, 2), sha256.slice(2, 4), sha256);
  }

  async put(content: Readable | Buffer): Promise<StoredFile> {
    const source = Buffer.isBuffer(content) ? Readable.from([content]) : content;
    const tmpDir = join(this.root, 'tmp');
    await mkdir(tmpDir, { recursive: true });
    const tmp = join(tmpDir, `${randomUUID()}.part`);
    const hash = createHash('sha256');
    let size = 0;
    const digest = new Transform({
      transform(chunk: Buffer, _encoding, callback) {
        hash.update(chunk);
        size += chunk.length;
        callback(null, chunk);
      },
    });
    try {
      await pipeline(source, digest, createWriteStream(tmp, { flags: 'wx' }));
      await flushToDisk(tmp);
      const sha256 = hash.digest('hex');
      const target = this.pathOf(sha256);
      if (await exists(target)) {
        await rm(tmp, { force: true });
      } else {
        await mkdir(dirname(target), { recursive: true });
        await rename(tmp, target);
      }
      return { sha256, size };
    } catch (error) {
      await rm(tmp, { force: true });
      throw error;
    }
  }

  async open(sha256: string): Promise<Readable> {
    if (!SHA256_PATTERN.test(sha256) || !(await this.has(sha256))) throw notFound(text('tệp', 'file'), sha256);
    return createReadStream(this.pathOf(sha256));
  }

  async has(sha256: string): Promise<boolean> {
    return SHA256_PATTERN.test(sha256) && exists(this.pathOf(sha256));
  }
}

/** fsync before the rename: otherwise a power cut can leave the new name pointing at an empty file. */
async function flushToDisk(path: string): Promise<void> {
  const handle = await open(path, 'r+');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}
