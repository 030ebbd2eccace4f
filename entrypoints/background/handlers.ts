import { onMessage } from '../../utils/messaging';
import { forgetAllSiteMemory, forgetSiteMemory, getSiteMemoryEntry, getSiteMemoryStatus, learnSiteMemory } from '../../utils/site-memory-store';
import { disableAutoClean, enableAutoClean, wantsAutoClean } from './auto-clean';
import { reflectStateOnAction } from './badge';
import { openViewQuietly, previewArticleInTab, previewTab, toggleViewInTab, viewStateOf } from './reader-tab';
import { resolveTabId } from './target-tab';

/** The background's side of the protocol (utils/messaging.ts), all in one place. */
export function registerBackgroundHandlers(): void {
  onMessage('toggleView', async ({ data }) => {
    const tabId = await resolveTabId(data?.tabId);
    const state = await toggleViewInTab(tabId);
    await reflectStateOnAction(tabId, state);
    return state;
  });
  onMessage('getViewState', async ({ data }) => viewStateOf(await resolveTabId(data?.tabId)));
  onMessage('cleanPreview', async ({ data }) => previewTab(await resolveTabId(data?.tabId)));
  onMessage('previewArticle', async ({ data }) => previewArticleInTab(await resolveTabId(data.tabId), data.settings));
  onMessage('enableAutoClean', ({ data }) => enableAutoClean(data.origin));
  onMessage('disableAutoClean', ({ data }) => disableAutoClean(data.origin));
  onMessage('siteMemoryFor', ({ data }) => getSiteMemoryEntry(data.url));
  onMessage('learnSiteMemory', async ({ data }) => {
    const outcome = await learnSiteMemory(data.url, data.blocks);
    if (!outcome.learned) console.info(`[quiet-reader] site memory: ${outcome.reason}`);
  });
  onMessage('forgetSiteMemory', async ({ data }) => {
    if (data.site === null) {
      await forgetAllSiteMemory();
      return { forgotten: true };
    }
    return { forgotten: await forgetSiteMemory(data.site) };
  });
  onMessage('siteMemoryStatus', () => getSiteMemoryStatus());
  onMessage('autoCleanPageLoaded', async ({ sender }) => {
    const tabId = sender.tab?.id;
    // Only the top frame of a page whose site is still opted in.
    if (tabId == null || sender.frameId !== 0 || !(await wantsAutoClean(sender.tab?.url ?? sender.url))) return;
    await openViewQuietly(tabId);
  });
}
