import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { FIXTURE_PAGES, readAnnotation } from './helpers/corpus';
import { openPage, tabIdOf } from './helpers/launch';
import { useExtensionSession } from './helpers/session';
import { ARTIFACTS, expectNoSeriousA11yViolations, openOptions, openPopupFor, popupScreen } from './popup-page';

const FIXTURE = readAnnotation(path.join(FIXTURE_PAGES, 'plain-article.html'));
/** A paragraph the cleaner keeps, and a phrase from it the user will ask to remove. */
const TARGET_PARAGRAPH = FIXTURE.with[1]!;
const PHRASE = TARGET_PARAGRAPH.split(' ').slice(0, 5).join(' ');

/** Everything the extension stored, read from an extension page. */
async function storedSettings(page: Page): Promise<{ sync: Record<string, unknown>; local: Record<string, unknown> }> {
  return page.evaluate(async () => {
    const { chrome } = globalThis as unknown as { chrome: { storage: Record<'sync' | 'local', { get(keys: null): Promise<Record<string, unknown>> }> } };
    return { sync: await chrome.storage.sync.get(null), local: await chrome.storage.local.get(null) };
  });
}

async function addEntries(options: Page, testId: 'phrases' | 'selectors', text: string): Promise<void> {
  await options.getByTestId(`${testId}-input`).fill(text);
  await options.getByTestId(`${testId}-add`).click();
}

