import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEMO_CITIZEN_LOGIN } from '../../../test/access.js';
import { startTestApp } from '../../../test/harness.js';
import { sampleExe, samplePdf, sampleZip, storedFiles, upload } from './test-upload.js';

const t = await startTestApp({ env: { MOTCUA_UPLOAD_LIMIT: '65536' } });
const citizen = await t.signIn(DEMO_CITIZEN_LOGIN);

/** A refusal must leave nothing: no file, no temporary file, no record. */
async function expectNothingStored(): Promise<void> {
  expect(storedFiles(t)).toEqual([]);
  expect(await t.db.selectFrom('fileObjects').select('sha256').execute()).toEqual([]);
}

describe('an upload that is refused', () => {
  it('is a program, an archive or text dressed up as a PDF: 415 naming what it is', async () => {
    const cases = [
      { content: sampleExe(), detected: 'application/x-msdownload' },
      // Large enough that the type is decided mid-stream, before the rest arrives.
      { content: Buffer.concat([sampleExe(), Buffer.alloc(50_000)]), detected: 'application/x-msdownload' },
      { content: sampleZip(), detected: 'application/zip' },
      { content: Buffer.from('Đơn đề nghị cấp giấy phép xây dựng — văn bản thuần'), detected: null },
    ];
    for (const { content, detected } of cases) {
      const response = await upload(t, citizen, { name: 'don-de-nghi.pdf', content, type: 'application/pdf' });
      expect(response.status).toBe(415);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(response.body).toMatchObject({ type: '/problems/unsupported-media-type', field: 'file', detectedType: detected });
      expect(response.body.message.vi).toMatch(/^Tệp «don-de-nghi\.pdf» .*Chỉ nhận tệp PDF, JPEG, PNG hoặc WebP/);
      expect(response.body.message.en).toMatch(/Only PDF, JPEG, PNG or WebP/);
      if (detected) expect(response.body.message.vi).toContain(detected);
      else expect(response.body.message.vi).toContain('không nhận ra');
    }
    await expectNothingStored();
  });

  it('is larger than MOTCUA_UPLOAD_LIMIT: 413, whether it says so up front or not', async () => {
    const exactly = samplePdf(65536 - samplePdf().length);
    expect((await upload(t, citizen, { name: 'vua-du.pdf', content: exactly })).status).toBe(201);
    await t.db.deleteFrom('fileObjects').execute();
    rmSync(join(t.config.dataDir, 'files'), { recursive: true, force: true });

    // One byte over: the envelope fits the allowance, so the limit is found while streaming.
    const over = await upload(t, citizen, { name: 'qua-lon.pdf', content: samplePdf(65537 - samplePdf().length) });
    expect(over.status).toBe(413);
    expect(over.body).toMatchObject({ type: '/problems/payload-too-large', field: 'file', limit: 65536 });
    expect(over.body.message.vi).toBe('Tệp vượt quá dung lượng cho phép (0,06 MB).');
    // Far over: refused from the Content-Length alone.
    const huge = await upload(t, citizen, { name: 'rat-lon.pdf', content: samplePdf(1024 * 1024) });
    expect(huge.status).toBe(413);
    await expectNothingStored();
  });

  it('comes from no one signed in (401), or without the CSRF token (403)', async () => {
    const anonymous = await upload(t, t.anonymous, { name: 'a.pdf', content: samplePdf() });
    expect(anonymous.status).toBe(401);
    const noCsrf = await upload(t, citizen.withoutCsrf(), { name: 'a.pdf', content: samplePdf() });
    expect(noCsrf.status).toBe(403);
    expect(noCsrf.body.type).toBe('/problems/csrf-failed');
    await expectNothingStored();
  });

  it('is not multipart, or has no field `file`', async () => {
    const json = await citizen.post('/api/v1/files', { file: 'JVBERi0xLjQ=' });
    expect(json.status).toBe(415);
    expect(json.body.message.vi).toContain('multipart/form-data');
    const wrongField = await upload(t, citizen, { name: 'a.pdf', content: samplePdf(), field: 'attachment' });
    expect(wrongField.status).toBe(400);
    expect(wrongField.body).toMatchObject({ type: '/problems/validation-failed', field: 'file' });
    await expectNothingStored();
  });
});
