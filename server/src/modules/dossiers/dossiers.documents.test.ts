import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEMO_CITIZEN_LOGIN } from '../../../test/access.js';
import { birthAtCounter, copyCertification, funeralSupport } from '../../../test/dossier-fixtures.js';
import { startTestApp } from '../../../test/harness.js';
import { nssDatabaseTrusting, pdfsig, pdfText } from '../../../test/pki-tools.js';
import { runDueJobs } from '../../platform/jobs/index.js';
import { importKey, listKeys } from '../signing/keys-service.js';
import { createCertificateAuthority, issueAgencyCertificate, toPkcs12 } from '../signing/pki/certificates.js';
import { signingSettings } from '../signing/settings.js';
import { dossierDocumentJobs } from './jobs.js';

/** Tuesday 24 November 2026, 09:00 in Vietnam. */
let now = new Date('2026-11-24T09:00:00+07:00');
const t = await startTestApp({ now: () => now, env: { MOTCUA_SESSION_IDLE_MINUTES: '1440', MOTCUA_PUBLIC_URL: 'https://dichvucong.tphcm.example.vn' } });
const desk = await t.signIn('benthanh.motcua');
const cangioSpecialist = await t.signIn('cangio.chuyenvien');
const cangioLeader = await t.signIn('cangio.lanhdao');
const benthanhSpecialist = await t.signIn('benthanh.chuyenvien');
const benthanhLeader = await t.signIn('benthanh.lanhdao');
const benthanhClerk = await t.signIn('benthanh.vanthu');
const citizen = await t.signIn(DEMO_CITIZEN_LOGIN);
const registry = dossierDocumentJobs(signingSettings(t.config));

/** Signs what the actions asked for, as the job runner does in the background. */
const signPending = () => runDueJobs(t.db, registry, { limit: 50, now: () => now });

interface Doc {
  id: string;
  kind: string;
  title: string;
  number: string | null;
  issuerAgencyCode: string;
  verifyUrl: string;
  sha256: string;
}

async function documents(id: string): Promise<Doc[]> {
  const response = await desk.get(`/api/v1/dossiers/${id}/documents`);
  expect(response.status).toBe(200);
  return response.body;
}

async function pdfOf(client: typeof desk, dossierId: string, documentId: string): Promise<Buffer> {
  const response = await client.get(`/api/v1/dossiers/${dossierId}/documents/${documentId}`);
  expect(response.status).toBe(200);
  expect(response.headers['content-type']).toBe('application/pdf');
  return response.bytes;
}

/** The local CA that `motcua pki init` (or the first signature) created for this app. */
const caPem = (): string => readFileSync(join(t.config.dataDir, 'pki', 'ca.cert.pem'), 'utf8');

async function process(id: string, specialist: typeof desk, leader: typeof desk): Promise<void> {
  expect((await specialist.post(`/api/v1/dossiers/${id}/complete-step`, {})).status).toBe(200);
  expect((await leader.post(`/api/v1/dossiers/${id}/approve`, {})).status).toBe(200);
}

