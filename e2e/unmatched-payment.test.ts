import { expect, test } from 'vitest';
import { notifyBank, TEST_WEBHOOK_SECRET } from '../server/src/modules/payments/test-notify.js';
import { citizenApplicant, copyCertification } from '../server/test/dossier-fixtures.js';
import { COUNTER_PC, openSession, PHONE } from './support/browser.js';
import { pageWidth } from './support/dom.js';
import { startWebServer } from './support/server.js';
import { signInAs, visible } from './support/sign-in.js';

const server = await startWebServer({ env: { MOTCUA_PAYMENT_WEBHOOK_SECRET: TEST_WEBHOOK_SECRET } });
const desk = await server.signIn('benthanh.motcua');

/** A certified copy received at the Bến Thành desk, 4.000 đồng not paid yet. */
const dossier = (await desk.post('/api/v1/dossiers', copyCertification({ applicant: citizenApplicant }))).body as { id: string; code: string };
const deskAccount = (await (await server.signIn('admin')).get('/api/v1/payment-accounts/26743.TTPVHCC')).body.account.accountNumber as string;

/** The bank tells of a transfer into the desk's account whose content names no dossier. */
async function strayTransfer(transactionId: string, content: string) {
  const now = new Date();
  const sent = await notifyBank(server.anonymous, { transactionId, accountNumber: deskAccount, amount: 4000, content, paidAt: now.toISOString() }, { now });
  expect(sent.body).toEqual({ status: 'unmatched', dossierCode: null });
}

test('the officer opens the queue from the menu; a transfer assigned meanwhile by someone else is refused with the server’s message', async () => {
  await strayTransfer('FT26328009002', 'NGUYEN VAN BINH CHUYEN TIEN');
  const { page, finish } = await openSession(server.baseUrl, COUNTER_PC);
  await signInAs(page, 'benthanh.motcua');
  await page.getByRole('navigation', { name: 'Chức năng' }).getByText('Chuyển khoản chưa khớp').click();
  await visible(page.getByRole('heading', { level: 1, name: 'Chuyển khoản chưa khớp' }));
  const item = page.getByRole('listitem', { name: 'Chuyển khoản 4.000 đồng, mã giao dịch FT26328009002' });
  await item.getByRole('button', { name: 'Gán cho hồ sơ: chuyển khoản 4.000 đồng, mã giao dịch FT26328009002' }).click();
  const dialog = page.getByRole('dialog', { name: 'Gán chuyển khoản cho hồ sơ' });
  const code = dialog.getByRole('textbox', { name: 'Mã hồ sơ' });
  await code.fill(dossier.code.replace(/-\d+$/, '-9999'));
  await dialog.getByRole('button', { name: 'Tìm hồ sơ' }).click();
  await visible(dialog.getByText('Không tìm thấy hồ sơ có mã này trong các hồ sơ có thể nhận khoản chuyển này (tiếp nhận tại nơi có tài khoản nhận tiền).'));
  const other = (await desk.post('/api/v1/dossiers', copyCertification())).body as { id: string; code: string };
  await code.fill(other.code);
  await dialog.getByRole('button', { name: 'Tìm hồ sơ' }).click();
  await visible(dialog.getByText('Hồ sơ tìm thấy'));
  // Meanwhile the ward's administrator assigns it to the same dossier.
  expect((await (await server.signIn('benthanh.quantri')).post('/api/v1/payments/unmatched/FT26328009002/assign', { dossierId: other.id })).status).toBe(200);
  await dialog.getByRole('button', { name: 'Xác nhận gán' }).click();
  await visible(dialog.getByRole('alert').getByText(`Chuyển khoản FT26328009002 đã được gán cho hồ sơ ${other.code}`, { exact: false }));
  await finish('unmatched-assigned-meanwhile');
});

test('on a phone, the officer assigns a transfer that named no dossier; the dossier shows it paid by transfer', async () => {
  await strayTransfer('FT26328009001', 'LE THI CUC NOP PHI CHUNG THUC');
  const { page, finish } = await openSession(server.baseUrl, PHONE, { isMobile: true });
  await signInAs(page, 'benthanh.motcua');
  await page.goto('/can-bo/thu-phi/chua-khop');
  const item = page.getByRole('listitem', { name: 'Chuyển khoản 4.000 đồng, mã giao dịch FT26328009001' });
  await visible(item);
  for (const part of ['4.000 đồng', 'LE THI CUC NOP PHI CHUNG THUC', deskAccount]) expect(await item.innerText()).toContain(part);
  expect(await pageWidth(page)).toBeLessThanOrEqual(PHONE.width);

  await item.getByRole('button', { name: 'Gán cho hồ sơ: chuyển khoản 4.000 đồng, mã giao dịch FT26328009001' }).click();
  const dialog = page.getByRole('dialog', { name: 'Gán chuyển khoản cho hồ sơ' });
  await dialog.getByRole('textbox', { name: 'Mã hồ sơ' }).fill(dossier.code);
  await dialog.getByRole('button', { name: 'Tìm hồ sơ' }).click();
  await visible(dialog.getByText('Hồ sơ tìm thấy'));
  expect(await dialog.innerText()).toContain('Chứng thực bản sao');
  await dialog.getByRole('textbox', { name: 'Ghi chú' }).fill('Bà Cúc gọi điện xác nhận');
  expect(await pageWidth(page)).toBeLessThanOrEqual(PHONE.width);
  await dialog.getByRole('button', { name: 'Xác nhận gán' }).click();
  await visible(page.getByText(`Đã gán chuyển khoản cho hồ sơ ${dossier.code}.`));
  await visible(page.getByText('Không có chuyển khoản nào chờ xử lý.'));

  await page.goto(`/can-bo/ho-so/${dossier.id}`);
  const payment = page.getByRole('region', { name: 'Nộp phí, lệ phí' });
  await visible(payment.getByText(/^Đã nộp đủ phí, lệ phí lúc/));
  expect(await payment.getByRole('list', { name: 'Các lần nộp' }).innerText()).toContain('4.000 đồng — chuyển khoản');
  expect(await payment.getByRole('list', { name: 'Các lần nộp' }).innerText()).toContain('FT26328009001');
  await finish('unmatched-assign-phone');
});

