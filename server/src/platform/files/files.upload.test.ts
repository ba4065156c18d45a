import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEMO_CITIZEN_LOGIN } from '../../../test/access.js';
import { startTestApp } from '../../../test/harness.js';
import type { CitizenActor } from '../auth/actor.js';
import { findUpload, getUpload } from './service.js';
import { samplePdf, sampleJpeg, samplePng, sha256Of, storedFiles, upload } from './test-upload.js';

const t = await startTestApp();
const citizen = await t.signIn(DEMO_CITIZEN_LOGIN);
const officer = await t.signIn('benthanh.motcua');

async function actorOf(username: string): Promise<CitizenActor> {
  const row = await t.db.selectFrom('accounts').select(['id', 'fullName', 'nationalId']).where('username', '=', username).executeTakeFirstOrThrow();
  return { kind: 'citizen', accountId: row.id, provinceCode: '79', username, fullName: row.fullName, nationalId: row.nationalId ?? '' };
}
const ctxOf = async (username: string) => ({ db: t.db, provinceCode: '79', actor: await actorOf(username), requestId: 'test', now: () => new Date() });

describe('uploading a file', () => {
  it('stores a PDF under its SHA-256 and answers what it is, keeping the Vietnamese name', async () => {
    const pdf = samplePdf();
    // Decomposed letters, as macOS sends them; kept composed (NFC).
    const response = await upload(t, citizen, { name: 'C:\\fakepath\\Giấy khai sinh.pdf'.normalize('NFD'), content: pdf, type: 'application/pdf' });
    expect(response.status).toBe(201);
    const sha256 = sha256Of(pdf);
    expect(response.body).toEqual({ sha256, size: pdf.length, mediaType: 'application/pdf', filename: 'Giấy khai sinh.pdf' });
    const path = join(t.config.dataDir, 'files', sha256.slice(0, 2), sha256.slice(2, 4), sha256);
    expect(readFileSync(path).equals(pdf)).toBe(true);
    expect(storedFiles(t).filter((f) => !f.startsWith('tmp'))).toContain(join(sha256.slice(0, 2), sha256.slice(2, 4), sha256));

    const ctx = await ctxOf(DEMO_CITIZEN_LOGIN);
    expect(await findUpload(ctx, sha256)).toMatchObject({ sha256, size: pdf.length, mediaType: 'application/pdf', filename: 'Giấy khai sinh.pdf', uploadedAt: expect.any(Date) });
  });

  it('goes by the content, not by the declared type or the extension', async () => {
    const png = samplePng();
    const response = await upload(t, citizen, { name: 'anh-chan-dung.pdf', content: png, type: 'application/pdf' });
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({ mediaType: 'image/png', filename: 'anh-chan-dung.pdf' });
    const jpeg = await upload(t, officer, { name: 'scan.bin', content: sampleJpeg() });
    expect(jpeg.body.mediaType).toBe('image/jpeg');
  });

  it('stores identical content once, and records each person who uploaded it', async () => {
    const pdf = samplePdf(10);
    const before = storedFiles(t).length;
    for (const [client, name] of [[citizen, 'a.pdf'], [citizen, 'b.pdf'], [officer, 'c.pdf']] as const) {
      const response = await upload(t, client, { name, content: pdf });
      expect(response.status).toBe(201);
      expect(response.body.sha256).toBe(sha256Of(pdf));
    }
    expect(storedFiles(t).length).toBe(before + 1);
    expect(storedFiles(t).some((f) => f.startsWith('tmp/'))).toBe(false);
    const rows = await t.db.selectFrom('fileObjects').select(['uploadedBy', 'originalName']).where('sha256', '=', sha256Of(pdf)).orderBy('createdAt').execute();
    expect(rows).toHaveLength(2);
    expect(rows[0]!.originalName).toBe('a.pdf');
  });

  it('lets a person find only the files they uploaded', async () => {
    const pdf = samplePdf(20);
    await upload(t, officer, { name: 'noi-bo.pdf', content: pdf });
    const ctx = await ctxOf(DEMO_CITIZEN_LOGIN);
    expect(await findUpload(ctx, sha256Of(pdf))).toBeUndefined();
    expect(await findUpload(ctx, 'not-a-hash')).toBeUndefined();
    await expect(getUpload(ctx, sha256Of(pdf))).rejects.toMatchObject({ slug: 'not-found' });
  });

  it('streams a larger file in many chunks and stores it whole', async () => {
    const pdf = samplePdf(3 * 1024 * 1024);
    const response = await upload(t, citizen, { name: 'ho-so-dia-chinh.pdf', content: pdf });
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({ sha256: sha256Of(pdf), size: pdf.length });
  });
});
