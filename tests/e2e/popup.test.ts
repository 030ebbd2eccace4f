import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { hasCorpus, readAnnotation, SHARED_CORPUS } from './helpers/corpus';
import { triggerAction } from './helpers/action';
import { toggleThroughHook } from './helpers/clean-view';
import { openPage, tabIdOf } from './helpers/launch';
import { attachRealPopup } from './helpers/real-popup';
import { useExtensionSession } from './helpers/session';
import { ARTIFACTS, expectNoSeriousA11yViolations, openPopupFor, popupLayout, popupScreen } from './popup-page';

const SEED = path.join(SHARED_CORPUS, 'seed/mother-jones-aleppo.html');

// The popup opened as a tab with ?tabId=N on the e2e build (host permission for 127.0.0.1).
// One browser for all of these: each launch costs seconds on a loaded two-core machine.
describe.skipIf(!hasCorpus('seed'))('popup on the seed article, and its state screens', () => {
  let article: Page;
  let popup: Page;
  const seed = readAnnotation(SEED);

  beforeAll(() => {
    fs.mkdirSync(ARTIFACTS, { recursive: true });
  });
  const session = useExtensionSession({ build: 'e2e' });
  beforeAll(async () => {
    article = await openPage(session.ext, session.server.url('/seed/mother-jones-aleppo.html'));
    popup = await openPopupFor(session.ext, await tabIdOf(session.ext, article));
  });

  it('shows the seed article cleaned: title, every paragraph, none of the clutter', async () => {
    expect(await popupScreen(popup)).toBe('article');
    await expect(popup.getByTestId('article-title').textContent()).resolves.toBe(seed.title);
    const text = (await popup.getByTestId('article-content').textContent())!.replace(/\s+/g, ' ');
    for (const paragraph of seed.with) expect(text).toContain(paragraph.replace(/\s+/g, ' '));
    for (const clutter of seed.without) expect(text).not.toContain(clutter.replace(/\s+/g, ' '));
  });

  it('summarises what was removed and lists each block with its reason', async () => {
    const summary = popup.getByTestId('removal-summary-text');
    await expect(summary.textContent()).resolves.toMatch(/donation appeal/);
    await popup.locator('.popup-removed__summary').click();
    const items = popup.getByTestId('removal-item');
    expect(await items.count()).toBeGreaterThan(0);
    await expect(items.first().isVisible()).resolves.toBe(true);
  });

  it('toggles the clean view on the page and back', async () => {
    const toggle = popup.getByRole('switch', { name: /Clean view/ });
    await toggle.check();
    await popup.locator('[data-testid=view-toggle]:checked').waitFor({ state: 'attached' });
    await article.locator('quiet-reader-view [data-testid=clean-view]').first().waitFor();
    await toggle.uncheck();
    await popup.locator('[data-testid=view-toggle]:not(:checked)').waitFor({ state: 'attached' });
    await article.locator('quiet-reader-view').waitFor({ state: 'detached' });
  });

  it('shows the "Clean view" switch on when the view was opened another way (shortcut, menu), and off once it closed', async () => {
    const tabId = await tabIdOf(session.ext, article);
    await toggleThroughHook(session.ext, tabId);
    await article.locator('quiet-reader-view [data-testid=clean-view]').first().waitFor();
    const fresh = await openPopupFor(session.ext, tabId);
    try {
      expect(await popupScreen(fresh)).toBe('article');
      await fresh.locator('[data-testid=view-toggle]:checked').waitFor({ state: 'attached' });
    } finally {
      await fresh.close();
    }
    await toggleThroughHook(session.ext, tabId);
    await article.locator('quiet-reader-view').waitFor({ state: 'detached' });
    const after = await openPopupFor(session.ext, tabId);
    try {
      expect(await popupScreen(after)).toBe('article');
      await after.waitForTimeout(300);
      expect(await after.getByTestId('view-toggle').isChecked()).toBe(false);
    } finally {
      await after.close();
    }
  });

  it('fits a 380 × 600 popup: nothing sideways, one scrolling pane, the switch whole, and article text to read', async () => {
    const small = await openPopupFor(session.ext, await tabIdOf(session.ext, article), { width: 380, height: 600 });
    try {
      expect(await popupScreen(small)).toBe('article');
      await small.screenshot({ path: path.join(ARTIFACTS, 'popup-380x600.png'), animations: 'disabled' });
      const layout = await popupLayout(small);
      expect(layout.scrollWidth).toBeLessThanOrEqual(380);
      expect(layout.scrollHeight).toBeLessThanOrEqual(600);
      expect(layout.switchRight).toBeLessThanOrEqual(380);
      expect(layout.footerBottom).toBeLessThanOrEqual(600);
      expect(layout.contentScrolls).toBe(true);
      expect(layout.visibleLines).toBeGreaterThanOrEqual(4);
    } finally {
      await small.close();
    }
  });

  it('its export row copies the article as Markdown and saves .md and .html, with no downloads permission', async () => {
    // Chromium grants no clipboard permission to an extension origin from the test side, so the
    // text handed to the clipboard is read on its way there (the view's test reads the clipboard itself).
    await popup.evaluate(() => {
      const clipboard = navigator.clipboard;
      const write = clipboard.writeText.bind(clipboard);
      clipboard.writeText = (text: string) => {
        (globalThis as unknown as { copied: string }).copied = text;
        return write(text);
      };
    });
    await popup.getByTestId('popup-copy-markdown').click();
    await expect.poll(() => popup.getByTestId('popup-export-status').textContent()).toBe('Copied as Markdown.');
    const markdown = await popup.evaluate(() => (globalThis as unknown as { copied: string }).copied);
    expect(markdown.startsWith(`# ${seed.title}\n`)).toBe(true);
    expect(markdown).toContain(`Source: <${article.url()}>`);
    for (const [testId, extension] of [['popup-download-markdown', 'md'], ['popup-download-html', 'html']] as const) {
      const [download] = await Promise.all([popup.waitForEvent('download'), popup.getByTestId(testId).click()]);
      expect(download.suggestedFilename()).toMatch(new RegExp(`\\.${extension}$`));
      const file = path.join(ARTIFACTS, `popup-${download.suggestedFilename()}`);
      await download.saveAs(file);
      expect(fs.readFileSync(file, 'utf8')).toContain(extension === 'md' ? `# ${seed.title}` : '<!doctype html>');
      await expect.poll(() => popup.getByTestId('popup-export-status').textContent()).toBe(`Saved ${download.suggestedFilename()}.`);
    }
    const manifest = await popup.evaluate(() => (globalThis as unknown as { chrome: { runtime: { getManifest(): { permissions?: string[] } } } }).chrome.runtime.getManifest());
    expect(manifest.permissions ?? []).not.toContain('downloads');
  });

  it('a quick-settings change re-cleans the preview live', async () => {
    const appealLine = seed.without.find((line) => /donation/i.test(line) && line.length > 30)!;
    await popup.getByText('What to remove').click();
    await popup.getByTestId('quick-kind-appeal').uncheck();
    await popup.waitForFunction(
      (line) => !document.querySelector('[data-testid=popup][data-screen=article] .popup-article--refreshing') && (document.querySelector('[data-testid=article-content]')?.textContent ?? '').replace(/\s+/g, ' ').includes(line),
      appealLine.replace(/\s+/g, ' '),
    );
    await expect(popup.getByTestId('removal-summary-text').textContent()).resolves.not.toMatch(/donation appeal/);
    await popup.getByTestId('quick-kind-appeal').check();
    await popup.waitForFunction(() => /donation appeal/.test(document.querySelector('[data-testid=removal-summary-text]')?.textContent ?? ''));
  });

  it('works from the keyboard alone and has no serious accessibility violations, light and dark', async () => {
    for (const theme of ['Light', 'Dark'] as const) {
      await popup.getByRole('radio', { name: theme }).check();
      await popup.locator(`[data-testid=popup][data-theme=${theme.toLowerCase()}]`).waitFor();
      // A calm first view for the screenshot: both disclosures closed, nothing focused.
      for (const details of await popup.locator('details').all()) await details.evaluate((el: HTMLDetailsElement) => (el.open = false));
      await popup.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      await popup.screenshot({ path: path.join(ARTIFACTS, `popup-${theme.toLowerCase()}.png`), fullPage: true, animations: 'disabled' });
      await expectNoSeriousA11yViolations(popup);
    }
    // From a fresh popup, Tab reaches the clean-view switch first and Space flips it, like a click.
    await popup.reload();
    expect(await popupScreen(popup)).toBe('article');
    await popup.keyboard.press('Tab');
    await expect(popup.evaluate(() => document.activeElement?.getAttribute('data-testid'))).resolves.toBe('view-toggle');
    await popup.keyboard.press('Space');
    await article.locator('quiet-reader-view [data-testid=clean-view]').first().waitFor();
    await popup.locator('[data-testid=view-toggle]:checked').waitFor({ state: 'attached' });
    // Focus stays on the switch while the page answers (a disabled control would drop it to <body>).
    await expect(popup.evaluate(() => document.activeElement?.getAttribute('data-testid'))).resolves.toBe('view-toggle');
    await popup.keyboard.press('Space');

    await article.locator('quiet-reader-view').waitFor({ state: 'detached' });
  });

  it('“Always clean this site” turns on in the click, and the next visit opens the clean view by itself', async () => {
    // The e2e build already holds http://127.0.0.1/*, so the permission request resolves without a prompt.
    const toggle = popup.getByRole('switch', { name: /Always clean this site/ });
    await toggle.click();
    await popup.locator('[data-testid=auto-clean-toggle]:checked').waitFor({ state: 'attached' });
    await expect(popup.getByTestId('popup-notice').count()).resolves.toBe(0);
    await article.reload();
    await article.locator('quiet-reader-view [data-testid=clean-view]').first().waitFor();
    await toggle.click();
    await popup.locator('[data-testid=auto-clean-toggle]:not(:checked)').waitFor({ state: 'attached' });
    const rules = await popup.evaluate(async () => (await (globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } } }).chrome.storage.local.get('siteRules')).siteRules);
    expect(rules ?? {}).not.toHaveProperty(['127.0.0.1']);
  });

  it('a page that is not an article gets its designed screen', async () => {
    const page = await openPage(session.ext, session.server.url('/fixtures/not-article.html'));
    const popup = await openPopupFor(session.ext, await tabIdOf(session.ext, page));
    expect(await popupScreen(popup)).toBe('not-article');
    await expect(popup.getByTestId('state-not-article').isVisible()).resolves.toBe(true);
    await expectNoSeriousA11yViolations(popup);
  });

  it('a browser page is restricted', async () => {
    const page = await openPage(session.ext, 'about:blank');
    const popup = await openPopupFor(session.ext, await tabIdOf(session.ext, page));
    expect(await popupScreen(popup)).toBe('restricted');
    await expect(popup.getByTestId('state-restricted').textContent()).resolves.toContain("can't read this page");
  });
});

// The shipped build has no host permission: the toolbar click (Extensions.triggerAction) grants
// activeTab and opens the real popup, which must find the active tab by itself.
describe.skipIf(!hasCorpus('seed'))('the real toolbar popup on the production build', () => {
  const session = useExtensionSession({ build: 'prod' });

  it('cleans the active tab after the toolbar click', async () => {
    const article = await openPage(session.ext, session.server.url('/seed/mother-jones-aleppo.html'));
    await triggerAction(session.ext, article);
    const popup = await attachRealPopup(session.ext);
    try {
      await popup.waitFor(`document.querySelector('[data-testid=popup]:not([data-screen=loading])') !== null`);
      await expect(popup.evaluate(`document.querySelector('[data-testid=popup]').dataset.screen`)).resolves.toBe('article');
      await expect(popup.evaluate(`document.querySelector('[data-testid=article-title]').textContent`)).resolves.toBe(readAnnotation(SEED).title);
      fs.writeFileSync(path.join(ARTIFACTS, 'popup-real.png'), await popup.screenshot());
    } finally {
      await popup.close();
    }
  });
});
