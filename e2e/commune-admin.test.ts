import { expect, test } from 'vitest';
import { COUNTER_PC, openSession } from './support/browser.js';
import { startWebServer } from './support/server.js';
import { signInAs, visible } from './support/sign-in.js';

const server = await startWebServer();

test('a commune administrator (benthanh.quantri) sees only the staff of Bến Thành', async () => {
  const { page, finish } = await openSession(server.baseUrl, COUNTER_PC);
  await signInAs(page, 'benthanh.quantri');
  await page.goto('/can-bo/tai-khoan');
  const list = page.getByRole('region', { name: 'Danh sách tài khoản' });
  await visible(list.getByRole('link', { name: 'Nguyễn Thị Thu Hà' }));

  const rows = await list.locator('tbody tr.ant-table-row').allInnerTexts();
  expect(rows.length).toBeGreaterThanOrEqual(5);
  for (const row of rows) expect(row).toMatch(/Bến Thành/);
  const text = await list.innerText();
  for (const other of ['cangio.motcua', 'tuphap.chuyenvien', 'admin\n', '079090001234']) expect(text).not.toContain(other);

  // The audit log is for province staff: not in this administrator's menu.
  const menu = await page.getByRole('navigation', { name: 'Chức năng' }).innerText();
  expect(menu).not.toContain('Nhật ký hệ thống');
  await finish('commune-admin-accounts');
});
