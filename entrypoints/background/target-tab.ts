import { browser } from 'wxt/browser';

/** The tab a message means: the one given, or the active tab of the last focused window. */
export async function resolveTabId(tabId: number | undefined): Promise<number> {
  if (tabId != null) return tabId;
  const [active] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
  if (active?.id == null) throw new Error('There is no active tab to clean.');
  return active.id;
}
