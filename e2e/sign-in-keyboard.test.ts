import { expect, test } from 'vitest';
import { COUNTER_PC, openSession } from './support/browser.js';
import { startWebServer } from './support/server.js';
import { focusedName } from './support/dom.js';
import { visible } from './support/sign-in.js';

const server = await startWebServer();

test('the sign-in page works with the keyboard alone, and its controls have names', async () => {
  const { page, finish } = await openSession(server.baseUrl, COUNTER_PC);
  await page.goto('/dang-nhap');
  const login = page.getByRole('textbox', { name: 'Tên đăng nhập hoặc số định danh cá nhân' });
  await visible(login);
  expect(await page.getByLabel('Mật khẩu', { exact: true }).count()).toBe(1);
  expect(await page.getByRole('button', { name: 'Đăng nhập' }).count()).toBe(1);

  // The login field has focus on arrival; Tab moves to the password; Enter submits.
  expect(await focusedName(page)).toBe('Tên đăng nhập hoặc số định danh cá nhân');
  await page.keyboard.type('benthanh.motcua');
  await page.keyboard.press('Tab');
  expect(await focusedName(page)).toBe('Mật khẩu');
  await page.keyboard.type('wrong-password-1');
  await page.keyboard.press('Enter');
  await visible(page.getByRole('alert').filter({ hasText: 'Tên đăng nhập hoặc mật khẩu không đúng.' }));

  // Correct it without the mouse: focus is still in the password field.
  expect(await focusedName(page)).toBe('Mật khẩu');
  await page.keyboard.press('Control+A');
  await page.keyboard.type('motcua-demo-2025');
  await page.keyboard.press('Enter');
  await visible(page.getByRole('heading', { level: 1, name: /Xin chào, Nguyễn Thị Thu Hà/ }));

  // On a freshly opened page, Tab reaches the skip link first.
  await page.reload();
  await visible(page.getByRole('heading', { level: 1, name: /Xin chào/ }));
  await page.keyboard.press('Tab');
  expect(await focusedName(page)).toBe('Chuyển đến nội dung chính');
  await finish('sign-in-keyboard');
});
