import type { Page } from 'puppeteer-core';
import type { FirefoxSession } from './firefox-launch';
import { FIREFOX_EXTENSION_UUID } from './firefox-launch';
import { callFirefoxBackground, type ReaderTab } from './reader-browser';
import { waitInPage } from './page-wait';

/**
 * The add-on's own pages (popup, settings) in Firefox, as puppeteer pages.
 *
 * WebDriver BiDi refuses to navigate a tab to moz-extension:// ("not allowed in this context",
 * ../shared/docs/firefox-testing.md). A tab the add-on opens itself is another matter: it is a
 * browsing context BiDi can script, click and type into, though puppeteer keeps reporting its
 * address as about:blank. So the e2e build's bridge asks the background to open the page
 * (`tabs.create`), and the new page is found by asking each page where it really is. The popup
 * opens as a page with `?tabId=N`, as in Chromium's tests: Firefox, like Chromium, offers
 * automation no way to open the toolbar popup itself.
 */

export const EXTENSION_ORIGIN = `moz-extension://${FIREFOX_EXTENSION_UUID}`;

const whereIs = (page: Page) => page.evaluate(() => location.href).catch(() => '');

/** Opens `pagePath` (e.g. `options.html`) of the add-on in a new tab and waits until it has loaded. */
export async function openFirefoxExtensionPage(firefox: FirefoxSession, via: ReaderTab, pagePath: string): Promise<Page> {
  const wanted = `${EXTENSION_ORIGIN}/${pagePath}`;
  const before = new Set(await firefox.browser.pages());
  await callFirefoxBackground(via, 'openExtensionPage', pagePath);
  const deadline = Date.now() + 15_000;
  for (;;) {
    for (const page of await firefox.browser.pages()) {
      if (!before.has(page) && (await whereIs(page)) === wanted) {
        await waitInPage(page, () => document.readyState === 'complete', { polling: 50 });
        return page;
      }
    }
    if (Date.now() > deadline) throw new Error(`The add-on opened ${wanted}, but no such page appeared within 15 s`);
    await new Promise((resolve) => setTimeout(resolve, 100)); // polling the browser's page list
  }
}

/** The popup as a page for the tab `tabId` (its `?tabId=N`), once it has left its loading screen. */
export async function openFirefoxPopup(firefox: FirefoxSession, via: ReaderTab, tabId: number): Promise<{ page: Page; screen: string }> {
  const page = await openFirefoxExtensionPage(firefox, via, `popup.html?tabId=${tabId}`);
  await setViewportSize(page, { width: 400, height: 640 });
  return { page, screen: await popupScreenOf(page) };
}

/**
 * `page.setViewport`, in Firefox ESR 140 too: Puppeteer follows the viewport with
 * `emulation.setScreenOrientationOverride`, a WebDriver BiDi command Firefox 140 does not know
 * (153 does). Both commands go out together, so the viewport is still set; only that refusal is let go.
 */
async function setViewportSize(page: Page, size: { width: number; height: number }): Promise<void> {
  try {
    await page.setViewport(size);
  } catch (error) {
    if (!String(error).includes('setScreenOrientationOverride')) throw error;
  }
}

/** Which screen the popup shows once loaded: article, not-article, restricted, … */
export async function popupScreenOf(page: Page): Promise<string> {
  const root = await page.waitForSelector('[data-testid=popup]:not([data-screen=loading])', { timeout: 30_000 });
  return (await root!.evaluate((element) => element.getAttribute('data-screen'))) ?? '';
}

/** The settings page, ready (its stored settings loaded). */
export async function openFirefoxOptions(firefox: FirefoxSession, via: ReaderTab): Promise<Page> {
  const page = await openFirefoxExtensionPage(firefox, via, 'options.html');
  await page.waitForSelector('[data-testid=options][data-status=ready]', { timeout: 30_000 });
  return page;
}

/** Text of the first element matching `selector`, whitespace collapsed; '' when there is none. */
export function textOf(page: Page, selector: string): Promise<string> {
  return page.evaluate((sel) => (document.querySelector(sel)?.textContent ?? '').replace(/\s+/g, ' ').trim(), selector);
}

/** Whether the checkbox, radio or switch matching `selector` is checked. */
export function isChecked(page: Page, selector: string): Promise<boolean> {
  return page.evaluate((sel) => document.querySelector<HTMLInputElement>(sel)?.checked ?? false, selector);
}
