import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { VIEW_HOST } from './helpers/clean-view';
import { useFirefoxSession, whyFirefoxCannotRun } from './helpers/firefox-session';
import { callFirefoxBackground, type ReaderTab } from './helpers/reader-browser';
import { centreOf, waitForArticle, waitForClosed } from './helpers/reader-scenarios';

/*
 * Issue 13's browser tests in Firefox ESR: copy as Markdown, the .md and .html downloads, the
 * outline, and the reading place kept across closing, reopening and reloading. Chromium's are in
 * clean-view-export.test.ts and clean-view-reading-place.test.ts.
 *
 * Stays Chromium-only: the print stylesheet. Firefox over WebDriver BiDi has no print-media
 * emulation (puppeteer's emulateMediaType needs CDP, and says so).
 */

const ARTICLE = '/fixtures/sectioned-article.html';
const firefoxSkip = whyFirefoxCannotRun();

/** A real click on the element with this test id (or matching `selector`) in the view. */
async function clickInView(tab: ReaderTab, testId: string, selector = `[data-testid="${testId}"]`): Promise<void> {
  const point = await centreOf(tab, selector);
  await tab.clickAt(point.x, point.y);
}

const viewText = (tab: ReaderTab, testId: string) =>
  tab.evaluate(([tag, id]) => document.querySelector(tag)?.shadowRoot?.querySelector(`[data-testid="${id}"]`)?.textContent ?? null, [VIEW_HOST, testId] as const);

/** The first paragraph or heading at the top of the view, under the bar. */
const topBlockText = (tab: ReaderTab) =>
  tab.evaluate((tag) => {
    const dialog = document.querySelector(tag)!.shadowRoot!.querySelector('dialog')!;
    const line = dialog.getBoundingClientRect().top + (dialog.querySelector('.qr-bar')?.getBoundingClientRect().height ?? 0) + 1;
    const block = Array.from(dialog.querySelectorAll('.qr-content p, .qr-content h2')).find((el) => el.getBoundingClientRect().bottom > line);
    return block?.textContent?.slice(0, 20) ?? '';
  }, VIEW_HOST);