describe('a birth registration: receipt at the desk, signed birth certificate from the commune', () => {
  let id = '';
  let code = '';
  let receipt: Doc;
  let receiptPdf: Buffer;

  it('gives the applicant a signed receipt and appointment slip with the lookup QR', async () => {
    const d = (await desk.post('/api/v1/dossiers', birthAtCounter())).body;
    ({ id, code } = d);
    expect(await signPending()).toBeGreaterThan(0);
    receipt = (await documents(id))[0]!;
    expect(receipt).toMatchObject({ kind: 'receipt', title: 'Giấy tiếp nhận hồ sơ và hẹn trả kết quả', issuerAgencyCode: '26743.TTPVHCC' });
    receiptPdf = await pdfOf(desk, id, receipt.id);
    const text = pdfText(receiptPdf);
    expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(text).toContain('Độc lập - Tự do - Hạnh phúc');
    expect(text).toContain('GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ');
    expect(text).toContain(`Mã hồ sơ: ${code}`);
    expect(text).toContain('Nguyễn Văn An');
    expect(text).toContain('Đăng ký khai sinh');
    expect(text).toMatch(/17 giờ 00 phút, ngày 24\/11\/2026/);
    expect(text).toContain(`https://dichvucong.tphcm.example.vn/tra-cuu/${encodeURIComponent(code)}`);
  });

  it('is signed so that poppler’s pdfsig finds it valid and, trusting the platform’s CA, trusted', () => {
    const report = pdfsig(receiptPdf, nssDatabaseTrusting(caPem()));
    expect(report.output).toContain('Trung tâm Phục vụ hành chính công phường Bến Thành');
    expect(report.signatureValid).toBe(true);
    expect(report.certificateTrusted).toBe(true);
  });

  it('hands the same receipt again on the print route, without signing a second one', async () => {
    const printed = await desk.get(`/api/v1/dossiers/${id}/receipt.pdf`);
    expect(printed.status).toBe(200);
    expect(printed.bytes.equals(receiptPdf)).toBe(true);
    expect(await documents(id)).toHaveLength(1);
  });

  it('issues the birth certificate signed by Xã Cần Giờ when the leader approves, numbered in its series', async () => {
    now = new Date('2026-11-24T10:30:00+07:00');
    await process(id, cangioSpecialist, cangioLeader);
    await signPending();
    const result = (await documents(id)).find((d) => d.kind === 'result')!;
    expect(result).toMatchObject({ issuerAgencyCode: '27664.UBND', title: 'Giấy khai sinh', number: '01/GKS' });
    const pdf = await pdfOf(desk, id, result.id);
    const text = pdfText(pdf);
    expect(text).toContain('ỦY BAN NHÂN DÂN XÃ CẦN GIỜ');
    expect(text).toContain('GIẤY KHAI SINH');
    expect(text).toContain('Số: 01/GKS');
    expect(text).toContain('Họ, chữ đệm, tên: Nguyễn Minh Khang');
    expect(text).toContain('Ngày, tháng, năm sinh: 20/11/2026');
    // A choice prints by its label, not its stored code.
    expect(text).toContain('Giới tính: Nam');
    expect(text).toContain('Trần Thị Bình');
    expect(text).toContain('Châu Văn Hùng');
    const report = pdfsig(pdf, nssDatabaseTrusting(caPem()));
    expect(report.output).toContain('Ủy ban nhân dân xã Cần Giờ');
    expect(report.signatureValid).toBe(true);
    expect(report.certificateTrusted).toBe(true);
  });

  it('lets the applicant download the result and keeps it in their data store for later procedures', async () => {
    const mine = await citizen.get(`/api/v1/dossiers/${id}/documents`);
    expect(mine.body.map((d: Doc) => d.kind)).toEqual(['receipt', 'result']);
    const result = mine.body[1] as Doc;
    expect((await citizen.get(`/api/v1/dossiers/${id}/documents/${result.id}`)).status).toBe(200);
    const profile = await citizen.get('/api/v1/me/records');
    const record = profile.body.records.find((r: { type: string }) => r.type === 'birth-certificate');
    expect(record).toMatchObject({
      data: { documentId: result.id, dossierCode: code, issuer: '27664.UBND', number: '01/GKS', fullName: 'Nguyễn Minh Khang', dateOfBirth: '2026-11-20', sex: 'nam', motherName: 'Trần Thị Bình' },
      source: `Kết quả hồ sơ ${code}`,
    });
    // Nothing the family did not declare is stored as a placeholder.
    expect(Object.values(record.data)).not.toContain('…');
  });

  it('answers the QR of the result publicly: what it is, who issued it, and that the signature holds', async () => {
    const result = (await documents(id)).find((d) => d.kind === 'result')!;
    expect(result.verifyUrl).toBe(`https://dichvucong.tphcm.example.vn/xac-minh/${result.id}`);
    const check = await t.anonymous.get(`/api/v1/verify/${result.id}`);
    expect(check.status).toBe(200);
    expect(check.body).toMatchObject({
      dossierCode: code,
      originalIssuedHere: true,
      document: { id: result.id, kind: 'result', issuerName: 'Ủy ban nhân dân xã Cần Giờ', sha256: result.sha256 },
      signature: { valid: true, unchanged: true, trusted: true, signer: { commonName: 'Ủy ban nhân dân xã Cần Giờ' }, problems: [] },
    });
  });
});

