import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { fixtureArticle, seedArticle } from './helpers/articles';
import { callFirefoxBackground } from './helpers/reader-browser';
import { expectExactRestore, expectListenControlFlow, expectNotArticleMessage, expectRemovedListShowsInPlace, expectSettingsRestyleOpenView, expectWholeArticleWithoutClutter, waitForArticle, waitForClosed } from './helpers/reader-scenarios';
import { useFirefoxSession, whyFirefoxCannotRun, whyHeadedCannotRun } from './helpers/firefox-session';

/*
 * The reader-facing browser tests, in Firefox ESR (puppeteer-core over WebDriver BiDi), with the
 * same bodies as Chromium's where they are shared (helpers/reader-scenarios.ts).
 *
 * The popup and the settings page have their own files (firefox-popup.test.ts,
 * firefox-options.test.ts): BiDi refuses to navigate a tab to moz-extension://, but drives a tab
 * the add-on opens itself (helpers/firefox-extension-pages.ts).
 */

const firefoxSkip = whyFirefoxCannotRun();
const headedSkip = firefoxSkip ?? whyHeadedCannotRun();
if (firefoxSkip) console.warn(`[e2e] Firefox tests SKIPPED: ${firefoxSkip}`);
else if (headedSkip) console.warn(`[e2e] Firefox keyboard test SKIPPED: ${headedSkip}`);

describe.skipIf(firefoxSkip !== null)(`clean view in Firefox (e2e build)${firefoxSkip ? ` (skipped: ${firefoxSkip})` : ''}`, () => {
  const session = useFirefoxSession({ build: 'e2e' });

  it('the add-on may ask for a site’s origin (MV2 optional_permissions), and has no host access of its own beyond the test server', async () => {
    const tab = await session.reader.open(fixtureArticle().path);
    const manifest = await callFirefoxBackground<{ manifest_version: number; optional_permissions?: string[]; permissions?: string[] }>(tab, 'getManifest');
    expect(manifest.manifest_version).toBe(2);
    expect(manifest.optional_permissions).toEqual(['http://*/*', 'https://*/*']);
    const granted = await callFirefoxBackground<{ origins: string[]; permissions: string[] }>(tab, 'getPermissions');
    expect(granted.origins).toEqual(['http://127.0.0.1/*']);
    await tab.close();
  });

  it('toggling back restores the page byte for byte, with its scroll position and focus', () => expectExactRestore(session.reader, seedArticle(), 'toggle'));
  it('Esc closes the view and restores the page the same way', () => expectExactRestore(session.reader, seedArticle(), 'Escape'));
  it('explains a page that is not an article', () => expectNotArticleMessage(session.reader));
  it('restyles an open view when typography and theme change, and keeps page CSS out', () => expectSettingsRestyleOpenView(session.reader, fixtureArticle()));
  it('lists the repeated appeal among the removed items and shows it in place', () => expectRemovedListShowsInPlace(session.reader, seedArticle()));
  it('reads aloud in order with the highlight following, pauses and resumes with L, and stops on close (speech stubbed: no audio checked)', () => expectListenControlFlow(session.reader, fixtureArticle()));

  // A native context menu cannot be opened over BiDi: as in Chromium's test, the entry is checked
  // to exist and the background's own click handler runs with the tab.
  it('the page’s context-menu entry exists, and its click toggles the view in that tab', async () => {
    const tab = await session.reader.open(seedArticle().path);
    await expect.poll(() => callFirefoxBackground<boolean>(tab, 'contextMenuItemExists', 'toggle-clean-view'), { timeout: 10_000 }).toBe(true);
    expect(await callFirefoxBackground<boolean>(tab, 'contextMenuItemExists', 'no-such-item'), 'the check can say no').toBe(false);
    expect(await callFirefoxBackground(tab, 'clickContextMenu', 'toggle-clean-view')).toMatchObject({ trigger: 'context-menu', state: { status: 'open' } });
    await waitForArticle(tab);
    expect(await callFirefoxBackground(tab, 'clickContextMenu', 'toggle-clean-view')).toMatchObject({ trigger: 'context-menu', state: { status: 'closed' } });
    await waitForClosed(tab);
    await tab.close();
  });

  it('names Firefox’s PDF viewer as a page it cannot clean', async () => {
    const tab = await session.reader.open(fixtureArticle().path);
    const pdf = await session.firefox.browser.newPage();
    await pdf.goto(session.server.url('/fixtures/not-a-web-page.pdf'), { waitUntil: 'load' });
    await pdf.bringToFront();
    const pdfTabId = await callFirefoxBackground<number>(tab, 'activeTabId');
    expect(await callFirefoxBackground(tab, 'toggleOtherTab', pdfTabId)).toMatchObject({ status: 'unavailable', problem: { code: 'restricted', message: expect.stringContaining('PDF') as unknown } });
    await pdf.close();
    await tab.close();
  });
});

function pressShortcutInFirefox(): void {
  const windows = execFileSync('xdotool', ['search', '--onlyvisible', '--class', 'firefox'], { encoding: 'utf8' }).trim().split('\n').filter(Boolean);
  const window = windows.at(-1);
  if (!window) throw new Error('No visible Firefox window found with xdotool');
  // windowfocus, not windowactivate: Xvfb has no window manager for _NET_ACTIVE_WINDOW.
  execFileSync('xdotool', ['windowfocus', '--sync', window]);
  execFileSync('xdotool', ['key', '--clearmodifiers', '--window', window, 'alt+shift+y']);
}

describe.skipIf(headedSkip !== null)(`keyboard shortcut in Firefox (production build)${headedSkip ? ` (skipped: ${headedSkip})` : ''}`, () => {
  const session = useFirefoxSession({ build: 'prod', headless: false });

  it('Alt+Shift+Y opens the view with every article paragraph and no appeal, and closes it again', async () => {
    const article = seedArticle();
    const tab = await session.reader.open(article.path);
    pressShortcutInFirefox();
    await waitForArticle(tab);
    await expectWholeArticleWithoutClutter(tab, article);
    pressShortcutInFirefox();
    await waitForClosed(tab);
    await tab.close();
  });
});
