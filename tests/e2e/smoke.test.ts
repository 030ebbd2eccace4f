import { describe, expect, it } from 'vitest';
import type { ChromeGlobal } from './helpers/chrome-global';
import { openPage } from './helpers/launch';
import { useExtensionSession } from './helpers/session';

// The harness itself: the built extension loads, its service worker answers, and the local
// server serves our own fixture. If this fails, every other browser test will too.
describe('browser test harness', () => {
  const session = useExtensionSession({ build: 'e2e' });

  it('loads the e2e build with its manifest and service worker', async () => {
    expect(session.ext.extensionId).toMatch(/^[a-p]{32}$/);
    const manifest = await session.ext.serviceWorker.evaluate(() => (globalThis as unknown as ChromeGlobal).chrome.runtime.getManifest());
    expect(manifest.name).toBe('Quiet Reader');
    expect(manifest.host_permissions).toEqual(['http://127.0.0.1/*']);
  });

  it('serves fixture pages from 127.0.0.1', async () => {
    const page = await openPage(session.ext, session.server.url('/fixtures/plain-article.html'));
    await expect(page.title()).resolves.toContain('Lighthouse');
    const missing = await page.goto(session.server.url('/fixtures/../../package.json'));
    expect(missing?.status()).toBe(404);
  });
});