describe('checking a PDF someone hands in', () => {
  let pdf: Buffer;
  it('recognises an unchanged original issued here', async () => {
    const d = (await desk.post('/api/v1/dossiers', copyCertification())).body;
    const receipt = await desk.get(`/api/v1/dossiers/${d.id}/receipt.pdf`);
    pdf = receipt.bytes;
    const check = await t.anonymous.post('/api/v1/verify', pdf, { 'content-type': 'application/pdf' });
    expect(check.status).toBe(200);
    expect(check.body).toMatchObject({ originalIssuedHere: true, dossierCode: d.code, document: { kind: 'receipt' }, signature: { valid: true } });
  });

  it('reports a copy with one changed byte as not an original and its signature broken', async () => {
    const changed = Buffer.from(pdf);
    const at = changed.indexOf('/Producer') + 12;
    changed[at] = changed[at] === 0x41 ? 0x42 : 0x41;
    const check = await t.anonymous.post('/api/v1/verify', changed, { 'content-type': 'application/pdf' });
    expect(check.status).toBe(200);
    expect(check.body).toMatchObject({ originalIssuedHere: false, document: null, dossierCode: null, signature: { valid: false, unchanged: false } });
    expect(check.body.signature.problems[0]).toEqual({ code: 'changed', message: { vi: 'Văn bản đã bị thay đổi sau khi ký.', en: 'The document was changed after it was signed.' } });
  });

  it('refuses what is not a PDF, and answers 404 to the QR of a document that does not exist', async () => {
    const notPdf = await t.anonymous.post('/api/v1/verify', Buffer.from('GIF89a'), { 'content-type': 'application/pdf' });
    expect(notPdf.status).toBe(415);
    expect(notPdf.body.message.vi).toContain('PDF');
    const json = await t.anonymous.post('/api/v1/verify', { pdf: 'x' });
    expect(json.status).toBe(415);
    const unknown = await t.anonymous.get('/api/v1/verify/2b9c6a1e-4c7d-4f0a-9a57-2f1d1d9f0c11');
    expect(unknown.status).toBe(404);
    expect(unknown.body.message).toMatchObject({ vi: expect.stringContaining('văn bản'), en: expect.stringContaining('document') });
    expect((await t.anonymous.get('/api/v1/verify/not-an-id')).status).toBe(400);
  });
});

describe('slips along the way', () => {
  it('a refusal by the ward gives a signed refusal slip with the reason', async () => {
    const d = (await desk.post('/api/v1/dossiers', copyCertification())).body;
    expect((await benthanhLeader.post(`/api/v1/dossiers/${d.id}/refuse`, { reason: 'Bản chính đã bị tẩy xóa, sửa chữa.' })).status).toBe(200);
    await signPending();
    const refusal = (await documents(d.id)).find((x) => x.kind === 'refusal')!;
    expect(refusal.title).toBe('Phiếu từ chối tiếp nhận, giải quyết hồ sơ');
    expect(pdfText(await pdfOf(desk, d.id, refusal.id))).toContain('Bản chính đã bị tẩy xóa, sửa chữa.');
  });

  it('a request to supplement lists everything missing, once', async () => {
    const d = (await desk.post('/api/v1/dossiers', copyCertification())).body;
    const missing = ['Bản chính Giấy khai sinh', 'Giấy tờ tùy thân của người yêu cầu'];
    expect((await benthanhSpecialist.post(`/api/v1/dossiers/${d.id}/request-supplement`, { missing })).status).toBe(200);
    await signPending();
    const slip = (await documents(d.id)).find((x) => x.kind === 'supplement_request')!;
    const text = pdfText(await pdfOf(desk, d.id, slip.id));
    expect(text).toContain('PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ');
    for (const item of missing) expect(text).toContain(item);
  });

  it('the control slip shows each step so far and is for staff only', async () => {
    const d = (await desk.post('/api/v1/dossiers', copyCertification())).body;
    await benthanhSpecialist.post(`/api/v1/dossiers/${d.id}/complete-step`, { comment: 'Đã đối chiếu bản chính.' });
    const slip = await benthanhLeader.get(`/api/v1/dossiers/${d.id}/control-slip.pdf`);
    expect(slip.status).toBe(200);
    const text = pdfText(slip.bytes);
    expect(text).toContain('PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ');
    expect(text).toContain('Đã đối chiếu bản chính.');
    expect((await citizen.get(`/api/v1/dossiers/${d.id}/control-slip.pdf`)).status).toBe(403);
  });

  it('a certified copy comes out as the signed certification of the ward', async () => {
    now = new Date('2026-11-24T13:30:00+07:00');
    const d = (await desk.post('/api/v1/dossiers', copyCertification())).body;
    await process(d.id, benthanhSpecialist, benthanhLeader);
    await signPending();
    const result = (await documents(d.id)).find((x) => x.kind === 'result')!;
    expect(result).toMatchObject({ issuerAgencyCode: '26743.UBND', number: '01/SCT-BS' });
    const pdf = await pdfOf(desk, d.id, result.id);
    const text = pdfText(pdf);
    expect(text).toContain('Chứng thực bản sao đúng với bản chính.');
    expect(text).toContain('01/SCT-BS');
    expect(text).toContain('Lê Thị Cúc');
    expect(pdfsig(pdf, nssDatabaseTrusting(caPem())).certificateTrusted).toBe(true);
  });
});

