import { constants, privateEncrypt, X509Certificate } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { PDFDocument } from 'pdf-lib';
import { afterAll, describe, expect, it } from 'vitest';
import { nssDatabaseTrusting, pdfsig } from '../../../test/pki-tools.js';
import { signPdf } from './pades.js';
import { createCertificateAuthority, issueAgencyCertificate } from './pki/certificates.js';
import { RemoteSigner } from './signer.js';
import { checkPdfSignature } from './verify.js';

/*
 * A remote signing service as a hardware-token gateway would be (docs/signing.md §3): it
 * holds the key, never sends it, and signs a SHA-256 digest for a bearer of the token.
 */
const now = new Date();
const ca = createCertificateAuthority('Thành phố Hồ Chí Minh', now);
const agencyKey = issueAgencyCertificate(ca, { agencyCode: '79.STP', agencyName: 'Sở Tư pháp', provinceName: 'Thành phố Hồ Chí Minh' }, now);
const TOKEN = 'token-of-the-gateway';
const KEY_ID = 'stp-2026';
/** DER prefix of a PKCS#1 v1.5 DigestInfo for SHA-256 (RFC 8017 §9.2, note 1). */
const SHA256_DIGEST_INFO = Buffer.from('3031300d060960864801650304020105000420', 'hex');
const requests: string[] = [];

function answer(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
}

async function service(req: IncomingMessage, res: ServerResponse): Promise<void> {
  requests.push(`${req.method} ${req.url}`);
  if (req.headers.authorization !== `Bearer ${TOKEN}`) return answer(res, 401, { error: 'unauthorised' });
  const url = new URL(req.url ?? '/', 'http://gateway');
  if (req.method === 'GET' && url.pathname === '/certificates') {
    if (url.searchParams.get('keyId') !== KEY_ID) return answer(res, 404, { error: 'no such key' });
    const der = (pem: string) => new X509Certificate(pem).raw.toString('base64');
    return answer(res, 200, { certificates: [der(agencyKey.certPem), der(ca.certPem)] });
  }
  if (req.method === 'POST' && url.pathname === '/sign') {
    let raw = '';
    for await (const chunk of req) raw += chunk;
    const body = JSON.parse(raw) as { keyId: string; algorithm: string; digest: string };
    if (body.keyId !== KEY_ID || body.algorithm !== 'RSASSA-PKCS1-v1_5-SHA256') return answer(res, 400, { error: 'unsupported' });
    const digestInfo = Buffer.concat([SHA256_DIGEST_INFO, Buffer.from(body.digest, 'base64')]);
    const signature = privateEncrypt({ key: agencyKey.keyPem, padding: constants.RSA_PKCS1_PADDING }, digestInfo);
    return answer(res, 200, { signature: signature.toString('base64') });
  }
  answer(res, 404, { error: 'not found' });
}

const gateway = createServer((req, res) => void service(req, res));
await new Promise<void>((resolve) => gateway.listen(0, '127.0.0.1', resolve));
const gatewayUrl = `http://127.0.0.1:${(gateway.address() as AddressInfo).port}`;
afterAll(() => new Promise<void>((resolve) => gateway.close(() => resolve())));

async function blankPage(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.addPage([595, 842]);
  return doc.save();
}

const details = { name: 'Sở Tư pháp', reason: 'Phiếu lý lịch tư pháp', location: 'Thành phố Hồ Chí Minh', signingTime: now };

describe('a document signed through a remote signing service', () => {
  it('asks for the chain once and a signature of the digest, and the result verifies here and in pdfsig', async () => {
    const signer = new RemoteSigner({ url: gatewayUrl, keyId: KEY_ID, token: TOKEN });
    const pdf = await signPdf(await blankPage(), signer, details);
    expect(requests).toEqual([`GET /certificates?keyId=${KEY_ID}`, 'POST /sign']);
    expect(checkPdfSignature(pdf, [ca.certPem])).toMatchObject({ valid: true, trusted: true, unchanged: true, problems: [] });
    const report = pdfsig(pdf, nssDatabaseTrusting(ca.certPem));
    expect(report).toMatchObject({ signatureValid: true, certificateTrusted: true });
    expect(report.output).toContain('Sở Tư pháp');
  });

  it('fails with the service’s answer when the token is wrong, and signs nothing', async () => {
    const signer = new RemoteSigner({ url: gatewayUrl, keyId: KEY_ID, token: 'stolen?' });
    const failed = signPdf(await blankPage(), signer, details);
    await expect(failed).rejects.toMatchObject({ status: 503, detail: { vi: expect.stringContaining('Dịch vụ ký số từ xa không trả lời được (certificates: HTTP 401)'), en: expect.stringContaining('(certificates: HTTP 401)') } });
  });

  it('says the service cannot be reached when nothing answers at its address', async () => {
    const signer = new RemoteSigner({ url: 'http://127.0.0.1:9', keyId: KEY_ID, token: TOKEN });
    await expect(signPdf(await blankPage(), signer, details)).rejects.toMatchObject({ status: 503, detail: { en: expect.stringContaining('The remote signing service did not answer (certificates: fetch failed)') } });
  });
});
