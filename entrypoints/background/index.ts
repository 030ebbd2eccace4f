import { browser } from 'wxt/browser';
import { readingPositionsItem } from '../../utils/reading-positions/store';
import { getPreferences, getSiteRule, savePreferences, saveSiteRule, updatePreferences } from '../../utils/settings';
import { getSiteMemoryEntry } from '../../utils/site-memory-store';
import { disableAutoClean, enableAutoClean, syncAutoCleanScripts } from './auto-clean';
import { listenForE2eBridge } from './e2e-bridge';
import { registerBackgroundHandlers } from './handlers';
import { prepareCleaningContext, refuseOffTabCleaningForTests } from './page-cleaner';
import { openViewQuietly, previewTab, toggleViewInTab, viewStateOf } from './reader-tab';
import { contextMenuItem, createContextMenu, getLastTrigger, listenForTriggers, onContextMenuClicked } from './triggers';

/**
 * The background wires things up and holds no state of its own: the view's state lives in the
 * tab, the settings in storage, auto-clean registrations in the browser.
 */
export default defineBackground(() => {
  registerBackgroundHandlers();
  listenForTriggers();
  browser.runtime.onInstalled.addListener(() => {
    createContextMenu();
    void syncAutoCleanScripts();
    void prepareCleaningContext();
  });
  browser.runtime.onStartup.addListener(() => {
    void syncAutoCleanScripts();
    void prepareCleaningContext();
  });
  // Firefox's background page starts once per session: warm its engine now. (Chrome's service
  // worker restarts on every event; its offscreen document opens on browser start and triggers.)
  if (import.meta.env.FIREFOX) void prepareCleaningContext();
  // The reader can revoke a site's access in the browser's own settings.
  browser.permissions.onRemoved.addListener(() => void syncAutoCleanScripts());

  if (import.meta.env.MODE === 'e2e') {
    // Test hooks for the browser tests (tests/e2e); only the e2e build has them.
    Object.assign(globalThis, {
      __quietReader: {
        toggleViewInTab,
        openViewQuietly,
        viewStateOf,
        previewTab,
        enableAutoClean,
        disableAutoClean,
        getLastTrigger,
        contextMenu: { item: contextMenuItem(), onClicked: onContextMenuClicked },
        settings: { getPreferences, savePreferences, updatePreferences, getSiteRule, saveSiteRule },
        siteMemory: { getSiteMemoryEntry },
        refuseOffTabCleaningForTests,
      },
    });
    // Firefox's tests reach the same hooks from the test page (./e2e-bridge.ts says why).
    const startedAt = Date.now() + Math.random();
    listenForE2eBridge({
      backgroundStartedAt: () => startedAt,
      toggleViewInTab: (tabId) => toggleViewInTab(tabId),
      viewStateOf: (tabId) => viewStateOf(tabId),
      getLastTrigger: () => getLastTrigger(),
      getPreferences: () => getPreferences(),
      savePreferences: (_tabId, next: Parameters<typeof savePreferences>[0]) => savePreferences(next),
      getSiteRule: (_tabId, host: string) => getSiteRule(host),
      getManifest: () => browser.runtime.getManifest(),
      getPermissions: () => browser.permissions.getAll(),
      getCommands: () => browser.commands.getAll(),
      // Runs a test's script in the asking tab's content-script world (Firefox MV2), where the
      // reader runs: the reading-aloud test puts its speech stub there.
      executeInTab: (tabId, code: string) => (browser.tabs as unknown as { executeScript(id: number, details: { code: string }): Promise<unknown[]> }).executeScript(tabId, { code }).then((results) => results[0] ?? null),
      getReadingPositions: () => readingPositionsItem.getValue(),
      tabId: (tabId) => tabId,
      toggleOtherTab: (_tabId, otherTabId: number) => toggleViewInTab(otherTabId),
      contextMenuItemExists: (_tabId, id: string) => browser.contextMenus.update(id, {}).then(() => true, () => false),
      clickContextMenu: async (tabId, menuItemId: string) => {
        await onContextMenuClicked({ menuItemId }, { id: tabId });
        return getLastTrigger();
      },
      activeTabId: async () => (await browser.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id ?? null,
      // BiDi may not navigate a tab to moz-extension://, but a tab the add-on opens is drivable:
      // how Firefox's tests reach the popup (as a page, `?tabId=N`) and the settings page.
      openExtensionPage: async (_tabId, pagePath: string) => (await browser.tabs.create({ url: browser.runtime.getURL(pagePath as '/popup.html') })).id ?? null,
      enableAutoClean: (_tabId, origin: string) => enableAutoClean(origin),
      refuseOffTabCleaning: (_tabId, refuse: boolean) => refuseOffTabCleaningForTests(refuse),
      readingPositions: async () => (await browser.storage.local.get<{ readingPositions?: unknown }>('readingPositions')).readingPositions ?? {},
      registeredScripts: async () => (await browser.scripting.getRegisteredContentScripts()).map((script) => ({ id: script.id, matches: script.matches })),
      // Answers first, then reloads: the reply would otherwise die with the background.
      reload: () => void setTimeout(() => browser.runtime.reload(), 100),
    });
  }
});
