import type { Executor } from '../db/database.js';

/** One row of `file_objects`: one uploader of one content. */
export interface FileObjectRow {
  provinceCode: string;
  sha256: string;
  uploadedBy: string;
  uploadedById: string | null;
  size: number;
  mediaType: string;
  originalName: string;
  createdAt: Date;
}

/** Records an upload; the same person uploading the same content again keeps the first record. */
export async function insertFileObject(db: Executor, row: FileObjectRow): Promise<void> {
  await db
    .insertInto('fileObjects')
    .values(row)
    .onConflict((oc) => oc.columns(['provinceCode', 'sha256', 'uploadedBy']).doNothing())
    .execute();
}

/** The record of this uploader having uploaded this content, if any. */
export async function findFileObject(db: Executor, provinceCode: string, sha256: string, uploadedBy: string): Promise<FileObjectRow | undefined> {
  return db
    .selectFrom('fileObjects')
    .selectAll()
    .where('provinceCode', '=', provinceCode)
    .where('sha256', '=', sha256)
    .where('uploadedBy', '=', uploadedBy)
    .executeTakeFirst();
}
