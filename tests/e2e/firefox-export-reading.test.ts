import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, describe, expect, it } from 'vitest';
import { VIEW_HOST } from './helpers/clean-view';
import { openFirefoxPage } from './helpers/firefox-launch';
import { useFirefoxSession, whyFirefoxCannotRun } from './helpers/firefox-session';
import { callFirefoxBackground, puppeteerTab, type ReaderTab } from './helpers/reader-browser';
import { waitForArticle, waitForClosed } from './helpers/reader-scenarios';
import { ARTIFACTS } from './popup-page';
import { waitInPage } from './helpers/page-wait';

/*
 * Firefox's side of clean-view-export.test.ts and clean-view-reading-place.test.ts: export
 * (clipboard, .md and .html files, print), the outline, and the reading place, with real clicks
 * over WebDriver BiDi.
 *
 * BiDi in Firefox ESR 153 has no download events and puppeteer no print-media emulation there, so:
 * files are saved by Firefox itself into a folder the profile names (no dialog), and read from
 * disk; the clipboard is read back with Firefox's testing pref that lets a page read it without
 * the paste prompt; print is checked as far as Firefox shows it to a test: the print stylesheet
 * the view adopts into the page (it crosses from the content script into the page, which
 * Firefox's wrappers could refuse), and a PDF printed by Firefox kept as an artifact.
 */

const firefoxSkip = whyFirefoxCannotRun();
const ARTICLE = '/fixtures/sectioned-article.html';
const inView = (testId: string) => `${VIEW_HOST} >>> [data-testid="${testId}"]`;

