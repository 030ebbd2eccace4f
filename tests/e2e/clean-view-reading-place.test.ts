import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { articleContent, toggleThroughHook, VIEW_HOST, waitForViewClosed } from './helpers/clean-view';
import { openPage, tabIdOf } from './helpers/launch';
import { useExtensionSession } from './helpers/session';
import { patchPreferences } from './helpers/settings';
import { openOptions } from './popup-page';

const ARTICLE = '/fixtures/sectioned-article.html';
const inView = (page: Page, testId: string) => page.locator(`${VIEW_HOST} [data-testid="${testId}"]`);
const dialogScroll = (page: Page) => page.locator(`${VIEW_HOST} dialog`).evaluate((dialog) => dialog.scrollTop);
/** The text block at the top of the view, under the bar. */
const topBlockText = (page: Page) =>
  page.locator(`${VIEW_HOST} dialog`).evaluate((dialog) => {
    const line = dialog.getBoundingClientRect().top + (dialog.querySelector('.qr-bar')?.getBoundingClientRect().height ?? 0) + 1;
    const block = Array.from(dialog.querySelectorAll('.qr-content p, .qr-content h2')).find((el) => el.getBoundingClientRect().bottom > line);
    return block?.textContent?.slice(0, 20) ?? '';
  });

describe('progress and resume', () => {
  const session = useExtensionSession({ build: 'e2e' });
  const storedPositions = () =>
    session.ext.serviceWorker.evaluate(async () => {
      const { chrome } = globalThis as unknown as { chrome: { storage: { local: { get(key: string): Promise<Record<string, unknown>> } } } };
      return ((await chrome.storage.local.get('readingPositions')).readingPositions ?? {}) as Record<string, { block: number; progress: number }>;
    });
  const toggle = async (page: Page) => toggleThroughHook(session.ext, await tabIdOf(session.ext, page));

  it('saves the place while reading and restores it after closing and reopening, and after a reload', async () => {
    await patchPreferences(session.ext, { resumePosition: true });
    const page = await openPage(session.ext, session.server.url(ARTICLE));
    await toggle(page);
    await articleContent(page).waitFor();
    expect(await inView(page, 'reading-progress').getAttribute('aria-valuenow')).toBe('0');

    await page.locator(`${VIEW_HOST} dialog`).evaluate((dialog) => dialog.scrollTo({ top: (dialog.scrollHeight - dialog.clientHeight) * 0.6, behavior: 'instant' }));
    await expect.poll(async () => Number(await inView(page, 'reading-progress').getAttribute('aria-valuenow'))).toBeGreaterThan(50);
    await expect.poll(async () => Object.values(await storedPositions()).length).toBe(1);
    const [saved] = Object.values(await storedPositions());
    expect(saved!.block).toBeGreaterThan(10);
    const readingAt = await topBlockText(page);

    await toggle(page);
    await waitForViewClosed(page);
    await toggle(page);
    await articleContent(page).waitFor();
    await expect.poll(() => topBlockText(page)).toBe(readingAt);
    expect(await inView(page, 'resume-notice').innerText()).toMatch(/^Back where you left off \(\d+%\)/);

    await page.reload({ waitUntil: 'load' });
    await toggle(page);
    await articleContent(page).waitFor();
    await expect.poll(() => topBlockText(page)).toBe(readingAt);

    // "Start from the top": back to the beginning, and nothing left to resume.
    await inView(page, 'resume-start-over').click();
    expect(await dialogScroll(page)).toBe(0);
    await expect.poll(async () => Object.values(await storedPositions()).length).toBe(0);
    expect(await inView(page, 'resume-notice').count()).toBe(0);
    await page.close();
  });

  it('with "Keep my place" off, nothing is saved and the view opens at the top', async () => {
    await patchPreferences(session.ext, { resumePosition: false });
    const page = await openPage(session.ext, session.server.url(ARTICLE));
    await toggle(page);
    await articleContent(page).waitFor();
    await page.locator(`${VIEW_HOST} dialog`).evaluate((dialog) => dialog.scrollTo({ top: 2000, behavior: 'instant' }));
    await expect.poll(async () => Number(await inView(page, 'reading-progress').getAttribute('aria-valuenow'))).toBeGreaterThan(0);
    await toggle(page);
    await waitForViewClosed(page);
    expect(await storedPositions()).toEqual({});
    await toggle(page);
    await articleContent(page).waitFor();
    expect(await dialogScroll(page)).toBe(0);
    await patchPreferences(session.ext, { resumePosition: true });
    await page.close();
  });

  it('"Forget everything" on the settings page forgets every place', async () => {
    await patchPreferences(session.ext, { resumePosition: true });
    const page = await openPage(session.ext, session.server.url(ARTICLE));
    await toggle(page);
    await articleContent(page).waitFor();
    await page.locator(`${VIEW_HOST} dialog`).evaluate((dialog) => dialog.scrollTo({ top: (dialog.scrollHeight - dialog.clientHeight) * 0.5, behavior: 'instant' }));
    await expect.poll(async () => Object.values(await storedPositions()).length).toBe(1);
    const options = await openOptions(session.ext);
    await options.getByTestId('forget-all').click();
    await expect.poll(() => options.getByTestId('site-memory-notice').textContent()).toMatch(/every place you stopped reading/);
    expect(await storedPositions()).toEqual({});
    await options.close();
    await page.close();
  });
});
