import { expect, test } from 'vitest';
import { disabilityAssessment } from '../server/test/dossier-fixtures.js';
import { COUNTER_PC, openSession } from './support/browser.js';
import { startWebServer } from './support/server.js';
import { signInAs, visible } from './support/sign-in.js';

const server = await startWebServer();
const desk = await server.signIn('benthanh.motcua');
const specialistApi = await server.signIn('benthanh.chuyenvien');

/** A disability assessment received at Bến Thành, walked through to the council's step. */
const received = await desk.post('/api/v1/dossiers', disabilityAssessment());
expect(received.status, received.text).toBe(201);
const id = received.body.id as string;
for (let step = (await desk.get(`/api/v1/dossiers/${id}`)).body.step; step.key !== 'assess'; step = (await desk.get(`/api/v1/dossiers/${id}`)).body.step) {
  const done = await (step.role === 'officer' ? desk : specialistApi).post(`/api/v1/dossiers/${id}/complete-step`, {});
  expect(done.status, done.text).toBe(200);
}

test('the specialist records the council’s conclusion with the step; the dossier page shows it as the certificate will state it', async () => {
  const { page, finish } = await openSession(server.baseUrl, COUNTER_PC);
  await signInAs(page, 'benthanh.chuyenvien');
  await page.goto(`/can-bo/ho-so/${id}`);
  const actions = page.getByRole('region', { name: 'Thao tác được phép' });
  await actions.getByRole('button', { name: 'Hoàn thành bước, chuyển bước tiếp theo' }).click();
  const dialog = page.getByRole('dialog', { name: 'Hoàn thành bước, chuyển bước tiếp theo' });
  const findings = dialog.getByRole('region', { name: 'Kết luận của Hội đồng xác định mức độ khuyết tật' });
  await findings.getByRole('checkbox', { name: 'Ghi kết luận của cơ quan ở bước này' }).check();
  await findings.getByRole('checkbox', { name: 'Khuyết tật vận động' }).check();
  await findings.getByRole('radio', { name: 'Khuyết tật nặng' }).check();
  // Confirming without the date names the missing field, next to it (a ticked list is no missing field).
  await dialog.getByRole('button', { name: 'Xác nhận' }).click();
  await visible(findings.getByText('Ngày Hội đồng kết luận', { exact: false }));
  expect(await findings.locator('.ant-form-item-has-error').count()).toBe(1);
  await findings.getByLabel('Ngày Hội đồng kết luận').fill('2026-11-20');
  await dialog.getByRole('button', { name: 'Xác nhận' }).click();
  await visible(actions.getByRole('status').getByText('Đã thực hiện «Hoàn thành bước, chuyển bước tiếp theo».', { exact: false }));

  const section = page.getByRole('region', { name: 'Kết luận của Hội đồng xác định mức độ khuyết tật' });
  await visible(section.getByText('Khuyết tật nặng'));
  expect(await section.innerText()).toContain('Khuyết tật vận động');
  expect((await specialistApi.get(`/api/v1/dossiers/${id}`)).body.findings).toEqual({ dangKhuyetTat: ['van-dong'], mucDoKhuyetTat: 'nang', ngayKetLuan: '2026-11-20' });
  await finish('dossier-findings');
});
