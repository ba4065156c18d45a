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
