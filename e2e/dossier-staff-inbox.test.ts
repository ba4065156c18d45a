import type { AddressInfo } from 'node:net';
import { expect, test } from 'vitest';
import { birthAtCounter } from '../server/test/dossier-fixtures.js';
import { startTestApp } from '../server/test/harness.js';
import { COUNTER_PC, openSession, PHONE } from './support/browser.js';
import { pageWidth, textColours } from './support/dom.js';
import { pick, signInAs, visible } from './support/sign-in.js';

/* A server whose clock the test moves, so dossiers can be received days ago and fall overdue. */
let offset = 0;
const t = await startTestApp({ now: () => new Date(Date.now() + offset) });
await t.app.listen({ port: 0, host: '127.0.0.1' });
const baseUrl = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;

const DAY = 86_400_000;

const receive = async (name: string) => {
  const desk = await t.signIn('benthanh.motcua');
  const response = await desk.post('/api/v1/dossiers', birthAtCounter({ applicant: { type: 'person', fullName: name, nationalId: '079090001234' } }));
  expect(response.status, response.text).toBe(201);
  return response.body as { id: string; code: string };
};

// Overdue: received ten days ago (same-day procedure). Due soon: received now. On time: received
// now, then the leader apologised with a date a fortnight away. Paused: a supplement was asked.
offset = -10 * DAY;
const overdue = await receive('Lê Văn Quá Hạn');
offset = 0;
const dueSoon = await receive('Trần Thị Sắp Hạn');
const onTime = await receive('Phạm Văn Còn Hạn');
const paused = await receive('Võ Thị Tạm Dừng');
const leader = await t.signIn('cangio.lanhdao');
const apology = await leader.post(`/api/v1/dossiers/${onTime.id}/apologize`, { newDueAt: new Date(Date.now() + 14 * DAY).toISOString(), reason: 'Cần xác minh thêm thông tin hộ tịch.' });
expect(apology.status, apology.text).toBe(200);
const specialistApi = await t.signIn('cangio.chuyenvien');
const asked = await specialistApi.post(`/api/v1/dossiers/${paused.id}/request-supplement`, { missing: ['Giấy chứng sinh bản chính'], reason: 'Bản chụp không đọc được.' });
expect(asked.status, asked.text).toBe(200);

test('the specialist’s inbox shows each deadline in colour and in words, soonest due first, with counts and filters', async () => {
  const { page, finish } = await openSession(baseUrl, COUNTER_PC);
  await signInAs(page, 'cangio.chuyenvien');
  await page.getByRole('navigation', { name: 'Chức năng' }).getByText('Hồ sơ cần xử lý').click();
  await visible(page.getByRole('heading', { level: 1, name: 'Hồ sơ cần xử lý' }));
  const counts = page.getByRole('group', { name: 'Số hồ sơ theo thời hạn' });
  await visible(counts.getByText('Quá hạn: 1'));
  expect(await counts.innerText()).toMatch(/Sắp đến hạn: 1[\s\S]*Còn hạn: 1[\s\S]*Tạm dừng: 1/);

  const list = page.getByRole('region', { name: 'Danh sách hồ sơ cần xử lý' });
  const rows = list.locator('tbody tr.inbox-row');
  await expect.poll(() => rows.count()).toBe(3);
  // Soonest due first: overdue, due soon, on time — each tag says it in words, with its colour.
  expect(await rows.locator('a.dossier-code').allInnerTexts()).toEqual([overdue.code, dueSoon.code, onTime.code]);
  const tags = rows.locator('.deadline-tag');
  expect(await tags.allInnerTexts()).toEqual([expect.stringMatching(/^Quá hạn/), expect.stringMatching(/^Sắp đến hạn/), expect.stringMatching(/^Còn hạn/)]);
  const colours = await textColours(page, 'tbody tr.inbox-row .deadline-tag');
  expect(new Set(colours).size).toBe(3);
  expect(await tags.nth(0).getAttribute('class')).toContain('ant-tag-red');
  expect(await tags.nth(1).getAttribute('class')).toContain('ant-tag-orange');
  expect(await tags.nth(2).getAttribute('class')).toContain('ant-tag-green');

  // Filters live in the address: overdue only; then the paused ones (waiting for the applicant).
  await pick(page, page.getByRole('combobox', { name: 'Thời hạn' }), 'Quá hạn');
  await expect.poll(() => rows.count()).toBe(1);
  expect(new URL(page.url()).searchParams.get('deadline')).toBe('overdue');
  await pick(page, page.getByRole('combobox', { name: 'Thời hạn' }), 'Tất cả');
  await pick(page, page.getByRole('combobox', { name: 'Trạng thái' }), 'Yêu cầu bổ sung giấy tờ');
  await expect.poll(() => rows.count()).toBe(1);
  expect(await rows.locator('.deadline-tag').innerText()).toBe('Tạm dừng (chờ người nộp)');
  expect(await rows.locator('.deadline-tag').getAttribute('class')).not.toMatch(/ant-tag-(red|orange|green)/);
  await finish('dossier-inbox-colours');
});