describe.skipIf(firefoxSkip !== null)(`export, outline and reading place in Firefox${firefoxSkip ? ` (skipped: ${firefoxSkip})` : ''}`, () => {
  const downloads = fs.mkdtempSync(path.join(os.tmpdir(), 'qr-ff-downloads-'));
  afterAll(() => fs.rmSync(downloads, { recursive: true, force: true }));
  const session = useFirefoxSession({
    build: 'e2e',
    prefs: {
      'browser.download.folderList': 2,
      'browser.download.dir': downloads,
      'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
      'dom.events.testing.asyncClipboard': true,
    },
  });

  async function openArticle(): Promise<{ page: Page; tab: ReaderTab }> {
    const page = await openFirefoxPage(session.firefox, session.server.url(ARTICLE));
    const tab = puppeteerTab(page);
    expect(await session.reader.toggle(tab)).toMatchObject({ status: 'open' });
    await waitForArticle(tab);
    return { page, tab };
  }

  const textIn = (page: Page, testId: string) => page.$eval(inView(testId), (element) => element.textContent ?? '');

  async function exportWith(page: Page, testId: string): Promise<void> {
    await page.click(inView('export-toggle'));
    await page.click(inView(testId));
  }

  it('"Copy as Markdown" puts the article on the clipboard as Markdown', async () => {
    const { page } = await openArticle();
    await page.evaluate(() => navigator.clipboard.writeText('before'));
    await exportWith(page, 'export-copy-markdown');
    await expect.poll(() => textIn(page, 'export-status')).toBe('Copied as Markdown.');
    const markdown = await page.evaluate(() => navigator.clipboard.readText());
    const title = await page.$eval(`${inView('article-heading')} h1`, (heading) => heading.textContent ?? '');
    expect(markdown.startsWith(`# ${title}\n\nInes Marlow · Harbour Weekly · 2026-03-14\n\nSource: <${page.url()}>`)).toBe(true);
    expect(markdown).toContain('\n## The survey\n');
    expect(markdown).toContain('| Decade | Storm days |');
    expect(markdown).toContain(`[the survey's appendix](${session.server.url('/survey/ledger-tables')})`);
    await page.close();
  });

  it('"Download .md" and "Download .html" save files without the downloads permission', async () => {
    const { page } = await openArticle();
    const saved = async (testId: string, extension: string) => {
      await exportWith(page, testId);
      // Firefox puts an empty NAME in place at once and writes NAME.part, then moves it over.
      const finished = () => {
        const files = fs.readdirSync(downloads);
        const name = files.find((file) => file.endsWith(extension));
        return name && !files.some((file) => file.endsWith('.part')) && fs.statSync(path.join(downloads, name)).size > 0 ? name : null;
      };
      await expect.poll(finished, { timeout: 15_000, message: `a finished ${extension} file in the download folder` }).not.toBeNull();
      const name = finished()!;
      return { name, text: fs.readFileSync(path.join(downloads, name), 'utf8') };
    };
    const md = await saved('export-download-markdown', '.md');
    expect(md.name).toMatch(/^The-Keeper-s-Ledger.*\.md$/);
    expect(md.text).toContain('## What comes next');
    const html = await saved('export-download-html', '.html');
    expect(html.name).toBe(md.name.replace(/\.md$/, '.html'));
    expect(html.text.startsWith('<!doctype html>')).toBe(true);
    expect(html.text).toContain('<h2>The numbers</h2>');
    expect(html.text).not.toMatch(/<script/i);
    expect(await textIn(page, 'export-status')).toBe(`Saved ${html.name} to your downloads.`);
    expect((await callFirefoxBackground<{ permissions: string[] }>(puppeteerTab(page), 'getPermissions')).permissions).not.toContain('downloads');
    await page.close();
  });

  it('while the view is open the page holds the print rule that prints the article alone, and loses it on close', async () => {
    const { page, tab } = await openArticle();
    const adoptedRules = () => page.evaluate(() => document.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText.replace(/\s+/g, ' '))));
    expect(await adoptedRules()).toEqual([`@media print { :root > :not(${VIEW_HOST}) { display: none !important; } }`]);
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    await page.pdf({ path: path.join(ARTIFACTS, 'firefox-clean-view-print.pdf') });
    expect(await session.reader.toggle(tab)).toEqual({ status: 'closed' });
    await waitForClosed(tab);
    expect(await adoptedRules()).toEqual([]);
    await page.close();
  });

  it('the outline lists the sections and jumps to one, marking it current', async () => {
    const { page } = await openArticle();
    await page.click(`${inView('outline')} summary`);
    const links = () => page.$$eval(inView('outline-link'), (elements) => elements.map((link) => ({ text: link.textContent, current: link.getAttribute('aria-current') })));
    expect((await links()).map((link) => link.text)).toEqual(['The ledger', 'The survey', 'The numbers', 'What comes next']);
    const [, , numbers] = await page.$$(inView('outline-link'));
    await numbers!.click();
    await expect.poll(async () => (await links())[2]!.current).toBe('location');
    const heading = await page.evaluate((tag) => {
      const root = document.querySelector(tag)!.shadowRoot!;
      const target = root.querySelectorAll('.qr-content h2')[2]!;
      return { offset: target.getBoundingClientRect().top - target.closest('dialog')!.getBoundingClientRect().top, focused: root.activeElement === target };
    }, VIEW_HOST);
    expect(heading.offset).toBeGreaterThanOrEqual(0);
    expect(heading.offset).toBeLessThan(120);
    expect(heading.focused).toBe(true);
    await page.close();
  });

  describe('the reading place', () => {
    const setResume = async (tab: ReaderTab, on: boolean) => {
      const preferences = await session.reader.getPreferences(tab);
      await session.reader.savePreferences(tab, { ...preferences, resumePosition: on });
    };
    const stored = (tab: ReaderTab) => callFirefoxBackground<Record<string, { block: number; progress: number }>>(tab, 'readingPositions');
    const progress = async (page: Page) => Number(await page.$eval(inView('reading-progress'), (bar) => bar.getAttribute('aria-valuenow')));
    const dialogScroll = (page: Page) => page.$eval(`${VIEW_HOST} >>> dialog`, (dialog) => dialog.scrollTop);
    const scrollDialogTo = (page: Page, fraction: number) =>
      page.$eval(`${VIEW_HOST} >>> dialog`, (dialog, share) => dialog.scrollTo({ top: (dialog.scrollHeight - dialog.clientHeight) * share, behavior: 'instant' }), fraction);
    /** The text block at the top of the view, under the bar. */
    const topBlockText = (page: Page) =>
      page.$eval(`${VIEW_HOST} >>> dialog`, (dialog) => {
        const line = dialog.getBoundingClientRect().top + (dialog.querySelector('.qr-bar')?.getBoundingClientRect().height ?? 0) + 1;
        const block = Array.from(dialog.querySelectorAll('.qr-content p, .qr-content h2')).find((element) => element.getBoundingClientRect().bottom > line);
        return block?.textContent?.slice(0, 20) ?? '';
      });

    it('is saved while reading and restored after closing and reopening, and after a reload', async () => {
      const { page, tab } = await openArticle();
      await setResume(tab, true);
      expect(await progress(page)).toBe(0);
      await scrollDialogTo(page, 0.6);
      await expect.poll(() => progress(page)).toBeGreaterThan(50);
      await expect.poll(async () => Object.values(await stored(tab)).length).toBe(1);
      expect(Object.values(await stored(tab))[0]!.block).toBeGreaterThan(10);
      const readingAt = await topBlockText(page);

      await session.reader.toggle(tab);
      await waitForClosed(tab);
      await session.reader.toggle(tab);
      await waitForArticle(tab);
      await expect.poll(() => topBlockText(page)).toBe(readingAt);
      expect(await textIn(page, 'resume-notice')).toMatch(/^Back where you left off \(\d+%\)/);

      await page.reload({ waitUntil: 'load' });
      await session.reader.toggle(tab);
      await waitForArticle(tab);
      await expect.poll(() => topBlockText(page)).toBe(readingAt);

      // "Start from the top": back to the beginning, and nothing left to resume.
      await page.click(inView('resume-start-over'));
      await expect.poll(() => dialogScroll(page)).toBe(0);
      await expect.poll(async () => Object.values(await stored(tab)).length).toBe(0);
      expect(await page.$(inView('resume-notice'))).toBeNull();
      await page.close();
    });

    it('switched off while the view is open, nothing more is saved, and the next view opens at the top', async () => {
      const { page, tab } = await openArticle();
      const preferences = await session.reader.getPreferences(tab);
      const before = await stored(tab);
      // With the theme, so the view shows when it has taken the change in (the setting itself shows nothing).
      await session.reader.savePreferences(tab, { ...preferences, resumePosition: false, theme: 'dark' });
      try {
        await waitInPage(page, (tag) => document.querySelector(tag)?.shadowRoot?.querySelector('dialog')?.dataset.theme === 'dark', { polling: 50 }, VIEW_HOST);
        await scrollDialogTo(page, 0.5);
        await expect.poll(() => progress(page)).toBeGreaterThan(0);
        // Closed at once: a save still waiting would be made now, as the view closes.
        await session.reader.toggle(tab);
        await waitForClosed(tab);
        expect(await stored(tab)).toEqual(before);
        await session.reader.toggle(tab);
        await waitForArticle(tab);
        expect(await dialogScroll(page)).toBe(0);
      } finally {
        await session.reader.savePreferences(tab, { ...preferences, resumePosition: true });
        await page.close();
      }
    });
  });
});
