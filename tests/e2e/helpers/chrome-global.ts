import type { browser } from 'wxt/browser';

/**
 * The `chrome` global inside the extension's service worker, typed with WXT's browser types.
 * Code passed to `serviceWorker.evaluate` runs there, so it reads the global like this:
 *
 * @example
 * await ext.serviceWorker.evaluate(() => (globalThis as unknown as ChromeGlobal).chrome.runtime.getManifest());
 */
export interface ChromeGlobal {
  chrome: typeof browser;
}