test('a transfer for a refused dossier says so; the officer sends it back and records the refund', async () => {
  const refused = (await desk.post('/api/v1/dossiers', copyCertification())).body as { id: string; code: string };
  expect((await (await server.signIn('benthanh.lanhdao')).post(`/api/v1/dossiers/${refused.id}/refuse`, { reason: 'Bản chính bị tẩy xóa.' })).status).toBe(200);
  await strayTransfer('FT26328009003', `${refused.code} LE THI CUC`);
  const { page, finish } = await openSession(server.baseUrl, COUNTER_PC);
  await signInAs(page, 'benthanh.motcua');
  await page.goto('/can-bo/thu-phi/chua-khop');
  const item = page.getByRole('listitem', { name: 'Chuyển khoản 4.000 đồng, mã giao dịch FT26328009003' });
  await visible(item);
  expect(await item.innerText()).toContain(`Hồ sơ ${refused.code} đã kết thúc mà không giải quyết`);

  await item.getByRole('button', { name: 'Hoàn trả: chuyển khoản 4.000 đồng, mã giao dịch FT26328009003' }).click();
  const dialog = page.getByRole('dialog', { name: 'Ghi nhận đã hoàn trả chuyển khoản' });
  await dialog.getByRole('button', { name: 'Xác nhận đã hoàn trả' }).click();
  await visible(dialog.getByText('Ghi cách hoàn trả, ví dụ số giao dịch hoàn tiền.'));
  await dialog.getByRole('textbox', { name: 'Cách hoàn trả (số giao dịch hoàn tiền)' }).fill('Đã chuyển trả, mã giao dịch FT26328999003');
  await dialog.getByRole('button', { name: 'Xác nhận đã hoàn trả' }).click();
  await visible(page.getByText('Đã ghi nhận hoàn trả chuyển khoản FT26328009003.'));
  await visible(page.getByText('Không có chuyển khoản nào chờ xử lý.'));

  await page.getByText('Đã hoàn trả', { exact: true }).click();
  const refunded = page.getByRole('listitem', { name: 'Chuyển khoản 4.000 đồng, mã giao dịch FT26328009003' });
  await visible(refunded);
  expect(await refunded.innerText()).toContain('Đã chuyển trả, mã giao dịch FT26328999003');
  expect(await refunded.getByRole('button').count()).toBe(0);
  expect((await desk.get(`/api/v1/dossiers/${refused.id}/payment`)).body.payments).toEqual([]);
  await finish('unmatched-refund');
});

test('the ward’s administrator, who sees no dossiers, assigns a transfer to a dossier of the ward’s desk', async () => {
  const owed = (await desk.post('/api/v1/dossiers', copyCertification())).body as { id: string; code: string };
  await strayTransfer('FT26328009004', 'TIEN PHI CHUNG THUC');
  const { page, finish } = await openSession(server.baseUrl, COUNTER_PC);
  await signInAs(page, 'benthanh.quantri');
  await page.goto('/can-bo/thu-phi/chua-khop');
  const item = page.getByRole('listitem', { name: 'Chuyển khoản 4.000 đồng, mã giao dịch FT26328009004' });
  await item.getByRole('button', { name: 'Gán cho hồ sơ: chuyển khoản 4.000 đồng, mã giao dịch FT26328009004' }).click();
  const dialog = page.getByRole('dialog', { name: 'Gán chuyển khoản cho hồ sơ' });
  await dialog.getByRole('textbox', { name: 'Mã hồ sơ' }).fill(owed.code.toLowerCase());
  await dialog.getByRole('button', { name: 'Tìm hồ sơ' }).click();
  await visible(dialog.getByText('Hồ sơ tìm thấy'));
  await dialog.getByRole('button', { name: 'Xác nhận gán' }).click();
  await visible(page.getByText(`Đã gán chuyển khoản cho hồ sơ ${owed.code}.`));
  expect((await desk.get(`/api/v1/dossiers/${owed.id}/payment`)).body).toMatchObject({ outstanding: 0, payments: [{ transactionId: 'FT26328009004' }] });
  await finish('unmatched-assign-ward-admin');
});
