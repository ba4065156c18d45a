import type { Page } from 'playwright-core';

/*
 * Scripts run in the page. They are strings because the root tsconfig (which checks e2e/)
 * has no DOM types: the server code must not see browser globals.
 */

/** The page's full width in CSS pixels: more than the viewport means sideways scrolling. */
export function pageWidth(page: Page): Promise<number> {
  return page.evaluate<number>('document.documentElement.scrollWidth');
}

/** The accessible name of the focused element (aria-label, its label, or its text). */
export function focusedName(page: Page): Promise<string> {
  return page.evaluate<string>(`(() => {
    const el = document.activeElement;
    if (!el) return '';
    const label = el.getAttribute('aria-label') ?? (el.id ? document.querySelector('label[for="' + el.id + '"]')?.textContent : null);
    return (label ?? el.textContent ?? '').trim();
  })()`);
}

/** The computed text colour of every element the selector matches, in document order. */
export function textColours(page: Page, selector: string): Promise<string[]> {
  return page.evaluate<string[]>(
    `Array.from(document.querySelectorAll(${JSON.stringify(selector)}), (el) => getComputedStyle(el).color)`,
  );
}
