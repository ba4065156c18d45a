import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nssDatabaseTrusting, opensslCmsVerify, pdfsig, startTimeStampingAuthority } from '../../../test/pki-tools.js';
import { signPdf } from './pades.js';
import { renderOfficialDocument } from './pdf/official-document.js';
import { createCertificateAuthority, issueAgencyCertificate, toPkcs12, type KeyPair } from './pki/certificates.js';
import { Pkcs12Signer } from './signer.js';
import { httpTimeStamper } from './tsa.js';
import { checkPdfSignature } from './verify.js';

const now = new Date();
const ca = createCertificateAuthority('Thành phố Hồ Chí Minh', now);
const agency = { agencyCode: '27664.UBND', agencyName: 'Ủy ban nhân dân xã Cần Giờ', provinceName: 'Thành phố Hồ Chí Minh' };
const nss = nssDatabaseTrusting(ca.certPem);

const signerOf = (pair: KeyPair, chain: string[]) => new Pkcs12Signer(toPkcs12(pair, chain, 'test-pass', agency.agencyName), 'test-pass');

async function unsignedExtract(): Promise<Uint8Array> {
  return renderOfficialDocument({
    issuer: { name: 'ỦY BAN NHÂN DÂN XÃ CẦN GIỜ' },
    number: 'Số: 07/TLKS',
    place: 'Xã Cần Giờ',
    date: now,
    title: 'Giấy khai sinh',
    body: [
      { kind: 'field', label: 'Họ, chữ đệm, tên', value: 'Nguyễn Minh Khang' },
      { kind: 'field', label: 'Nơi sinh', value: 'Bệnh viện Từ Dũ, Thành phố Hồ Chí Minh' },
    ],
    signatures: [{ title: 'TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH', note: '(Ký số)' }],
  });
}

async function signedBy(pair: KeyPair, chain: string[], signingTime = now, timeStamper?: ReturnType<typeof httpTimeStamper>): Promise<Buffer> {
  return signPdf(await unsignedExtract(), signerOf(pair, chain), {
    name: agency.agencyName,
    reason: 'Giấy khai sinh — hồ sơ 26743.TTPVHCC-261124-0001',
    location: 'Xã Cần Giờ',
    signingTime,
    ...(timeStamper ? { timeStamper } : {}),
  });
}

/** Changes one character of the document's text content (inside the signed range). */
function tamper(pdf: Buffer): Buffer {
  const copy = Buffer.from(pdf);
  const at = copy.indexOf('/Producer');
  expect(at).toBeGreaterThan(0);
  copy[at + 12] = copy[at + 12] === 0x41 ? 0x42 : 0x41;
  return copy;
}

describe('a PAdES signature made with an agency certificate of the test CA', () => {
  const agencyKey = issueAgencyCertificate(ca, agency, now);
  let pdf: Buffer;
  beforeAll(async () => {
    pdf = await signedBy(agencyKey, [ca.certPem]);
  });

  it('is valid and trusted for our verifier, naming the agency', () => {
    const check = checkPdfSignature(pdf, [ca.certPem]);
    expect(check).toMatchObject({ valid: true, coversWholeFile: true, unchanged: true, signatureVerifies: true, trusted: true, problems: [] });
    expect(check.signer?.commonName).toBe('Ủy ban nhân dân xã Cần Giờ');
    expect(new Date(check.signingTime!).getTime()).toBe(Math.floor(now.getTime() / 1000) * 1000);
  });

  it('is valid for poppler’s pdfsig, and trusted once the CA is in its certificate store', () => {
    const report = pdfsig(pdf, nss);
    expect(report.output).toContain('Ủy ban nhân dân xã Cần Giờ');
    expect(report.output).toContain('ETSI.CAdES.detached');
    expect(report.signatureValid).toBe(true);
    expect(report.certificateTrusted).toBe(true);
  });

  it('verifies with openssl cms against the CA', () => {
    const result = opensslCmsVerify(pdf, ca.certPem);
    expect(result.output).toContain('Verification successful');
    expect(result.ok).toBe(true);
  });

  it('is reported changed by our verifier, pdfsig and openssl when one byte changes', () => {
    const changed = tamper(pdf);
    const check = checkPdfSignature(changed, [ca.certPem]);
    expect(check.valid).toBe(false);
    expect(check.unchanged).toBe(false);
    expect(check.problems.map((p) => p.code)).toContain('changed');
    expect(check.problems[0]!.message.vi).toBe('Văn bản đã bị thay đổi sau khi ký.');
    const report = pdfsig(changed, nss);
    expect(report.signatureValid).toBe(false);
    expect(report.output).toMatch(/Digest Mismatch/);
    expect(opensslCmsVerify(changed, ca.certPem).ok).toBe(false);
  });

  it('is reported not covering the file when something is appended after signing', () => {
    const extended = Buffer.concat([pdf, Buffer.from('\n% appended\n')]);
    const check = checkPdfSignature(extended, [ca.certPem]);
    expect(check).toMatchObject({ valid: false, coversWholeFile: false });
  });

  it('is not trusted by a verifier that trusts another CA only', () => {
    const other = createCertificateAuthority('Tỉnh khác', now);
    const check = checkPdfSignature(pdf, [other.certPem]);
    expect(check).toMatchObject({ valid: false, unchanged: true, signatureVerifies: true, trusted: false });
    expect(check.problems.map((p) => p.code)).toEqual(['untrusted-signer']);
    expect(pdfsig(pdf, nssDatabaseTrusting(other.certPem)).certificateTrusted).toBe(false);
  });
});

