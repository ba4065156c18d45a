import { expect, test } from 'vitest';
import { openSession, PHONE } from './support/browser.js';
import { startWebServer } from './support/server.js';
import { signInAs, visible } from './support/sign-in.js';

const server = await startWebServer();

test('a citizen registers, signs in, sees "Tài khoản của tôi" and changes the password', async () => {
  const { page, finish } = await openSession(server.baseUrl, PHONE, { isMobile: true });
  await page.goto('/');
  await page.getByRole('link', { name: /Đăng ký tài khoản/ }).click();
  await visible(page.getByRole('heading', { level: 1, name: 'Đăng ký tài khoản công dân' }));

  await page.getByRole('textbox', { name: 'Họ và tên' }).fill('Trần Thị Bình');
  await page.getByRole('textbox', { name: 'Số định danh cá nhân' }).fill('079185001122');
  await page.getByRole('textbox', { name: 'Số điện thoại' }).fill('0912345678');
  await page.getByLabel('Mật khẩu', { exact: true }).fill('binh-mat-khau-2025');
  await page.getByLabel('Nhập lại mật khẩu', { exact: true }).fill('binh-mat-khau-2025');
  await page.getByRole('button', { name: 'Đăng ký' }).click();
  await visible(page.getByRole('heading', { name: 'Đăng ký thành công' }));

  await page.getByRole('link', { name: 'Đăng nhập' }).last().click();
  await page.getByRole('textbox', { name: 'Tên đăng nhập hoặc số định danh cá nhân' }).fill('079185001122');
  await page.getByLabel('Mật khẩu', { exact: true }).fill('binh-mat-khau-2025');
  await page.getByRole('button', { name: 'Đăng nhập' }).click();

  await visible(page.getByRole('heading', { level: 1, name: 'Tài khoản của tôi' }));
  expect(new URL(page.url()).pathname).toBe('/tai-khoan');
  const details = await page.getByRole('main').innerText();
  expect(details).toContain('Trần Thị Bình');
  expect(details).toContain('079185001122');

  await page.getByLabel('Mật khẩu hiện tại').fill('binh-mat-khau-2025');
  await page.getByLabel('Mật khẩu mới', { exact: true }).fill('binh-moi-2026-abc');
  await page.getByLabel('Nhập lại mật khẩu mới').fill('binh-moi-2026-abc');
  await page.getByRole('button', { name: 'Đổi mật khẩu' }).click();
  await visible(page.getByText('Đã đổi mật khẩu.'));
  await finish('citizen-account');

  // The new password works in a fresh browser; the old one no longer does.
  const again = await openSession(server.baseUrl, PHONE, { isMobile: true });
  await signInAs(again.page, '079185001122', 'binh-moi-2026-abc');
  await visible(again.page.getByRole('heading', { level: 1, name: 'Tài khoản của tôi' }));
  await again.page.getByRole('button', { name: 'Đăng xuất' }).click();
  await visible(again.page.getByRole('link', { name: 'Đăng nhập' }));
  await again.finish('citizen-signed-out');
});

test('a wrong registration (an 11-digit ID) shows the Vietnamese message next to the field', async () => {
  const { page, finish } = await openSession(server.baseUrl, PHONE, { isMobile: true });
  await page.goto('/dang-ky');
  await page.getByRole('textbox', { name: 'Họ và tên' }).fill('Lê Văn Cường');
  const nationalId = page.getByRole('textbox', { name: 'Số định danh cá nhân' });
  await nationalId.fill('07918500112');
  await page.getByRole('textbox', { name: 'Số điện thoại' }).fill('0912345679');
  await page.getByLabel('Mật khẩu', { exact: true }).fill('cuong-mat-khau-2025');
  await page.getByLabel('Nhập lại mật khẩu', { exact: true }).fill('cuong-mat-khau-2025');
  await page.getByRole('button', { name: 'Đăng ký' }).click();

  // antd ties the message to the input (aria-describedby) inside the field's Form.Item.
  const item = page.locator('.ant-form-item').filter({ has: nationalId });
  await visible(item.getByText('Số định danh cá nhân phải gồm đúng 12 chữ số.'));
  expect(await nationalId.getAttribute('aria-invalid')).toBe('true');
  expect(new URL(page.url()).pathname).toBe('/dang-ky');
  await finish('register-invalid-id');
});
