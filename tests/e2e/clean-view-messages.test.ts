import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isViewMounted, toggleThroughHook, viewMessage, waitForViewClosed } from './helpers/clean-view';
import { FIXTURE_PAGES } from './helpers/corpus';
import { launchExtension, openPage, tabIdOf, type ExtensionSession } from './helpers/launch';
import { startPageServer, type PageServer } from './helpers/server';

/** Pages that cannot be cleaned get a calm message in the view, and the page stays as it was. */
describe('messages instead of a broken view', () => {
  let ext: ExtensionSession;
  let server: PageServer;
  let generated: string;

  beforeAll(async () => {
    // A page above the engine's element limit (100,000), generated rather than committed.
    generated = fs.mkdtempSync(path.join(os.tmpdir(), 'qr-pages-'));
    const cells = '<i></i>'.repeat(100_500);
    fs.writeFileSync(path.join(generated, 'huge.html'), `<!doctype html><title>Huge</title><body><article><p>A paragraph.</p>${cells}</article></body>`);
    server = await startPageServer({ '/generated/': generated, '/fixtures/': FIXTURE_PAGES });
    ext = await launchExtension({ build: 'e2e' });
  });
  afterAll(async () => {
    await ext?.close();
    await server?.close();
    fs.rmSync(generated, { recursive: true, force: true });
  });

  it('names the limit on a page too large to clean, and leaves the page as it was', async () => {
    const page = await openPage(ext, server.url('/generated/huge.html'));
    const before = await page.evaluate(() => document.documentElement.outerHTML);
    const state = await toggleThroughHook(ext, await tabIdOf(ext, page));
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
    const page = await ext.context.newPage();
    await page.goto(server.url('/fixtures/not-a-web-page.pdf'));
    const state = await toggleThroughHook(ext, await tabIdOf(ext, page));
    expect(state).toMatchObject({ status: 'unavailable', problem: { code: 'restricted', message: expect.stringContaining('PDF') } });
    await viewMessage(page).waitFor();
    expect(await viewMessage(page).innerText()).toContain('This page cannot be cleaned');
  });

  it('toggling on a message closes it like the view', async () => {
    const page = await openPage(ext, server.url('/fixtures/not-article.html'));
    const tabId = await tabIdOf(ext, page);
    expect(await toggleThroughHook(ext, tabId)).toMatchObject({ status: 'unavailable', problem: { code: 'not-article' } });
    await viewMessage(page).waitFor();
    expect(await toggleThroughHook(ext, tabId)).toEqual({ status: 'closed' });
    expect(await isViewMounted(page)).toBe(false);
  });
});