describe('signatures that must not be accepted', () => {
  it('a certificate issued by an unknown CA in the name of the agency', async () => {
    const impostorCa = createCertificateAuthority('Thành phố Hồ Chí Minh', now);
    const pdf = await signedBy(issueAgencyCertificate(impostorCa, agency, now), [impostorCa.certPem]);
    const check = checkPdfSignature(pdf, [ca.certPem]);
    expect(check.valid).toBe(false);
    expect(check.signer?.commonName).toBe('Ủy ban nhân dân xã Cần Giờ');
    expect(check.problems.map((p) => p.code)).toEqual(['untrusted-signer']);
    expect(pdfsig(pdf, nss).certificateTrusted).toBe(false);
  });

  it('a certificate that had expired when the document was signed', async () => {
    const fourYearsAgo = new Date(now.getTime() - 4 * 365 * 86_400_000);
    const expired = issueAgencyCertificate(ca, agency, fourYearsAgo, 3);
    const pdf = await signedBy(expired, [ca.certPem], now);
    const check = checkPdfSignature(pdf, [ca.certPem]);
    expect(check).toMatchObject({ valid: false, unchanged: true, signatureVerifies: true, trusted: false });
    expect(check.problems.map((p) => p.code)).toEqual(['certificate-not-valid']);
    expect(pdfsig(pdf, nss).certificateTrusted).toBe(false);
  });

  it('a file that is not signed at all', async () => {
    const check = checkPdfSignature(Buffer.from(await unsignedExtract()), [ca.certPem]);
    expect(check).toMatchObject({ valid: false, signer: null });
    expect(check.problems.map((p) => p.code)).toEqual(['no-signature']);
  });
});

describe('a signature time-stamped by an RFC 3161 authority (PAdES B-T)', () => {
  let tsa: Awaited<ReturnType<typeof startTimeStampingAuthority>>;
  beforeAll(async () => {
    tsa = await startTimeStampingAuthority(ca);
  });
  afterAll(async () => tsa.close());

  it('carries a token the verifier checks, and its time decides the certificate’s validity', async () => {
    const pdf = await signedBy(issueAgencyCertificate(ca, agency, now), [ca.certPem], now, httpTimeStamper(tsa.url));
    expect(tsa.requests()).toBe(1);
    const check = checkPdfSignature(pdf, [ca.certPem]);
    expect(check).toMatchObject({ valid: true, timeStamped: true, problems: [] });
    expect(Math.abs(new Date(check.timeStampTime!).getTime() - Date.now())).toBeLessThan(60_000);
    expect(pdfsig(pdf, nss).signatureValid).toBe(true);
    expect(opensslCmsVerify(pdf, ca.certPem).ok).toBe(true);
  });

  it('is refused when the authority is not trusted', async () => {
    const pdf = await signedBy(issueAgencyCertificate(ca, agency, now), [ca.certPem], now, httpTimeStamper(tsa.url));
    const otherCa = createCertificateAuthority('Tỉnh khác', now);
    // Both the agency and the authority are certified by `ca`; a verifier trusting another CA trusts neither.
    const check = checkPdfSignature(pdf, [otherCa.certPem]);
    expect(check.valid).toBe(false);
    expect(check.problems.map((p) => p.code)).toEqual(['untrusted-time-stamp', 'untrusted-signer']);
  });
});
