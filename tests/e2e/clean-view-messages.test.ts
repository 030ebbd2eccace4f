import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isViewMounted, toggleThroughHook, viewMessage, waitForViewClosed } from './helpers/clean-view';
import { FIXTURE_PAGES } from './helpers/corpus';
import { openPage, tabIdOf } from './helpers/launch';
import { useExtensionSession } from './helpers/session';

/** Pages that cannot be cleaned get a calm message in the view, and the page stays as it was. */
describe('messages instead of a broken view', () => {
  let generated: string;

  // Registered before the session, so the folder exists when the server starts and is deleted
  // after the browser and the server have closed (hooks run in stack order).
  beforeAll(() => {
    // A page above the engine's element limit (100,000), generated rather than committed.
    generated = fs.mkdtempSync(path.join(os.tmpdir(), 'qr-pages-'));
    const cells = '<i></i>'.repeat(100_500);
    fs.writeFileSync(path.join(generated, 'huge.html'), `<!doctype html><title>Huge</title><body><article><p>A paragraph.</p>${cells}</article></body>`);
  });
  afterAll(() => {
    fs.rmSync(generated, { recursive: true, force: true });
  });
  const session = useExtensionSession({ build: 'e2e', mounts: () => ({ '/generated/': generated, '/fixtures/': FIXTURE_PAGES }) });

  it('names the limit on a page too large to clean, and leaves the page as it was', async () => {
    const page = await openPage(session.ext, session.server.url('/generated/huge.html'));
    const before = await page.evaluate(() => document.documentElement.outerHTML);
    const state = await toggleThroughHook(session.ext, await tabIdOf(session.ext, page));
    expect(state).toMatchObject({ status: 'unavailable', problem: { code: 'too-large' } });
    await viewMessage(page).waitFor();
    const text = await viewMessage(page).innerText();
    expect(text).toContain('This page is too large to clean');
    expect(text).toMatch(/100,000/);
    await page.locator('quiet-reader-view [data-testid="view-message-close"]').click();
    await waitForViewClosed(page);
    expect((await page.evaluate(() => document.documentElement.outerHTML)) === before).toBe(true);
  });

  it('says the browser’s PDF viewer is not a web page', async () => {
    const page = await session.ext.context.newPage();
    await page.goto(session.server.url('/fixtures/not-a-web-page.pdf'));
    const state = await toggleThroughHook(session.ext, await tabIdOf(session.ext, page));
    expect(state).toMatchObject({ status: 'unavailable', problem: { code: 'restricted', message: expect.stringContaining('PDF') as unknown } });
    await viewMessage(page).waitFor();
    expect(await viewMessage(page).innerText()).toContain('This page cannot be cleaned');
  });

  it('toggling on a message closes it like the view', async () => {
    const page = await openPage(session.ext, session.server.url('/fixtures/not-article.html'));
    const tabId = await tabIdOf(session.ext, page);
    expect(await toggleThroughHook(session.ext, tabId)).toMatchObject({ status: 'unavailable', problem: { code: 'not-article' } });
    await viewMessage(page).waitFor();
    expect(await toggleThroughHook(session.ext, tabId)).toEqual({ status: 'closed' });
    expect(await isViewMounted(page)).toBe(false);
  });
});
