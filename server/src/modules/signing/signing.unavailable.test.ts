import { describe, expect, it } from 'vitest';
import { copyCertification } from '../../../test/dossier-fixtures.js';
import { startTestApp } from '../../../test/harness.js';
import { registerRemoteKey } from './keys-service.js';
import { createCertificateAuthority, issueAgencyCertificate } from './pki/certificates.js';

/**
 * An agency whose key sits with a remote signing service that does not answer: the desk
 * asking for the receipt is told so (503, in Vietnamese and English), and nothing is signed.
 */
const now = new Date('2026-11-24T09:00:00+07:00');
const t = await startTestApp({ now: () => now, env: { MOTCUA_SESSION_IDLE_MINUTES: '1440' } });
const desk = await t.signIn('benthanh.motcua');

describe('a remote signing service that does not answer', () => {
  it('makes the receipt route answer 503 with what happened, and leaves the receipt unsigned', async () => {
    const operator = { db: t.db, provinceCode: t.config.provinceCode, actor: { kind: 'system' as const, name: 'pki' }, requestId: 'test:pki', now: () => now };
    const ca = createCertificateAuthority('Nhà cung cấp ký số từ xa (thử nghiệm)', now);
    const issued = issueAgencyCertificate(ca, { agencyCode: '26743.TTPVHCC', agencyName: 'Trung tâm Phục vụ hành chính công phường Bến Thành', provinceName: 'Thành phố Hồ Chí Minh' }, now);
    // Port 9 (discard): nothing listens there.
    await registerRemoteKey(operator, '26743.TTPVHCC', issued.certPem, 'http://127.0.0.1:9', 'ben-thanh-1');

    const d = (await desk.post('/api/v1/dossiers', copyCertification())).body;
    const receipt = await desk.get(`/api/v1/dossiers/${d.id}/receipt.pdf`);
    expect(receipt.status).toBe(503);
    expect(receipt.headers['content-type']).toContain('application/problem+json');
    expect(receipt.body.message).toEqual({
      vi: expect.stringContaining('Dịch vụ ký số từ xa không trả lời được'),
      en: expect.stringContaining('The remote signing service did not answer'),
    });
    // The list holds signed documents only.
    expect((await desk.get(`/api/v1/dossiers/${d.id}/documents`)).body).toEqual([]);
  });
});
