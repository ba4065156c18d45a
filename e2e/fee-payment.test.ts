import { expect, test } from 'vitest';
import { citizenApplicant, copyCertification } from '../server/test/dossier-fixtures.js';
import { samplePdf, sha256Of, upload } from '../server/src/platform/files/test-upload.js';
import { COUNTER_PC, openSession, PHONE } from './support/browser.js';
import { pageWidth } from './support/dom.js';
import { startWebServer } from './support/server.js';
import { choose, signInAs, visible } from './support/sign-in.js';

const server = await startWebServer();
const desk = await server.signIn('benthanh.motcua');

/** A certified copy of two pages for the demo citizen, handed in at the Bến Thành desk and not paid yet: 4.000 đồng owed. */
const dossier = (await desk.post('/api/v1/dossiers', copyCertification({ applicant: citizenApplicant }))).body as { id: string; code: string };
const transferContent = dossier.code.replace(/[^0-9A-Za-z]/g, '');

test('a province administrator sets the account the Bến Thành desk receives fees into; a wrong number is refused on its field', async () => {
  const { page, finish } = await openSession(server.baseUrl, COUNTER_PC);
  await signInAs(page, 'admin');
  await page.getByRole('navigation', { name: 'Chức năng' }).getByText('Tài khoản thu phí').click();
  await visible(page.getByRole('heading', { level: 1, name: 'Tài khoản thu phí, lệ phí' }));
  await choose(page, page.getByRole('combobox', { name: 'Cơ quan' }), 'trung tam phuc vu hanh chinh cong phuong ben thanh', 'Trung tâm Phục vụ hành chính công phường Bến Thành');
  // The demo account, until it is changed.
  await visible(page.getByText('Tài khoản hiện tại'));
  expect(await page.getByRole('main').innerText()).toContain('Vietcombank');

  const form = page.locator('form[id="payment-account"]');
  await choose(page, form.getByRole('combobox', { name: 'Ngân hàng' }), 'dau tu', 'BIDV — Ngân hàng TMCP Đầu tư và Phát triển Việt Nam');
  await form.getByRole('textbox', { name: 'Số tài khoản' }).fill('2141 0000');
  await form.getByRole('textbox', { name: 'Tên chủ tài khoản' }).fill('Trung tâm Phục vụ hành chính công phường Bến Thành');
  await form.getByRole('button', { name: 'Lưu' }).click();
  // The server's rule, in the server's words, under the field it is about.
  await visible(form.getByText('Số tài khoản gồm 4–30 chữ số hoặc chữ cái.'));

  await form.getByRole('textbox', { name: 'Số tài khoản' }).fill('21410000123456');
  await form.getByRole('button', { name: 'Lưu' }).click();
  await visible(page.getByText('Đã lưu tài khoản thu phí.'));
  await visible(page.getByText('TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG PHƯỜNG BẾN THÀNH'));
  await finish('fee-account-admin');

  const stored = (await (await server.signIn('admin')).get('/api/v1/payment-accounts/26743.TTPVHCC')).body;
  expect(stored.account).toMatchObject({ bankBin: '970418', bankName: 'BIDV', accountNumber: '21410000123456' });
});

test('the citizen sees on a phone what is owed and the VietQR code to pay it', async () => {
  const { page, finish } = await openSession(server.baseUrl, PHONE, { isMobile: true });
  await signInAs(page, '079090001234');
  await page.goto(`/ho-so-cua-toi/${dossier.id}`);
  const payment = page.getByRole('region', { name: 'Nộp phí, lệ phí' });
  await visible(payment.getByRole('img', { name: `Mã VietQR chuyển khoản 4.000 đồng cho hồ sơ ${dossier.code}` }));
  const text = await payment.innerText();
  for (const part of ['Còn phải nộp', '4.000 đồng', 'BIDV', '21410000123456', 'TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG PHƯỜNG BẾN THÀNH', transferContent, 'ghi nhận tự động khi ngân hàng báo có']) expect(text).toContain(part);
  await payment.getByRole('button', { name: 'Sao chép Nội dung chuyển khoản' }).click();
  await visible(page.getByText('Đã sao chép'));
  expect(await pageWidth(page)).toBeLessThanOrEqual(PHONE.width);
  await finish('fee-vietqr-citizen-phone');
});

