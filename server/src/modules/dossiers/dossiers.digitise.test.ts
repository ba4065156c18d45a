import { describe, expect, it } from 'vitest';
import { copyCertification } from '../../../test/dossier-fixtures.js';
import { startTestApp } from '../../../test/harness.js';
import { samplePdf, upload } from '../../platform/files/test-upload.js';

const t = await startTestApp();
const desk = await t.signIn('benthanh.motcua');
const specialist = await t.signIn('benthanh.chuyenvien');

describe('digitising a paper component (số hóa)', () => {
  let scan = '';

  it('attaches the scan to the component and records it in the history', async () => {
    const d = (await desk.post('/api/v1/dossiers', copyCertification())).body;
    scan = (await upload(t, desk, { name: 'ban-chinh-bang-tot-nghiep.pdf', type: 'application/pdf', content: samplePdf(512) })).body.sha256;
    const digitised = await desk.post(`/api/v1/dossiers/${d.id}/components/ban-chinh/digitise`, { files: [scan] });
    expect(digitised.status).toBe(200);
    expect(digitised.body.components.find((c: { key: string }) => c.key === 'ban-chinh')).toMatchObject({ files: [scan] });
    expect(digitised.body.history.at(-1)).toMatchObject({ action: 'digitised', actionName: { vi: 'Số hóa thành phần hồ sơ' } });
  });

  it('lets the next dossier of the same person take the scan instead of the paper', async () => {
    const next = await desk.post('/api/v1/dossiers', copyCertification({ components: [{ key: 'ban-chinh', fromRecord: 'scan.ban-chinh' }] }));
    expect(next.status).toBe(201);
    expect(next.body.components.find((c: { key: string }) => c.key === 'ban-chinh')).toMatchObject({ fromRecord: 'scan.ban-chinh', files: [scan], paper: false });
  });

  it('does not give one person’s scan to someone else', async () => {
    const stranger = copyCertification({ applicant: { type: 'person', fullName: 'Phan Văn Đức', nationalId: '079088009999' }, components: [{ key: 'ban-chinh', fromRecord: 'scan.ban-chinh' }] });
    const refused = await desk.post('/api/v1/dossiers', stranger);
    expect(refused.status).toBe(400);
    expect(refused.body.errors[0]).toMatchObject({ field: 'components/0/fromRecord', message: { vi: expect.stringContaining('scan.ban-chinh') } });
  });

  it('refuses unknown components and files the officer did not upload', async () => {
    const d = (await desk.post('/api/v1/dossiers', copyCertification())).body;
    const unknown = await desk.post(`/api/v1/dossiers/${d.id}/components/khong-co/digitise`, { files: [scan] });
    expect(unknown.status).toBe(404);
    const othersFile = await specialist.post(`/api/v1/dossiers/${d.id}/components/ban-chinh/digitise`, { files: [scan] });
    expect(othersFile.status).toBe(400);
    expect(othersFile.body.errors[0].field).toBe('files/0');
    const empty = await desk.post(`/api/v1/dossiers/${d.id}/components/ban-chinh/digitise`, { files: [] });
    expect(empty.status).toBe(400);
    expect(empty.body.errors[0].field).toBe('files');
  });
});
