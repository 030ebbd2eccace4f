import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChromeGlobal } from './helpers/chrome-global';
import { launchExtension, openPage, type ExtensionSession } from './helpers/launch';
import { startPageServer, type PageServer } from './helpers/server';

// The harness itself: the built extension loads, its service worker answers, and the local
// server serves our own fixture. If this fails, every other browser test will too.
describe('browser test harness', () => {
  let ext: ExtensionSession;
  let server: PageServer;

  beforeAll(async () => {
    server = await startPageServer();
    ext = await launchExtension({ build: 'e2e' });
  });
  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });

  it('loads the e2e build with its manifest and service worker', async () => {
    expect(ext.extensionId).toMatch(/^[a-p]{32}$/);
    const manifest = await ext.serviceWorker.evaluate(() => (globalThis as unknown as ChromeGlobal).chrome.runtime.getManifest());
    expect(manifest.name).toBe('Quiet Reader');
    expect(manifest.host_permissions).toEqual(['http://127.0.0.1/*']);
  });

  it('serves fixture pages from 127.0.0.1', async () => {
    const page = await openPage(ext, server.url('/fixtures/plain-article.html'));
    await expect(page.title()).resolves.toContain('Lighthouse');
    const missing = await page.goto(server.url('/fixtures/../../package.json'));
    expect(missing?.status()).toBe(404);
  });
});
