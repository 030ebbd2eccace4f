import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { seedArticle } from './helpers/articles';
import { articleContent, cleanView, toggleThroughHook, VIEW_HOST } from './helpers/clean-view';
import { openPage, tabIdOf } from './helpers/launch';
import { useExtensionSession } from './helpers/session';
import { getSiteRule } from './helpers/settings';

/**
 * The view lives in an open shadow root inside the page, so the page's own scripts can reach its
 * buttons. `page.evaluate` runs in the page's main world, exactly where a page script runs: it
 * calls `.click()`, dispatches mouse, pointer and keyboard events and a `cancel` at the dialog.
 * None of it may act (entrypoints/reader.content/trusted-input.ts). Playwright's own clicks are
 * real input (trusted) and must still work: they are the control that shows the test can fail.
 */

/** Everything a hostile page script can try against the view's buttons; returns what it found. */
async function drivePageScriptAttack(page: Page, testIds: string[]): Promise<number> {
  return page.evaluate(([tag, ids]) => {
    const root = document.querySelector(tag)!.shadowRoot!;
    let buttons = 0;
    for (const id of ids) {
      for (const button of Array.from(root.querySelectorAll<HTMLElement>(`[data-testid="${id}"]`))) {
        buttons++;
        button.click();
        button.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, cancelable: true }));
        button.dispatchEvent(new PointerEvent('pointerup', { bubbles: true, composed: true }));
        button.focus();
        button.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
        button.dispatchEvent(new KeyboardEvent('keydown', { key: ' ', bubbles: true, composed: true }));
      }
    }
    root.querySelector('dialog')!.dispatchEvent(new Event('cancel', { cancelable: true }));
    root.querySelector('dialog')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    return buttons;
  }, [VIEW_HOST, testIds] as const);
}

describe('page scripts cannot drive the clean view', () => {
  const article = seedArticle();
  const session = useExtensionSession({ build: 'e2e' });

  it('synthetic clicks and keys on the bar, the list and "Always keep this on this site" do nothing; real clicks work', async () => {
    const page = await openPage(session.ext, session.server.url(article.path));
    await toggleThroughHook(session.ext, await tabIdOf(session.ext, page));
    await articleContent(page).waitFor();
    const panel = page.locator(`${VIEW_HOST} [data-testid="removed-panel"]`);

    // The bar: the page cannot open the list or close the view.
    expect(await drivePageScriptAttack(page, ['removed-count', 'view-close'])).toBe(2);
    expect(await panel.count()).toBe(0);
    expect(await cleanView(page).isVisible()).toBe(true);

    // Real input opens the list.
    await page.locator(`${VIEW_HOST} [data-testid="removed-count"]`).click();
    await panel.waitFor();
    const keepButtons = page.locator(`${VIEW_HOST} [data-testid="removed-keep-on-site"]`);
    expect(await keepButtons.count(), 'the seed has several removed blocks').toBeGreaterThanOrEqual(2);

    // The list: nothing is kept, shown or hidden, and the view stays open.
    const attacked = await drivePageScriptAttack(page, ['removed-keep-on-site', 'removed-show-in-place', 'removed-show-here', 'removed-count', 'view-close']);
    expect(attacked).toBeGreaterThanOrEqual(4);
    expect(await page.locator(`${VIEW_HOST} [data-testid="removed-keep-on-site"]:disabled`).count()).toBe(0);
    expect(await page.locator(`${VIEW_HOST} [aria-pressed="true"]`).count()).toBe(0);
    expect(await page.locator(`${VIEW_HOST} [data-testid="removed-html"]`).count()).toBe(0);
    expect(await panel.isVisible()).toBe(true);

    // Real input keeps exactly the block it clicked. The page's attempts came first in the same
    // tab, so had any of them written a rule it would be in storage by now.
    await keepButtons.first().click();
    await expect.poll(async () => (await getSiteRule(session.ext, '127.0.0.1')).keep.length).toBeGreaterThan(0);
    expect((await getSiteRule(session.ext, '127.0.0.1')).keep).toHaveLength(1);
    expect(await keepButtons.first().isDisabled()).toBe(true);

    // And a real Esc still closes the view.
    await page.keyboard.press('Escape');
    await page.waitForFunction((tag) => document.querySelector(tag) === null, VIEW_HOST);
  });
});
