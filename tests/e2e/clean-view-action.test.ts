import { describe, expect, it } from 'vitest';
import { seedArticle, normalizeText } from './helpers/articles';
import type { ChromeGlobal } from './helpers/chrome-global';
import { articleContent, cleanView, isViewMounted, toggleThroughPopup, viewMessage, waitForViewClosed } from './helpers/clean-view';
import { openPage } from './helpers/launch';
import { useExtensionSession } from './helpers/session';

/*
 * The shipped build (activeTab only, no host permission): the view opens only after a
 * toolbar-equivalent action (`Extensions.triggerAction`, which opens the real popup and grants
 * activeTab), and closing it leaves the page exactly as it was.
 */
describe('clean view through the toolbar action (production build)', () => {
  const article = seedArticle();
  const session = useExtensionSession({ build: 'prod' });

  it('ships without host permissions or static content scripts', async () => {
    const manifest = await session.ext.serviceWorker.evaluate(() => (globalThis as unknown as ChromeGlobal).chrome.runtime.getManifest());
    // `offscreen`: large pages are cleaned in an offscreen document (no install warning, no host access).
    expect(manifest.permissions?.sort()).toEqual(['activeTab', 'contextMenus', 'offscreen', 'scripting', 'storage']);
    expect(manifest.host_permissions ?? []).toEqual([]);
    expect(manifest.content_scripts ?? []).toEqual([]);
  });

  it('cannot touch the page before the action: activeTab is what grants access', async () => {
    const page = await openPage(session.ext, session.server.url(article.path));
    const injected = await session.ext.serviceWorker.evaluate(async () => {
      const { chrome } = globalThis as unknown as ChromeGlobal;
      const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
      try {
        await chrome.scripting.executeScript({ target: { tabId: tab!.id! }, func: () => 1 });
        return 'injected';
      } catch (error) {
        return String(error);
      }
    });
    expect(injected).toMatch(/Cannot access|permission/i);
    expect(await isViewMounted(page)).toBe(false);
    await page.close();
  });

  it(`shows every article paragraph and none of the clutter (${article.source})`, async () => {
    const page = await openPage(session.ext, session.server.url(article.path));
    const state = await toggleThroughPopup(session.ext, page);
    expect(state).toMatchObject({ status: 'open' });
    await articleContent(page).waitFor();
    const text = normalizeText(await cleanView(page).innerText());
    const missing = article.annotation.with.map(normalizeText).filter((paragraph) => !text.includes(paragraph));
    expect(missing, 'article paragraphs missing from the view').toEqual([]);
    const content = normalizeText(await articleContent(page).innerText());
    const leftover = article.annotation.without.map(normalizeText).filter((clutter) => content.includes(clutter));
    expect(leftover, 'clutter still in the view').toEqual([]);
    await page.close();
  });

  // No screenshots between the two snapshots: Playwright's page.screenshot() itself leaves an
  // empty style="" on the page's <input>s (seen on the seed page's newsletter form).
  it('toggling back restores the page byte for byte, with its scroll position and focus', async () => {
    const page = await openPage(session.ext, session.server.url(article.path));
    await page.evaluate(() => window.scrollTo(0, 420));
    const before = await page.evaluate(() => ({ html: document.documentElement.outerHTML, y: window.scrollY, active: document.activeElement?.tagName }));
    expect(before.y).toBe(420);

    await toggleThroughPopup(session.ext, page);
    await articleContent(page).waitFor();
    // Focus moved into the view (its reading area), and the page behind did not scroll.
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('QUIET-READER-VIEW');
    await page.mouse.wheel(0, 900);
    await page.keyboard.press('PageDown');
    expect(await page.evaluate(() => window.scrollY)).toBe(420);

    expect(await toggleThroughPopup(session.ext, page)).toEqual({ status: 'closed' });
    await waitForViewClosed(page);
    const after = await page.evaluate(() => ({ html: document.documentElement.outerHTML, y: window.scrollY, active: document.activeElement?.tagName }));
    expect(after.y).toBe(before.y);
    expect(after.active).toBe(before.active);
    expect(after.html === before.html, 'document.documentElement.outerHTML differs after closing').toBe(true);
    await page.close();
  });

  it('Esc closes the view and restores the page the same way', async () => {
    const page = await openPage(session.ext, session.server.url(article.path));
    await page.evaluate(() => window.scrollTo(0, 250));
    const before = await page.evaluate(() => document.documentElement.outerHTML);
    await toggleThroughPopup(session.ext, page);
    await articleContent(page).waitFor();
    await page.keyboard.press('Escape');
    await waitForViewClosed(page);
    expect(await page.evaluate(() => window.scrollY)).toBe(250);
    expect((await page.evaluate(() => document.documentElement.outerHTML)) === before).toBe(true);
    await page.close();
  });

  it('explains a page that is not an article instead of showing a broken view', async () => {
    const page = await openPage(session.ext, session.server.url('/fixtures/not-article.html'));
    const state = await toggleThroughPopup(session.ext, page);
    expect(state).toMatchObject({ status: 'unavailable', problem: { code: 'not-article' } });
    await viewMessage(page).waitFor();
    expect(await viewMessage(page).innerText()).toMatch(/does not look like an article/);
    await page.keyboard.press('Escape');
    await waitForViewClosed(page);
    await page.close();
  });

  it('names a restricted page (a browser page) and leaves it alone', async () => {
    const page = await session.ext.context.newPage();
    await page.goto('about:blank');
    const state = await toggleThroughPopup(session.ext, page);
    expect(state).toMatchObject({ status: 'unavailable', problem: { code: 'restricted' } });
    await page.close();
  });
});
