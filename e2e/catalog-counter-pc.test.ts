import { expect, test } from 'vitest';
import { COUNTER_PC, openSession } from './support/browser.js';
import { startWebServer } from './support/server.js';
import { choose, visible } from './support/sign-in.js';

const server = await startWebServer();

test('on a PC, filtering by field "Chứng thực" lists only certification procedures, and one opens with its flow', async () => {
  const { page, finish } = await openSession(server.baseUrl, COUNTER_PC);
  await page.goto('/');
  await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Thủ tục', exact: true }).click();
  await visible(page.getByRole('heading', { level: 1, name: 'Thủ tục hành chính' }));

  // Cursor paging: "Xem thêm" adds the next page under the first.
  const results = page.getByRole('region', { name: 'Danh sách thủ tục' });
  const rows = results.locator('tbody tr');
  await expect.poll(() => rows.count()).toBe(20);
  await results.getByRole('button', { name: 'Xem thêm' }).click();
  await expect.poll(() => rows.count()).toBeGreaterThan(20);

  await choose(page, page.getByRole('combobox', { name: 'Lĩnh vực' }), 'Chứng thực', 'Chứng thực');
  await expect.poll(() => new URL(page.url()).searchParams.get('field')).toBe('certification');
  await expect.poll(async () => (await rows.allInnerTexts()).every((row) => row.includes('Chứng thực'))).toBe(true);
  expect(await rows.count()).toBeGreaterThan(0);

  const first = results.getByRole('link').first();
  const name = await first.innerText();
  await first.click();
  await visible(page.getByRole('heading', { level: 1, name }));
  const flow = page.getByRole('region', { name: 'Quy trình giải quyết' });
  await visible(flow.getByText(/giờ làm việc/).first());
  expect(await flow.innerText()).toContain('Cán bộ một cửa');
  expect(await page.getByRole('region', { name: 'Căn cứ pháp lý' }).innerText()).toMatch(/NĐ-CP|QH1\d|TT-/);

  // Back to the list: the filter is still in the address.
  await page.goBack();
  await expect.poll(() => new URL(page.url()).searchParams.get('field')).toBe('certification');
  await finish('catalog-counter-pc');
});

test('a search that finds nothing says so and offers to clear the filters', async () => {
  const { page, finish } = await openSession(server.baseUrl, COUNTER_PC);
  await page.goto('/thu-tuc?q=zzqqxxww');
  await visible(page.getByText('Không tìm thấy thủ tục phù hợp.'));
  await page.getByRole('button', { name: 'Bỏ lọc' }).click();
  await expect.poll(() => new URL(page.url()).search).toBe('');
  await visible(page.getByRole('region', { name: 'Danh sách thủ tục' }).getByRole('link').first());
  await finish('catalog-empty');
});
