import { browser } from 'wxt/browser';
import { sendMessage } from '../../utils/messaging';
import { sitePermissionPattern } from '../../utils/settings/site-permission';
import { getPreferences, getSiteRule, savePreferences } from '../../utils/settings';
import type { PopupBackend, PopupTab } from '../../components/popup/popup-store';

/** `?tabId=N` when the popup is opened as a page (browser tests, "open in tab"); else null. */
export function tabIdFromLocation(search: string): number | null {
  const raw = new URLSearchParams(search).get('tabId');
  if (raw == null || !/^\d+$/.test(raw)) return null;
  return Number(raw);
}

/** The popup's only contact with `browser.*`: messaging to the background, storage, permissions. */
export function createBrowserPopupBackend(location: Location): PopupBackend {
  return {
    async findTargetTab(): Promise<PopupTab | null> {
      const requested = tabIdFromLocation(location.search);
      const tab = requested != null ? await browser.tabs.get(requested) : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
      return tab?.id == null ? null : { id: tab.id, url: tab.url };
    },
    loadPreferences: getPreferences,
    async savePreferences(preferences) {
      await savePreferences(preferences);
    },
    previewArticle: (tabId, settings) => sendMessage('previewArticle', { tabId, settings }),
    async getViewActive(tabId) {
      return (await sendMessage('getViewState', { tabId })).status === 'open';
    },
    async toggleView(tabId) {
      const state = await sendMessage('toggleView', { tabId });
      if (state.status === 'unavailable') throw new Error(state.problem.message);
      return state.status === 'open';
    },
    async getAutoClean(host) {
      return (await getSiteRule(host)).autoClean;
    },
    requestSiteAccess: (origin) => browser.permissions.request({ origins: [sitePermissionPattern(origin)] }),
    async setAutoClean(_tab, origin, on) {
      const result = await sendMessage(on ? 'enableAutoClean' : 'disableAutoClean', { origin });
      if (!result.ok) throw new Error(result.message);
    },
    openOptions: () => void browser.runtime.openOptionsPage(),
  };
}
