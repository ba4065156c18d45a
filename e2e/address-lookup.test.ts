import { expect, test } from 'vitest';
import { openSession, PHONE } from './support/browser.js';
import { pageWidth } from './support/dom.js';
import { startWebServer } from './support/server.js';
import { visible } from './support/sign-in.js';

const server = await startWebServer();

test('an elderly citizen on a phone finds where old "Phường 1, Quận 3, TP Hồ Chí Minh" belongs now', async () => {
  const { page, finish } = await openSession(server.baseUrl, PHONE, { isMobile: true });
  await page.goto('/');
  await visible(page.getByRole('link', { name: /Cổng dịch vụ công — Thành phố Hồ Chí Minh/ }));

  await page.getByRole('link', { name: /Tra cứu địa chỉ sau sắp xếp/ }).click();
  await visible(page.getByRole('heading', { level: 1, name: 'Tra cứu địa chỉ sau sắp xếp' }));

  await page.getByRole('textbox', { name: 'Xã, phường, thị trấn cũ' }).fill('Phường 1');
  await page.getByRole('textbox', { name: 'Quận, huyện, thị xã cũ (nếu biết)' }).fill('Quận 3');
  await page.getByRole('textbox', { name: 'Tỉnh, thành phố cũ (nếu biết)' }).fill('TP Hồ Chí Minh');
  await page.getByRole('button', { name: 'Tra cứu' }).click();

  const results = page.getByRole('region', { name: 'Kết quả tra cứu' });
  await visible(results.getByRole('link', { name: 'Phường Bàn Cờ' }));
  const text = await results.innerText();
  expect(text).toContain('Phường 1, Quận 3, Thành phố Hồ Chí Minh');
  expect(text).toContain('Toàn bộ');
  expect(text).toContain('Toàn bộ Phường 1 cũ nay thuộc Phường Bàn Cờ');

  // The page fits the phone: nothing wider than the screen.
  expect(await pageWidth(page)).toBeLessThanOrEqual(PHONE.width);
  // The question is in the address, so the answer can be shared.
  expect(new URL(page.url()).searchParams.get('district')).toBe('Quận 3');
  await finish('address-lookup-phone');
});

test('an old ward split between two new wards is explained as "Một phần" for each', async () => {
  const { page, finish } = await openSession(server.baseUrl, PHONE, { isMobile: true });
  await page.goto('/tra-cuu-dia-chi');
  await page.getByRole('textbox', { name: 'Xã, phường, thị trấn cũ' }).fill('P.4');
  await page.getByRole('textbox', { name: 'Quận, huyện, thị xã cũ (nếu biết)' }).fill('Q.3');
  await page.keyboard.press('Enter');
  const results = page.getByRole('region', { name: 'Kết quả tra cứu' });
  await visible(results.getByRole('link', { name: 'Phường Xuân Hòa' }));
  const text = await results.innerText();
  expect(text).toContain('Phường Bàn Cờ');
  expect(text.match(/Một phần/g)?.length).toBe(2);
  expect(text).toContain('Chỉ một phần Phường 4 cũ nay thuộc Phường Xuân Hòa');
  await finish('address-lookup-partial');
});
