import { describe, expect, it } from 'vitest';
import { fixtureArticle, seedArticle } from './helpers/articles';
import type { ChromeGlobal } from './helpers/chrome-global';
import { articleContent, isViewMounted } from './helpers/clean-view';
import { openPage, type ExtensionSession } from './helpers/launch';
import { useExtensionSession } from './helpers/session';
import { getSiteRule } from './helpers/settings';

type Reply = { res?: { ok: boolean; message?: string }; err?: { message: string } };

/**
 * "Always clean this site", as an extension page does it: inside a click, request the origin as
 * an optional host permission, then ask the background to register the auto-clean script.
 * (The e2e build already holds http://127.0.0.1/*, so Chromium grants without a prompt.)
 */
async function setAutoCleanFromExtensionPage(ext: ExtensionSession, origin: string, on: boolean): Promise<Reply> {
  const page = await ext.context.newPage();
  await page.goto(`chrome-extension://${ext.extensionId}/popup.html`);
  await page.evaluate(
    ([site, enable]) => {
      const { chrome } = globalThis as unknown as ChromeGlobal;
      const button = document.createElement('button');
      button.id = 'qr-test-auto-clean';
      button.textContent = 'auto-clean';
      button.style.cssText = 'position:fixed;top:0;left:0;z-index:99999';
      const ask = async (): Promise<unknown> => {
        if (enable) await chrome.permissions.request({ origins: [`${new URL(site).protocol}//${new URL(site).hostname}/*`] });
        return chrome.runtime.sendMessage({ id: 1, type: enable ? 'enableAutoClean' : 'disableAutoClean', data: { origin: site }, timestamp: Date.now() });
      };
      // A failure is a reply too, so the test reports it instead of waiting for one until it times out.
      button.addEventListener('click', () => {
        ask().then(
          (reply) => (document.body.dataset.reply = JSON.stringify(reply)),
          (error: unknown) => (document.body.dataset.reply = JSON.stringify({ err: { message: String(error) } })),
        );
      });
      document.body.append(button);
    },
    [origin, on] as const,
  );
  await page.click('#qr-test-auto-clean');
  await page.waitForFunction(() => document.body.dataset.reply !== undefined);
  const reply = JSON.parse((await page.evaluate(() => document.body.dataset.reply))!) as Reply;
  await page.close();
  return reply;
}

async function registeredScriptIds(ext: ExtensionSession): Promise<string[]> {
  return ext.serviceWorker.evaluate(async () => (await (globalThis as unknown as ChromeGlobal).chrome.scripting.getRegisteredContentScripts()).map((s) => s.id));
}

describe('always clean this site', () => {
  const session = useExtensionSession({ build: 'e2e' });

  it('does nothing by itself before the reader opts in', async () => {
    const page = await openPage(session.ext, session.server.url(fixtureArticle().path));
    await page.waitForFunction(() => document.readyState === 'complete');
    expect(await registeredScriptIds(session.ext)).toEqual([]);
    expect(await isViewMounted(page)).toBe(false);
    await page.close();
  });

  it('opens the view by itself on the site’s article pages once enabled, and stops when disabled', async () => {
    expect(await setAutoCleanFromExtensionPage(session.ext, session.server.origin, true)).toEqual({ res: { ok: true } });
    expect(await registeredScriptIds(session.ext)).toEqual(['auto-clean http://127.0.0.1/*']);
    expect((await getSiteRule(session.ext, '127.0.0.1')).autoClean).toBe(true);

    const article = await openPage(session.ext, session.server.url(seedArticle().path));
    await articleContent(article).waitFor();
    await article.close();

    // Not an article: no view and no message, the page is left alone.
    const other = await openPage(session.ext, session.server.url('/fixtures/not-article.html'));
    await other.waitForFunction(() => document.readyState === 'complete');
    const state = await session.ext.serviceWorker.evaluate(async () => {
      const { chrome } = globalThis as unknown as ChromeGlobal;
      const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
      // The same path the auto-clean script takes, awaited, so the check below is not a race.
      return (globalThis as unknown as { __quietReader: { openViewQuietly(id: number): Promise<unknown> } }).__quietReader.openViewQuietly(tab!.id!);
    });
    expect(state).toMatchObject({ status: 'unavailable', problem: { code: 'not-article' } });
    expect(await isViewMounted(other)).toBe(false);
    await other.close();

    expect(await setAutoCleanFromExtensionPage(session.ext, session.server.origin, false)).toEqual({ res: { ok: true } });
    expect(await registeredScriptIds(session.ext)).toEqual([]);
    expect((await getSiteRule(session.ext, '127.0.0.1')).autoClean).toBe(false);
  });

  it('refuses an origin it has no permission for, with a reason', async () => {
    const reply = await session.ext.serviceWorker.evaluate(() =>
      (globalThis as unknown as { __quietReader: { enableAutoClean(o: string): Promise<unknown> } }).__quietReader.enableAutoClean('https://news.example.org'),
    );
    expect(reply).toMatchObject({ ok: false, message: expect.stringMatching(/permission/) as unknown });
  });
});
