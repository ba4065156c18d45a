import { expect, test } from 'vitest';
import { COUNTER_PC, openSession } from './support/browser.js';
import { startWebServer } from './support/server.js';
import { choose, signInAs, visible } from './support/sign-in.js';

const server = await startWebServer();

test('an admin creates a one-stop officer for Bến Thành; the officer must change the password at first sign-in', async () => {
  const { page, finish } = await openSession(server.baseUrl, COUNTER_PC);
  await signInAs(page, 'admin');
  await visible(page.getByRole('heading', { level: 1, name: /Xin chào, Trần Thị Quản Trị/ }));

  await page.getByRole('navigation', { name: 'Chức năng' }).getByText('Quản lý tài khoản').click();
  await visible(page.getByRole('heading', { level: 1, name: 'Quản lý tài khoản' }));
  await page.getByRole('link', { name: 'Tạo tài khoản cán bộ' }).click();
  await visible(page.getByRole('heading', { level: 1, name: 'Tạo tài khoản cán bộ' }));

  await page.getByRole('textbox', { name: 'Họ và tên' }).fill('Phan Thị Mai');
  await page.getByRole('textbox', { name: 'Tên đăng nhập' }).fill('benthanh.motcua2');
  await page.getByLabel('Mật khẩu ban đầu').fill('tam-thoi-2025-xyz');
  const agency = page.getByRole('combobox', { name: 'Cơ quan (vai trò 1)' });
  await choose(page, agency, 'Trung tâm Phục vụ hành chính công phường Bến Thành', 'Trung tâm Phục vụ hành chính công phường Bến Thành');
  await choose(page, page.getByRole('combobox', { name: 'Vai trò 1', exact: true }), 'một cửa', 'Cán bộ một cửa');
  await page.getByRole('button', { name: 'Tạo tài khoản' }).click();

  await visible(page.getByRole('heading', { level: 1, name: 'Phan Thị Mai' }));
  const detail = await page.getByRole('main').innerText();
  expect(detail).toContain('benthanh.motcua2');
  expect(detail).toContain('Chờ đổi mật khẩu');
  await finish('admin-created-officer');

  const officer = await openSession(server.baseUrl, COUNTER_PC);
  await signInAs(officer.page, 'benthanh.motcua2', 'tam-thoi-2025-xyz');
  await visible(officer.page.getByRole('heading', { level: 1, name: 'Đổi mật khẩu ban đầu' }));
  expect(new URL(officer.page.url()).pathname).toBe('/doi-mat-khau');
  // The workspace stays closed until the password is changed.
  await officer.page.goto('/can-bo');
  await visible(officer.page.getByRole('heading', { level: 1, name: 'Đổi mật khẩu ban đầu' }));

  await officer.page.getByLabel('Mật khẩu hiện tại').fill('tam-thoi-2025-xyz');
  await officer.page.getByLabel('Mật khẩu mới', { exact: true }).fill('mai-rieng-2025-abc');
  await officer.page.getByLabel('Nhập lại mật khẩu mới').fill('mai-rieng-2025-abc');
  await officer.page.getByRole('button', { name: 'Đổi mật khẩu' }).click();
  await visible(officer.page.getByRole('heading', { level: 1, name: /Xin chào, Phan Thị Mai/ }));
  const home = await officer.page.getByRole('main').innerText();
  expect(home).toContain('Cán bộ một cửa');
  expect(home).toContain('Trung tâm Phục vụ hành chính công phường Bến Thành');
  await officer.finish('officer-first-sign-in');
});
