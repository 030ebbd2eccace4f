import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { seedArticle } from './helpers/articles';
import { articleContent, toggleThroughHook, VIEW_HOST } from './helpers/clean-view';
import { REPO_ROOT } from './helpers/corpus';
import { openPage, tabIdOf } from './helpers/launch';
import { useExtensionSession } from './helpers/session';
import { getPreferences, patchPreferences } from './helpers/settings';
import { viewAccessibilityViolations } from './helpers/view-a11y';

/** The view as a reader reads it (issue 16): the "Aa" panel, line length, scrolling, layout and leftovers. */

const ARTIFACTS = path.join(REPO_ROOT, 'test-artifacts');
const DEFAULT_TYPOGRAPHY = { fontFamily: 'serif', fontSize: 19, lineWidth: 68, lineHeight: 1.6 } as const;
const inView = (page: Page, testId: string) => page.locator(`${VIEW_HOST} [data-testid="${testId}"]`);
const activeTestId = (page: Page) => page.evaluate((host) => document.querySelector(host)?.shadowRoot?.activeElement?.getAttribute('data-testid') ?? null, VIEW_HOST);
const box = (page: Page, selector: string) => page.locator(`${VIEW_HOST} ${selector}`).first().evaluate((el) => el.getBoundingClientRect().toJSON() as DOMRect);

/** Characters on each full line (the last line of each paragraph left out) of the article's longest paragraphs. */
function charactersPerLine(page: Page): Promise<number[]> {
  return page.evaluate((host) => {
    const root = document.querySelector(host)!.shadowRoot!;
    const paragraphs = Array.from(root.querySelectorAll('.qr-content p'))
      .filter((p) => (p.textContent ?? '').length > 250)
      .slice(0, 6);
    const counts: number[] = [];
    const range = document.createRange();
    for (const p of paragraphs) {
      const lines = new Map<number, number>();
      const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        for (let i = 0; i < (node.nodeValue ?? '').length; i++) {
          range.setStart(node, i);
          range.setEnd(node, i + 1);
          const rect = range.getClientRects()[0];
          if (rect) lines.set(Math.round(rect.top), (lines.get(Math.round(rect.top)) ?? 0) + 1);
        }
      }
      counts.push(...[...lines.values()].slice(0, -1));
    }
    return counts;
  }, VIEW_HOST);
}
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