test('on a phone the inbox is a list of cards with the same words', async () => {
  const { page, finish } = await openSession(baseUrl, PHONE, { isMobile: true });
  await signInAs(page, 'cangio.chuyenvien');
  await page.goto('/can-bo/ho-so');
  const list = page.getByRole('list', { name: 'Danh sách hồ sơ cần xử lý' });
  await visible(list.getByText('Quá hạn'));
  expect(await list.innerText()).toContain('Sắp đến hạn');
  expect(await pageWidth(page)).toBeLessThanOrEqual(PHONE.width);
  await finish('dossier-inbox-phone');
});

test('an action someone else took first is refused with the server’s message, and the page shows what is possible now', async () => {
  const { page, finish } = await openSession(baseUrl, COUNTER_PC);
  await signInAs(page, 'cangio.chuyenvien');
  await page.goto(`/can-bo/ho-so/${dueSoon.id}`);
  const actions = page.getByRole('region', { name: 'Thao tác được phép' });
  await visible(actions.getByRole('button', { name: 'Hoàn thành bước, chuyển bước tiếp theo' }));
  // Meanwhile the same step is completed from another window.
  const elsewhere = await specialistApi.post(`/api/v1/dossiers/${dueSoon.id}/complete-step`, { comment: 'Đã xử lý ở cửa sổ khác.' });
  expect(elsewhere.status).toBe(200);
  await actions.getByRole('button', { name: 'Hoàn thành bước, chuyển bước tiếp theo' }).click();
  const dialog = page.getByRole('dialog', { name: 'Hoàn thành bước, chuyển bước tiếp theo' });
  await dialog.getByRole('button', { name: 'Xác nhận' }).click();
  const alert = dialog.getByRole('alert');
  await visible(alert);
  expect(await alert.innerText()).toContain('Không thể «Hoàn thành bước, chuyển bước tiếp theo»: hồ sơ đang ở trạng thái «Đang xử lý»');
  // The footer's button, not the ✕ in the corner (which antd also names "Đóng").
  await dialog.locator('.ant-modal-footer').getByRole('button', { name: 'Đóng' }).click();
  await visible(actions.getByText('Lúc này bạn không có thao tác nào với hồ sơ này.'));
  await finish('dossier-action-409');
});

test('the leader assigns, sees the dashboard with charts, and switches automatic assignment off', async () => {
  const { page, shot, finish } = await openSession(baseUrl, COUNTER_PC);
  await signInAs(page, 'cangio.lanhdao');
  await page.goto(`/can-bo/ho-so/${overdue.id}`);
  const actions = page.getByRole('region', { name: 'Thao tác được phép' });
  await visible(actions.getByRole('button', { name: 'Phân công xử lý' }));
  expect(await actions.getByRole('button').allInnerTexts()).toEqual(expect.arrayContaining(['Phân công xử lý', 'Chuyển cơ quan khác', 'Xin lỗi và hẹn lại ngày trả kết quả']));
  await actions.getByRole('button', { name: 'Phân công xử lý' }).click();
  const dialog = page.getByRole('dialog', { name: 'Phân công xử lý' });
  await pick(page, dialog.getByRole('combobox', { name: 'Người xử lý' }), 'Lý Thị Mỹ Duyên (cangio.chuyenvien)');
  await dialog.getByRole('button', { name: 'Xác nhận' }).click();
  await visible(actions.getByRole('status').getByText('Đã thực hiện «Phân công xử lý».', { exact: false }));
  await visible(page.getByRole('region', { name: 'Quá trình xử lý' }).getByText('Phân công xử lý'));

  await page.getByRole('navigation', { name: 'Chức năng' }).getByText('Thống kê').click();
  await visible(page.getByRole('heading', { level: 1, name: 'Thống kê hồ sơ' }));
  const figures = page.getByRole('region', { name: 'Số liệu chính' });
  await visible(figures.getByText('Đang quá hạn'));
  await visible(page.getByRole('img', { name: /Biểu đồ cột/ }).locator('svg').first());
  await visible(page.getByRole('img', { name: /Biểu đồ đường/ }).locator('svg').first());
  await page.getByRole('button', { name: 'Xem số liệu dạng bảng' }).first().click();
  await visible(page.getByRole('cell', { name: 'Hộ tịch' }));
  await shot('dossier-dashboard');

  await page.getByRole('navigation', { name: 'Chức năng' }).getByText('Cài đặt phân công').click();
  const toggle = page.getByRole('switch', { name: 'Tự động phân công theo khối lượng công việc' });
  await visible(toggle);
  expect(await toggle.getAttribute('aria-checked')).toBe('true');
  await toggle.click();
  await visible(page.getByText('Đang tắt: lãnh đạo phân công từng hồ sơ.'));
  expect((await leader.get('/api/v1/dossiers/settings/27664.UBND')).body).toEqual({ autoAssign: false });
  await finish('dossier-workflow-settings');
});
