import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'puppeteer-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { normalizeText, seedArticle } from './helpers/articles';
import { openFirefoxPopup, textOf } from './helpers/firefox-extension-pages';
import { useFirefoxSession, whyFirefoxCannotRun } from './helpers/firefox-session';
import { callFirefoxBackground, type ReaderTab } from './helpers/reader-browser';
import { waitForArticle, waitForClosed } from './helpers/reader-scenarios';
import { ARTIFACTS, expectNoSeriousA11yViolations } from './popup-page';
import { waitInPage } from './helpers/page-wait';

/*
 * Firefox's side of tests/e2e/popup.test.ts: the popup opened as a page for an article tab
 * (`popup.html?tabId=N`, by the add-on itself: helpers/firefox-extension-pages.ts says why), driven
 * with real clicks and keys over WebDriver BiDi. The toolbar popup itself cannot be opened from
 * automation in Firefox (no equivalent of Chromium's `Extensions.triggerAction`), so the popup's
 * activeTab path (the toolbar click granting access) stays covered in Chromium only.
 */

const firefoxSkip = whyFirefoxCannotRun();

describe.skipIf(firefoxSkip !== null)(`the popup in Firefox${firefoxSkip ? ` (skipped: ${firefoxSkip})` : ''}`, () => {
  const seed = seedArticle();
  beforeAll(() => {
    fs.mkdirSync(ARTIFACTS, { recursive: true });
  });
  const session = useFirefoxSession({ build: 'e2e' });

  let article: ReaderTab;
  let articleTabId: number;
  let popup: Page;
  beforeAll(async () => {
    article = await session.reader.open(seed.path);
    articleTabId = await callFirefoxBackground<number>(article, 'tabId');
    const opened = await openFirefoxPopup(session.firefox, article, articleTabId);
    expect(opened.screen).toBe('article');
    popup = opened.page;
  });

  it('shows the article cleaned: title, every paragraph, none of the clutter', async () => {
    expect(await textOf(popup, '[data-testid=article-title]')).toBe(normalizeText(seed.annotation.title));
    const text = await textOf(popup, '[data-testid=article-content]');
    for (const paragraph of seed.annotation.with) expect(text).toContain(normalizeText(paragraph));
    for (const clutter of seed.annotation.without) expect(text).not.toContain(normalizeText(clutter));
  });

  it('summarises what was removed and lists each block with its reason', async () => {
    expect(await textOf(popup, '[data-testid=removal-summary-text]')).toMatch(/donation appeal/);
    await popup.click('.popup-removed__summary');
    await popup.waitForSelector('[data-testid=removal-item]', { visible: true });
    expect(await popup.$$eval('[data-testid=removal-item]', (items) => items.length)).toBeGreaterThan(0);
  });

  it('its switch opens the clean view on the page and closes it again', async () => {
    await popup.click('[data-testid=view-toggle]');
    await popup.waitForSelector('[data-testid=view-toggle]:checked');
    await waitForArticle(article);
    await popup.click('[data-testid=view-toggle]');
    await popup.waitForSelector('[data-testid=view-toggle]:not(:checked)');
    await waitForClosed(article);
  });

  it('a quick-settings change re-cleans the preview at once', async () => {
    const appealLine = normalizeText(seed.annotation.without.find((line) => /donat/i.test(line) && line.length > 30)!);
    await popup.click('.popup-kinds__summary');
    await popup.click('[data-testid=quick-kind-appeal]');
    await waitInPage(
      popup,
      (line) => !document.querySelector('.popup-article--refreshing') && (document.querySelector('[data-testid=article-content]')?.textContent ?? '').replace(/\s+/g, ' ').includes(line),
      { polling: 50 },
      appealLine,
    );
    expect(await textOf(popup, '[data-testid=removal-summary-text]')).not.toMatch(/donation appeal/);
    await popup.click('[data-testid=quick-kind-appeal]');
    await waitInPage(popup, () => /donation appeal/.test(document.querySelector('[data-testid=removal-summary-text]')?.textContent ?? ''), { polling: 50 });
  });

  it('works from the keyboard and has no serious accessibility violations, light and dark', async () => {
    for (const theme of ['light', 'dark'] as const) {
      await popup.click(`[data-testid=quick-theme] input[value=${theme}]`);
      await popup.waitForSelector(`[data-testid=popup][data-theme=${theme}]`);
      await popup.evaluate(() => document.querySelectorAll('details').forEach((details) => (details.open = false)));
      await popup.screenshot({ path: path.join(ARTIFACTS, `firefox-popup-${theme}.png`), fullPage: true });
      await expectNoSeriousA11yViolations(popup);
    }
    // From a fresh popup, Tab reaches the clean-view switch first and Space flips it. (A fresh
    // one, not a reload: BiDi waits in vain for a moz-extension page's reload to finish.)
    const fresh = await openFirefoxPopup(session.firefox, article, articleTabId);
    expect(fresh.screen).toBe('article');
    await fresh.page.keyboard.press('Tab');
    expect(await fresh.page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('view-toggle');
    await fresh.page.keyboard.press(' ');
    await waitForArticle(article);
    await fresh.page.waitForSelector('[data-testid=view-toggle]:checked');
    await fresh.page.keyboard.press(' ');
    await waitForClosed(article);
    await fresh.page.close();
  });

  it('“Always clean this site” turns on in the click, and the next visit opens the clean view by itself', async () => {
    // The e2e build holds http://127.0.0.1/*, so the request resolves at once; the settings page's
    // test (firefox-options.test.ts) has Firefox grant a site it does not hold.
    await popup.click('[data-testid=auto-clean-toggle]');
    await popup.waitForSelector('[data-testid=auto-clean-toggle]:checked');
    expect(await popup.$('[data-testid=popup-notice]')).toBeNull();
    expect(await callFirefoxBackground(article, 'registeredScripts')).toEqual([{ id: 'auto-clean http://127.0.0.1/*', matches: ['http://127.0.0.1/*'] }]);
    await article.evaluate(() => location.reload(), undefined);
    await waitForArticle(article);
    await popup.click('[data-testid=auto-clean-toggle]');
    await popup.waitForSelector('[data-testid=auto-clean-toggle]:not(:checked)');
    expect(await callFirefoxBackground(article, 'registeredScripts')).toEqual([]);
    expect(await callFirefoxBackground<{ autoClean: boolean }>(article, 'getSiteRule', '127.0.0.1')).toMatchObject({ autoClean: false });
    await article.press('Escape');
    await waitForClosed(article);
  });

  it('a page that is not an article gets its designed screen', async () => {
    const page = await session.reader.open('/fixtures/not-article.html');
    const { page: notArticle, screen } = await openFirefoxPopup(session.firefox, page, await callFirefoxBackground<number>(page, 'tabId'));
    expect(screen).toBe('not-article');
    await expectNoSeriousA11yViolations(notArticle);
    await notArticle.close();
    await page.close();
  });

  it('a browser page is restricted', async () => {
    const blank = await session.firefox.browser.newPage();
    await blank.goto('about:blank');
    await blank.bringToFront();
    const blankTabId = await callFirefoxBackground<number>(article, 'activeTabId');
    const { page: restricted, screen } = await openFirefoxPopup(session.firefox, article, blankTabId);
    expect(screen).toBe('restricted');
    expect(await textOf(restricted, '[data-testid=state-restricted]')).toContain("can't read this page");
    await restricted.close();
    await blank.close();
  });
});