describe('reading in the clean view', () => {
  const article = seedArticle();
  const session = useExtensionSession({ build: 'e2e' });
  const open = async (url: string, viewport = { width: 1280, height: 800 }) => {
    const page = await openPage(session.ext, url);
    await page.setViewportSize(viewport);
    await toggleThroughHook(session.ext, await tabIdOf(session.ext, page));
    await articleContent(page).waitFor();
    return page;
  };

  it('"Aa" opens from the keyboard; a change applies at once and is saved; Esc closes the panel and focus returns to "Aa"', async () => {
    await patchPreferences(session.ext, { theme: 'light', typography: DEFAULT_TYPOGRAPHY });
    const page = await open(session.server.url(article.path));
    // From the article, Shift+Tab walks back through the bar to "Aa".
    for (let i = 0; i < 6 && (await activeTestId(page)) !== 'reading-toggle'; i++) await page.keyboard.press('Shift+Tab');
    expect(await activeTestId(page)).toBe('reading-toggle');
    await page.keyboard.press('Enter');
    await inView(page, 'reading-panel').waitFor();
    expect(await activeTestId(page)).toBe('reading-font-serif');

    const fontSize = () => page.locator(`${VIEW_HOST} .qr-article`).evaluate((el) => getComputedStyle(el).fontSize);
    expect(await fontSize()).toBe('19px');
    await inView(page, 'reading-size-more').click();
    await inView(page, 'reading-size-more').click();
    expect(await fontSize()).toBe('21px');
    await inView(page, 'reading-theme-dark').check();
    expect(await page.locator(`${VIEW_HOST} dialog`).getAttribute('data-theme')).toBe('dark');
    await inView(page, 'reading-font-sans').check();
    await expect.poll(async () => {
      const saved = await getPreferences(session.ext);
      return [saved.theme, saved.typography.fontSize, saved.typography.fontFamily];
    }).toEqual(['dark', 21, 'sans']);

    await page.keyboard.press('Escape');
    expect(await inView(page, 'reading-panel').count()).toBe(0);
    expect(await activeTestId(page)).toBe('reading-toggle');
    expect(await articleContent(page).isVisible(), 'the first Esc closes the panel, not the view').toBe(true);
    await patchPreferences(session.ext, { theme: 'light', typography: DEFAULT_TYPOGRAPHY });
    await page.close();
  });

  it('keeps screenshots of the view with the reading panel open, light and dark, at 1,280 and 420 px, with no serious accessibility violations', async () => {
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    await patchPreferences(session.ext, { typography: DEFAULT_TYPOGRAPHY });
    for (const width of [1280, 420]) {
      const page = await open(session.server.url(article.path), { width, height: 800 });
      await inView(page, 'reading-toggle').click();
      await inView(page, 'reading-panel').waitFor();
      for (const theme of ['light', 'dark'] as const) {
        await inView(page, `reading-theme-${theme}`).check();
        await page.waitForFunction(([host, value]) => document.querySelector(host!)?.shadowRoot?.querySelector('dialog')?.dataset.theme === value, [VIEW_HOST, theme]);
        const panel = await box(page, '[data-testid="reading-panel"]');
        expect(panel.left, `the panel fits the window at ${width} px`).toBeGreaterThanOrEqual(0);
        expect(panel.right).toBeLessThanOrEqual(width);
        expect(await viewAccessibilityViolations(page), `${theme}, ${width} px`).toEqual([]);
        const file = path.join(ARTIFACTS, `clean-view-reading-panel-${theme}-${width}.png`);
        await page.screenshot({ path: file, animations: 'disabled' });
        expect(fs.statSync(file).size).toBeGreaterThan(10_000);
      }
      await page.close();
    }
    await patchPreferences(session.ext, { theme: 'system' });
  });

  it('sets 60–70 measured characters per line at the default line width (68)', async () => {
    await patchPreferences(session.ext, { typography: DEFAULT_TYPOGRAPHY });
    const page = await open(session.server.url('/fixtures/sectioned-article.html'));
    const lines = await charactersPerLine(page);
    expect(lines.length).toBeGreaterThan(10);
    expect(median(lines)).toBeGreaterThanOrEqual(60);
    expect(median(lines)).toBeLessThanOrEqual(70);
    await page.close();
  });

  it('only the view scrolls while it is open: the page’s overflow is hidden and scrolling the view leaves the page where it was', async () => {
    const page = await openPage(session.ext, session.server.url('/fixtures/plain-article.html'));
    await page.evaluate(() => window.scrollTo(0, 300));
    await toggleThroughHook(session.ext, await tabIdOf(session.ext, page));
    await articleContent(page).waitFor();
    const overflow = () => page.evaluate(() => [getComputedStyle(document.documentElement).overflow, getComputedStyle(document.body).overflow]);
    expect(await overflow()).toEqual(['hidden', 'hidden']);
    await page.mouse.move(640, 400);
    for (let i = 0; i < 8; i++) await page.mouse.wheel(0, 600);
    await expect.poll(() => page.locator(`${VIEW_HOST} dialog`).evaluate((dialog) => dialog.scrollTop)).toBeGreaterThan(0);
    expect(await page.evaluate(() => window.scrollY)).toBe(300);
    await page.keyboard.press('Escape');
    await page.waitForFunction((tag) => document.querySelector(tag) === null, VIEW_HOST);
    expect(await overflow()).toEqual(['visible', 'visible']);
    expect(await page.evaluate(() => window.scrollY)).toBe(300);
    await page.close();
  });

  it.each([1100, 1280, 1600])('keeps the article centred in the space the open removed list leaves at %i px', async (width) => {
    const page = await open(session.server.url(article.path), { width, height: 800 });
    await inView(page, 'removed-count').click();
    await inView(page, 'removed-panel').waitFor();
    const text = await box(page, '.qr-article');
    const list = await box(page, '[data-testid="removed-panel"]');
    expect(text.right, 'the article does not run under the list').toBeLessThanOrEqual(list.left);
    // Centred: the margin on its left equals the gap to the list, within a few pixels (it was 20 px and 420 px).
    expect(Math.abs(text.left - (list.left - text.right))).toBeLessThanOrEqual(4);
    expect(text.left).toBeGreaterThanOrEqual(20);
    await page.close();
  });

  it('the contents list works from the keyboard: Tab reaches it, Enter opens it and jumps to a section', async () => {
    const page = await open(session.server.url('/fixtures/sectioned-article.html'));
    const activeText = () => page.evaluate((host) => document.querySelector(host)?.shadowRoot?.activeElement?.textContent?.trim() ?? null, VIEW_HOST);
    // Focus starts in the reading area; the next stop is "Contents".
    await page.keyboard.press('Tab');
    expect(await activeText()).toBe('Contents');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await activeText()).toBe('The survey');
    await page.keyboard.press('Enter');
    expect(await page.evaluate((host) => document.querySelector(host)?.shadowRoot?.activeElement?.tagName, VIEW_HOST)).toBe('H2');
    expect(await activeText()).toBe('The survey');
    await expect.poll(() => inView(page, 'outline-link').nth(1).getAttribute('aria-current')).toBe('location');
    await page.close();
  });

  it('the contents list sits in the left margin only where it has room, and never covers the article', async () => {
    await patchPreferences(session.ext, { typography: DEFAULT_TYPOGRAPHY });
    const page = await open(session.server.url('/fixtures/sectioned-article.html'), { width: 1366, height: 800 });
    const outline = inView(page, 'outline');
    await outline.locator('summary').click();
    await expect.poll(() => outline.getAttribute('data-docked')).toBe('');
    expect((await box(page, '[data-testid="outline"]')).right).toBeLessThanOrEqual((await box(page, '.qr-article')).left);
    // Longer lines move the article left: with no room left for it, the outline goes above the article, aligned with it.
    await inView(page, 'reading-toggle').click();
    await inView(page, 'reading-width-more').focus();
    for (let i = 0; i < 23; i++) await page.keyboard.press('Enter');
    await expect.poll(() => outline.getAttribute('data-docked')).toBeNull();
    // At the limit the button stays focused (it was disabled, which dropped focus, and Esc then closed the view).
    expect(await inView(page, 'reading-width-more').getAttribute('aria-disabled')).toBe('true');
    expect(await activeTestId(page)).toBe('reading-width-more');
    await page.keyboard.press('Escape');
    expect(await inView(page, 'reading-panel').count()).toBe(0);
    const [list, text] = [await box(page, '[data-testid="outline"]'), await box(page, '.qr-article')];
    expect(list.bottom).toBeLessThanOrEqual(text.top);
    expect(Math.abs(list.left - text.left)).toBeLessThanOrEqual(2);
    // So does a narrower window.
    await inView(page, 'reading-toggle').click();
    await inView(page, 'reading-width-less').click();
    await page.keyboard.press('Escape');
    await patchPreferences(session.ext, { typography: DEFAULT_TYPOGRAPHY });
    await page.setViewportSize({ width: 1100, height: 800 });
    await expect.poll(() => outline.getAttribute('data-docked')).toBeNull();
    await page.setViewportSize({ width: 1600, height: 800 });
    await expect.poll(() => outline.getAttribute('data-docked')).toBe('');
    await page.close();
  });

  it('shows no page furniture left over: gallery bullets, "Image copyright" labels, lightbox icons; byline and date apart', async () => {
    const page = await open(session.server.url('/fixtures/leftovers-article.html'));
    const content = articleContent(page);
    const gallery = content.locator('ul').filter({ has: page.locator('img') });
    expect(await gallery.evaluate((list) => [getComputedStyle(list).paddingInlineStart, getComputedStyle(list.querySelector('li')!).listStyleType])).toEqual(['0px', 'none']);
    const text = await content.innerText();
    expect(text).not.toMatch(/Image copyright|Image caption/);
    expect(text).toContain('The first leeks of the year, judged in the lane.');
    expect(await content.locator('figure svg').evaluateAll((icons) => icons.map((icon) => icon.getBoundingClientRect().height))).toEqual([0, 0]);
    const meta = await page.locator(`${VIEW_HOST} .qr-meta > span`).allInnerTexts();
    expect(meta.slice(0, 2)).toEqual(['By Carrie Arnold', 'November 15, 2019']);
    await page.close();
  });
});