async function until<T>(read: () => Promise<T>, done: (value: T) => boolean, what: string, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(`${what}: still ${JSON.stringify(value)} after ${timeoutMs / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 100)); // polling the browser from the test side
  }
}

describe.skipIf(firefoxSkip !== null)(`export, outline and reading place in Firefox (e2e build)${firefoxSkip ? ` (skipped: ${firefoxSkip})` : ''}`, () => {
  const session = useFirefoxSession({ build: 'e2e' });

  async function openArticle(): Promise<ReaderTab> {
    const tab = await session.reader.open(ARTICLE);
    expect(await session.reader.toggle(tab)).toMatchObject({ status: 'open' });
    await waitForArticle(tab);
    return tab;
  }

  it('keeps the place while reading and restores it after closing and reopening, and after a reload', async () => {
    const tab = await session.reader.open(ARTICLE);
    // First in this file: the other tests move through the same article and would leave a place.
    expect(await callFirefoxBackground(tab, 'getReadingPositions')).toEqual({});
    const saved = await session.reader.getPreferences(tab);
    await session.reader.savePreferences(tab, { ...saved, resumePosition: true });
    try {
      await session.reader.toggle(tab);
      await waitForArticle(tab);
      await tab.evaluate((tag) => {
        const dialog = document.querySelector(tag)!.shadowRoot!.querySelector('dialog')!;
        dialog.scrollTo({ top: (dialog.scrollHeight - dialog.clientHeight) * 0.6, behavior: 'instant' });
      }, VIEW_HOST);
      const progress = () => tab.evaluate((tag) => Number(document.querySelector(tag)?.shadowRoot?.querySelector('[data-testid="reading-progress"]')?.getAttribute('aria-valuenow')), VIEW_HOST);
      await until(progress, (value) => value > 50, 'reading progress');
      const readingAt = await topBlockText(tab);
      // Well into the article, not its first block.
      expect(readingAt).not.toBe('');
      expect(readingAt).not.toMatch(/^Every morning/);
      // The place is saved a moment after scrolling stops.
      await until(() => callFirefoxBackground<Record<string, { block: number }>>(tab, 'getReadingPositions'), (positions) => Object.values(positions).some((place) => place.block > 10), 'the saved reading place');

      expect(await session.reader.toggle(tab)).toEqual({ status: 'closed' });
      await waitForClosed(tab);
      await session.reader.toggle(tab);
      await waitForArticle(tab);
      await until(() => topBlockText(tab), (text) => text === readingAt, 'the block at the top after reopening');
      expect(await viewText(tab, 'resume-notice')).toMatch(/^Back where you left off \(\d+%\)/);

      await tab.reload();
      await session.reader.toggle(tab);
      await waitForArticle(tab);
      await until(() => topBlockText(tab), (text) => text === readingAt, 'the block at the top after a reload');
    } finally {
      await session.reader.savePreferences(tab, saved);
      await tab.close();
    }
  });

  it('"Copy as Markdown" puts the article on the clipboard as Markdown', async () => {
    const tab = await openArticle();
    await tab.evaluate(() => navigator.clipboard.writeText('before'), undefined);
    await clickInView(tab, 'export-toggle');
    await clickInView(tab, 'export-copy-markdown');
    await until(() => viewText(tab, 'export-status'), (text) => text === 'Copied as Markdown.', 'export status');
    const markdown = await tab.evaluate(() => navigator.clipboard.readText(), undefined);
    const url = session.server.url(ARTICLE);
    const title = await tab.evaluate((tag) => document.querySelector(tag)!.shadowRoot!.querySelector('[data-testid="article-heading"] h1')!.textContent, VIEW_HOST);
    expect(markdown.split('\n\n').slice(0, 3).join('\n\n')).toBe(`# ${title}\n\nInes Marlow · Harbour Weekly · 2026-03-14\n\nSource: <${url}> · Saved: ${new Date().toISOString().slice(0, 10)}`);
    expect(markdown).toContain('\n## The survey\n');
    expect(markdown).toContain('| Decade | Storm days |');
    expect(markdown).toContain(`[the survey's appendix](${session.server.url('/survey/ledger-tables')})`);
    await tab.close();
  });

  it('"Download .md" and "Download .html" save files', async () => {
    const tab = await openArticle();
    const save = async (testId: string, extension: string) => {
      await clickInView(tab, 'export-toggle');
      await clickInView(tab, testId);
      // Firefox writes the file in pieces: read it once its last line is there.
      const complete = (text: string) => (extension === '.html' ? text.trimEnd().endsWith('</html>') : text.includes('## What comes next'));
      const read = () => {
        const name = fs.readdirSync(session.firefox.downloadDir).find((file) => file.endsWith(extension));
        return Promise.resolve(name ? { name, text: fs.readFileSync(path.join(session.firefox.downloadDir, name), 'utf8') } : null);
      };
      return (await until(read, (file) => file !== null && complete(file.text), `a whole ${extension} file in ${session.firefox.downloadDir}`))!;
    };
    const md = await save('export-download-markdown', '.md');
    expect(md.name).toMatch(/^The-Keeper-s-Ledger.*\.md$/);
    const html = await save('export-download-html', '.html');
    expect(html.name).toBe(md.name.replace(/\.md$/, '.html'));
    expect(html.text.startsWith('<!doctype html>')).toBe(true);
    expect(html.text).toContain('<h2>The numbers</h2>');
    expect(html.text).not.toMatch(/<script/i);
    await until(() => viewText(tab, 'export-status'), (text) => text === `Saved ${html.name} to your downloads.`, 'export status');
    await tab.close();
  });

  it('the outline lists the sections and jumps to one, marking it current', async () => {
    const tab = await openArticle();
    await clickInView(tab, 'outline', '[data-testid="outline"] summary');
    const links = () => tab.evaluate((tag) => Array.from(document.querySelector(tag)!.shadowRoot!.querySelectorAll('[data-testid="outline-link"]')).map((link) => ({ text: link.textContent, current: link.getAttribute('aria-current') })), VIEW_HOST);
    expect((await links()).map((link) => link.text)).toEqual(['The ledger', 'The survey', 'The numbers', 'What comes next']);
    const third = await tab.evaluate((tag) => {
      const link = document.querySelector(tag)!.shadowRoot!.querySelectorAll<HTMLElement>('[data-testid="outline-link"]')[2]!;
      const box = link.getBoundingClientRect();
      return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
    }, VIEW_HOST);
    await tab.clickAt(third.x, third.y);
    await until(links, (list) => list[2]?.current === 'location', 'the third section marked current');
    const heading = await tab.evaluate((tag) => {
      const root = document.querySelector(tag)!.shadowRoot!;
      const h2 = root.querySelectorAll('.qr-content h2')[2]!;
      return { belowBar: h2.getBoundingClientRect().top - root.querySelector('.qr-bar')!.getBoundingClientRect().bottom, focused: root.activeElement === h2 };
    }, VIEW_HOST);
    // Just under the bar, not under it.
    expect(heading.belowBar).toBeGreaterThanOrEqual(0);
    expect(heading.belowBar).toBeLessThan(60);
    expect(heading.focused).toBe(true);
    await tab.close();
  });

});
