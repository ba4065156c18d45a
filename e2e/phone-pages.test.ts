import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { birthAtCounter } from '../server/test/dossier-fixtures.js';
import { openSession, PHONE, type Session } from './support/browser.js';
import { pageWidth } from './support/dom.js';
import { startWebServer } from './support/server.js';
import { signInAs, visible } from './support/sign-in.js';

/*
 * Every main page on a 360-px phone: it loads, it has its heading, nothing makes the page
 * scroll sideways. Each is saved as a screenshot (test-results/screenshots/phone-*.png).
 */
const server = await startWebServer();
const received = await (await server.signIn('benthanh.motcua')).post('/api/v1/dossiers', birthAtCounter());
expect(received.status, received.text).toBe(201);
const dossier = received.body as { id: string; code: string };
const codeInPath = encodeURIComponent(dossier.code).replace(/\./g, '%2E');

/** The elements that stick out past the right edge, to say what to fix. */
const WIDE = `Array.from(document.querySelectorAll('body *')).filter((el) => el.getBoundingClientRect().right > ${PHONE.width + 1}).slice(0, 5).map((el) => el.tagName.toLowerCase() + '.' + String(el.className).split(' ')[0])`;

/** Opens each page, waits for its heading and for loading to end; returns the pages that scroll sideways. */
async function tour(session: Session, pages: Record<string, string>): Promise<Record<string, string>> {
  const { page, shot } = session;
  const wide: Record<string, string> = {};
  for (const [name, path] of Object.entries(pages)) {
    await page.goto(path);
    await settled(page);
    const width = await pageWidth(page);
    if (width > PHONE.width) wide[name] = `${width}px: ${(await page.evaluate<string[]>(WIDE)).join(', ')}`;
    await shot(`phone-${name}`);
  }
  return wide;
}

async function settled(page: Page): Promise<void> {
  await visible(page.getByRole('heading', { level: 1 }));
  await expect.poll(() => page.locator('.ant-skeleton, .ant-spin-spinning').count(), { timeout: 15_000 }).toBe(0);
}

test('the public pages and the citizen’s own pages fit a phone', async () => {
  const session = await openSession(server.baseUrl, PHONE, { isMobile: true });
  const open = await tour(session, {
    home: '/',
    catalog: '/thu-tuc?q=khai%20sinh',
    procedure: '/thu-tuc/dang-ky-khai-sinh',
    lookup: '/tra-cuu',
    'lookup-code': `/tra-cuu/${codeInPath}`,
  });
  await signInAs(session.page, '079090001234');
  const mine = await tour(session, {
    'online-filing': '/thu-tuc/dang-ky-khai-sinh/nop-truc-tuyen',
    'my-dossiers': '/ho-so-cua-toi',
    'my-dossier': `/ho-so-cua-toi/${dossier.id}`,
  });
  expect({ ...open, ...mine }).toEqual({});
  await session.finish('phone-citizen-end');
});

test('the staff pages fit a phone too: desk, dossier, receipt, inbox, dashboard, accounts', async () => {
  const desk = await openSession(server.baseUrl, PHONE, { isMobile: true });
  await signInAs(desk.page, 'benthanh.motcua');
  const deskPages = await tour(desk, {
    'staff-home': '/can-bo',
    'counter-intake': '/can-bo/tiep-nhan',
    'staff-dossier': `/can-bo/ho-so/${dossier.id}`,
    receipt: `/can-bo/ho-so/${dossier.id}/bien-nhan`,
  });
  await desk.finish('phone-desk-end');

  const leader = await openSession(server.baseUrl, PHONE, { isMobile: true });
  await signInAs(leader.page, 'cangio.lanhdao');
  const leaderPages = await tour(leader, { inbox: '/can-bo/ho-so', dashboard: '/can-bo/thong-ke', 'workflow-settings': '/can-bo/cai-dat-phan-cong' });
  await leader.finish('phone-leader-end');

  const admin = await openSession(server.baseUrl, PHONE, { isMobile: true });
  await signInAs(admin.page, 'admin');
  const adminPages = await tour(admin, { accounts: '/can-bo/tai-khoan', 'account-new': '/can-bo/tai-khoan/tao-moi', audit: '/can-bo/nhat-ky' });
  await admin.finish('phone-admin-end');
  expect({ ...deskPages, ...leaderPages, ...adminPages }).toEqual({});
});
