import { expect, test } from 'vitest';
import { openSession, PHONE } from './support/browser.js';
import { startWebServer } from './support/server.js';
import { visible } from './support/sign-in.js';

const server = await startWebServer();

test('switching to English shows English, and the choice is remembered', async () => {
  const { page, finish } = await openSession(server.baseUrl, PHONE, { isMobile: true });
  await page.goto('/');
  await visible(page.getByRole('heading', { level: 1, name: /Cổng dịch vụ công/ }));
  expect(await page.getAttribute('html', 'lang')).toBe('vi');

  await page.getByRole('button', { name: 'English' }).click();
  await visible(page.getByRole('heading', { level: 1, name: 'Public Service Portal of Thành phố Hồ Chí Minh' }));
  expect(await page.getAttribute('html', 'lang')).toBe('en');
  expect(await page.getByRole('navigation', { name: 'Main navigation' }).innerText()).toContain('Find my new address');

  await page.reload();
  await visible(page.getByRole('link', { name: /Find an address after the reorganisation/ }));
  // Server messages follow the language too.
  await page.goto('/tra-cuu-dia-chi?commune=khong-co-dau');
  await visible(page.getByText("No former administrative unit matches 'khong-co-dau'."));
  await page.getByRole('button', { name: 'Tiếng Việt' }).click();
  await visible(page.getByRole('heading', { level: 1, name: 'Tra cứu địa chỉ sau sắp xếp' }));
  await finish('language-english');
});
