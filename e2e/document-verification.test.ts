import { expect, test } from 'vitest';
import { birthAtCounter } from '../server/test/dossier-fixtures.js';
import { runDueJobs } from '../server/src/platform/jobs/index.js';
import { dossierDocumentJobs } from '../server/src/modules/dossiers/jobs.js';
import { signingSettings } from '../server/src/modules/signing/settings.js';
import { COUNTER_PC, openSession, PHONE } from './support/browser.js';
import { pageWidth } from './support/dom.js';
import { startWebServer } from './support/server.js';
import { signInAs, visible } from './support/sign-in.js';

const server = await startWebServer();
const desk = await server.signIn('benthanh.motcua');

/** Signs what the actions asked for, as the job runner does in the background. */
const signPending = () => runDueJobs(server.db, dossierDocumentJobs(signingSettings(server.config)), { limit: 50 });

/*
 * A birth registration received at the Bến Thành desk, decided by Xã Cần Giờ: the signed
 * birth certificate (the result) carries a QR code with its verification address.
 */
const dossier = (await desk.post('/api/v1/dossiers', birthAtCounter())).body as { id: string; code: string };
expect((await (await server.signIn('cangio.chuyenvien')).post(`/api/v1/dossiers/${dossier.id}/complete-step`, {})).status).toBe(200);
expect((await (await server.signIn('cangio.lanhdao')).post(`/api/v1/dossiers/${dossier.id}/approve`, {})).status).toBe(200);
await signPending();
const documents = (await desk.get(`/api/v1/dossiers/${dossier.id}/documents`)).body as Array<{ id: string; kind: string; title: string; verifyUrl: string }>;
const result = documents.find((d) => d.kind === 'result')!;
const original = (await desk.get(`/api/v1/dossiers/${dossier.id}/documents/${result.id}`)).bytes;

/** The PDF with one byte inside the signed range changed. */
function tampered(pdf: Buffer): Buffer {
  const copy = Buffer.from(pdf);
  copy[200] = copy[200]! ^ 0x01;
  return copy;
}

async function uploadPdf(page: import('playwright-core').Page, name: string, buffer: Buffer): Promise<void> {
  await page.getByRole('region', { name: 'Kiểm tra tệp PDF' }).locator('input[type=file]').setInputFiles({ name, mimeType: 'application/pdf', buffer });
}

test('the QR code on the signed birth certificate opens its verification on a phone: valid, with the agency', async () => {
  expect(result.title).toBe('Giấy khai sinh');
  // The QR code holds the public address; a phone's camera opens exactly that path.
  const address = new URL(result.verifyUrl);
  expect(address.pathname).toBe(`/xac-minh/${result.id}`);
  const { page, finish } = await openSession(server.baseUrl, PHONE, { isMobile: true });
  await page.goto(address.pathname);
  await visible(page.getByRole('heading', { level: 1, name: 'Xác minh giấy tờ' }));
  const found = page.getByRole('region', { name: 'Văn bản theo mã QR' });
  await visible(found.getByText('Văn bản hợp lệ'));
  const text = await found.innerText();
  for (const part of [dossier.code, 'Kết quả giải quyết thủ tục hành chính', 'Giấy khai sinh', 'Ủy ban nhân dân xã Cần Giờ', 'Không bị thay đổi kể từ khi ký', 'Do tổ chức chứng thực tin cậy cấp']) expect(text).toContain(part);
  expect(text).toMatch(/[0-9a-f]{64}/);
  // Not signed in: the original is offered after sign-in, never handed to anyone.
  await visible(found.getByRole('link', { name: 'Đăng nhập để tải bản gốc' }));
  expect(await pageWidth(page)).toBeLessThanOrEqual(PHONE.width);
  await finish('verify-qr-phone');
});

test('an unknown document is "not found"', async () => {
  const { page, finish } = await openSession(server.baseUrl, PHONE, { isMobile: true });
  await page.goto('/xac-minh/00000000-0000-4000-8000-000000000000');
  await visible(page.getByText('Không tìm thấy văn bản'));
  await finish('verify-not-found');
});