describe('a decision of the ward chair', () => {
  it('reads as a Quyết định numbered in the ward\'s register of decisions, with the bases, the articles and «Nơi nhận»', async () => {
    now = new Date('2026-11-24T14:00:00+07:00');
    const d = (await desk.post('/api/v1/dossiers', funeralSupport())).body;
    expect(d.code, JSON.stringify(d)).toBeTruthy();
    expect((await benthanhSpecialist.post(`/api/v1/dossiers/${d.id}/complete-step`, {})).status).toBe(200);
    expect((await benthanhLeader.post(`/api/v1/dossiers/${d.id}/approve`, {})).status).toBe(200); // review
    expect((await benthanhLeader.post(`/api/v1/dossiers/${d.id}/approve`, {})).status).toBe(200);
    expect((await benthanhClerk.post(`/api/v1/dossiers/${d.id}/complete-step`, {})).status).toBe(200);
    await signPending();
    const result = (await documents(d.id)).find((x) => x.kind === 'result')!;
    expect(result).toMatchObject({ issuerAgencyCode: '26743.UBND', title: 'Quyết định về việc hỗ trợ chi phí mai táng', number: '01/QĐ-UBND' });
    const text = pdfText(await pdfOf(desk, d.id, result.id));
    for (const words of ['Số: 01/QĐ-UBND', 'QUYẾT ĐỊNH Về việc hỗ trợ chi phí mai táng', 'CHỦ TỊCH ỦY BAN NHÂN DÂN PHƯỜNG BẾN THÀNH', 'Căn cứ Nghị định số 20/2021/NĐ-CP', 'QUYẾT ĐỊNH:', 'Điều 1. Hỗ trợ chi phí mai táng cho Nguyễn Văn An', 'Họ, chữ đệm, tên người đã mất: Phạm Thị Hoa', 'Ngày chết: 18/11/2026', 'Điều 3.', 'Nơi nhận:', 'Như Điều 3;', 'KT. CHỦ TỊCH PHÓ CHỦ TỊCH']) {
      expect(text).toContain(words);
    }
    expect(text).not.toContain('{{');
  });
});

describe('an agency that installs its certificate from the government CA', () => {
  it('signs with it from then on, even though its test certificate expires later', async () => {
    const operator = { db: t.db, provinceCode: t.config.provinceCode, actor: { kind: 'system' as const, name: 'pki' }, requestId: 'test:pki', now: () => now };
    const settings = signingSettings(t.config);
    // A government CA of our own making; its certificate for the ward is valid one year only.
    const governmentCa = createCertificateAuthority('Ban Cơ yếu Chính phủ (thử nghiệm)', now);
    const issued = issueAgencyCertificate(governmentCa, { agencyCode: '26743.TTPVHCC', agencyName: 'Trung tâm Phục vụ hành chính công phường Bến Thành', provinceName: 'Thành phố Hồ Chí Minh' }, now, 1);
    const installed = await importKey(operator, settings, '26743.TTPVHCC', toPkcs12(issued, [governmentCa.certPem], 'mat-khau-p12', 'Bến Thành'), 'mat-khau-p12');

    const keys = (await listKeys(operator)).filter((k) => k.agencyCode === '26743.TTPVHCC');
    expect(keys.filter((k) => k.active).map((k) => k.serial)).toEqual([installed.serial]);

    const d = (await desk.post('/api/v1/dossiers', copyCertification())).body;
    await signPending();
    const receipt = (await documents(d.id)).find((x) => x.kind === 'receipt')!;
    const check = await t.anonymous.get(`/api/v1/verify/${receipt.id}`);
    // Valid and unchanged; not trusted until the operator adds that CA to MOTCUA_TRUSTED_CA_FILE.
    expect(check.body.signature).toMatchObject({ valid: false, unchanged: true, trusted: false, signer: { serial: installed.serial } });
  });
});
