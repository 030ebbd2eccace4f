import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { seedArticle } from './helpers/articles';
import { articleContent, cleanView, toggleThroughHook } from './helpers/clean-view';
import { REPO_ROOT } from './helpers/corpus';
import { openPage, tabIdOf } from './helpers/launch';
import { DEFAULT_PAGE_MOUNTS } from './helpers/server';
import { useExtensionSession } from './helpers/session';
import { ARTIFACTS, openPopupFor, popupLayout, popupScreen } from './popup-page';

/*
 * The interface in another language, in a real Chromium: the view's bar, its reading time and the
 * popup speak the browser's language while the article keeps its own. Chromium is started with
 * `--lang=<locale>`: Debian's Chromium then serves the extension's messages in that locale
 * (checked: `LANGUAGE=de` in the environment alone leaves them English, and
 * `chrome.i18n.getUILanguage()` says en-US either way, so the test reads the messages, not that).
 * Screenshots of the view and the popup go to test-artifacts/<surface>-<locale>.png.
 */

const LANGUAGES = path.join(REPO_ROOT, 'tests/fixtures/languages');

interface LocaleCase {
  locale: string;
  /** The page opened, and what the view's bar and the popup must say in this locale. */
  page: string;
  close: string;
  listen: string;
  popupToggle: string;
  removed: RegExp;
  readingTime: RegExp;
}

const CASES: LocaleCase[] = [
  { locale: 'de', page: seedArticle().path, close: 'Schließen', listen: 'Vorlesen', popupToggle: 'Leseansicht', removed: /^\d+ Blöcke? entfernt$/, readingTime: /^\d+ Min\. Lesezeit$/ },
  // Polish: the "many" plural form ("Usunięto 12 bloków") that English-style one/other plurals get wrong.
  { locale: 'pl', page: seedArticle().path, close: 'Zamknij', listen: 'Słuchaj', popupToggle: 'Widok do czytania', removed: /^Usunięto \d+ blok(i|ów)?$/, readingTime: /^\d+ min czytania$/ },
];

describe.each(CASES)('the interface in $locale (Chromium --lang=$locale)', (tc) => {
  const session = useExtensionSession({ build: 'e2e', args: [`--lang=${tc.locale}`], mounts: () => ({ ...DEFAULT_PAGE_MOUNTS, '/languages/': LANGUAGES }) });

  it('the view speaks the interface language while the article keeps its own lang and dir; a screenshot is kept', async () => {
    const page = await openPage(session.ext, session.server.url(tc.page));
    expect(await toggleThroughHook(session.ext, await tabIdOf(session.ext, page))).toMatchObject({ status: 'open' });
    await articleContent(page).locator('p').first().waitFor();
    const view = cleanView(page);
    await expect(view.getByTestId('view-close').textContent()).resolves.toBe(tc.close);
    await expect(view.getByTestId('listen-toggle').textContent()).resolves.toBe(tc.listen);
    const removed = await view.getByTestId('removed-count').textContent().catch(() => null);
    if (removed !== null) expect(removed).toMatch(tc.removed);
    const meta = await view.locator('.qr-meta span').allTextContents();
    expect(meta.some((text) => tc.readingTime.test(text)), meta.join(' | ')).toBe(true);
    expect(await view.getAttribute('lang')).toBe(tc.locale);
    const articleLang = await page.evaluate(() => document.documentElement.lang || null);
    expect(await view.locator('article.qr-article').getAttribute('lang')).toBe(articleLang);
    // Past the fade-in, then the picture.
    await page.waitForFunction(() => document.getAnimations().every((animation) => animation.playState !== 'running'));
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: path.join(ARTIFACTS, `clean-view-${tc.locale}.png`), animations: 'disabled' });
    await page.close();
  });

  it('the popup speaks the interface language; a screenshot is kept', async () => {
    const page = await openPage(session.ext, session.server.url(tc.page));
    const popup = await openPopupFor(session.ext, await tabIdOf(session.ext, page));
    expect(await popupScreen(popup)).toBe('article');
    await expect(popup.getByTestId('view-toggle').evaluate((input) => input.closest('label')?.querySelector('.qr-toggle__label')?.textContent)).resolves.toBe(tc.popupToggle);
    const meta = (await popup.getByTestId('article-meta').textContent()) ?? '';
    expect(meta.split(' · ').some((part) => tc.readingTime.test(part)), meta).toBe(true);
    for (const details of await popup.locator('details').all()) await details.evaluate((el: HTMLDetailsElement) => (el.open = false));
    await popup.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await popup.screenshot({ path: path.join(ARTIFACTS, `popup-${tc.locale}.png`), fullPage: true, animations: 'disabled' });
    await popup.close();
    // Longer words must not squeeze the article out of the smallest popup Chrome opens.
    const small = await openPopupFor(session.ext, await tabIdOf(session.ext, page), { width: 380, height: 600 });
    expect(await popupScreen(small)).toBe('article');
    await small.screenshot({ path: path.join(ARTIFACTS, `popup-${tc.locale}-380x600.png`), animations: 'disabled' });
    const layout = await popupLayout(small);
    await small.close();
    await page.close();
    expect(layout.scrollWidth).toBeLessThanOrEqual(380);
    expect(layout.footerBottom).toBeLessThanOrEqual(600);
    expect(layout.visibleLines, 'lines of article text at 380 × 600').toBeGreaterThanOrEqual(4);
  });
});
