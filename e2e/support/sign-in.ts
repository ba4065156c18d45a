import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

export const DEMO_PASSWORD = 'motcua-demo-2025';

/** Signs in through the sign-in page as a person would, and waits to leave it. */
export async function signInAs(page: Page, login: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/dang-nhap');
  await page.getByRole('textbox', { name: 'Tên đăng nhập hoặc số định danh cá nhân' }).fill(login);
  await page.getByLabel('Mật khẩu', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  const alert = page.getByRole('alert');
  await expect
    .poll(async () => {
      if (new URL(page.url()).pathname !== '/dang-nhap') return 'left the sign-in page';
      return (await alert.count()) > 0 ? `refused: ${await alert.first().innerText()}` : 'waiting';
    }, { timeout: 20_000 })
    .toBe('left the sign-in page');
}

/** Waits until an element is visible (a readable failure instead of a timeout stack). */
export async function visible(locator: Locator): Promise<void> {
  await expect.poll(() => locator.first().isVisible(), { timeout: 15_000 }).toBe(true);
}

/**
 * Chooses an option of an antd Select the way a keyboard user does: type to filter, wait for
 * the option to be the highlighted one, press Enter.
 */
export async function choose(page: Page, combobox: Locator, typed: string, option: string): Promise<void> {
  await combobox.click();
  await combobox.fill(typed);
  const active = page.locator('.ant-select-dropdown:visible .ant-select-item-option-active');
  await expect.poll(() => active.innerText().catch(() => ''), { timeout: 15_000 }).toBe(option);
  await page.keyboard.press('Enter');
}

/**
 * Picks an option of an antd Select with the mouse, by its label, and waits until the select
 * shows it. Under load a click can land while the list is still opening and select nothing
 * (seen in CI); the pick is then made again, as a person would.
 */
export async function pick(page: Page, combobox: Locator, option: string): Promise<void> {
  const list = page.locator('.ant-select-dropdown:visible');
  // A list picked from just before may still be fading out.
  await expect.poll(() => list.count(), { timeout: 15_000 }).toBe(0);
  for (let attempt = 0; attempt < 3; attempt++) {
    if ((await list.count()) === 0) await combobox.click();
    await list.locator(`.ant-select-item-option[title="${option}"]`).click();
    const shown = await expect.poll(() => shownIn(combobox), { timeout: 5_000 }).toContain(option).then(() => true, () => false);
    if (shown) return;
  }
  expect(await shownIn(combobox), `the select shows «${option}»`).toContain(option);
}

/** The text an antd Select shows as its value (the closed select around the combobox). */
function shownIn(combobox: Locator): Promise<string> {
  return combobox.locator('xpath=ancestor::*[contains(concat(" ", normalize-space(@class), " "), " ant-select ")][1]').innerText().catch(() => '');
}