test('right after filing online, the citizen is shown the fee and the VietQR code', async () => {
  const citizen = await server.signIn('079090001234');
  const scan = samplePdf(128);
  expect((await upload(server, citizen, { name: 'ban-chinh.pdf', type: 'application/pdf', content: scan })).status).toBe(201);
  const filed = await citizen.post('/api/v1/me/dossiers', copyCertification({ applicant: citizenApplicant, components: [{ key: 'ban-chinh', files: [sha256Of(scan)] }] }));
  expect(filed.status).toBe(201);
  const { page, finish } = await openSession(server.baseUrl, PHONE, { isMobile: true });
  await signInAs(page, '079090001234');
  await page.goto(`/ho-so-cua-toi/${filed.body.id}/da-nop`);
  await visible(page.getByRole('heading', { level: 1, name: 'Đã nộp hồ sơ' }));
  const payment = page.getByRole('region', { name: 'Nộp phí, lệ phí' });
  await visible(payment.getByRole('img', { name: `Mã VietQR chuyển khoản 4.000 đồng cho hồ sơ ${filed.body.code}` }));
  expect(await pageWidth(page)).toBeLessThanOrEqual(PHONE.width);
  await finish('fee-vietqr-after-filing');
});

test('an extra fee is asked for; the officer takes it in cash and confirms it from the allowed actions', async () => {
  const asked = await (await server.signIn('benthanh.lanhdao')).post(`/api/v1/dossiers/${dossier.id}/request-payment`, { amount: 6000, reason: 'Phí chứng thực thêm 3 trang' });
  expect(asked.body.status).toBe('awaiting_payment');
  const { page, finish } = await openSession(server.baseUrl, COUNTER_PC);
  await signInAs(page, 'benthanh.motcua');
  await page.goto(`/can-bo/ho-so/${dossier.id}`);
  const payment = page.getByRole('region', { name: 'Nộp phí, lệ phí' });
  await visible(payment.getByRole('img', { name: `Mã VietQR chuyển khoản 10.000 đồng cho hồ sơ ${dossier.code}` }));
  await page.getByRole('region', { name: 'Thao tác được phép' }).getByRole('button', { name: 'Xác nhận đã nộp phí, lệ phí' }).click();
  const dialog = page.getByRole('dialog', { name: 'Xác nhận đã nộp phí, lệ phí' });
  await visible(dialog.getByText('Số tiền ghi nhận: 10.000 đồng'));
  await dialog.getByRole('button', { name: 'Xác nhận' }).click();
  await visible(payment.getByText(/^Đã nộp đủ phí, lệ phí lúc/));
  expect(await payment.getByRole('list', { name: 'Các lần nộp' }).innerText()).toContain('10.000 đồng — tiền mặt tại quầy');
  expect(await payment.getByRole('img', { name: /VietQR/ }).count()).toBe(0);
  await finish('fee-confirmed-at-desk');
});

test('the officer digitises the original paper; the page shows it digitised', async () => {
  const { page, finish } = await openSession(server.baseUrl, COUNTER_PC);
  await signInAs(page, 'benthanh.motcua');
  await page.goto(`/can-bo/ho-so/${dossier.id}`);
  const digitise = page.getByRole('region', { name: 'Số hóa thành phần hồ sơ' });
  const name = 'Bản chính giấy tờ, văn bản làm cơ sở để chứng thực bản sao';
  const button = digitise.getByRole('button', { name: `Số hóa thành phần: ${name}` });
  expect(await button.isDisabled()).toBe(true);
  await digitise.locator('input[type=file]').setInputFiles({ name: 'ban-chinh.pdf', mimeType: 'application/pdf', buffer: samplePdf(256) });
  await expect.poll(() => button.isEnabled(), { timeout: 15_000 }).toBe(true);
  await button.click();
  await visible(digitise.getByText(/^Đã số hóa lúc/));
  await visible(page.getByRole('region', { name: 'Thành phần hồ sơ' }).getByText(/1 tệp đính kèm/));
  await visible(page.getByRole('region', { name: 'Quá trình xử lý' }).getByText('Số hóa thành phần hồ sơ'));
  await finish('digitise-component');

  const scans = (await (await server.signIn('079090001234')).get('/api/v1/me/records')).body.records.map((r: { type: string }) => r.type);
  expect(scans).toContain('scan.ban-chinh');
});
