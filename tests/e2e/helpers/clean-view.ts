import type { Locator, Page } from 'playwright-core';
import { triggerAction } from './action';
import type { ExtensionSession } from './launch';
import { attachRealPopup } from './real-popup';

/**
 * Page object for the clean view inside an article tab. Playwright's CSS locators pierce the
 * view's open shadow root. Wait on the dialog's content, not on the host element: the host has
 * no box of its own (the dialog is in the top layer), so Playwright would call it hidden.
 */

/** Shapes of `utils/messaging.ts` replies, as JSON (the tests do not import extension code). */
export type ViewStateJson = { status: 'closed' } | { status: 'open'; title: string; removedCount: number } | { status: 'unavailable'; problem: { code: string; message: string } };

export const VIEW_HOST = 'quiet-reader-view';

export function cleanView(page: Page): Locator {
  return page.locator(`${VIEW_HOST} [data-testid="clean-view"]`);
}
export function articleContent(page: Page): Locator {
  return page.locator(`${VIEW_HOST} [data-testid="article-content"]`);
}
export function viewMessage(page: Page): Locator {
  return page.locator(`${VIEW_HOST} [data-testid="view-message"]`);
}

export async function isViewMounted(page: Page): Promise<boolean> {
  return page.evaluate((tag) => document.querySelector(tag) !== null, VIEW_HOST);
}

/** Waits until the view is gone from the page (its host element removed). */
export async function waitForViewClosed(page: Page): Promise<void> {
  await page.waitForFunction((tag) => document.querySelector(tag) === null, VIEW_HOST);
}

/**
 * The popup's toggle, through the real action path: `triggerAction` (a toolbar click, which
 * grants activeTab), then, inside the real popup, the `toggleView` message its toggle sends
 * (webext-core's wire format: `{ id, type, data, timestamp }` → `{ res }` or `{ err }`).
 * Returns the background's reply.
 */
export async function toggleThroughPopup(ext: ExtensionSession, page: Page): Promise<ViewStateJson> {
  await triggerAction(ext, page);
  const popup = await attachRealPopup(ext);
  try {
    const reply = await popup.evaluate<{ res?: ViewStateJson; err?: { message: string } }>(`(async () => {
      const [tab] = await chrome.tabs.query({ active: true, currentWindow: true });
      return chrome.runtime.sendMessage({ id: 1, type: 'toggleView', data: { tabId: tab.id }, timestamp: Date.now() });
    })()`);
    if (!reply?.res) throw new Error(`toggleView failed in the popup: ${reply?.err?.message ?? 'no reply'}`);
    return reply.res;
  } finally {
    await popup.close();
  }
}

/** e2e build only: the background's test hook (`globalThis.__quietReader`), no action needed. */
export async function toggleThroughHook(ext: ExtensionSession, tabId: number): Promise<ViewStateJson> {
  return ext.serviceWorker.evaluate(
    (id) => (globalThis as unknown as { __quietReader: { toggleViewInTab(id: number): Promise<ViewStateJson> } }).__quietReader.toggleViewInTab(id),
    tabId,
  );
}
