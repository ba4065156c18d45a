import { join } from 'node:path';
import { pipeline, type Readable } from 'node:stream';
import type { Actor } from '../auth/actor.js';
import type { Config } from '../config.js';
import type { ServiceContext } from '../context.js';
import { notFound, unauthenticated } from '../errors.js';
import { text } from '../i18n.js';
import { SHA256_PATTERN, type FileStore } from './file-store.js';
import { cleanFilename } from './filename.js';
import { LocalDiskFileStore } from './local-disk-store.js';
import { SizeLimit } from './size-limit.js';
import { TypeSniffer, type AcceptedType } from './sniff.js';
import { findFileObject, insertFileObject } from './store.js';

/** Where uploads go and how large they may be. */
export interface UploadSettings {
  store: FileStore;
  limit: number;
}

/** The deployment's file store: local disk under `<MOTCUA_DATA_DIR>/files`. */
export function uploadSettings(config: Pick<Config, 'dataDir' | 'uploadLimit'>): UploadSettings {
  return { store: new LocalDiskFileStore(join(config.dataDir, 'files')), limit: config.uploadLimit };
}

export interface NewUpload {
  /** The name the client gave; kept (cleaned) for display, never trusted for the type. */
  filename: string | undefined;
  /** The type the client declared; ignored, as the content decides. */
  declaredType?: string | undefined;
  stream: Readable;
}

/** An upload as answered to its uploader. */
export interface Upload {
  sha256: string;
  size: number;
  mediaType: string;
  filename: string;
}

/**
 * Stores an uploaded file: streams it through the size limit and the type check to the
 * store, then records who uploaded it. No transaction is held while the bytes arrive
 * (on PGlite that would stop every other request). A refused file leaves nothing behind.
 * Uploading the same content again is harmless: the bytes are stored once.
 */
export async function saveUpload(ctx: ServiceContext, upload: NewUpload, settings: UploadSettings): Promise<Upload & { mediaType: AcceptedType }> {
  const uploader = uploaderOf(ctx.actor);
  const filename = cleanFilename(upload.filename);
  const sniffer = new TypeSniffer(filename);
  // Errors anywhere (too large, wrong type, client gone) destroy the whole chain, so the
  // store sees its source fail and removes its temporary file.
  const checked = pipeline(upload.stream, new SizeLimit(settings.limit), sniffer, () => {});
  const stored = await settings.store.put(checked);
  const mediaType: AcceptedType = sniffer.mediaType!;
  await insertFileObject(ctx.db, {
    provinceCode: ctx.provinceCode,
    sha256: stored.sha256,
    uploadedBy: uploader.key,
    uploadedById: uploader.accountId,
    size: stored.size,
    mediaType,
    originalName: filename,
    createdAt: ctx.now(),
  });
  return { sha256: stored.sha256, size: stored.size, mediaType, filename };
}

/**
 * The file with this SHA-256 as uploaded by the actor of `ctx`, or undefined: what other
 * modules use to let a person reference only files they uploaded themselves.
 */
export async function findUpload(ctx: ServiceContext, sha256: string): Promise<(Upload & { uploadedAt: Date }) | undefined> {
  if (!SHA256_PATTERN.test(sha256)) return undefined;
  const row = await findFileObject(ctx.db, ctx.provinceCode, sha256, uploaderOf(ctx.actor).key);
  return row && { sha256: row.sha256, size: row.size, mediaType: row.mediaType, filename: row.originalName, uploadedAt: row.createdAt };
}

/** Like `findUpload`, but a missing file is a 404 problem. */
export async function getUpload(ctx: ServiceContext, sha256: string): Promise<Upload & { uploadedAt: Date }> {
  const upload = await findUpload(ctx, sha256);
  if (!upload) throw notFound(text('tệp đã tải lên', 'uploaded file'), sha256);
  return upload;
}

/** How an uploader is recorded: an account by its id; the system (imports, jobs) by its name. */
function uploaderOf(actor: Actor): { key: string; accountId: string | null } {
  switch (actor.kind) {
    case 'staff':
    case 'citizen':
      return { key: `account:${actor.accountId}`, accountId: actor.accountId };
    case 'system':
      return { key: `system:${actor.name}`, accountId: null };
    case 'anonymous':
      throw unauthenticated();
  }
}
