import { describe, expect, it } from 'vitest';
import { seedArticle } from './helpers/articles';
import type { ChromeGlobal } from './helpers/chrome-global';
import { articleContent, waitForViewClosed, type ViewStateJson } from './helpers/clean-view';
import { openPage, tabIdOf } from './helpers/launch';
import { useExtensionSession } from './helpers/session';

/**
 * The page's context-menu entry "Toggle clean view". A native menu cannot be clicked in headless
 * Chromium, so the test checks the entry the background created on install (the browser confirms
 * the id exists) and then runs the background's own `contextMenus.onClicked` handler
 * (triggers.ts `onContextMenuClicked`, reached through the e2e build's hook) with the tab, as the
 * browser would after a click.
 */

interface ContextMenuHook {
  __quietReader: {
    contextMenu: {
      item: { id: string; title: string; contexts: string[] };
      onClicked(info: { menuItemId: string }, tab: { id?: number }): Promise<void>;
    };
    getLastTrigger(): { trigger: string; tabId: number; state: ViewStateJson } | null;
  };
}
type WorkerGlobal = ContextMenuHook & ChromeGlobal;

describe('context menu', () => {
  const article = seedArticle();
  const session = useExtensionSession({ build: 'e2e' });

  /** True when the browser has a context-menu item with this id (`update` rejects otherwise). */
  const menuItemExists = (id: string) =>
    session.ext.serviceWorker.evaluate((itemId) => (globalThis as unknown as WorkerGlobal).chrome.contextMenus.update(itemId, {}).then(() => true, () => false), id);

  it('registers "Toggle clean view" for pages', async () => {
    const item = await session.ext.serviceWorker.evaluate(() => (globalThis as unknown as WorkerGlobal).__quietReader.contextMenu.item);
    expect(item).toEqual({ id: 'toggle-clean-view', title: 'Toggle clean view', contexts: ['page'] });
    // Created by runtime.onInstalled, which may still be running when the worker first answers.
    await expect.poll(() => menuItemExists(item.id), { timeout: 10_000 }).toBe(true);
    expect(await menuItemExists('no-such-item'), 'the existence check can say no').toBe(false);
  });

  it('a click on the entry opens the clean view in that tab, and a second click closes it', async () => {
    const page = await openPage(session.ext, session.server.url(article.path));
    const tabId = await tabIdOf(session.ext, page);
    const click = (menuItemId: string) =>
      session.ext.serviceWorker.evaluate(async ([id, itemId]) => {
        const { __quietReader: hook, chrome } = globalThis as unknown as WorkerGlobal;
        await hook.contextMenu.onClicked({ menuItemId: itemId }, await chrome.tabs.get(id));
        return hook.getLastTrigger();
      }, [tabId, menuItemId] as const);

    expect(await click('some-other-item'), 'another menu item does nothing').toBeNull();
    expect(await page.locator('quiet-reader-view').count()).toBe(0);

    const opened = await click('toggle-clean-view');
    expect(opened).toMatchObject({ trigger: 'context-menu', tabId, state: { status: 'open' } });
    await articleContent(page).waitFor();

    const closed = await click('toggle-clean-view');
    expect(closed).toMatchObject({ trigger: 'context-menu', tabId, state: { status: 'closed' } });
    await waitForViewClosed(page);
  });
});