test('uploading the PDF says it is an original; with one byte changed, that it was changed', async () => {
  const { page, finish } = await openSession(server.baseUrl, PHONE, { isMobile: true });
  await page.goto('/');
  await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Xác minh giấy tờ' }).click();
  await visible(page.getByRole('heading', { level: 1, name: 'Xác minh giấy tờ' }));
  const check = page.getByRole('region', { name: 'Kiểm tra tệp PDF' });

  await uploadPdf(page, 'giay-khai-sinh.pdf', original);
  await visible(check.getByText('Bản gốc hợp lệ'));
  expect(await check.innerText()).toContain('Ủy ban nhân dân xã Cần Giờ');

  await uploadPdf(page, 'giay-khai-sinh-da-sua.pdf', tampered(original));
  await visible(check.getByText('Văn bản đã bị thay đổi', { exact: true }));
  const problems = check.getByRole('list', { name: 'Các vấn đề phát hiện được' });
  expect(await problems.innerText()).toContain('Văn bản đã bị thay đổi sau khi ký.');
  expect(await check.innerText()).toContain('Tệp này không trùng với văn bản nào do hệ thống cấp.');
  expect(await pageWidth(page)).toBeLessThanOrEqual(PHONE.width);
  await finish('verify-upload-changed');
});

test('in English, the problems are listed in English', async () => {
  const { page, context, finish } = await openSession(server.baseUrl, COUNTER_PC);
  await context.addInitScript('localStorage.setItem("motcua.language", "en")');
  await page.goto('/xac-minh');
  await visible(page.getByRole('heading', { level: 1, name: 'Verify a document' }));
  await page.getByRole('region', { name: 'Check a PDF file' }).locator('input[type=file]').setInputFiles({ name: 'changed.pdf', mimeType: 'application/pdf', buffer: tampered(original) });
  const check = page.getByRole('region', { name: 'Check a PDF file' });
  await visible(check.getByText('The document was changed', { exact: true }));
  expect(await check.getByRole('list', { name: 'Problems found' }).innerText()).toContain('The document was changed after it was signed.');
  await finish('verify-upload-english');
});

test('the dossier pages list the signed documents with their verification', async () => {
  const staff = await openSession(server.baseUrl, COUNTER_PC);
  await signInAs(staff.page, 'benthanh.motcua');
  await staff.page.goto(`/can-bo/ho-so/${dossier.id}`);
  const list = staff.page.getByRole('region', { name: 'Văn bản đã cấp (có ký số)' });
  await visible(list.getByRole('link', { name: 'Mở Giấy khai sinh (PDF)' }));
  await visible(list.getByRole('link', { name: 'Mở Giấy tiếp nhận hồ sơ và hẹn trả kết quả (PDF)' }));
  expect(await list.innerText()).toContain('ký bởi Ủy ban nhân dân xã Cần Giờ');
  await visible(list.getByRole('link', { name: /Phiếu kiểm soát quá trình giải quyết/ }));
  await list.getByRole('link', { name: 'Xác minh Giấy khai sinh' }).click();
  await visible(staff.page.getByText('Văn bản hợp lệ'));
  // Signed in and allowed to see the dossier: the original itself.
  const download = staff.page.getByRole('link', { name: 'Tải bản gốc (PDF)' });
  await visible(download);
  expect(await download.getAttribute('href')).toBe(`/api/v1/dossiers/${dossier.id}/documents/${result.id}`);
  await staff.finish('verify-from-staff-dossier');

  const citizen = await openSession(server.baseUrl, PHONE, { isMobile: true });
  await signInAs(citizen.page, '079090001234');
  await citizen.page.goto(`/ho-so-cua-toi/${dossier.id}`);
  const mine = citizen.page.getByRole('region', { name: 'Văn bản đã cấp (có ký số)' });
  await visible(mine.getByRole('link', { name: 'Mở Giấy khai sinh (PDF)' }));
  expect(await mine.getByRole('link', { name: /Phiếu kiểm soát/ }).count()).toBe(0);
  expect(await pageWidth(citizen.page)).toBeLessThanOrEqual(PHONE.width);
  await citizen.finish('documents-citizen-phone');
});
