import { browser } from 'wxt/browser';
import { sendMessage } from '../../utils/messaging';
import { sitePermissionPattern } from '../../utils/settings/site-permission';
import { getPreferences, getPreferencesStorageStatus, getSiteRules, replaceSiteRules, resetAllSettings, savePreferences, saveSiteRule } from '../../utils/settings';
import type { OptionsBackend } from '../../components/options/options-store';

/** The settings page's only contact with `browser.*`: storage, permissions, messaging, downloads. */
export function createBrowserOptionsBackend(document: Document): OptionsBackend {
  return {
    loadPreferences: getPreferences,
    savePreferences,
    storageStatus: getPreferencesStorageStatus,
    loadSiteRules: getSiteRules,
    saveSiteRule: (host, rule) => saveSiteRule(host, rule),
    replaceSiteRules,
    resetAll: resetAllSettings,
    requestSiteAccess: (origin) => browser.permissions.request({ origins: [sitePermissionPattern(origin)] }),
    hasSiteAccess: (origin) => browser.permissions.contains({ origins: [sitePermissionPattern(origin)] }),
    async setAutoClean(origin, on) {
      const result = await sendMessage(on ? 'enableAutoClean' : 'disableAutoClean', { origin });
      if (!result.ok) throw new Error(result.message);
    },
    download(fileName, text) {
      // An object URL and a download link: no `downloads` permission needed.
      const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
      const link = document.createElement('a');
      link.href = url;
      link.download = fileName;
      link.hidden = true;
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    },
  };
}
