import type { Locator, Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { COUNTER_PC, openSession, PHONE } from './support/browser.js';
import { pageWidth } from './support/dom.js';
import { signPendingDocuments, startWebServer } from './support/server.js';
import { choose, DEMO_PASSWORD, signInAs, visible } from './support/sign-in.js';

const server = await startWebServer();

/** dd/MM/yyyy HH:mm in Vietnam, as the pages show it. */
function vietnamTime(iso: string): string {
  const local = new Date(new Date(iso).getTime() + 7 * 3_600_000).toISOString();
  return `${local.slice(8, 10)}/${local.slice(5, 7)}/${local.slice(0, 4)} ${local.slice(11, 16)}`;
}

let code = '';
let id = '';
let lookupAddress = '';

/** Signs in, opens «Hồ sơ cần xử lý» from the menu and the dossier from the list, as a newcomer would; returns its actions. */
async function openFromInbox(page: Page, login: string): Promise<Locator> {
  await signInAs(page, login);
  await page.getByRole('navigation', { name: 'Chức năng' }).getByText('Hồ sơ cần xử lý').click();
  await page.getByRole('region', { name: 'Danh sách hồ sơ cần xử lý' }).getByRole('link', { name: code }).click();
  await visible(page.getByRole('heading', { level: 1, name: `Hồ sơ ${code}` }));
  return page.getByRole('region', { name: 'Thao tác được phép' });
}

test('an officer at Phường Bến Thành receives a paper dossier for a family of Xã Cần Giờ and prints the receipt', async () => {
  const { page, shot, finish } = await openSession(server.baseUrl, COUNTER_PC);
  await signInAs(page, 'benthanh.motcua');
  await page.getByRole('navigation', { name: 'Chức năng' }).getByText('Tiếp nhận hồ sơ').click();
  await visible(page.getByRole('heading', { level: 1, name: 'Tiếp nhận hồ sơ tại quầy' }));
  await choose(page, page.getByRole('combobox', { name: 'Thủ tục hành chính' }), 'khai sinh', 'Đăng ký khai sinh (1.001193)');

  const applicant = page.getByRole('region', { name: 'Người nộp hồ sơ' });
  await applicant.getByRole('textbox', { name: 'Số định danh cá nhân' }).fill('079090001234');
  await visible(applicant.getByText('Chưa có hồ sơ trước của số định danh này'));
  await applicant.getByRole('textbox', { name: 'Họ và tên' }).fill('Nguyễn Văn An');
  await applicant.getByRole('textbox', { name: 'Số điện thoại' }).fill('0901234567');
  await applicant.getByRole('textbox', { name: 'Địa chỉ liên hệ' }).fill('Ấp Long Thạnh, Xã Cần Giờ, Thành phố Hồ Chí Minh');

  // Boundary-free: the Bến Thành desk takes in a dossier that Xã Cần Giờ decides.
  const place = page.getByRole('region', { name: 'Nơi giải quyết' });
  await choose(page, place.getByRole('combobox', { name: 'Xã, phường có thẩm quyền giải quyết' }), 'can gio', 'Xã Cần Giờ');
  await visible(place.getByText('Ủy ban nhân dân xã Cần Giờ'));

  const form = page.getByRole('region', { name: 'Tờ khai' });
  await form.getByRole('textbox', { name: 'Kính gửi (cơ quan đăng ký hộ tịch)' }).fill('Ủy ban nhân dân xã Cần Giờ');
  await form.getByRole('textbox', { name: 'Họ, chữ đệm, tên người yêu cầu' }).fill('Nguyễn Văn An');
  await form.getByRole('textbox', { name: 'Số định danh cá nhân của người yêu cầu' }).fill('079090001234');
  await form.getByRole('textbox', { name: 'Quan hệ với người được khai sinh' }).fill('Cha');
  const child = form.getByRole('group', { name: 'Người được khai sinh' });
  await child.getByRole('textbox', { name: 'Họ, chữ đệm, tên người được khai sinh' }).fill('Nguyễn Minh Khang');
  await child.getByLabel('Ngày, tháng, năm sinh').fill('2026-11-20');
  await child.getByRole('radio', { name: 'Nam', exact: true }).check();
  await child.getByRole('textbox', { name: 'Dân tộc' }).fill('Kinh');
  await child.getByRole('textbox', { name: 'Nơi sinh' }).fill('Bệnh viện Từ Dũ, Thành phố Hồ Chí Minh');
  await child.getByRole('textbox', { name: 'Quê quán' }).fill('Xã Cần Giờ, Thành phố Hồ Chí Minh');
  await form.getByRole('checkbox', { name: /Tôi cam đoan/ }).check();

  // The checklist: a required paper not ticked is named before anything is sent.
  const components = page.getByRole('region', { name: 'Thành phần hồ sơ' });
  await page.getByRole('button', { name: 'Tiếp nhận hồ sơ' }).click();
  await visible(components.getByText('Giấy tờ bắt buộc: hãy đánh dấu «Nộp giấy» hoặc đính kèm bản quét.'));
  await components.getByRole('checkbox', { name: /^Nộp giấy: Giấy chứng sinh/ }).check();
  await components.getByRole('checkbox', { name: /^Nộp giấy: Hộ chiếu, thẻ Căn cước/ }).check();

  const fees = page.getByRole('region', { name: 'Phí, lệ phí' });
  await fees.getByRole('checkbox', { name: /Lệ phí đăng ký khai sinh đúng hạn/ }).check();
  await fees.getByRole('checkbox', { name: 'Đã thu phí, lệ phí tại quầy' }).check();
  expect(await page.getByRole('radio', { name: 'Tại nơi nộp hồ sơ' }).isChecked()).toBe(true);
  await shot('dossier-counter-intake');
  await page.getByRole('button', { name: 'Tiếp nhận hồ sơ' }).click();

  // The receipt, ready to print: agency, code, applicant, components, fee, due date, QR code.
  await visible(page.getByRole('heading', { level: 1, name: /^Giấy tiếp nhận hồ sơ 26743\.TTPVHCC-\d{6}-0001$/ }));
  id = new URL(page.url()).pathname.split('/')[3]!;
  const dossier = (await (await server.signIn('benthanh.motcua')).get(`/api/v1/dossiers/${id}`)).body;
  code = dossier.code;
  const receipt = page.getByRole('article', { name: 'Giấy tiếp nhận hồ sơ và hẹn trả kết quả' });
  expect(await receipt.getByTestId('receipt-code').innerText()).toBe(code);
  expect(await receipt.getByTestId('receipt-due').innerText()).toBe(vietnamTime(dossier.dueAt));
  const text = await receipt.innerText();
  for (const part of ['TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG PHƯỜNG BẾN THÀNH', 'Nguyễn Văn An', '079090001234', 'Đăng ký khai sinh', 'Giấy chứng sinh', 'bản giấy', 'tờ khai điện tử', 'Nguyễn Thị Thu Hà']) expect(text).toContain(part);
  const qr = receipt.getByRole('img', { name: `Mã QR tra cứu hồ sơ ${code}` });
  await visible(qr);
  lookupAddress = (await qr.getAttribute('data-qr-text'))!;
  expect(lookupAddress).toBe(`${server.baseUrl}/tra-cuu/${code.replace(/\./g, '%2E')}`);
  await finish('dossier-counter-receipt');
});

test('the receipt prints alone: no menu, no buttons', async () => {
  const { page, finish } = await openSession(server.baseUrl, COUNTER_PC);
  await signInAs(page, 'benthanh.motcua');
  await page.goto(`/can-bo/ho-so/${id}/bien-nhan`);
  await visible(page.getByTestId('receipt-code'));
  await page.emulateMedia({ media: 'print' });
  expect(await page.getByRole('navigation', { name: 'Chức năng' }).isVisible()).toBe(false);
  expect(await page.getByRole('button', { name: 'In giấy tiếp nhận' }).isVisible()).toBe(false);
  expect(await page.getByTestId('receipt-code').isVisible()).toBe(true);
  await finish('dossier-counter-receipt-print');
});

test('the Cần Giờ specialist finds the dossier in the inbox, completes the step and forwards it to the leader', async () => {
  const { page, shot, finish } = await openSession(server.baseUrl, COUNTER_PC);
  const actions = await openFromInbox(page, 'cangio.chuyenvien');
  // Exactly what the server allows the specialist now.
  expect(await actions.getByRole('button').allInnerTexts()).toEqual(['Hoàn thành bước, chuyển bước tiếp theo', 'Yêu cầu bổ sung, hoàn thiện hồ sơ']);
  expect(await page.getByRole('region', { name: 'Tờ khai' }).innerText()).toContain('Nguyễn Minh Khang');
  await actions.getByRole('button', { name: 'Hoàn thành bước, chuyển bước tiếp theo' }).click();
  // The dialog says where the dossier goes before anything is sent.
  const dialog = page.getByRole('dialog', { name: 'Hoàn thành bước, chuyển bước tiếp theo' });
  await visible(dialog.getByText('Sau khi xác nhận, hồ sơ chuyển sang bước «Lãnh đạo UBND xã ký kết quả».'));
  await dialog.getByRole('textbox', { name: 'Ghi chú (không bắt buộc)' }).fill('Hồ sơ đầy đủ, đề nghị phê duyệt.');
  await dialog.getByRole('button', { name: 'Xác nhận' }).click();
  const done = actions.getByRole('status');
  await visible(done.getByText('Đã thực hiện «Hoàn thành bước, chuyển bước tiếp theo». Hồ sơ hiện ở trạng thái «Đang xử lý».'));
  await visible(page.getByRole('region', { name: 'Quá trình xử lý' }).getByText('Hồ sơ đầy đủ, đề nghị phê duyệt.'));
  await visible(actions.getByText('Lúc này bạn không có thao tác nào với hồ sơ này.'));
  await shot('dossier-specialist-forwarded');

  // Back to the inbox: the dossier has gone on to the leader.
  await done.getByRole('link', { name: 'Về danh sách hồ sơ cần xử lý' }).click();
  await visible(page.getByRole('heading', { level: 1, name: 'Hồ sơ cần xử lý' }));
  const list = page.getByRole('region', { name: 'Danh sách hồ sơ cần xử lý' });
  await visible(list.getByText('Không có hồ sơ nào đang chờ.'));
  expect(await list.innerText()).not.toContain(code);
  await finish('dossier-specialist-completed');
});

test('the leader approves it on the dossier page with the keyboard, and the result is issued signed by Xã Cần Giờ', async () => {
  const { page, finish } = await openSession(server.baseUrl, COUNTER_PC);
  const actions = await openFromInbox(page, 'cangio.lanhdao');
  const approve = actions.getByRole('button', { name: 'Phê duyệt' });
  await approve.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Phê duyệt' });
  await visible(dialog.getByText('Khi phê duyệt, hệ thống tự động ký số kết quả giải quyết nhân danh Ủy ban nhân dân xã Cần Giờ; bộ phận một cửa sẽ trả kết quả cho người nộp.'));
  await dialog.getByRole('textbox', { name: 'Ghi chú (không bắt buộc)' }).fill('Đồng ý.');
  await dialog.getByRole('button', { name: 'Xác nhận' }).press('Enter');
  const done = actions.getByRole('status');
  await visible(done.getByText('Đã thực hiện «Phê duyệt». Hồ sơ hiện ở trạng thái «Đã xử lý xong».'));
  expect(await done.innerText()).toContain('Kết quả giải quyết đang được ký số tự động');

  // The job runner signs it (here: run now, as `motcua serve` does in the background).
  expect(await signPendingDocuments(server)).toBeGreaterThan(0);
  const documents = (await (await server.signIn('cangio.lanhdao')).get(`/api/v1/dossiers/${id}/documents`)).body;
  expect(documents).toContainEqual(expect.objectContaining({ kind: 'result', title: 'Giấy khai sinh', issuerAgencyCode: '27664.UBND', number: '01/GKS' }));
  // On the page: reloading the list shows the signed birth certificate, with its number and its check.
  const issued = page.getByRole('region', { name: 'Văn bản đã cấp (có ký số)' });
  await issued.getByRole('button', { name: 'Tải lại danh sách văn bản' }).click();
  await visible(issued.getByRole('link', { name: 'Mở Giấy khai sinh (PDF)' }));
  await visible(issued.getByText('Số 01/GKS', { exact: false }));
  await visible(issued.getByRole('link', { name: 'Xác minh Giấy khai sinh' }));
  await finish('dossier-leader-approved');
});

test('the Bến Thành officer hands over the result', async () => {
  const { page, finish } = await openSession(server.baseUrl, COUNTER_PC);
  const actions = await openFromInbox(page, 'benthanh.motcua');
  await actions.getByRole('button', { name: 'Trả kết quả' }).click();
  const dialog = page.getByRole('dialog', { name: 'Trả kết quả' });
  await visible(dialog.getByText('Xác nhận người nộp đã nhận kết quả. Sau đó người nộp có thể đánh giá mức độ hài lòng.'));
  await dialog.getByRole('button', { name: 'Xác nhận' }).click();
  await visible(actions.getByRole('status').getByText('Đã thực hiện «Trả kết quả». Hồ sơ hiện ở trạng thái «Đã trả kết quả».'));
  await visible(actions.getByText('Lúc này bạn không có thao tác nào với hồ sơ này.'));
  await finish('dossier-result-returned');
});

test('a relative without an account types the code on «Tra cứu hồ sơ» and sees where the dossier stands', async () => {
  const { page, shot, finish } = await openSession(server.baseUrl, COUNTER_PC);
  await page.goto('/');
  await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Tra cứu hồ sơ' }).click();
  await visible(page.getByRole('heading', { level: 1, name: 'Tra cứu hồ sơ' }));
  const search = page.getByRole('search', { name: 'Tra cứu hồ sơ theo mã' });
  const box = search.getByRole('textbox', { name: 'Mã hồ sơ' });
  await box.fill('26743.TTPVHCC');
  await search.getByRole('button', { name: 'Tra cứu' }).click();
  await visible(search.getByText('Mã hồ sơ có dạng 26743.TTPVHCC-261124-0001.'));
  await shot('dossier-lookup-form');
  // Typed as read from the paper: small letters, a space or two.
  await box.fill(` ${code.toLowerCase().replace('-', ' - ')} `);
  await box.press('Enter');
  await visible(page.getByRole('heading', { level: 1, name: 'Tình trạng hồ sơ' }));
  expect(decodeURIComponent(new URL(page.url()).pathname)).toBe(`/tra-cuu/${code}`);
  const main = page.getByRole('main');
  await visible(main.getByText(code));
  expect(await main.innerText()).toContain('Đã trả kết quả');
  // Without the ID number the history stays private.
  expect(await page.getByRole('region', { name: 'Quá trình xử lý' }).count()).toBe(0);
  await finish('dossier-lookup-by-code');
});

test('the citizen scans the QR code on a phone, sees the history with the ID number, signs in and rates the service', async () => {
  const { page, finish } = await openSession(server.baseUrl, PHONE, { isMobile: true });
  // The address in the QR code, opened directly as a phone's camera does.
  await page.goto(lookupAddress);
  await visible(page.getByRole('heading', { level: 1, name: 'Tình trạng hồ sơ' }));
  const main = page.getByRole('main');
  await visible(main.getByText(code));
  expect(await main.innerText()).toContain('Đã trả kết quả');
  await page.getByRole('textbox', { name: 'Số định danh cá nhân của người nộp' }).fill('079090001234');
  await page.getByRole('button', { name: 'Xem quá trình xử lý' }).click();
  const history = page.getByRole('region', { name: 'Quá trình xử lý' });
  await visible(history.getByText('Phê duyệt'));
  expect(await history.innerText()).toContain('Trả kết quả');

  await page.getByRole('link', { name: 'Đăng nhập' }).last().click();
  await page.getByRole('textbox', { name: 'Tên đăng nhập hoặc số định danh cá nhân' }).fill('079090001234');
  await page.getByLabel('Mật khẩu', { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  const rating = page.getByRole('region', { name: 'Đánh giá mức độ hài lòng' });
  await visible(rating);
  await rating.getByRole('button', { name: 'Gửi đánh giá' }).click();
  await visible(rating.getByText('Vui lòng chọn mức độ hài lòng.'));
  await rating.getByRole('radio', { name: 'Rất hài lòng' }).check();
  await rating.getByRole('radiogroup', { name: 'Thái độ của cán bộ' }).getByRole('radio', { name: 'Tốt', exact: true }).check();
  await rating.getByRole('textbox', { name: 'Ghi chú (không bắt buộc)' }).fill('Nhanh, chu đáo.');
  await rating.getByRole('button', { name: 'Gửi đánh giá' }).click();
  await visible(page.getByText('Bạn đã đánh giá: Rất hài lòng. Cảm ơn bạn!'));
  expect(await pageWidth(page)).toBeLessThanOrEqual(PHONE.width);
  await finish('dossier-lookup-rated');

  const stored = (await (await server.signIn('079090001234')).get(`/api/v1/dossiers/${id}`)).body;
  expect(stored.rating).toMatchObject({ level: 'very_satisfied', criteria: { staff_attitude: 2 }, comment: 'Nhanh, chu đáo.' });
});

test('on a phone, the Cần Giờ leader reads the month on the dashboard: received, on time, late, by field', async () => {
  const { page, finish } = await openSession(server.baseUrl, PHONE, { isMobile: true });
  await signInAs(page, 'cangio.lanhdao');
  await page.getByRole('button', { name: 'Mở danh mục chức năng' }).click();
  await page.getByRole('navigation', { name: 'Chức năng' }).getByText('Thống kê').click();
  await visible(page.getByRole('heading', { level: 1, name: 'Thống kê hồ sơ' }));
  const figures = page.getByRole('region', { name: 'Số liệu chính' });
  const figure = (title: string) => figures.locator('.ant-statistic').filter({ has: page.locator('.ant-statistic-title', { hasText: new RegExp(`^${title}$`) }) }).locator('.ant-statistic-content');
  await visible(figure('Tiếp nhận'));
  expect(await figure('Tiếp nhận').innerText()).toBe('1');
  expect(await figure('Giải quyết đúng hạn').innerText()).toBe('1');
  expect(await figure('Giải quyết trễ hạn').innerText()).toBe('0');
  expect(await figure('Tỷ lệ đúng hạn').innerText()).toBe('100%');
  const byField = page.getByRole('region', { name: 'Theo lĩnh vực' });
  await visible(byField.getByRole('img', { name: /Biểu đồ cột/ }).locator('svg'));
  await byField.getByRole('button', { name: 'Xem số liệu dạng bảng' }).click();
  const row = byField.getByRole('row', { name: /Hộ tịch/ });
  await visible(row);
  expect(await row.getByRole('cell').allInnerTexts()).toEqual(['Hộ tịch', '1', '1', '0']);
  expect(await pageWidth(page)).toBeLessThanOrEqual(PHONE.width);
  await finish('dossier-dashboard-phone');
});
