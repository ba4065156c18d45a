import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { openSession, PHONE } from './support/browser.js';
import { pageWidth } from './support/dom.js';
import { startWebServer } from './support/server.js';
import { choose, DEMO_PASSWORD, visible } from './support/sign-in.js';

const server = await startWebServer();

/** A small, valid PDF: the birth certificate from the hospital, scanned. */
const PDF = join(tmpdir(), `giay-chung-sinh-${process.pid}.pdf`);
writeFileSync(PDF, '%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n');

test('a citizen on a phone finds birth registration, files it online with the prefilled form, an uploaded PDF and held ID data, and gets the code', async () => {
  const { page, finish } = await openSession(server.baseUrl, PHONE, { isMobile: true });
  await page.goto('/');
  const search = page.getByRole('search', { name: 'Bạn cần làm thủ tục gì?' });
  await search.getByRole('searchbox', { name: 'Bạn cần làm thủ tục gì?' }).fill('đăng ký khai sinh');
  await search.getByRole('button', { name: 'Tìm thủ tục' }).click();
  await page.getByRole('link', { name: 'Đăng ký khai sinh', exact: true }).first().click();
  await visible(page.getByRole('heading', { level: 1, name: 'Đăng ký khai sinh' }));

  // Filing needs an account: the sign-in page brings the citizen back to the filing.
  await page.getByRole('link', { name: 'Nộp hồ sơ trực tuyến' }).click();
  await page.getByRole('textbox', { name: 'Tên đăng nhập hoặc số định danh cá nhân' }).fill('079090001234');
  await page.getByLabel('Mật khẩu', { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await visible(page.getByRole('heading', { level: 1, name: 'Nộp trực tuyến: Đăng ký khai sinh' }));
  expect(new URL(page.url()).pathname).toBe('/thu-tuc/dang-ky-khai-sinh/nop-truc-tuyen');

  // 1. For myself: name and ID number come from the account.
  await visible(page.getByRole('heading', { name: 'Bước 1/6: Người nộp' }));
  expect(await page.getByRole('textbox', { name: 'Họ và tên' }).inputValue()).toBe('Nguyễn Văn An');
  expect(await page.getByRole('textbox', { name: 'Số định danh cá nhân' }).inputValue()).toBe('079090001234');
  await page.getByRole('button', { name: 'Tiếp tục' }).click();

  // 2. The commune deciding: the family lives in Xã Cần Giờ.
  await visible(page.getByRole('heading', { name: 'Bước 2/6: Nơi giải quyết' }));
  await page.getByRole('button', { name: 'Tiếp tục' }).click();
  await visible(page.getByText('Vui lòng chọn xã, phường.'));
  await choose(page, page.getByRole('combobox', { name: 'Xã, phường có thẩm quyền giải quyết' }), 'can gio', 'Xã Cần Giờ');
  await visible(page.getByText('Ủy ban nhân dân xã Cần Giờ'));
  expect(await page.getByRole('radio', { name: 'Trung tâm Phục vụ hành chính công xã Cần Giờ' }).isChecked()).toBe(true);
  await page.getByRole('button', { name: 'Tiếp tục' }).click();

  // 3. The e-form, with what the state already holds filled in and marked as such.
  await visible(page.getByRole('heading', { name: 'Bước 3/6: Tờ khai' }));
  const requester = page.getByRole('group', { name: 'Người yêu cầu' });
  await visible(requester.getByText('Từ dữ liệu đã có').first());
  expect(await requester.getByRole('textbox', { name: 'Họ, chữ đệm, tên người yêu cầu' }).inputValue()).toBe('Nguyễn Văn An');
  expect(await requester.getByRole('textbox', { name: 'Số định danh cá nhân của người yêu cầu' }).inputValue()).toBe('079090001234');
  expect(await requester.innerText()).toContain('Cơ sở dữ liệu quốc gia về dân cư');
  // A required field left empty is caught on the phone, before anything is sent.
  await page.getByRole('button', { name: 'Tiếp tục' }).click();
  await visible(page.getByText('Vui lòng nhập «Họ, chữ đệm, tên người được khai sinh».'));
  await requester.getByRole('textbox', { name: 'Kính gửi (cơ quan đăng ký hộ tịch)' }).fill('Ủy ban nhân dân xã Cần Giờ');
  await requester.getByRole('textbox', { name: 'Quan hệ với người được khai sinh' }).fill('Cha');
  const child = page.getByRole('group', { name: 'Người được khai sinh' });
  await child.getByRole('textbox', { name: 'Họ, chữ đệm, tên người được khai sinh' }).fill('Nguyễn Minh Khang');
  await child.getByLabel('Ngày, tháng, năm sinh').fill('2026-11-20');
  await child.getByRole('radio', { name: 'Nam', exact: true }).check();
  await child.getByRole('textbox', { name: 'Dân tộc' }).fill('Kinh');
  expect(await child.getByRole('textbox', { name: 'Quốc tịch' }).inputValue()).toBe('Việt Nam');
  await child.getByRole('textbox', { name: 'Nơi sinh' }).fill('Bệnh viện Từ Dũ, Thành phố Hồ Chí Minh');
  await child.getByRole('textbox', { name: 'Quê quán' }).fill('Xã Cần Giờ, Thành phố Hồ Chí Minh');
  await page.getByRole('group', { name: 'Người mẹ' }).getByRole('textbox', { name: 'Họ, chữ đệm, tên người mẹ' }).fill('Trần Thị Bình');
  await page.getByRole('checkbox', { name: /Tôi cam đoan/ }).check();
  await page.getByRole('button', { name: 'Tiếp tục' }).click();

  // 4. Papers: a PDF for the birth certificate; the ID paper from the population database.
  await visible(page.getByRole('heading', { name: 'Bước 4/6: Giấy tờ kèm theo' }));
  const birthPaper = page.getByRole('group', { name: /^Giấy chứng sinh/ });
  await birthPaper.locator('input[type=file]').setInputFiles(PDF);
  await visible(birthPaper.getByText(/giay-chung-sinh-\d+\.pdf/));
  await expect.poll(() => birthPaper.locator('.ant-upload-list-item-done').count()).toBe(1);
  const idPaper = page.getByRole('group', { name: /^Hộ chiếu, thẻ Căn cước/ });
  expect(await idPaper.getByRole('radio', { name: 'Dùng dữ liệu đã có' }).isChecked()).toBe(true);
  await visible(idPaper.getByText(/Sẽ dùng: Thông tin căn cước — Cơ sở dữ liệu quốc gia về dân cư/));
  await page.getByRole('button', { name: 'Tiếp tục' }).click();

  // 5. Where the result goes and the fees (on-time registration is free).
  await visible(page.getByRole('heading', { name: 'Bước 5/6: Nhận kết quả và lệ phí' }));
  await page.getByRole('radio', { name: 'Tại nơi nộp hồ sơ' }).check();
  await page.getByRole('checkbox', { name: /Lệ phí đăng ký khai sinh đúng hạn/ }).check();
  await visible(page.getByText('Tổng phí, lệ phí: 0 đồng'));
  await page.getByRole('button', { name: 'Tiếp tục' }).click();

  // 6. A last look, then submit.
  await visible(page.getByRole('heading', { name: 'Bước 6/6: Xem lại và nộp' }));
  const review = await page.getByRole('main').innerText();
  expect(review).toContain('Nguyễn Văn An (079090001234)');
  expect(review).toContain('Dùng dữ liệu đã có: Thông tin căn cước');
  expect(review).toContain('Nguyễn Minh Khang');
  expect(await pageWidth(page)).toBeLessThanOrEqual(PHONE.width);
  await page.getByRole('button', { name: 'Nộp hồ sơ' }).click();

  await visible(page.getByRole('heading', { level: 1, name: 'Đã nộp hồ sơ' }));
  const status = await page.getByRole('status').filter({ hasText: 'Mã hồ sơ của bạn' }).innerText();
  const code = /27664\.TTPVHCC-\d{6}-0001/.exec(status)?.[0];
  expect(code, status).toBeDefined();
  expect(await page.getByRole('main').innerText()).toContain('Mới đăng ký');
  expect(await pageWidth(page)).toBeLessThanOrEqual(PHONE.width);
  await finish('dossier-online-filing-done');

  // The server holds what was sent: the form, the file, the held record.
  const desk = await server.signIn('cangio.motcua');
  const found = (await desk.get('/api/v1/dossiers?limit=50')).body.items.find((d: { code: string }) => d.code === code);
  const dossier = (await desk.get(`/api/v1/dossiers/${found.id}`)).body;
  expect(dossier).toMatchObject({ status: 'submitted', channel: 'online', returnChannel: 'receiving_desk', formData: { hoTen: 'Nguyễn Minh Khang', gioiTinh: 'nam', soDinhDanhNguoiYeuCau: '079090001234' } });
  const parts = Object.fromEntries(dossier.components.map((c: { key: string }) => [c.key, c]));
  expect(parts['giay-chung-sinh'].files).toHaveLength(1);
  expect(parts['giay-to-tuy-than'].fromRecord).toBe('identity');
});

test('"Hồ sơ của tôi" lists the filed dossier with its status, and opens it', async () => {
  const { page, finish } = await openSession(server.baseUrl, PHONE, { isMobile: true });
  await page.goto('/dang-nhap');
  await page.getByRole('textbox', { name: 'Tên đăng nhập hoặc số định danh cá nhân' }).fill('079090001234');
  await page.getByLabel('Mật khẩu', { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.getByRole('navigation', { name: /Cổng/ }).or(page.getByRole('navigation').first()).getByRole('link', { name: 'Hồ sơ của tôi' }).click();
  await visible(page.getByRole('heading', { level: 1, name: 'Hồ sơ của tôi' }));
  const list = page.getByRole('list', { name: 'Danh sách hồ sơ của tôi' });
  await visible(list.getByText('Mới đăng ký'));
  await list.getByRole('link', { name: 'Đăng ký khai sinh' }).first().click();
  await visible(page.getByRole('heading', { level: 1, name: 'Đăng ký khai sinh' }));
  await visible(page.getByRole('region', { name: 'Quá trình xử lý' }).getByText('Nộp hồ sơ trực tuyến'));
  // Before the desk has accepted it, the citizen may withdraw it.
  await visible(page.getByRole('button', { name: 'Rút hồ sơ' }));
  expect(await pageWidth(page)).toBeLessThanOrEqual(PHONE.width);
  await finish('dossier-my-dossiers');
});
