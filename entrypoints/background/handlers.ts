import { onMessage, type ProtocolMap } from '../../utils/messaging';
import { forgetAllReadingPositions } from '../../utils/reading-positions/store';
import { forgetAllSiteMemory, forgetSiteMemory, getSiteMemoryEntry, getSiteMemoryStatus, learnSiteMemory } from '../../utils/site-memory-store';
import { disableAutoClean, enableAutoClean, wantsAutoClean } from './auto-clean';
import { cleanSerializedPage, closeIdleCleaningContext } from './page-cleaner';
import { reflectStateOnAction } from './badge';
import { injectEngine, openViewQuietly, previewArticleInTab, previewTab, toggleViewInTab, viewStateOf } from './reader-tab';
import { PAYLOADS, guarded, type Sender, type SenderKind } from '../../utils/sender-guard';
import { resolveTabId } from './target-tab';

/** Tabs, settings and the site memory as a whole: only the extension's own pages may ask. */
const PAGES: readonly SenderKind[] = ['extension-page'];
/** About the sender's own page (checked in the payload guard): its content script may ask too. */
const OWN_PAGE: readonly SenderKind[] = ['extension-page', 'content-script'];

type ProtocolData<K extends keyof ProtocolMap> = Parameters<ProtocolMap[K]>[0];

/** The background's side of the protocol (utils/messaging.ts), all in one place. */
export function registerBackgroundHandlers(): void {
  // Every handler checks its sender and payload first (sender-guard.ts); a refused message rejects.
  onMessage('toggleView', guarded('toggleView', PAGES, PAYLOADS.tabTarget, async ({ data }: { data: ProtocolData<'toggleView'> }) => {
    const tabId = await resolveTabId(data?.tabId);
    const state = await toggleViewInTab(tabId);
    await reflectStateOnAction(tabId, state);
    return state;
  }));
  onMessage('getViewState', guarded('getViewState', PAGES, PAYLOADS.tabTarget, async ({ data }: { data: ProtocolData<'getViewState'> }) => viewStateOf(await resolveTabId(data?.tabId))));
  onMessage('cleanPreview', guarded('cleanPreview', PAGES, PAYLOADS.tabTarget, async ({ data }: { data: ProtocolData<'cleanPreview'> }) => previewTab(await resolveTabId(data?.tabId))));
  onMessage('previewArticle', guarded('previewArticle', PAGES, PAYLOADS.previewRequest, async ({ data }: { data: ProtocolData<'previewArticle'> }) => previewArticleInTab(await resolveTabId(data.tabId), data.settings)));
  onMessage('enableAutoClean', guarded('enableAutoClean', PAGES, PAYLOADS.siteTarget, ({ data }: { data: ProtocolData<'enableAutoClean'> }) => enableAutoClean(data.origin)));
  onMessage('disableAutoClean', guarded('disableAutoClean', PAGES, PAYLOADS.siteTarget, ({ data }: { data: ProtocolData<'disableAutoClean'> }) => disableAutoClean(data.origin)));
  onMessage('siteMemoryFor', guarded('siteMemoryFor', OWN_PAGE, PAYLOADS.ownPage, ({ data }: { data: ProtocolData<'siteMemoryFor'> }) => getSiteMemoryEntry(data.url)));
  onMessage('learnSiteMemory', guarded('learnSiteMemory', OWN_PAGE, PAYLOADS.learnedPage, async ({ data }: { data: ProtocolData<'learnSiteMemory'> }) => {
    const outcome = await learnSiteMemory(data.url, data.blocks);
    if (!outcome.learned) console.info(`[quiet-reader] site memory: ${outcome.reason}`);
  }));
  onMessage('cleanPageHtml', guarded('cleanPageHtml', OWN_PAGE, PAYLOADS.pageHtml, ({ data }: { data: ProtocolData<'cleanPageHtml'> }) => cleanSerializedPage(data)));
  onMessage('loadReaderEngine', guarded('loadReaderEngine', ['content-script'], PAYLOADS.none, ({ sender }: { sender: Sender }) => injectEngine(sender)));
  onMessage('offscreenIdle', guarded('offscreenIdle', PAGES, PAYLOADS.none, () => closeIdleCleaningContext()));
  onMessage('forgetSiteMemory', guarded('forgetSiteMemory', PAGES, PAYLOADS.forgetRequest, async ({ data }: { data: ProtocolData<'forgetSiteMemory'> }) => {
    if (data.site === null) {
      // "Forget everything" also forgets where you stopped in each article.
      await Promise.all([forgetAllSiteMemory(), forgetAllReadingPositions()]);
      return { forgotten: true };
    }
    return { forgotten: await forgetSiteMemory(data.site) };
  }));
  onMessage('siteMemoryStatus', guarded('siteMemoryStatus', PAGES, PAYLOADS.none, () => getSiteMemoryStatus()));
  onMessage('autoCleanPageLoaded', guarded('autoCleanPageLoaded', ['content-script'], PAYLOADS.none, async ({ sender }: { data: ProtocolData<'autoCleanPageLoaded'>; sender: Sender }) => {
    const tabId = sender.tab?.id;
    // Only the top frame of a page whose site is still opted in.
    if (tabId == null || sender.frameId !== 0 || !(await wantsAutoClean(sender.tab?.url ?? sender.url))) return;
    await openViewQuietly(tabId);
  }));
}
