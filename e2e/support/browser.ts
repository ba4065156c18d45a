import { mkdirSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, expect, onTestFailed } from 'vitest';
import { CHROMIUM_PATH } from './chromium.js';

const SCREENSHOTS = 'test-results/screenshots';

export const PHONE = { width: 360, height: 740 };
export const COUNTER_PC = { width: 1366, height: 768 };

/**
 * Answers the app expects and shows to the user (a wrong password, a refused registration,
 * no session yet). Chromium logs each as a console error "Failed to load resource"; those
 * are not faults of the app. 5xx answers and every other console error are.
 */
const EXPECTED_HTTP_ERROR = /^Failed to load resource: the server responded with a status of 4(00|01|03|04|09|22|23)\b/;

let browser: Browser | undefined;

async function getBrowser(): Promise<Browser> {
  browser ??= await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  return browser;
}

afterAll(async () => {
  await browser?.close();
  browser = undefined;
});

export interface Session {
  context: BrowserContext;
  page: Page;
  /** Console errors and uncaught exceptions seen so far (expected 4xx excluded). */
  errors: string[];
  /** Saves a screenshot of the whole page as it is now, in test-results/screenshots; the session stays open. */
  shot(name: string): Promise<void>;
  /** Fails the test when the page logged an error; saves a screenshot either way. */
  finish(name: string): Promise<void>;
}

/** A fresh browser profile (no cookies, no storage) with a page at `baseUrl`. */
export async function openSession(baseUrl: string, viewport: { width: number; height: number } = COUNTER_PC, options: { isMobile?: boolean } = {}): Promise<Session> {
  const context = await (await getBrowser()).newContext({
    baseURL: baseUrl,
    viewport,
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    ...(options.isMobile ? { isMobile: true, hasTouch: true, deviceScaleFactor: 2 } : {}),
  });
  context.setDefaultTimeout(15_000);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && !EXPECTED_HTTP_ERROR.test(message.text())) errors.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
  page.on('response', (response) => {
    if (response.status() >= 500) errors.push(`HTTP ${response.status()} ${response.url()}`);
  });
  const shot = async (name: string) => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: `${SCREENSHOTS}/${name}.png`, fullPage: true });
  };
  // What the page showed when a step failed: the first thing to look at in CI's artefacts.
  onTestFailed(async ({ task }) => {
    if (!page.isClosed()) await shot(`failed-${task.name.replace(/[^\p{L}\p{N}]+/gu, '-').slice(0, 80)}`).catch(() => undefined);
  });
  return {
    context,
    page,
    errors,
    shot,
    finish: async (name) => {
      await shot(name);
      await context.close();
      expect(errors, 'console errors on the page').toEqual([]);
    },
  };
}