describe('settings page', () => {
  beforeAll(() => {
    fs.mkdirSync(ARTIFACTS, { recursive: true });
  });
  const session = useExtensionSession({ build: 'e2e' });

  it('has no serious accessibility violations', async () => {
    const options = await openOptions(session.ext);
    await expectNoSeriousA11yViolations(options);
    await options.screenshot({ path: path.join(ARTIFACTS, 'options.png'), fullPage: true, animations: 'disabled' });
    await options.close();
  });

  it('a custom phrase added here removes the matching block on the next clean', async () => {
    const article = await openPage(session.ext, session.server.url('/fixtures/plain-article.html'));
    const tabId = await tabIdOf(session.ext, article);
    const before = await openPopupFor(session.ext, tabId);
    expect(await popupScreen(before)).toBe('article');
    await expect(before.getByTestId('article-content').textContent()).resolves.toContain(PHRASE);
    await before.close();

    const options = await openOptions(session.ext);
    await addEntries(options, 'phrases', PHRASE);
    await options.getByTestId('phrases-entry').filter({ hasText: PHRASE }).waitFor();
    await options.close();

    const after = await openPopupFor(session.ext, tabId);
    expect(await popupScreen(after)).toBe('article');
    const text = (await after.getByTestId('article-content').textContent())!;
    expect(text).not.toContain(PHRASE);
    expect(text).toContain(FIXTURE.with[0]!.slice(0, 60));
    await expect(after.getByTestId('removal-summary-text').textContent()).resolves.toMatch(/block matching your rules/);
    // The clean view on the page uses the same settings.
    await after.getByRole('switch', { name: /Clean view/ }).click();
    const view = article.locator('quiet-reader-view [data-testid=clean-view]').first();
    await view.waitFor();
    await expect(view.textContent()).resolves.not.toContain(PHRASE);
    await after.close();
    await article.close();
  });

  it('each invalid selector gets its own error and is not saved', async () => {
    const options = await openOptions(session.ext);
    // Invalid in every CSS parser (Chromium auto-closes an unfinished `div[x`, so that one is valid there).
    await addEntries(options, 'selectors', '.promo-box\n#1abc\naside:::x');
    const errors = options.getByTestId('selectors-errors');
    await errors.waitFor();
    await expect(errors.locator('li').allTextContents()).resolves.toEqual([
      expect.stringContaining('“#1abc” is not a valid CSS selector'),
      expect.stringContaining('“aside:::x” is not a valid CSS selector'),
    ]);
    await options.getByTestId('selectors-entry').filter({ hasText: '.promo-box' }).waitFor();
    const { sync, local } = await storedSettings(options);
    const stored = (local.preferences ?? sync.preferences) as { customSelectors: string[] };
    expect(stored.customSelectors).toEqual(['.promo-box']);
    await options.close();
  });

  it('settings survive an extension reload', async () => {
    const options = await openOptions(session.ext);
    await options.getByTestId('theme-sepia').check();
    await options.getByTestId('kind-share').uncheck();
    await options.getByTestId('site-add-input').fill('news.example.org');
    await options.getByTestId('site-add').click();
    await options.getByTestId('site-rule-editor').getByRole('checkbox', { name: /“We recommend”/ }).uncheck();
    await expect.poll(async () => JSON.stringify(await storedSettings(options))).toContain('news.example.org');
    const saved = await storedSettings(options);

    // Reload the extension as chrome://extensions' Reload button does. (`chrome.runtime.reload()`
    // leaves it disabled under Playwright, whose launch adds --disable-extensions.)
    const nextWorker = session.ext.context.waitForEvent('serviceworker');
    const cdp = await session.ext.browserCdp();
    await cdp.send('Extensions.loadUnpacked' as never, { path: session.ext.extensionDir } as never);
    await cdp.detach();
    await nextWorker;
    expect(options.isClosed()).toBe(true);
    const reopened = await openOptions(session.ext);
    await expect(reopened.getByTestId('theme-sepia').isChecked()).resolves.toBe(true);
    await expect(reopened.getByTestId('kind-share').isChecked()).resolves.toBe(false);
    await expect(reopened.getByTestId('phrases-entry').filter({ hasText: PHRASE }).count()).resolves.toBe(1);
    await expect(reopened.getByTestId('site-row').filter({ hasText: 'news.example.org' }).count()).resolves.toBe(1);
    expect(await storedSettings(reopened)).toEqual(saved);
    await reopened.close();
  });

  it('export then import round-trips every setting, after a preview', async () => {
    const options = await openOptions(session.ext);
    const original = await storedSettings(options);
    const download = options.waitForEvent('download');
    await options.getByTestId('export-settings').click();
    const file = path.join(ARTIFACTS, 'exported-settings.json');
    await (await download).saveAs(file);
    const exported: unknown = JSON.parse(fs.readFileSync(file, 'utf8'));
    expect(exported).toMatchObject({ app: 'quiet-reader', version: 2, preferences: { theme: 'sepia', customPhrases: [PHRASE] } });

    await options.getByTestId('reset-start').click();
    await options.getByTestId('reset-confirm').click();
    await options.getByTestId('reset-done').waitFor();
    await expect(options.getByTestId('theme-system').isChecked()).resolves.toBe(true);

    await options.getByTestId('import-file').setInputFiles(file);
    const preview = options.getByTestId('import-preview');
    await preview.waitFor();
    await expect(preview.getByTestId('import-changes').textContent()).resolves.toContain('Theme: System → Sepia');
    await options.getByTestId('import-apply').click();
    await options.getByTestId('import-done').waitFor();
    await expect(options.getByTestId('theme-sepia').isChecked()).resolves.toBe(true);
    const restored = await storedSettings(options);
    expect(restored.sync.preferences ?? restored.local.preferences).toEqual(original.sync.preferences ?? original.local.preferences);
    expect(restored.local.siteRules).toEqual(original.local.siteRules);
    await options.close();
  });

  it('a malformed file changes nothing and says why', async () => {
    const options = await openOptions(session.ext);
    const before = await storedSettings(options);
    await options.getByTestId('import-file').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"app": "quiet-reader", "version": 2, "preferences": {') });
    // What the reader sees (innerText): the heading, then the reason in their words, on lines of
    // their own, and "Nothing was imported" said once (the reason does not repeat the heading).
    const seen = await options.getByTestId('import-error').innerText();
    expect(seen).toMatch(/^Nothing was imported\n+This file cannot be read as settings: its text is damaged or it is another kind of file\. Export your settings again to get a good file\.$/);
    expect(seen).not.toMatch(/JSON|Unexpected|position \d/);
    await options.getByTestId('import-file').setInputFiles({ name: 'evil.json', mimeType: 'application/json', buffer: Buffer.from('{"app":"quiet-reader","version":2,"preferences":{"__proto__":{"x":1}}}') });
    await options.getByTestId('import-error').filter({ hasText: '__proto__' }).waitFor();
    expect(await storedSettings(options)).toEqual(before);
    await options.close();
  });

  it('preferences too large for sync stay whole on this device, and the page says so', async () => {
    const options = await openOptions(session.ext);
    const phrases = Array.from({ length: 250 }, (_, i) => `an unusually long custom phrase to remove, number ${i}`);
    await addEntries(options, 'phrases', phrases.join('\n'));
    await options.locator('[data-testid=save-status][data-area=local]').waitFor();
    await expect(options.getByTestId('save-status').textContent()).resolves.toMatch(/saved on this device only/);
    const { sync, local } = await storedSettings(options);
    expect((local.preferences as { customPhrases: string[] }).customPhrases).toEqual([PHRASE, ...phrases]);
    // Sync keeps the last copy that fitted; nothing half-written.
    expect((sync.preferences as { customPhrases: string[] }).customPhrases).toEqual([PHRASE]);
    await options.reload();
    await options.locator('[data-testid=options][data-status=ready]').waitFor();
    await expect(options.getByTestId('phrases-entry').count()).resolves.toBe(phrases.length + 1);
    await options.close();
  });
});
