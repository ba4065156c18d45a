import { expect, test } from 'vitest';
import { COUNTER_PC, openSession, PHONE } from './support/browser.js';
import { pageWidth } from './support/dom.js';
import { startWebServer } from './support/server.js';
import { choose, signInAs, visible } from './support/sign-in.js';

const server = await startWebServer();

test('the province admin disables an account and reads the change, before and after, in the audit log', async () => {
  const { page, finish } = await openSession(server.baseUrl, COUNTER_PC);
  await signInAs(page, 'admin');
  await page.goto('/can-bo/tai-khoan?q=vanthu');
  const list = page.getByRole('region', { name: 'Danh sách tài khoản' });
  await list.getByRole('link', { name: 'Huỳnh Ngọc Lan' }).click();
  await visible(page.getByRole('heading', { level: 1, name: 'Huỳnh Ngọc Lan' }));

  await page.getByRole('button', { name: 'Vô hiệu hóa' }).click();
  await page.getByRole('button', { name: 'Đồng ý' }).click();
  await visible(page.getByText('Đã vô hiệu hóa tài khoản.'));
  await visible(page.getByRole('button', { name: 'Kích hoạt lại' }));

  await page.getByRole('navigation', { name: 'Chức năng' }).getByText('Nhật ký hệ thống').click();
  await visible(page.getByRole('heading', { level: 1, name: 'Nhật ký hệ thống' }));
  await choose(page, page.getByRole('combobox', { name: 'Hành động' }), 'Sửa tài khoản', 'Sửa tài khoản');
  await page.getByRole('button', { name: 'Lọc', exact: true }).click();
  const entries = page.getByRole('region', { name: 'Các mục nhật ký' });
  await visible(entries.getByRole('cell', { name: 'Sửa tài khoản' }));
  expect(new URL(page.url()).searchParams.get('action')).toBe('account.updated');

  await entries.getByRole('button', { name: /Expand row|Mở rộng/ }).first().click();
  const change = entries.locator('tr.audit-changed').filter({ hasText: 'Trạng thái' });
  await visible(change);
  expect(await change.innerText()).toMatch(/active\s+disabled/);
  await finish('audit-log-account-disabled');
});

test('a supervisor on a phone opens the folded menu and finds the audit log, not account administration', async () => {
  const { page, finish } = await openSession(server.baseUrl, PHONE, { isMobile: true });
  await signInAs(page, 'giamsat');
  await visible(page.getByRole('heading', { level: 1, name: /Xin chào, Lê Văn Giám/ }));
  await page.getByRole('button', { name: 'Mở danh mục chức năng' }).click();
  const menu = page.getByRole('navigation', { name: 'Chức năng' });
  await visible(menu.getByText('Nhật ký hệ thống'));
  expect(await menu.innerText()).not.toContain('Quản lý tài khoản');
  await menu.getByText('Nhật ký hệ thống').click();
  await visible(page.getByRole('heading', { level: 1, name: 'Nhật ký hệ thống' }));
  expect(await pageWidth(page)).toBeLessThanOrEqual(PHONE.width);

  // Account administration is refused with a clear page, not a broken one.
  await page.goto('/can-bo/tai-khoan');
  await visible(page.getByText('Bạn không có quyền mở trang này'));
  await finish('supervisor-phone-menu');
});
