import { expect, test } from 'vitest';
import { COUNTER_PC, openSession, PHONE } from './support/browser.js';
import { pageWidth } from './support/dom.js';
import { startWebServer } from './support/server.js';
import { visible } from './support/sign-in.js';

const server = await startWebServer();

test('the working calendar of 2026 lists the Tết days and Giỗ Tổ Hùng Vương, and works out a due date', async () => {
  const { page, finish } = await openSession(server.baseUrl, PHONE, { isMobile: true });
  await page.goto('/');
  await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Lịch làm việc' }).click();
  await visible(page.getByRole('heading', { level: 1, name: /^Lịch làm việc năm \d{4}$/ }));
  await page.goto('/lich-lam-viec?year=2025');
  await page.getByRole('button', { name: 'Năm sau (2026)' }).click();
  await visible(page.getByRole('heading', { level: 1, name: 'Lịch làm việc năm 2026' }));

  const daysOff = page.getByRole('region', { name: 'Ngày nghỉ năm 2026' });
  await visible(daysOff.getByText('16/02/2026'));
  const text = await daysOff.innerText();
  for (const day of ['16/02/2026', '17/02/2026', '18/02/2026', '19/02/2026', '20/02/2026']) expect(text).toContain(day);
  expect(text).toContain('Tết Âm lịch (Tết Nguyên đán)');
  expect(text).toContain('Giỗ Tổ Hùng Vương');
  expect(text).toContain('Nghỉ bù');
  expect(await page.getByRole('region', { name: 'Ngày làm bù' }).innerText()).toContain('10/01/2026');
  expect(await page.getByRole('region', { name: 'Văn bản quyết định' }).innerText()).toContain('9441/TB-BNV');

  // Received Friday 13/02/2026 09:00 + 5 working days: Tết takes 14–22/02, so due Friday 27/02.
  const tool = page.getByRole('region', { name: 'Tính ngày hẹn trả' });
  await tool.getByLabel('Thời điểm nhận đủ hồ sơ').fill('2026-02-13T09:00');
  await tool.getByRole('spinbutton', { name: 'Số ngày làm việc' }).fill('5');
  await tool.getByRole('button', { name: 'Tính ngày hẹn trả' }).click();
  await visible(tool.getByText('Hẹn trả: 27/02/2026 17:00'));

  // Same day with a 15:00 cut-off: received Friday 16:00 → the next working day, Monday 23/02 after Tết.
  await tool.getByLabel('Thời điểm nhận đủ hồ sơ').fill('2026-02-13T16:00');
  await tool.getByRole('radio', { name: 'Trả trong ngày' }).check();
  await tool.getByRole('spinbutton', { name: 'Giờ chốt nhận trong ngày' }).fill('15');
  await tool.getByRole('button', { name: 'Tính ngày hẹn trả' }).click();
  await visible(tool.getByText('Hẹn trả: 23/02/2026 17:00'));

  expect(await pageWidth(page)).toBeLessThanOrEqual(PHONE.width);
  await finish('catalog-calendar-2026');
});

test('switching to English shows the calendar and a procedure in English', async () => {
  const { page, finish } = await openSession(server.baseUrl, COUNTER_PC);
  await page.goto('/lich-lam-viec?year=2026');
  await visible(page.getByRole('heading', { level: 1, name: 'Lịch làm việc năm 2026' }));
  await page.getByRole('button', { name: 'English' }).click();
  await visible(page.getByRole('heading', { level: 1, name: 'Working calendar 2026' }));
  const daysOff = page.getByRole('region', { name: 'Days off in 2026' });
  await visible(daysOff.getByText('Lunar New Year (Tết)').first());
  expect(await daysOff.innerText()).toContain("Hùng Kings' Commemoration Day");

  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Procedures' }).click();
  await visible(page.getByRole('heading', { level: 1, name: 'Administrative procedures' }));
  await page.getByRole('searchbox', { name: 'Procedure name or what you need to do' }).fill('khai sinh');
  await page.keyboard.press('Enter');
  await page.getByRole('region', { name: 'Results for “khai sinh”' }).getByRole('link', { name: 'Birth registration', exact: true }).click();
  await visible(page.getByRole('heading', { level: 1, name: 'Birth registration' }));
  await visible(page.getByText(/^If you file a complete dossier now, the result is due: \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/));
  expect(await page.getByRole('region', { name: 'Fees and charges' }).innerText()).toContain('VND 8,000');
  expect(await page.getByRole('region', { name: 'Documents to submit' }).innerText()).toContain('No need to submit — the authority already holds the data');
  await finish('catalog-english');
});
