import { expect, test } from 'vitest';
import { openSession, PHONE } from './support/browser.js';
import { pageWidth } from './support/dom.js';
import { startWebServer } from './support/server.js';
import { choose, visible } from './support/sign-in.js';

const server = await startWebServer();

/** dd/MM/yyyy HH:mm in Vietnam, as the page shows it. */
function vietnamTime(iso: string): string {
  const local = new Date(new Date(iso).getTime() + 7 * 3_600_000).toISOString();
  return `${local.slice(8, 10)}/${local.slice(5, 7)}/${local.slice(0, 4)} ${local.slice(11, 16)}`;
}

test('an elderly citizen on a phone finds birth registration by typing "khai sanh" and learns what to bring and where to file', async () => {
  const { page, finish } = await openSession(server.baseUrl, PHONE, { isMobile: true });
  await page.goto('/');
  const search = page.getByRole('search', { name: 'Bạn cần làm thủ tục gì?' });
  // No diacritics and a typo ("sanh" for "sinh"): the catalog still finds it.
  await search.getByRole('searchbox', { name: 'Bạn cần làm thủ tục gì?' }).fill('khai sanh');
  await search.getByRole('button', { name: 'Tìm thủ tục' }).click();

  await visible(page.getByRole('heading', { level: 1, name: 'Thủ tục hành chính' }));
  expect(new URL(page.url()).searchParams.get('q')).toBe('khai sanh');
  const results = page.getByRole('region', { name: 'Kết quả cho “khai sanh”' });
  await results.getByRole('link', { name: 'Đăng ký khai sinh', exact: true }).click();

  await visible(page.getByRole('heading', { level: 1, name: 'Đăng ký khai sinh' }));
  // The due date if filed now, in Vietnam time, as the server computed it.
  const api = (await (await fetch(`${server.baseUrl}/api/v1/catalog/procedures/dang-ky-khai-sinh`)).json()) as { dueIfReceivedNow: string };
  await visible(page.getByText(`Nếu nộp đủ hồ sơ ngay bây giờ, hẹn trả: ${vietnamTime(api.dueIfReceivedNow)}`));

  // The components as a checklist, with papers the state already holds marked as such.
  const components = page.getByRole('region', { name: 'Thành phần hồ sơ' });
  const declaration = components.getByRole('checkbox', { name: 'Tờ khai đăng ký khai sinh theo mẫu' });
  await visible(declaration);
  await declaration.check();
  await visible(components.getByText('Đã chuẩn bị 1/8 giấy tờ.'));
  expect(await components.getByText('Không cần nộp — cơ quan đã có dữ liệu').count()).toBeGreaterThan(0);
  expect(await components.innerText()).toContain('Bản chính');

  // Fees in đồng, the province-set ones marked as indicative.
  const fees = page.getByRole('region', { name: 'Phí, lệ phí' });
  const feeText = await fees.innerText();
  expect(feeText).toContain('8.000 đồng / trường hợp');
  expect(feeText).toContain('Mức tham khảo');
  expect(feeText).toContain('Miễn phí');

  // "Nộp ở đâu?": pick the ward, see who decides and where it is received.
  const where = page.getByRole('region', { name: 'Nộp ở đâu?' });
  await choose(page, where.getByRole('combobox', { name: 'Xã, phường nơi bạn ở' }), 'sai gon', 'Phường Sài Gòn');
  await visible(where.getByText('Ủy ban nhân dân phường Sài Gòn', { exact: true }));
  const whereText = await where.innerText();
  expect(whereText).toMatch(/Cơ quan có thẩm quyền\s+Ủy ban nhân dân phường Sài Gòn/);
  expect(whereText).toContain('Trung tâm Phục vụ hành chính công phường Sài Gòn');
  expect(whereText).toContain('bất kỳ Trung tâm Phục vụ hành chính công nào trong tỉnh');
  expect(new URL(page.url()).searchParams.get('xa')).toBe('26740');

  expect(await pageWidth(page)).toBeLessThanOrEqual(PHONE.width);
  await finish('catalog-citizen-phone');
});

test('"back to the list" returns to the same search', async () => {
  const { page, finish } = await openSession(server.baseUrl, PHONE, { isMobile: true });
  await page.goto('/thu-tuc?q=khai+sanh');
  await page.getByRole('link', { name: 'Đăng ký khai sinh', exact: true }).click();
  await visible(page.getByRole('heading', { level: 1, name: 'Đăng ký khai sinh' }));
  await page.getByRole('link', { name: 'Danh sách thủ tục' }).click();
  await visible(page.getByRole('heading', { level: 2, name: 'Kết quả cho “khai sanh”' }));
  expect(await page.getByRole('searchbox', { name: 'Tên thủ tục hoặc việc bạn cần làm' }).inputValue()).toBe('khai sanh');
  await finish('catalog-back-to-search');
});

test('the application form can be previewed field by field', async () => {
  const { page, finish } = await openSession(server.baseUrl, PHONE, { isMobile: true });
  await page.goto('/thu-tuc/dang-ky-khai-sinh');
  await page.getByRole('link', { name: 'Xem các mục cần khai: Tờ khai đăng ký khai sinh' }).click();
  await visible(page.getByRole('heading', { level: 1, name: 'Tờ khai đăng ký khai sinh' }));
  const child = page.getByRole('region', { name: 'Người được khai sinh' });
  await visible(child.getByText('Họ, chữ đệm, tên người được khai sinh'));
  expect(await child.innerText()).toContain('Chọn một: Nam, Nữ');
  expect(await pageWidth(page)).toBeLessThanOrEqual(PHONE.width);
  await page.getByRole('link', { name: 'Quay lại thủ tục' }).click();
  await visible(page.getByRole('heading', { level: 1, name: 'Đăng ký khai sinh' }));
  await finish('catalog-form-preview');
});
