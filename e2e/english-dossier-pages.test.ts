import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import en from '../web/src/i18n/en.json' with { type: 'json' };
import { birthAtCounter } from '../server/test/dossier-fixtures.js';
import { COUNTER_PC, openSession, PHONE } from './support/browser.js';
import { startWebServer } from './support/server.js';
import { signInAs, visible } from './support/sign-in.js';

const server = await startWebServer();
const received = await (await server.signIn('benthanh.motcua')).post('/api/v1/dossiers', birthAtCounter());
expect(received.status, received.text).toBe(201);
const dossier = received.body as { id: string; code: string };

/** i18next shows a missing key as the key itself: "dossier.channels.counter", "actions.hints.x"… */
const NAMESPACES = Object.keys(en);
const RAW_KEY = new RegExp(`\\b(${NAMESPACES.join('|')})\\.[A-Za-z_]+(\\.[A-Za-z_0-9]+)*\\b`, 'g');
const VIETNAMESE = /[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]/i;

/**
 * The words the app itself puts on the page — headings, labels, buttons, tags, menus, notices,
 * step and history names — as opposed to what people typed (names, addresses, the form).
 */
const CHROME = 'h1, h2, h3, h4, button:not([lang="vi"]), .ant-descriptions-item-label, th, label, legend, .ant-tag, .ant-alert-title, .ant-steps-item-title, .ant-timeline strong, nav a, .ant-empty-description';

async function untranslated(page: Page): Promise<{ rawKeys: string[]; vietnamese: string[] }> {
  const text = await page.locator('body').innerText();
  const chrome = await page.locator(CHROME).allInnerTexts();
  return { rawKeys: text.match(RAW_KEY) ?? [], vietnamese: [...new Set(chrome.map((s) => s.trim()).filter((s) => VIETNAMESE.test(s)))] };
}

test('in English, the staff dossier page — dialog and answer included — has no Vietnamese-only words and no missing keys', async () => {
  const { page, finish } = await openSession(server.baseUrl, COUNTER_PC);
  await signInAs(page, 'cangio.chuyenvien');
  await page.goto(`/can-bo/ho-so/${dossier.id}`);
  await visible(page.getByRole('heading', { level: 1, name: `Hồ sơ ${dossier.code}` }));
  // The check itself sees Vietnamese where there is some.
  expect((await untranslated(page)).vietnamese).toEqual(expect.arrayContaining(['Thao tác được phép', 'Người nộp hồ sơ']));
  await page.getByRole('button', { name: 'English' }).click();
  await visible(page.getByRole('heading', { level: 1, name: `Dossier ${dossier.code}` }));
  expect(await page.getAttribute('html', 'lang')).toBe('en');
  await visible(page.getByRole('region', { name: 'Application form' }).getByText('Full name of the person being registered'));
  expect(await untranslated(page)).toEqual({ rawKeys: [], vietnamese: [] });
  // Who is signed in: the agency by its English name (the commune's own name stays as it is).
  await visible(page.getByText("People's Committee, Xã Cần Giờ").first());

  const actions = page.getByRole('region', { name: 'What you can do' });
  await actions.getByRole('button', { name: 'Complete the step' }).click();
  const dialog = page.getByRole('dialog', { name: 'Complete the step' });
  await visible(dialog.getByText("Once confirmed, the dossier moves on to the step 'Commune People’s Committee leader signs'."));
  expect(await untranslated(page)).toEqual({ rawKeys: [], vietnamese: [] });
  await dialog.getByRole('button', { name: 'Confirm' }).click();
  await visible(actions.getByRole('status').getByText("Done: 'Complete the step'. The dossier is now 'Being processed'."));
  await visible(actions.getByRole('link', { name: 'Back to the dossiers to handle' }));
  expect(await untranslated(page)).toEqual({ rawKeys: [], vietnamese: [] });
  await finish('english-staff-dossier');
});

test('in English, the public lookup — form, its checks and the answer — has no Vietnamese-only words and no missing keys', async () => {
  const { page, finish } = await openSession(server.baseUrl, PHONE, { isMobile: true });
  await page.goto('/tra-cuu');
  await page.getByRole('button', { name: 'English' }).click();
  await visible(page.getByRole('heading', { level: 1, name: 'Track a dossier' }));
  const box = page.getByRole('textbox', { name: 'Dossier code' });
  await box.fill('abc');
  await box.press('Enter');
  await visible(page.getByText('A dossier code looks like 26743.TTPVHCC-261124-0001.'));
  expect(await untranslated(page)).toEqual({ rawKeys: [], vietnamese: [] });

  await box.fill(dossier.code);
  await box.press('Enter');
  await visible(page.getByRole('heading', { level: 1, name: 'Dossier status' }));
  await visible(page.getByRole('main').getByText(dossier.code));
  await page.getByRole('textbox', { name: "The applicant's personal ID number" }).fill('079090001234');
  await page.getByRole('button', { name: 'Show the history' }).click();
  await visible(page.getByRole('region', { name: 'History' }).getByText('Received at the desk'));
  expect(await untranslated(page)).toEqual({ rawKeys: [], vietnamese: [] });
  await finish('english-lookup');
});
